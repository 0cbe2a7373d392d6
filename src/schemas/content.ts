/**
 * The schemas of an article's content: its frontmatter, sections, estimate, factors, challenges and FAQ.
 */
import { z } from 'zod';
import { HistoryField } from './history.js';
import { CountryCode, Id, IsoDate, LanguageTag, Locale, nonEmpty, RichBlocks, RichText, Source } from './text.js';

/** What the frontmatter and the article share: their metadata. */
const ARTICLE_HEAD = { slug: Id, title: nonEmpty, date: IsoDate, description: nonEmpty, locale: Locale };

/**
 * Whether an item of an edition is the source text or a translation, and how current it is:
 * `source` (the edition is the source, English), `current` (translates the source item as it is now),
 * `stale` (translates an earlier revision of the source item: the source changed since) or
 * `fallback` (not translated: the source item, in the source's language, stands in).
 */
export const TranslationState = z.enum(['source', 'current', 'stale', 'fallback']);
export type TranslationState = z.infer<typeof TranslationState>;

/** A source item's revision: the first 8 hexadecimal digits of the sha256 of what a translation translates. */
export const Revision = z
  .string()
  .regex(/^[0-9a-f]{8}$/, 'must be 8 hexadecimal digits, as `npm run translations -- --mark-current` writes them');
export type Revision = z.infer<typeof Revision>;

/**
 * The kinds of section, in article order: each has its collection in `Content` (below), of its name
 * (tests/types.test-d.ts holds the two, and the content build's kinds, to the same list).
 */
const SECTION_KINDS = ['estimate', 'factors', 'challenges', 'faq'] as const;

/** The parts of an article whose items a translation records revisions of. */
export const TranslatedCollection = z.enum(['article', 'sections', ...SECTION_KINDS]);
export type TranslatedCollection = z.infer<typeof TranslatedCollection>;

/**
 * In a translation's frontmatter (`translated:`): for each item, by collection and id, the revision of
 * the source item it translates. Written by `npm run translations -- --mark-current`, not by hand.
 */
export const TranslatedRevisions = z.partialRecord(TranslatedCollection, z.record(Id, Revision));
export type TranslatedRevisions = z.infer<typeof TranslatedRevisions>;

/** The article's frontmatter, as authors write it. */
export const Frontmatter = z
  .strictObject({
    ...ARTICLE_HEAD,
    source: Source,
    translationOf: Id.optional(),
    translated: TranslatedRevisions.optional(),
  })
  .readonly();
export type Frontmatter = z.infer<typeof Frontmatter>;

/** The role of an article section. */
export const SectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKind>;

/** A `##` section of the article. */
export const Section = z
  .strictObject({
    id: Id,
    kind: SectionKind,
    heading: RichText,
    body: RichBlocks,
    translation: TranslationState,
    history: HistoryField,
  })
  .readonly();
export type Section = z.infer<typeof Section>;

/** The article: metadata and prose in reading order. */
export const Article = z
  .strictObject({
    ...ARTICLE_HEAD,
    // Not in the frontmatter: the build writes it from the language's phrases (src/phrases/<locale>.ts).
    language: LanguageTag,
    translationOf: Id.nullable(),
    source: Source,
    intro: RichBlocks,
    sections: z.array(Section).readonly(),
    conclusion: RichBlocks,
    translation: TranslationState,
    history: HistoryField,
  })
  .readonly();
export type Article = z.infer<typeof Article>;

/** How an estimate relates to its value. */
export const EstimateQualifier = z.enum(['over', 'about', 'nearly', 'at-least', 'under', 'exactly']);
export type EstimateQualifier = z.infer<typeof EstimateQualifier>;

/** Who a figure is attributed to, and the article it is quoted from. */
export const FigureSource = z.strictObject({ attribution: nonEmpty, publication: Source }).readonly();
export type FigureSource = z.infer<typeof FigureSource>;

/** A country the estimate names: its code and this edition's name for it. */
export const DestinationCountry = z.strictObject({ code: CountryCode, name: nonEmpty }).readonly();
export type DestinationCountry = z.infer<typeof DestinationCountry>;

/** The article's estimate. */
export const Estimate = z
  .strictObject({
    id: Id,
    value: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .nonnegative('must not be negative')
      .max(Number.MAX_SAFE_INTEGER, 'is too large'),
    qualifier: EstimateQualifier,
    label: RichText,
    since: z.number().int().min(1900, 'must be a year after 1900').max(2100, 'must be a year before 2100').nullable(),
    destinations: z.array(nonEmpty).readonly(),
    destinationCountries: z.array(DestinationCountry).readonly(),
    source: FigureSource,
    context: RichText,
    sectionId: Id,
    translation: TranslationState,
    history: HistoryField,
  })
  .readonly();
export type Estimate = z.infer<typeof Estimate>;

/**
 * What every item named by a mark in a section has (factors, challenges): its words, the paragraph
 * they stand in, the section, the state of its translation and its history.
 */
const MARKED_ITEM = {
  label: RichText,
  context: RichText,
  sectionId: Id,
  translation: TranslationState,
  history: HistoryField,
};

/** A factor driving defections. */
export const Factor = z.strictObject({ id: Id, ...MARKED_ITEM }).readonly();
export type Factor = z.infer<typeof Factor>;

/** When a challenge is met. */
export const ChallengePhase = z.enum(['journey', 'after-crossing']);
export type ChallengePhase = z.infer<typeof ChallengePhase>;

/** A challenge escapees face. */
export const Challenge = z.strictObject({ id: Id, phase: ChallengePhase, ...MARKED_ITEM }).readonly();
export type Challenge = z.infer<typeof Challenge>;

/** A question of the FAQ and its answer. */
export const FaqEntry = z
  .strictObject({
    id: Id,
    question: RichText,
    answer: RichBlocks,
    translation: TranslationState,
    history: HistoryField,
  })
  .readonly();
export type FaqEntry = z.infer<typeof FaqEntry>;

/** One article's content: the article and the data extracted from it. */
export const Content = z
  .strictObject({
    article: Article,
    estimate: Estimate,
    factors: z.array(Factor).readonly(),
    challenges: z.array(Challenge).readonly(),
    faq: z.array(FaqEntry).readonly(),
  })
  .readonly();
export type Content = z.infer<typeof Content>;
