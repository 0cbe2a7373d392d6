/**
 * The public data types: plain, zod-free declarations, so that the main entry carries no dependency;
 * `src/schema.ts` declares the zod schemas of the same shapes, `tests/types.test-d.ts` proves them
 * identical. The datasets' types are in `figure-types.ts`, the release history's in `history-types.ts`.
 *
 * Rich text follows mdast (https://github.com/syntax-tree/mdast): the nodes are a subset of
 * mdast's phrasing content with positions removed, so `mdast-util-to-hast` and friends accept them.
 */

import type { HasHistory } from './history-types.js';

/** An ISO 3166-1 alpha-2 country code in capitals, e.g. `"KR"`: the same in every edition. */
export type CountryCode = string;

/** A country the estimate names: its code, and the words this edition uses for it. */
export interface DestinationCountry {
  /** E.g. `"KR"`. */
  readonly code: CountryCode;
  /** E.g. `"South Korea"`, or `"한국"` in the Korean edition: the language's name for the country. */
  readonly name: string;
}

/** Plain text. */
export interface TextNode {
  readonly type: 'text';
  readonly value: string;
}

/** Emphasised (usually italic) text. */
export interface EmphasisNode {
  readonly type: 'emphasis';
  readonly children: readonly PhrasingNode[];
}

/** Strongly emphasised (usually bold) text. */
export interface StrongNode {
  readonly type: 'strong';
  readonly children: readonly PhrasingNode[];
}

/** A fragment of code. */
export interface InlineCodeNode {
  readonly type: 'inlineCode';
  readonly value: string;
}

/** A hard line break. */
export interface BreakNode {
  readonly type: 'break';
}

/** A hyperlink; `url` is always `http:`, `https:`, `mailto:` or relative. */
export interface LinkNode {
  readonly type: 'link';
  readonly url: string;
  readonly title: string | null;
  readonly children: readonly PhrasingNode[];
}

/** Any inline node that rich text may contain. */
export type PhrasingNode = TextNode | EmphasisNode | StrongNode | InlineCodeNode | BreakNode | LinkNode;

/** A paragraph of inline nodes. */
export interface ParagraphNode {
  readonly type: 'paragraph';
  readonly children: readonly PhrasingNode[];
}

/** Inline rich text: mdast phrasing nodes plus the same text as a plain string. */
export interface RichText {
  /** The text with all markup removed. */
  readonly text: string;
  /** The text as mdast phrasing nodes (no positions). */
  readonly nodes: readonly PhrasingNode[];
}

/** Block rich text: mdast paragraphs plus the same text as a plain string (paragraphs joined by a blank line). */
export interface RichBlocks {
  /** The text with all markup removed; paragraphs are separated by `\n\n`. */
  readonly text: string;
  /** The paragraphs as mdast nodes (no positions). */
  readonly nodes: readonly ParagraphNode[];
}

/** Where a text comes from. */
export interface Source {
  /** The name of the work or body that is the source. */
  readonly name: string;
  /** Its date of publication, `YYYY-MM-DD`, when known. */
  readonly date?: string;
  /** Its address, when known. */
  readonly url?: string;
  /** Anything a reader should know about the source. */
  readonly note?: string;
}

/**
 * Whether an item of an edition is the source text or a translation of it, and how current it is.
 *
 * - `source`: the edition is the source (the English article).
 * - `current`: a translation of the source item as it is now.
 * - `stale`: a translation of an earlier revision of the source item; the source has changed since.
 * - `fallback`: not translated yet; the source item, in the source's language (English), stands in.
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'fallback';

/** The role of an article section. */
export type SectionKind = 'estimate' | 'factors' | 'challenges' | 'faq';

/** A `##` section of the article. */
export interface Section<Id extends string = string> extends HasHistory {
  /** Stable kebab-case id, usable as an HTML anchor. */
  readonly id: Id;
  /** What the section holds. */
  readonly kind: SectionKind;
  /** The heading. */
  readonly heading: RichText;
  /** The prose of the section (empty for the FAQ, whose entries are in `faq`). */
  readonly body: RichBlocks;
  /** Whether the heading and body are the source's, a current or stale translation, or the source standing in. */
  readonly translation: TranslationState;
}

/** The article: its metadata and its prose in reading order. */
export interface Article<Id extends string = string> extends HasHistory {
  readonly slug: string;
  readonly title: string;
  /** Publication date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly description: string;
  /** The edition's locale, its name in the package: `'zh'` for `north-korean-escapees/zh` and `content.zh`. */
  readonly locale: string;
  /** The BCP 47 tag of the text's language, for `<html lang>`, `hreflang` and `inLanguage`, e.g. `'zh-Hans'`. */
  readonly language: string;
  /** For a translation, the slug of the article it translates; `null` for the original. */
  readonly translationOf: string | null;
  /** Where the article comes from. */
  readonly source: Source;
  /** The paragraphs before the first section. */
  readonly intro: RichBlocks;
  /** The sections in reading order. */
  readonly sections: readonly Section<Id>[];
  /** The closing paragraphs. */
  readonly conclusion: RichBlocks;
  /** Whether the title, description, intro and conclusion are the source's or a current or stale translation. */
  readonly translation: TranslationState;
}

/** How an estimate relates to its value: "over 30,000" is `over`. */
export type EstimateQualifier = 'over' | 'about' | 'nearly' | 'at-least' | 'under' | 'exactly';

/** The attribution of a figure: who the article says it comes from, and the article itself. */
export interface FigureSource {
  /** The words the article uses to attribute the figure, e.g. "various estimates". */
  readonly attribution: string;
  /** The article the figure is quoted from. */
  readonly publication: Source;
}

/** The article's estimate of the number of people who have escaped. */
export interface Estimate extends HasHistory {
  readonly id: string;
  /** The number, e.g. `30000`. */
  readonly value: number;
  /** How the value is meant, e.g. `over`. */
  readonly qualifier: EstimateQualifier;
  /** The words of the article that state the estimate, e.g. "over 30,000". */
  readonly label: RichText;
  /** The year counting starts from, e.g. `1953`, or `null` if the article gives none. */
  readonly since: number | null;
  /** Where escapees went, in the article's order, in this edition's words (the names of `destinationCountries`). */
  readonly destinations: readonly string[];
  /** The same places as countries: each one's ISO 3166-1 code, the same in every edition, and this edition's name for it. */
  readonly destinationCountries: readonly DestinationCountry[];
  /** Where the figure comes from. */
  readonly source: FigureSource;
  /** The paragraph that states the estimate. */
  readonly context: RichText;
  /** The section it is stated in. */
  readonly sectionId: string;
  /** Whether the attribution and destinations are the source's, a current or stale translation, or the source standing in. */
  readonly translation: TranslationState;
}

/** A factor that drives people to escape. */
export interface Factor<Id extends string = string> extends HasHistory {
  readonly id: Id;
  /** The words of the article that name the factor. */
  readonly label: RichText;
  /** The paragraph that names it. */
  readonly context: RichText;
  readonly sectionId: string;
  /** Whether the label is the source's, a current or stale translation, or the source standing in. */
  readonly translation: TranslationState;
}

/** When a challenge is met: on the way out, or after crossing the border. */
export type ChallengePhase = 'journey' | 'after-crossing';

/** A challenge escapees face. */
export interface Challenge<Id extends string = string> extends HasHistory {
  readonly id: Id;
  readonly phase: ChallengePhase;
  /** The words of the article that name the challenge. */
  readonly label: RichText;
  /** The paragraph that names it. */
  readonly context: RichText;
  readonly sectionId: string;
  /** Whether the label is the source's, a current or stale translation, or the source standing in. */
  readonly translation: TranslationState;
}

/** A question of the FAQ and its answer. */
export interface FaqEntry<Id extends string = string> extends HasHistory {
  /** Stable kebab-case id, usable as an HTML anchor. */
  readonly id: Id;
  readonly question: RichText;
  readonly answer: RichBlocks;
  /** Whether the question and answer are the source's, a current or stale translation, or the source standing in. */
  readonly translation: TranslationState;
}

/** One edition (language) of the article and the data extracted from it, as in `data.json`'s `content.<locale>`. */
export interface Content<
  SectionIds extends string = string,
  FactorIds extends string = string,
  ChallengeIds extends string = string,
  FaqIds extends string = string,
> {
  readonly article: Article<SectionIds>;
  readonly estimate: Estimate;
  readonly factors: readonly Factor<FactorIds>[];
  readonly challenges: readonly Challenge<ChallengeIds>[];
  readonly faq: readonly FaqEntry<FaqIds>[];
}

/** One part of the package: what it is, who holds its rights and under which terms you may use it. */
export interface LicensePart {
  /** What the part is, e.g. "The code, the types, the schemas and the structure of the data". */
  readonly part: string;
  /** Who holds its rights, or `null` when none is named: unconfirmed, or facts, which no one holds (the note says which). */
  readonly holder: string | null;
  /** The SPDX id of the licence the project grants for it, or `null` when the project does not own it and grants none. */
  readonly license: string | null;
  /** Where it comes from and what is known about its terms. */
  readonly note: string;
}

/** Under which terms the package's parts may be used (the files LICENSE and NOTICE.md say the same at length). */
export interface License {
  /** package.json's `license`: the project's licences, and `LicenseRef-Not-Licensed-See-NOTICE` for the parts it grants none for. */
  readonly spdx: string;
  /** Each part of the package, the project's own and the others'. */
  readonly parts: readonly LicensePart[];
}

/** The release of the content this package holds, and its licence. */
export interface Meta {
  /** The package version, e.g. `"1.2.0"`. */
  readonly version: string;
  /** The date (`YYYY-MM-DD`) of the release in which the content last changed. */
  readonly updated: string;
  /** Under which terms each part of the package may be used. */
  readonly license: License;
}
