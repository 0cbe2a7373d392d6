/**
 * A kind of section: everything the build knows about one part of the article in one place — its
 * marks, whether an article must have it, its extraction, its rules and validation, its translation
 * parity, its lock collection and what every edition exports for it. The stages loop over the kinds
 * registered in `index.ts` (as mdast-util-to-hast loops over its handlers), and every list of kinds,
 * collections or names is derived from there, so adding a kind is one module and one line there.
 */
import type { Paragraph } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { Frontmatter } from '../../src/schema.js';
import type { PhrasingNode, RichText } from '../../src/types.js';
import type { ItemDraft, Located } from '../extract/draft.js';
import type { RawSection } from '../parse/document.js';
import type { MarkSpec } from '../parse/marks.js';
import type { Place } from '../shared/rules.js';
import type { KindEmit } from './kind-emit.js';
import type { LockSpec } from './lock-spec.js';

export type { EmitContext, IdType, KindEmit } from './kind-emit.js';
export type { LockFieldKind, LockSpec } from './lock-spec.js';

/** A validated item of any kind: what every item has. */
export interface Identified {
  readonly id: string;
}

/** A paragraph of a section and its rich text. */
export interface SectionParagraph {
  readonly paragraph: Paragraph;
  readonly rich: RichText;
}

/** For a translation: the source's items of the kind (`undefined` when the source has problems: nothing of it is used). */
export type SourceItems<Draft extends ItemDraft> = readonly Located<Draft>[] | undefined;

/** What a kind's `extract` is given: one section of its kind. */
export interface SectionInput<Draft extends ItemDraft = ItemDraft> {
  readonly section: RawSection;
  /** The section's id (its explicit `{#id}` or its heading's slug). */
  readonly sectionId: string;
  /** The section's paragraphs (outside questions) with their rich text. */
  readonly paragraphs: readonly SectionParagraph[];
  readonly file: VFile;
  /** Set when the article is a translation: the source's items, and the text that stands for each bare inherited mark. */
  readonly translation?: {
    readonly source: SourceItems<Draft>;
    readonly inherited: Readonly<Record<string, PhrasingNode[]>>;
  };
}

/** What a kind's `inherit` is given: where a translation's bare marks take their words from. */
export interface InheritInput<Draft extends ItemDraft = ItemDraft> {
  readonly source: SourceItems<Draft>;
  /** The translation's language. */
  readonly language: string;
  readonly file: VFile;
  /** Where problems are reported (the translation's `locale`). */
  readonly place: Place;
}

/** What a kind's `validate` is given. */
export interface ValidateInput<Draft extends ItemDraft = ItemDraft> {
  /**
   * The items of every section of the kind, each with `translation: 'source'` (set later for a
   * translation) and `history: null` (the build gives it the released history after validation).
   */
  readonly items: readonly Located<Draft & { readonly translation: 'source'; readonly history: null }>[];
  /** The validated frontmatter, when it is valid. */
  readonly frontmatter: Frontmatter | undefined;
  readonly file: VFile;
}

/**
 * A fact a translated item states differently from its source item, found by a kind's `compare`,
 * with where each side is written: `<what> is <here> here but <there> in <source>:<line>:<column>`.
 */
export interface Mismatch {
  /** What differs, e.g. `the estimate's since`. */
  readonly what: string;
  /** The translation's value, as words (e.g. `1950`, `"japan"`, `missing`). */
  readonly here: string;
  /** The source's value, as words. */
  readonly there: string;
  /** Where the translation states it. */
  readonly place: Place;
  /** Where the source states it. */
  readonly sourcePlace: Place;
  /** What to do about it, if there is more to say. */
  readonly hint?: string;
}

/**
 * One kind of section. `Item` is the validated item (the public type), `Value` the kind's collection
 * in an edition's content (one item, or the items in article order), `Draft` an item as extracted,
 * and `Helper` and `JsonLd` the names of what every edition exports for it besides its data.
 * Methods, not function properties: a kind of any `Item` is a `Kind` of the union of the kinds' items.
 */
export interface Kind<
  Name extends string = string,
  Collection extends string = string,
  Item extends Identified = Identified,
  Value extends Item | readonly Item[] = Item | readonly Item[],
  Draft extends ItemDraft = ItemDraft,
  Helper extends string = string,
  JsonLd extends string = string,
> {
  /** The section kind, as `Section.kind`. */
  readonly kind: Name;
  /** The collection of an edition's content its items go to (and of the lock, and of `translated:`). */
  readonly collection: Collection;
  /**
   * Whether every article has a section of this kind. An optional kind may be left out: its
   * collection is then empty (so only a kind of many items is optional: `defineKind` checks it).
   * The estimate is required: its figure is what every edition formats and translations take.
   */
  readonly required: boolean;
  /** The word for one item in messages, e.g. `question`. */
  readonly noun: string;
  /** How such a section is written, for the message when a required one is missing. */
  readonly hint: string;
  /** The marks this kind owns. */
  readonly marks: Readonly<Record<string, MarkSpec>>;
  /** The rules only this kind's content breaks, by id, with what each asks (AUTHORING.md lists them). */
  readonly rules: Readonly<Record<string, string>>;
  /** Whether a section holds this kind besides by its marks (the FAQ: it has `###` questions). */
  recognize?(section: RawSection): boolean;
  /** Whether the section's paragraphs are its body (not for the FAQ, whose text is its entries). */
  readonly hasBody: boolean;
  /** Whether its ids are anchors of the page, in one namespace with the sections' ids (the FAQ's questions). */
  readonly anchors?: boolean;
  /** Its collection's schema, as the `Content` of `src/schemas/content.ts` has it (the lock's data shape). */
  readonly schema: z.ZodType<Value>;
  /**
   * For a translation: the text that stands for each of this kind's bare inherited marks (e.g. a bare
   * `:estimate` is the source's figure in the translation's language). Problems are reported at `place`.
   */
  inherit?(input: InheritInput<Draft>): Record<string, PhrasingNode[]>;
  /** Extracts the items of a section of this kind; problems are reported on `input.file`. */
  extract(input: SectionInput<Draft>): Located<Draft>[];
  /** Validates the items; returns the kind's collection, or `undefined` on any problem (reported). */
  validate(input: ValidateInput<Draft>): Value | undefined;
  /**
   * Compares the facts of a translated item with those of its source item (the same id): figures,
   * years, places, phases. Wording is the translation's own and is never compared.
   *
   * @returns Every difference; none when the facts agree (the default: a kind without facts).
   */
  compare?(source: Located<Draft>, translation: Located<Draft>): Mismatch[];
  /**
   * What of a validated item a translation translates: the source item's revision is a hash of it,
   * so a translation goes stale when it changes (e.g. a question and its answer).
   */
  translates(item: Item): object;
  /** How the content lock records the kind's items (the facts users compute with, the texts they read). */
  readonly lock: LockSpec<Value>;
  /** What every edition's module exports for the kind. */
  readonly emit: KindEmit<Value, Helper, JsonLd>;
}

/**
 * Declares a kind with its types checked together: `extract` gives what `validate`, `compare` and
 * `inherit` are given, `validate` gives what `lock` and `emit` are given, and `translates` takes an item.
 *
 * @returns The kind itself.
 */
export function defineKind<
  const Name extends string,
  const Collection extends string,
  Item extends Identified,
  Value extends Item | readonly Item[],
  Draft extends ItemDraft,
  const Helper extends string,
  const JsonLd extends string = never,
>(
  // A kind of one item has no empty collection to stand for its absence: it is required.
  kind: Kind<Name, Collection, Item, Value, Draft, Helper, JsonLd> & {
    readonly required: Value extends readonly Item[] ? boolean : true;
  },
): Kind<Name, Collection, Item, Value, Draft, Helper, JsonLd> {
  return kind;
}

/** A mark met in a section, and the rich text of the paragraph it is in. */
export interface FoundMark {
  readonly node: TextDirective;
  readonly rich: RichText;
}
