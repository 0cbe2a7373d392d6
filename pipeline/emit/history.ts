/**
 * Every item's `history` (when it came and last changed), derived from the content's releases
 * (`content.history.json`): an item was added in the last release that added it, and changed in the
 * last release that added or changed it, in its own edition. An item no release has had yet, new or
 * changed since, keeps what was released of it: `null` for a new item, its last released history
 * for a changed one. Also the generated `history.ts` module, which every edition re-exports.
 */

import type { CollectionChanges, ContentRelease, ItemHistory, Release } from '../../src/history-types.js';
import type { DataSource } from '../../src/schema.js';
import type { HistoryList } from '../datasets/dataset.js';
import { ALL_DATASETS, type BuiltDatasets, type DatasetKind } from '../datasets/index.js';
import { ALL_KINDS, type EditionContent, TRANSLATED_COLLECTIONS } from '../kinds/index.js';
import { HISTORY_FILE } from '../shared/paths.js';

/**
 * The lists of each dataset whose items have a history, as its declaration gives them
 * (`pipeline/datasets/`): `changesSince` lists every one in every answer.
 */
export const DATASET_COLLECTIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  ALL_DATASETS.map((dataset) => [dataset.name, Object.keys(dataset.history)]),
);

/** The histories of one scope (an edition or a dataset): by collection, then id. */
type Histories = Map<string, Map<string, ItemHistory>>;

/** Every item's history, by scope: an edition's locale, or a dataset's name. */
export interface HistoryIndex {
  readonly editions: ReadonlyMap<string, Histories>;
  readonly datasets: ReadonlyMap<string, Histories>;
}

/**
 * The history of every item the releases name, replayed oldest first.
 *
 * @returns The histories, by scope, collection and id; never throws.
 */
export function historyIndex(releases: readonly ContentRelease[]): HistoryIndex {
  const editions = new Map<string, Histories>();
  const datasets = new Map<string, Histories>();
  for (const release of releases) {
    const at: Release = { version: release.version, date: release.date };
    replay(editions, release.editions, at);
    replay(datasets, release.datasets, at);
  }
  return { editions, datasets };
}

function replay(
  scopes: Map<string, Histories>,
  changes: Readonly<Record<string, Readonly<Record<string, CollectionChanges>>>>,
  at: Release,
): void {
  for (const [scope, collections] of Object.entries(changes)) {
    const histories = scopes.get(scope) ?? new Map<string, Map<string, ItemHistory>>();
    scopes.set(scope, histories);
    for (const [name, { added, changed, removed }] of Object.entries(collections)) {
      const items = histories.get(name) ?? new Map<string, ItemHistory>();
      histories.set(name, items);
      for (const id of removed) items.delete(id);
      for (const id of added) items.set(id, { added: at, changed: at });
      for (const id of changed) items.set(id, { added: items.get(id)?.added ?? at, changed: at });
    }
  }
}

/** What each validated value (an edition's content, the figures) became with the histories of some releases. */
const given = new WeakMap<object, { readonly releases: string; readonly value: object }>();

/**
 * `make()`, made once for `value` and these releases: a build that reuses an unchanged file's content
 * (`write/memo.ts`) reuses what it became, the very object.
 *
 * @param releases The releases as JSON.
 * @returns What `make` returns, or returned for the same value and releases.
 */
export function withHistoryOnce<T extends object>(value: T, releases: string, make: () => T): T {
  const hit = given.get(value);
  if (hit?.releases === releases) return hit.value as T;
  const made = make();
  given.set(value, { releases, value: made });
  return made;
}

/** An item with its history, or `null` when no release has had it. */
const withOne = <T extends { readonly id: string }>(item: T, items: ReadonlyMap<string, ItemHistory> | undefined) => ({
  ...item,
  history: items?.get(item.id) ?? null,
});

/**
 * One edition's content with every item's history: the article, its sections and each kind's items.
 *
 * @returns A new content; never throws.
 */
export function editionWithHistory(content: EditionContent, histories: Histories | undefined): EditionContent {
  const of = (collection: string) => histories?.get(collection);
  const { article } = content;
  const out: Record<string, unknown> = {
    article: {
      ...article,
      sections: article.sections.map((section) => withOne(section, of('sections'))),
      history: of('article')?.get(article.slug) ?? null,
    },
  };
  for (const kind of ALL_KINDS) {
    const value: unknown = content[kind.collection];
    const items = of(kind.collection);
    out[kind.collection] = Array.isArray(value)
      ? value.map((item: { readonly id: string }) => withOne(item, items))
      : withOne(value as { readonly id: string }, items);
  }
  return out as EditionContent;
}

/**
 * A dataset's value with the history of every item of its lists that have one (`rows`, `sources`),
 * each known by the id its dataset gives it; a row or a total citing a source cites the `sources`
 * item of its id, history and all, as before.
 *
 * @returns A new value; never throws.
 */
export function datasetWithHistory<Value extends object>(
  dataset: Pick<DatasetKind, 'history'>,
  value: Value,
  histories: Histories | undefined,
): Value {
  const out = { ...value } as Record<string, unknown>;
  for (const [name, list] of Object.entries<HistoryList<never>>(dataset.history)) {
    const items = out[name] as readonly object[];
    out[name] = items.map((item) => ({ ...item, history: histories?.get(name)?.get(list.id(item as never)) ?? null }));
  }
  const sources = new Map(((out.sources ?? []) as readonly DataSource[]).map((source) => [source.id, source]));
  const cite = (item: unknown) =>
    isCiting(item) && sources.has(item.source.id) ? { ...item, source: sources.get(item.source.id) } : item;
  for (const [key, field] of Object.entries(out))
    if (key !== 'sources') out[key] = Array.isArray(field) ? field.map(cite) : cite(field);
  return out as Value;
}

const isCiting = (item: unknown): item is { readonly source: { readonly id: string } } =>
  typeof item === 'object' && item !== null && typeof (item as { source?: { id?: unknown } }).source?.id === 'string';

/**
 * What the build ships (`BuiltData`): every edition's content and every dataset, every item with its
 * history from `releases`, and the releases. Each value is given its histories once for these releases
 * (`withHistoryOnce`).
 *
 * @param content Each edition's content, by locale (the source first).
 * @returns The data; never throws.
 */
export function withReleases(
  content: Readonly<Record<string, EditionContent>>,
  datasets: BuiltDatasets,
  releases: readonly ContentRelease[],
): {
  readonly content: Readonly<Record<string, EditionContent>>;
  readonly releases: readonly ContentRelease[];
} & BuiltDatasets {
  const index = historyIndex(releases);
  const known = JSON.stringify(releases);
  const editions = Object.entries(content).map(([locale, edition]) => [
    locale,
    withHistoryOnce(edition, known, () => editionWithHistory(edition, index.editions.get(locale))),
  ]);
  const figures = ALL_DATASETS.map((dataset) => {
    const value: object = datasets[dataset.name];
    return [
      dataset.name,
      withHistoryOnce(value, known, () => datasetWithHistory(dataset, value, index.datasets.get(dataset.name))),
    ];
  });
  return { content: Object.fromEntries(editions), ...Object.fromEntries(figures), releases } as ReturnType<
    typeof withReleases
  >;
}

/**
 * The date of the last release that changed anything of an edition (`collection` undefined) or one
 * of its collections: the `dateModified` of its schema.org objects.
 *
 * @returns The date, or `undefined` if no release has changed it.
 */
export function lastChanged(
  releases: readonly ContentRelease[],
  locale: string,
  collection?: string,
): string | undefined {
  const changed = (changes: CollectionChanges | undefined) =>
    changes !== undefined && changes.added.length + changes.changed.length + changes.removed.length > 0;
  for (const release of [...releases].reverse()) {
    const edition = release.editions[locale] ?? {};
    const names = collection === undefined ? Object.keys(edition) : [collection];
    if (names.some((name) => changed(edition[name]))) return release.date;
  }
  return undefined;
}

/**
 * Renders the generated `history.ts`: the releases, and `changesSince` bound to them and to every
 * edition's and dataset's collections (each listed in every answer).
 *
 * @returns The module's source text; the releases reach it only as a JSON literal.
 */
export function renderHistoryModule(releases: readonly ContentRelease[], locales: readonly string[]): string {
  const scopes = {
    editions: Object.fromEntries(locales.map((locale) => [locale, TRANSLATED_COLLECTIONS])),
    datasets: DATASET_COLLECTIONS,
  };
  return `/**
 * GENERATED FILE — DO NOT EDIT.
 * Generated by \`npm run content\` (pipeline/emit/history.ts) from ${HISTORY_FILE}.
 */
import type { ContentChanges } from '../dataset.js';
import { deepFreeze } from '../freeze.js';
import { changesSinceFor } from '../history.js';
import type { ContentRelease } from '../history-types.js';

/** The content's releases, oldest first: each one's version, date and the ids it added, changed and removed. */
export const releases: readonly ContentRelease[] = /* @__PURE__ */ deepFreeze<readonly ContentRelease[]>(${JSON.stringify(releases)});

/**
 * What changed since the release you have, e.g. \`changesSince(meta.version)\` stored on a reader's last visit:
 * the ids added, changed and removed since then, per collection, in every edition and dataset.
 * @returns A new object. @throws {RangeError} If \`version\` is not one of \`releases\`.
 */
export const changesSince: (version: string) => ContentChanges = /* @__PURE__ */ changesSinceFor<ContentChanges>(
  releases,
  ${JSON.stringify(scopes)},
);
`;
}
