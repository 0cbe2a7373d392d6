/**
 * What the package says of its releases, on the real content: every item's `history`, `releases`,
 * `changesSince` and the schema.org `dateModified`, each derived from content.history.json, which
 * itself ends at content.lock.json. Editions come from the locale list; nothing pins a language.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../pipeline/datasets/index.js';
import { historyIndex } from '../pipeline/emit/history.js';
import { TRANSLATED_COLLECTIONS } from '../pipeline/kinds/index.js';
import { parseHistory } from '../pipeline/shared/history-file.js';
import { HISTORY_FILE, LOCK_FILE } from '../pipeline/shared/paths.js';
import { historyMismatches, lockedItems } from '../release/history.js';
import { lockArrivals } from '../release/lock.js';
import { parseLock } from '../release/lock-file.js';
import type { Dataset } from '../src/dataset.js';
import type { ItemHistory } from '../src/history-types.js';
import { arrivalSources, arrivals, changesSince, getFaq, meta, refugees, releases } from '../src/index.js';
import { getContent, locales } from '../src/locales.js';
import { root } from './helpers.js';

const history = parseHistory(await readFile(path.join(root, HISTORY_FILE), 'utf8'));
const lock = parseLock(await readFile(path.join(root, LOCK_FILE), 'utf8'));
const index = historyIndex(history.releases);
const data = JSON.parse(await readFile(path.join(root, 'src', 'generated', 'data.json'), 'utf8')) as Dataset;

/** A dataset's lists whose items have a history, as its declaration names them, each with how the lock knows an item. */
const listsOf = (dataset: (typeof ALL_DATASETS)[number]) =>
  Object.entries<{ readonly lock: string | null; id(item: never): string }>(dataset.history);

/** A dataset's list as data.json holds it. */
const itemsOf = (name: keyof Dataset, list: string) =>
  (data[name] as unknown as Record<string, readonly { readonly history: ItemHistory | null }[]>)[list]!;

/** Every item of an edition with history, by collection, as the package gives it. */
function editionItems(locale: (typeof locales)[number]) {
  const content = getContent(locale);
  return {
    article: [{ id: content.article.slug, history: content.article.history }],
    sections: content.article.sections,
    estimate: [content.estimate],
    factors: content.factors,
    challenges: content.challenges,
    faq: content.faq,
  } as Record<string, readonly { readonly id: string; readonly history: ItemHistory | null }[]>;
}

describe('every item says when it came and when it last changed', () => {
  it('content.history.json replays to exactly the items content.lock.json records', () => {
    expect(historyMismatches(history, lock)).toEqual([]);
    expect(history.releases.map((release) => release.version)).toEqual(releases.map((release) => release.version));
  });

  it('in every edition, each item has the history of its own edition’s releases; one the lock lacks, none', () => {
    const locked = lockedItems(lock);
    for (const locale of locales) {
      const items = editionItems(locale);
      expect(Object.keys(items).sort()).toEqual([...TRANSLATED_COLLECTIONS].sort());
      for (const [collection, list] of Object.entries(items)) {
        for (const item of list) {
          const released = locked.editions.get(locale)?.get(collection)?.has(item.id) ?? false;
          const expected = released ? index.editions.get(locale)!.get(collection)!.get(item.id)! : null;
          expect(item.history, `${locale} ${collection} ${item.id}`).toEqual(expected);
          if (released) expect(Object.isFrozen(item.history)).toBe(true);
        }
      }
    }
  });

  it('every dataset’s rows and sources too, each known by its lock id; one the lock lacks, none', () => {
    const locked = lockedItems(lock);
    for (const dataset of ALL_DATASETS) {
      const lists = listsOf(dataset);
      expect(lists.length, dataset.name).toBeGreaterThan(0);
      for (const [list, { id }] of lists) {
        for (const item of itemsOf(dataset.name, list)) {
          const key = id(item as never);
          const released = locked.datasets.get(dataset.name)?.get(list)?.has(key) ?? false;
          const expected = released ? index.datasets.get(dataset.name)!.get(list)!.get(key)! : null;
          expect(item.history, `${dataset.name} ${list} ${key}`).toEqual(expected);
        }
      }
    }
    // A row or total citing a source cites the `sources` item of its id, history and all; so do the exports.
    for (const { rows, sources } of [data.arrivals, data.refugees])
      for (const row of rows) expect(row.source).toEqual(sources.find((source) => source.id === row.source.id));
    const total = data.arrivals.statedTotal!;
    expect(total.source).toEqual(data.arrivals.sources.find((source) => source.id === total.source.id));
    for (const row of arrivals) expect(arrivalSources).toContain(row.source);
  });

  it('the refugee figures, new since the last lock, have no history until a release is versioned', () => {
    // Their rows and sources are in no lock yet: each item's history comes with the next release.
    const recorded = (list: string) => lockedItems(lock).datasets.get('refugees')?.get(list)?.size ?? 0;
    if (recorded('rows') + recorded('sources') > 0) return;
    expect(data.refugees.rows.length).toBeGreaterThan(0);
    for (const item of [...data.refugees.rows, ...data.refugees.sources]) expect(item.history).toBeNull();
    expect(refugees.every((row) => row.history === null && row.source.history === null)).toBe(true);
  });

  it('each dataset’s ids are those its lock collections record, item for item', () => {
    for (const dataset of ALL_DATASETS) {
      for (const [list, { lock: where, id }] of listsOf(dataset)) {
        const value = data[dataset.name] as never;
        const lockIds =
          where === null
            ? lockArrivals(data.arrivals).map((row) => row.period)
            : dataset.lock[where]!.read(value).map((item) => String(item.id));
        expect(
          itemsOf(dataset.name, list).map((item) => id(item as never)),
          `${dataset.name} ${list}`,
        ).toEqual(lockIds);
      }
    }
  });

  it('a translation’s item has its own history', () => {
    const last = arrivals.find((row) => row.to === 2025)!;
    expect(last.history?.added.version).toBe('0.3.0');
    // The Korean answer was corrected after the English one was written (0.2.1, and again in the
    // second review); its last change is the last release whose record lists it, the English one's its own.
    const en = getFaq('what-is-a-defector').history!;
    const ko = getContent('ko').getFaq('what-is-a-defector').history!;
    expect(ko.added).toEqual(en.added);
    const lastListing = (locale: string) =>
      releases.filter((release) => release.editions[locale]?.faq?.changed.includes('what-is-a-defector')).at(-1);
    expect(releases.find((release) => release.version === '0.2.1')!.editions.ko!.faq!.changed).toContain(
      'what-is-a-defector',
    );
    const koRelease = lastListing('ko')!;
    expect(ko.changed).toEqual({ version: koRelease.version, date: koRelease.date });
    expect(en.changed.version).toBe(lastListing('en')?.version ?? en.added.version);
    expect(ko.changed.version).not.toBe(en.changed.version);
  });
});

describe('changesSince(version)', () => {
  it('lists every collection of every edition and dataset, each with its three lists', () => {
    const changes = changesSince(releases[0]!.version);
    expect(Object.keys(changes.editions).sort()).toEqual([...locales].sort());
    for (const locale of locales)
      expect(Object.keys(changes.editions[locale]).sort()).toEqual([...TRANSLATED_COLLECTIONS].sort());
    expect(Object.keys(changes.datasets).sort()).toEqual(ALL_DATASETS.map((dataset) => dataset.name).sort());
    for (const dataset of ALL_DATASETS)
      expect(Object.keys(changes.datasets[dataset.name]).sort()).toEqual(Object.keys(dataset.history).sort());
    // What 0.3.0 did, whatever came after.
    expect(changes.datasets.arrivals.rows.added).toContain('2025');
    expect(changes.datasets.arrivals.sources.added).toContain('newsis-2025');
    expect(changes.datasets.arrivals.sources.removed).toContain('news1-2024');
  });

  it('since the previous release, is that release’s own record: the last lock diff', () => {
    const [previous, last] = [releases.at(-2)!, releases.at(-1)!];
    const changes = changesSince(previous.version);
    expect([changes.since, changes.until]).toEqual([previous.version, last.version]);
    const empty = { added: [], changed: [], removed: [] };
    for (const locale of locales)
      for (const collection of TRANSLATED_COLLECTIONS)
        expect(changes.editions[locale][collection], `${locale} ${collection}`).toEqual(
          last.editions[locale]?.[collection] ?? empty,
        );
    for (const dataset of ALL_DATASETS)
      for (const [list] of listsOf(dataset))
        expect((changes.datasets[dataset.name] as Record<string, unknown>)[list], `${dataset.name} ${list}`).toEqual(
          last.datasets[dataset.name]?.[list] ?? empty,
        );
  });

  it('since the last release, nothing; since a version that was never released, a RangeError', () => {
    const changes = changesSince(releases.at(-1)!.version);
    for (const edition of Object.values(changes.editions))
      for (const lists of Object.values(edition)) expect(lists).toEqual({ added: [], changed: [], removed: [] });
    expect(() => changesSince('0.1.0')).toThrow(
      new RangeError(
        `"0.1.0" is not a release of the content; its releases: ${releases.map((release) => release.version).join(', ')}`,
      ),
    );
  });

  it('releases is frozen, and the package’s own version is one of them', () => {
    expect(Object.isFrozen(releases)).toBe(true);
    expect(Object.isFrozen(releases[0]!.editions)).toBe(true);
    expect(releases.map((release) => release.version)).toContain(meta.version);
  });
});

describe('schema.org dateModified comes from the releases', () => {
  /** The date of the last release that changed an edition (or one of its collections). */
  const lastDate = (locale: string, collection?: string) =>
    [...releases]
      .reverse()
      .find((release) =>
        Object.entries(release.editions[locale] ?? {}).some(
          ([name, lists]) =>
            (collection === undefined || name === collection) &&
            lists.added.length + lists.changed.length + lists.removed.length > 0,
        ),
      )?.date;

  it('the Article: the edition’s last change; datePublished is still the article’s date; a date passed wins', () => {
    for (const locale of locales) {
      const { article, toArticleJsonLd, toFaqPageJsonLd } = getContent(locale);
      const data = toArticleJsonLd();
      expect(data.datePublished).toBe(article.date);
      expect(data.dateModified).toBe(lastDate(locale));
      expect(toFaqPageJsonLd().dateModified).toBe(lastDate(locale, 'faq'));
      expect(toArticleJsonLd({ dateModified: '2030-01-01' }).dateModified).toBe('2030-01-01');
      expect(toFaqPageJsonLd({ dateModified: '2030-01-01' }).dateModified).toBe('2030-01-01');
    }
  });
});
