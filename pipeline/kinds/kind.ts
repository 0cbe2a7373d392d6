/**
 * A kind of section: everything the build knows about one part of the article in one place —
 * its marks, how it is recognised, its extraction, its validation and its translation parity.
 * The stages loop over the kinds registered in `index.ts` (as mdast-util-to-hast loops over its
 * handlers), so adding a kind is one module and one line there.
 */
import type { Paragraph } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type { Figure } from '../../src/format.js';
import type { Frontmatter } from '../../src/schema.js';
import type { PhrasingNode, RichText, SectionKind } from '../../src/types.js';
import type { RawSection } from '../document.js';
import type { CollectionName, ItemDraft, Located } from '../draft.js';
import type { MarkSpec } from '../marks.js';
import type { Place } from '../rules.js';

/** What a translation takes from its source article. */
export interface SourceFigures {
  /** The source's estimate: a bare `:estimate` in the translation is this figure in the translation's language. */
  readonly estimate: Figure;
  /** The source's `:since` year: a bare `:since` in the translation is this year. */
  readonly since: number | null;
}

/** A paragraph of a section and its rich text. */
export interface SectionParagraph {
  readonly paragraph: Paragraph;
  readonly rich: RichText;
}

/** What a kind's `extract` is given: one section of its kind. */
export interface SectionInput {
  readonly section: RawSection;
  /** The section's id (its explicit `{#id}` or its heading's slug). */
  readonly sectionId: string;
  /** The section's paragraphs (outside questions) with their rich text. */
  readonly paragraphs: readonly SectionParagraph[];
  readonly file: VFile;
  /** Set when the article is a translation: the source's figures, and the text that stands for each bare inherited mark. */
  readonly translation?: {
    readonly figures: SourceFigures;
    readonly inherited: Readonly<Record<string, PhrasingNode[]>>;
  };
}

/** What a kind's `validate` is given. */
export interface ValidateInput {
  readonly items: readonly Located<ItemDraft>[];
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
 * How a field of an item is compared by the content lock: `fact` changes are minor, `text` changes
 * patches. A `context` is a paragraph of the item's section (`sectionId`), compared as that section's
 * `body`: on its own only when that body did not change (an item a translation lacks, which shows
 * the source's paragraph). A field a collection does not name is compared too, as a patch.
 */
export type LockFieldKind = 'fact' | 'text' | 'context';

/**
 * How the content lock records a collection: the nouns it is known by and how its fields are
 * compared. Every field of an item is recorded, named here or not, so that no field readers see
 * is left out of the lock.
 */
export interface LockSpec {
  /** The word used in reasons, e.g. `faq` in `faq "what-is-a-defector" removed`. */
  readonly noun: string;
  /** The word readers know an item by, e.g. `question`, used in changeset drafts. */
  readonly readerNoun: string;
  /** The field whose text names an item for readers (recorded as `name`, not compared). */
  readonly nameField: string;
  /** How fields (besides `id`) are compared; a field not named here is compared as a patch. */
  readonly fields: Readonly<Record<string, LockFieldKind>>;
  /**
   * The items as the lock records them, every field of each, from the collection's value (default:
   * the array itself, or the one item); a field recorded elsewhere is left out here.
   */
  readonly items?: (value: never) => readonly Record<string, unknown>[];
}

/** What the emitter gives a kind's `render`. */
export interface EmitContext {
  /** The module's locale. */
  readonly locale: string;
  /** The code of a deep-frozen constant holding `value` (as a JSON literal: content is data, never code). */
  readonly frozen: (value: unknown) => string;
}

/** What each locale module exports for a kind (pipeline/emit.ts). */
export interface KindEmit {
  /** The literal union of the kind's ids, declared once (in the source locale's module) and shared by every edition. */
  readonly idType?: { readonly name: string; readonly doc: string };
  /** What the code needs, by module (relative to `src/`), e.g. `{ 'query.js': ['byIdGetter'] }`; types by `types.js`. */
  readonly imports: Readonly<Record<string, readonly string[]>>;
  /** The runtime names it exports, in the order of `render`. */
  readonly names: readonly string[];
  /** The code of the kind's exports for one locale: the data and the helpers bound to it. */
  render(value: unknown, context: EmitContext): string;
}

/** One kind of section. */
export interface KindHandler {
  /** The section kind, as `Section.kind`. */
  readonly kind: SectionKind;
  /** The collection of `Content` its items go to. */
  readonly collection: CollectionName;
  /** The word for one item in messages, e.g. `question`. */
  readonly noun: string;
  /** How such a section is written, for the message when it is missing. */
  readonly hint: string;
  /** The marks this kind owns. */
  readonly marks: Readonly<Record<string, MarkSpec>>;
  /** Whether a section holds this kind besides by its marks (the FAQ: it has `###` questions). */
  readonly recognize?: (section: RawSection) => boolean;
  /** Whether the section's paragraphs are its body (not for the FAQ, whose text is its entries). */
  readonly hasBody: boolean;
  /**
   * For a translation: the text that stands for each of this kind's bare inherited marks (e.g. a bare
   * `:estimate` is the source's figure in the translation's language). Problems are reported at `place`.
   */
  inherit?(input: {
    readonly figures: SourceFigures;
    readonly language: string;
    readonly file: VFile;
    readonly place: Place;
  }): Record<string, PhrasingNode[]>;
  /** Extracts the items of a section of this kind; problems are reported on `input.file`. */
  extract(input: SectionInput): Located<ItemDraft>[];
  /** Validates the items; returns the value of the `Content` field, or `undefined` on any problem (reported). */
  validate(input: ValidateInput): unknown;
  /**
   * Compares the facts of a translated item with those of its source item (the same id): figures,
   * years, places, phases. Wording is the translation's own and is never compared.
   *
   * @returns Every difference; none when the facts agree (the default: a kind without facts).
   */
  compare?(source: Located<ItemDraft>, translation: Located<ItemDraft>): Mismatch[];
  /**
   * What of a validated item a translation translates: the source item's revision is a hash of it,
   * so a translation goes stale when it changes (e.g. a question and its answer).
   */
  translates(item: never): unknown;
  /** How the content lock records the kind's items (the facts users compute with, the texts they read). */
  readonly lock: LockSpec;
  /** What every locale module exports for the kind. */
  readonly emit: KindEmit;
}

/** A mark met in a section, and the rich text of the paragraph it is in. */
export interface FoundMark {
  readonly node: TextDirective;
  readonly rich: RichText;
}
