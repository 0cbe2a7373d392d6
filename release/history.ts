/**
 * The content's release history, derived from the content lock: a release's record is the diff of
 * the lock it replaces and its own, item by item — the ids each collection added, changed (a field
 * the lock records) and removed, in every edition and dataset. As `npm run semver` counts them, an
 * item's `context` (the paragraph it stands in) is its section's: a changed paragraph changes the
 * section, and the items in it only when the section's body did not change (an item a translation
 * lacks, which shows the source's paragraph). `npm run version-packages` appends the record to
 * content.history.json (`release/cli.ts lock`); no git, no hand edit. Pure: no I/O.
 */
import { ALL_DATASETS } from '../pipeline/datasets/index.js';
import { type ContentHistory, HISTORY_VERSION } from '../pipeline/shared/history-file.js';
import { sumChanges } from '../src/history.js';
import type { CollectionChanges, ContentRelease, Release } from '../src/history-types.js';
import { COLLECTIONS } from './collections.js';
import type { ContentLock } from './lock-schema.js';

/** An item as the lock records it: its fields (not its id). */
type Recorded = Readonly<Record<string, unknown>>;

/** The items of a scope (an edition, a dataset), by collection, then id, in the lock's order. */
type ScopeItems = Map<string, Map<string, Recorded>>;

/** What a release changed: by edition and collection, by dataset and collection, only what changed. */
export type ReleaseChanges = Pick<ContentRelease, 'editions' | 'datasets'>;

/**
 * The items of a lock that have a history: each edition's, by locale; each dataset's, by name. A
 * collection the lock did not record (a lock of version 1 has no sources) is not there.
 */
export interface LockedItems {
  readonly editions: ReadonlyMap<string, ScopeItems>;
  readonly datasets: ReadonlyMap<string, ScopeItems>;
}

/** A list of items with an id, as a map by id (in order). */
const byId = (items: readonly ({ readonly id: unknown } & Recorded)[]): Map<string, Recorded> =>
  new Map(items.map(({ id, ...fields }) => [String(id), fields]));

/**
 * Where a lock records the items of a dataset's list (its `history` declaration, `pipeline/datasets/`):
 * one of its collections in `figures`, or the arrival rows apart (`arrivals`, by period); `undefined`
 * for a list the lock did not record (a lock of version 1 has no `figures`: not "none"). A lock
 * written before the dataset existed records none of its items.
 */
function lockedList(lock: ContentLock, where: string | null): Map<string, Recorded> | undefined {
  if (where === null) return byId((lock.arrivals ?? []).map(({ period, ...row }) => ({ id: period, ...row })));
  return lock.figures || lock.lockVersion > 1 ? byId(lock.figures?.[where] ?? []) : undefined;
}

/**
 * Every item of a lock that has a history.
 *
 * @returns Them by scope, collection and id; never throws.
 */
export function lockedItems(lock: ContentLock): LockedItems {
  const editions = new Map<string, ScopeItems>();
  for (const [locale, collections] of Object.entries(lock.editions))
    editions.set(locale, new Map(Object.entries(collections).map(([name, items]) => [name, byId(items)])));
  const datasets = new Map<string, ScopeItems>();
  for (const dataset of ALL_DATASETS) {
    const collections: ScopeItems = new Map();
    for (const [name, list] of Object.entries<{ readonly lock: string | null }>(dataset.history)) {
      const items = lockedList(lock, list.lock);
      if (items) collections.set(name, items);
    }
    datasets.set(dataset.name, collections);
  }
  return { editions, datasets };
}

/**
 * What a release changed: the diff of the lock it replaces (`before`, none for the first release)
 * and its own (`after`). An item changed when any field the lock records of it changed; against a
 * lock of an older version, only the fields that lock recorded are compared (as `npm run semver` does).
 *
 * @returns The changes, only the collections that changed; never throws.
 */
export function releaseChanges(before: ContentLock | undefined, after: ContentLock): ReleaseChanges {
  const recordedOnly = before !== undefined && before.lockVersion < after.lockVersion;
  const old = before && lockedItems(before);
  const now = lockedItems(after);
  return {
    editions: diffScopes(old?.editions, now.editions, recordedOnly, inChangedSection),
    datasets: diffScopes(old?.datasets, now.datasets, recordedOnly, () => () => false),
  };
}

/** Which fields of an item not to compare: given a scope's items before and after, by collection. */
type Skip = (
  before: ScopeItems | undefined,
  after: ScopeItems | undefined,
) => (collection: string, field: string, item: Recorded) => boolean;

/** A `context` whose section's body changed: the section changed, not the item (see above). */
const inChangedSection: Skip = (before, after) => {
  const [old, now] = [before?.get('sections'), after?.get('sections')];
  const changed = new Set(
    [...(now ?? [])]
      .filter(([id, section]) => old?.has(id) && !same(old.get(id)!.body, section.body))
      .map(([id]) => id),
  );
  return (collection, field, item) =>
    COLLECTIONS[collection]?.fields[field] === 'context' && changed.has(String(item.sectionId));
};

function diffScopes(
  before: ReadonlyMap<string, ScopeItems> | undefined,
  after: ReadonlyMap<string, ScopeItems>,
  recordedOnly: boolean,
  skipping: Skip,
): Record<string, Record<string, CollectionChanges>> {
  const out: Record<string, Record<string, CollectionChanges>> = {};
  for (const scope of new Set([...(before?.keys() ?? []), ...after.keys()])) {
    const [old, now] = [before?.get(scope), after.get(scope)];
    const skip = skipping(old, now);
    for (const name of new Set([...(old?.keys() ?? []), ...(now?.keys() ?? [])])) {
      // A collection the older lock did not record (its dataset it did) is not compared: nothing is known of it.
      if (old && !old.has(name) && recordedOnly) continue;
      // Only the fields the older lock knew for the collection: a field new to every item (a language
      // tag, say) is a change of the data's shape, which semver reports; no item changed for it.
      const known = new Set([...(old?.get(name)?.values() ?? [])].flatMap((item) => Object.keys(item)));
      const fields = (a: Recorded, b: Recorded) =>
        (recordedOnly ? Object.keys(a) : [...new Set([...Object.keys(a), ...Object.keys(b)])]).filter(
          (field) => known.has(field) && !skip(name, field, b),
        );
      const changes = diffItems(old?.get(name) ?? new Map(), now?.get(name) ?? new Map(), fields);
      if (isEmpty(changes)) continue;
      out[scope] ??= {};
      out[scope][name] = changes;
    }
  }
  return out;
}

/** The ids added (in the new order), changed in one of `fields` (likewise) and removed (in the old order). */
function diffItems(
  before: ReadonlyMap<string, Recorded>,
  after: ReadonlyMap<string, Recorded>,
  fields: (old: Recorded, now: Recorded) => readonly string[],
): CollectionChanges {
  const differs = (old: Recorded, now: Recorded) => fields(old, now).some((field) => !same(old[field], now[field]));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    changed: [...after].filter(([id, item]) => before.has(id) && differs(before.get(id)!, item)).map(([id]) => id),
    removed: [...before.keys()].filter((id) => !after.has(id)),
  };
}

/** Two recorded values are the same: a field either lacks counts as `null`. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const isEmpty = (changes: CollectionChanges) =>
  changes.added.length + changes.changed.length + changes.removed.length === 0;

/**
 * The history with a release's record: appended, or — when the last record is of the same version
 * (the lock written again before it is released) — summed into it, item by item.
 *
 * @param history The history so far; `undefined` only before the first release.
 * @param release The release's version and date (the date is kept when the record was there and nothing more changed).
 * @returns The new history; never throws.
 */
export function recordRelease(
  history: ContentHistory | undefined,
  changes: ReleaseChanges,
  release: Release,
  name: string,
): ContentHistory {
  const releases = history?.releases ?? [];
  const last = releases.at(-1);
  if (last?.version !== release.version)
    return { historyVersion: HISTORY_VERSION, package: name, releases: [...releases, { ...release, ...changes }] };
  const moved = Object.keys(changes.editions).length + Object.keys(changes.datasets).length > 0;
  const merged: ContentRelease = {
    version: last.version,
    date: moved ? release.date : last.date,
    editions: sumScopes(last.editions, changes.editions),
    datasets: sumScopes(last.datasets, changes.datasets),
  };
  return { historyVersion: HISTORY_VERSION, package: name, releases: [...releases.slice(0, -1), merged] };
}

/** Two records of one part, collection by collection, as one (`sumChanges`), empty collections left out. */
function sumScopes(
  first: ContentRelease['editions'],
  then: ContentRelease['editions'],
): Record<string, Record<string, CollectionChanges>> {
  const out: Record<string, Record<string, CollectionChanges>> = {};
  for (const scope of new Set([...Object.keys(first), ...Object.keys(then)])) {
    const names = new Set([...Object.keys(first[scope] ?? {}), ...Object.keys(then[scope] ?? {})]);
    for (const name of names) {
      const changes = sumChanges([first[scope]?.[name], then[scope]?.[name]]);
      if (isEmpty(changes)) continue;
      out[scope] ??= {};
      out[scope][name] = changes;
    }
  }
  return out;
}

/**
 * Where a history and a lock disagree on which items were released: the ids its releases leave in
 * each collection, replayed oldest first, against the ids the lock records.
 *
 * @returns One line per collection that differs, e.g. `faq (en): in the lock but not the history: what-is-x`; none when they agree.
 */
export function historyMismatches(history: ContentHistory | undefined, lock: ContentLock): string[] {
  const replayed = new Map<string, Set<string>>();
  for (const release of history?.releases ?? []) {
    for (const [part, scopes] of Object.entries({ edition: release.editions, dataset: release.datasets })) {
      for (const [scope, collections] of Object.entries(scopes)) {
        for (const [name, { added, removed }] of Object.entries(collections)) {
          const ids = replayed.get(`${name} (${part} ${scope})`) ?? new Set<string>();
          for (const id of removed) ids.delete(id);
          for (const id of added) ids.add(id);
          replayed.set(`${name} (${part} ${scope})`, ids);
        }
      }
    }
  }
  const locked = new Map<string, Set<string>>();
  const items = lockedItems(lock);
  for (const [part, scopes] of Object.entries({ edition: items.editions, dataset: items.datasets }))
    for (const [scope, collections] of scopes)
      for (const [name, ids] of collections) locked.set(`${name} (${part} ${scope})`, new Set(ids.keys()));
  const lines: string[] = [];
  for (const key of new Set([...locked.keys(), ...replayed.keys()])) {
    const [inLock, inHistory] = [locked.get(key) ?? new Set<string>(), replayed.get(key) ?? new Set<string>()];
    const onlyLock = [...inLock].filter((id) => !inHistory.has(id));
    const onlyHistory = [...inHistory].filter((id) => !inLock.has(id));
    if (onlyLock.length > 0) lines.push(`${key}: in the lock but not the history: ${onlyLock.join(', ')}`);
    if (onlyHistory.length > 0) lines.push(`${key}: in the history but not the lock: ${onlyHistory.join(', ')}`);
  }
  return lines;
}
