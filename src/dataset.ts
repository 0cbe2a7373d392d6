/**
 * The shape of `north-korean-escapees/data.json`, with this package's literal ids and locales: a plain
 * TypeScript type, so typing the JSON needs neither zod nor the /schema entry. And the shape of
 * `changesSince`'s answer, derived from it: a collection of `Content` or of a dataset gets its
 * changes without being named here.
 */

import type { DatasetValues } from './figure-types.js';
import type { ChallengeId, FactorId, FaqId, SectionId } from './generated/en.js';
import type { Locale } from './generated/locales.js';
import type { CollectionChanges, ContentRelease } from './history-types.js';
import type { Content, Meta } from './types.js';

/** One edition's content, with the literal ids. */
type EditionContent = Content<SectionId, FactorId, ChallengeId, FaqId>;

/**
 * Everything `data.json` holds: the release and licence, each locale's content, every dataset
 * (`arrivals`, `refugees`) and the releases.
 */
export interface Dataset extends DatasetValues {
  /** The same object as the `meta` export. */
  readonly meta: Meta;
  /** Each locale's content; `content.en` holds the same data as the main entry's exports. */
  readonly content: { readonly [L in Locale]: EditionContent };
  /** The content's releases, oldest first, each with what it changed: the `releases` export. */
  readonly releases: readonly ContentRelease[];
}

/** The ids of a collection's items (an item of one, or a list); the article, which has a slug, is any string. */
type IdsOf<Value> = Value extends readonly (infer Item)[]
  ? IdsOf<Item>
  : Value extends { readonly id: infer Id extends string }
    ? Id
    : string;

/** What changed in one edition: each collection of `Content`, and the article's sections. */
export type EditionChanges = { readonly [K in keyof EditionContent]: CollectionChanges<IdsOf<EditionContent[K]>> } & {
  readonly sections: CollectionChanges<SectionId>;
};

/** What changed in one dataset: each of its lists of items that have a history (`rows`, `sources`). */
type DatasetChanges<Data> = {
  readonly [K in keyof Data as Data[K] extends readonly { readonly history: unknown }[] ? K : never]: CollectionChanges;
};

/**
 * What `changesSince(version)` answers: the ids added, changed and removed since `since` up to
 * `until` (the last release), per collection, in every edition and every dataset; every list is
 * there, empty when nothing of its kind changed.
 */
export interface ContentChanges {
  /** The release asked about: the one the changes are counted from. */
  readonly since: string;
  /** The last release of the content. */
  readonly until: string;
  readonly editions: { readonly [L in Locale]: EditionChanges };
  readonly datasets: { readonly [D in keyof DatasetValues]: DatasetChanges<DatasetValues[D]> };
}
