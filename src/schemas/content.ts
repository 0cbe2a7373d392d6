/**
 * The schemas of an article's content: its frontmatter, sections, estimate, factors, challenges and FAQ.
 */
import { z } from 'zod';
import { Id, IsoDate, Locale, nonEmpty, RichBlocks, RichText, Source } from './text.js';

/** What the frontmatter and the article share: their metadata. */
const ARTICLE_HEAD = { slug: Id, title: nonEmpty, date: IsoDate, description: nonEmpty, locale: Locale };

/** The article's frontmatter, as authors write it. */
export const Frontmatter = z.strictObject({ ...ARTICLE_HEAD, source: Source, translationOf: Id.optional() }).readonly();
export type Frontmatter = z.infer<typeof Frontmatter>;

/** The role of an article section. */
export const SectionKind = z.enum(['estimate', 'factors', 'challenges', 'faq']);
export type SectionKind = z.infer<typeof SectionKind>;

/** A `##` section of the article. */
export const Section = z.strictObject({ id: Id, kind: SectionKind, heading: RichText, body: RichBlocks }).readonly();
export type Section = z.infer<typeof Section>;

/** The article: metadata and prose in reading order. */
export const Article = z
  .strictObject({
    ...ARTICLE_HEAD,
    translationOf: Id.nullable(),
    source: Source,
    intro: RichBlocks,
    sections: z.array(Section).readonly(),
    conclusion: RichBlocks,
  })
  .readonly();
export type Article = z.infer<typeof Article>;

/** How an estimate relates to its value. */
export const EstimateQualifier = z.enum(['over', 'about', 'nearly', 'at-least', 'under', 'exactly']);
export type EstimateQualifier = z.infer<typeof EstimateQualifier>;

/** Who a figure is attributed to, and the article it is quoted from. */
export const FigureSource = z.strictObject({ attribution: nonEmpty, publication: Source }).readonly();
export type FigureSource = z.infer<typeof FigureSource>;

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
    source: FigureSource,
    context: RichText,
    sectionId: Id,
  })
  .readonly();
export type Estimate = z.infer<typeof Estimate>;

/** A factor driving defections. */
export const Factor = z.strictObject({ id: Id, label: RichText, context: RichText, sectionId: Id }).readonly();
export type Factor = z.infer<typeof Factor>;

/** When a challenge is met. */
export const ChallengePhase = z.enum(['journey', 'after-crossing']);
export type ChallengePhase = z.infer<typeof ChallengePhase>;

/** A challenge escapees face. */
export const Challenge = z
  .strictObject({ id: Id, phase: ChallengePhase, label: RichText, context: RichText, sectionId: Id })
  .readonly();
export type Challenge = z.infer<typeof Challenge>;

/** A question of the FAQ and its answer. */
export const FaqEntry = z.strictObject({ id: Id, question: RichText, answer: RichBlocks }).readonly();
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
