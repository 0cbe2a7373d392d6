/**
 * Compares a translation with its source article, item by item: which items (by collection and
 * id) each has that the other lacks, and, through the kinds of `kinds/`, which facts of an item
 * they state differently (figures, years, places, phases, a section's role). Pure: it reports
 * nothing; `translations.ts` decides what each finding means (a warning, an error, a fallback).
 */
import type { ArticleDraft, SectionDraft } from '../extract/article-draft.js';
import { type Located, startOf } from '../extract/draft.js';
import { ALL_KINDS, type TranslatedCollection } from '../kinds/index.js';
import type { Identified, Mismatch } from '../kinds/kind.js';
import type { Place } from '../shared/rules.js';

/** One translatable item of an article, as the two editions share it: its collection and id. */
export interface ItemRef {
  readonly collection: TranslatedCollection;
  readonly id: string;
}

/** An item of one edition: its collection, id, the word for it in messages, and where it is written. */
export interface PlacedItem extends ItemRef {
  /** The word for the item in messages, e.g. `question`. */
  readonly noun: string;
  readonly place: Place;
}

/** What `compareArticles` finds. */
export interface ParityResult {
  /** The source's items, in order, each with where the translation has it (if it does). */
  readonly items: readonly { readonly source: PlacedItem; readonly translation: PlacedItem | undefined }[];
  /** Items of the translation that the source lacks. */
  readonly extra: readonly PlacedItem[];
  /** Where an item missing from the translation is reported: its section there, else the end of the file. */
  readonly whereMissing: (collection: TranslatedCollection) => Place;
  /** Where the source writes a collection (its section), for messages about the translation's extra items. */
  readonly sourceSection: (collection: TranslatedCollection) => Place;
  /** The facts each shared item states differently, by `key(item)`. */
  readonly mismatches: ReadonlyMap<string, readonly Mismatch[]>;
}

/**
 * The key of an item in messages, commands and the `translated:` revisions.
 *
 * @returns `collection/id`, e.g. `faq/what-is-a-defector`.
 */
export function itemKey(item: ItemRef): string {
  return `${item.collection}/${item.id}`;
}

/**
 * A place as a position in a file, for messages that name a second file.
 *
 * @returns `name:line:column`, e.g. `article.en.md:13:120`.
 */
export function placeIn(name: string, place: Place): string {
  const point = startOf(place);
  return `${name}:${point.line}:${point.column}`;
}

/** One collection of an article's drafts, as compared: its items and the kind that compares their facts. */
interface DraftCollection<Draft extends Identified = Identified> {
  readonly collection: TranslatedCollection;
  readonly noun: string;
  readonly items: readonly Located<Draft>[];
  compare?(source: Located<Draft>, translation: Located<Draft>): Mismatch[];
  /** Where its section is (the translation's missing items are reported there). */
  readonly section: Place;
}

/**
 * Compares a translation's drafts with its source's.
 *
 * @returns The items of each side, the extra ones, and every mismatched fact; never throws.
 */
export function compareArticles(source: ArticleDraft, translation: ArticleDraft): ParityResult {
  const [from, to] = [collectionsOf(source), collectionsOf(translation)];
  const items: { source: PlacedItem; translation: PlacedItem | undefined }[] = [];
  const extra: PlacedItem[] = [];
  const mismatches = new Map<string, Mismatch[]>();
  from.forEach((mine, index) => {
    const theirs = to[index]!;
    const byId = new Map(theirs.items.map((item) => [item.value.id, item]));
    const sourceIds = new Set(mine.items.map((item) => item.value.id));
    for (const item of mine.items) {
      const other = byId.get(item.value.id);
      const ref = { collection: mine.collection, id: item.value.id, noun: mine.noun };
      items.push({ source: { ...ref, place: item.place }, translation: other && { ...ref, place: other.place } });
      const found = other && mine.compare ? mine.compare(item, other) : [];
      if (found.length > 0) mismatches.set(itemKey(ref), found);
    }
    for (const item of theirs.items) {
      if (!sourceIds.has(item.value.id))
        extra.push({ collection: mine.collection, id: item.value.id, noun: mine.noun, place: item.place });
    }
  });
  const sectionOf = (collections: readonly DraftCollection[], collection: TranslatedCollection) =>
    collections.find((c) => c.collection === collection)?.section;
  return {
    items,
    extra,
    mismatches,
    whereMissing: (collection) => sectionOf(to, collection) ?? translation.end ?? { line: 1, column: 1 },
    sourceSection: (collection) => sectionOf(from, collection) ?? { line: 1, column: 1 },
  };
}

/** The collections of an article's drafts, in article order: the article itself, its sections, each kind. */
function collectionsOf(draft: ArticleDraft): DraftCollection[] {
  const slug = (draft.frontmatter?.value as { slug?: unknown } | undefined)?.slug;
  const title = draft.frontmatter?.locate(['title']) ?? { line: 1, column: 1 };
  const article: Located<Identified> = { value: { id: String(slug) }, place: title, fields: {} };
  return [
    { collection: 'article', noun: 'article', items: [article], section: title },
    {
      collection: 'sections',
      noun: 'section',
      items: draft.sections,
      compare: compareSections,
      section: draft.end,
    },
    ...ALL_KINDS.map((kind) => ({
      collection: kind.collection,
      noun: kind.noun,
      items: draft.items[kind.collection],
      ...(kind.compare ? { compare: kind.compare } : {}),
      section: draft.sections.find((section) => section.value.kind === kind.kind)?.place,
    })),
  ];
}

/** A section's role is a fact: the same id names a section of the same kind in every edition. */
function compareSections(source: Located<SectionDraft>, translation: Located<SectionDraft>): Mismatch[] {
  if (source.value.kind === translation.value.kind) return [];
  return [
    {
      what: `section "${translation.value.id}" holds the`,
      here: translation.value.kind,
      there: source.value.kind,
      place: translation.place,
      sourcePlace: source.place,
      hint: 'give each section the id of the source section with the same role',
    },
  ];
}
