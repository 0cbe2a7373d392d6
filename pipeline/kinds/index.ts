/**
 * The kinds of section, in the order their sections appear in an article. Every stage loops over
 * this list, and every list and type of kinds, collections and names is derived from it: adding a
 * kind of content is its module and one entry here.
 */
import type { Article } from '../../src/schema.js';
import { DATASET_RULES } from '../datasets/index.js';
import type { Located } from '../extract/draft.js';
import type { MarkSpec } from '../parse/marks.js';
import { RULES, type RuleSet } from '../shared/rules.js';
import { challengesKind } from './challenges.js';
import { estimateKind } from './estimate.js';
import { factorsKind } from './factors.js';
import { faqKind } from './faq.js';
import type { Kind } from './kind.js';

/** The kinds, in article order. */
export const KINDS = [estimateKind, factorsKind, challengesKind, faqKind] as const;

/** A registered kind. */
export type RegisteredKind = (typeof KINDS)[number];

/** The name of a kind of section (`Section.kind`). */
export type KindName = RegisteredKind['kind'];

/** The name of a kind's collection in an edition's content. */
export type CollectionName = RegisteredKind['collection'];

/** A kind's validated item. */
export type ItemOf<K extends RegisteredKind> = Parameters<K['translates']>[0];

/** A kind's collection in an edition's content: its item, or its items in article order. */
export type ValueOf<K extends RegisteredKind> = Exclude<ReturnType<K['validate']>, undefined>;

/** A kind's item as extracted. */
export type DraftOf<K extends RegisteredKind> = ReturnType<K['extract']>[number]['value'];

/** The names every edition exports for the kinds besides their data: their helpers, then their schema.org builders. */
export type HelperName = RegisteredKind['emit']['helpers'][number];
export type JsonLdName = NonNullable<RegisteredKind['emit']['jsonLd']>[number];

/** An item, a collection and a draft of any kind. */
export type AnyItem = ItemOf<RegisteredKind>;
export type AnyValue = ValueOf<RegisteredKind>;
export type AnyDraft = DraftOf<RegisteredKind>;

/** Any registered kind, its types the union of all kinds' (what the stages' loops see). */
export type AnyKind = Kind<KindName, CollectionName, AnyItem, AnyValue, AnyDraft, HelperName, JsonLdName>;

/** The kinds as the stages loop over them. */
export const ALL_KINDS: readonly AnyKind[] = KINDS;

/** One edition's content: the article, then each kind's collection (as `Content` in `src/schemas/content.ts`). */
export type EditionContent = { readonly article: Article } & {
  readonly [K in RegisteredKind as K['collection']]: ValueOf<K>;
};

/** Each kind's items as extracted from one article, by collection. */
export type KindDrafts = { readonly [K in RegisteredKind as K['collection']]: readonly Located<DraftOf<K>>[] };

/** The parts of an article a translation records revisions of: the article, its sections, each kind's collection. */
export type TranslatedCollection = 'article' | 'sections' | CollectionName;

/** The translated collections in article order (the order of `translated:` in a translation's frontmatter). */
export const TRANSLATED_COLLECTIONS: readonly TranslatedCollection[] = [
  'article',
  'sections',
  ...KINDS.map((kind) => kind.collection),
];

/** Every mark, with its spec and the kind that owns it. */
export const MARKS: ReadonlyMap<string, { readonly spec: MarkSpec; readonly owner: AnyKind }> = new Map(
  ALL_KINDS.flatMap((kind) => Object.entries(kind.marks).map(([name, spec]) => [name, { spec, owner: kind }] as const)),
);

/**
 * The value of a collection as a list of items: a kind of one item (the estimate) has one.
 *
 * @returns The items.
 */
export function itemsOf<Value>(value: Value): readonly ItemIn<Value>[] {
  // `Array.isArray` does not narrow a conditional type: the list is what the type says.
  return (Array.isArray(value) ? value : [value]) as readonly ItemIn<Value>[];
}

/** The item of a collection's value: the element of a list, or the value itself. */
export type ItemIn<Value> = Value extends readonly (infer Item)[] ? Item : Value;

/** Every rule of the content: the ones every file shares (`rules.ts`), each kind's own and each dataset's own. */
export const ALL_RULES: RuleSet = Object.assign({}, RULES, ...ALL_KINDS.map((kind) => kind.rules), DATASET_RULES);
