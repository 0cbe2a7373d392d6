/**
 * The zod schemas of every shape the package ships. Each schema and its type share one name.
 * This module is the `north-korean-escapees/schema` entry and the build's validator; the main
 * entry never imports it, so zod stays a development-time dependency.
 */
import { z } from 'zod';
import type { PhrasingNode as PhrasingNodeType } from './types.js';
import { isSafeUrl } from './url.js';

/** A stable id: lower-case ASCII letters and digits in words joined by single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by single hyphens');
export type Id = z.infer<typeof Id>;

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Plain text node. */
export const TextNode = z.strictObject({ type: z.literal('text'), value: z.string() }).readonly();
export type TextNode = z.infer<typeof TextNode>;

/** Inline code node. */
export const InlineCodeNode = z.strictObject({ type: z.literal('inlineCode'), value: z.string() }).readonly();
export type InlineCodeNode = z.infer<typeof InlineCodeNode>;

/** Hard line break node. */
export const BreakNode = z.strictObject({ type: z.literal('break') }).readonly();
export type BreakNode = z.infer<typeof BreakNode>;

/** A URL a link may point to: `http:`, `https:`, `mailto:` or relative. */
export const SafeUrl = z.string().refine(isSafeUrl, 'links may only use http:, https:, mailto: or a relative address');
export type SafeUrl = z.infer<typeof SafeUrl>;

/**
 * Any inline node rich text may contain. Declared with the public type because it is recursive
 * (emphasis, strong and links contain phrasing nodes).
 */
export const PhrasingNode: z.ZodType<PhrasingNodeType> = z.lazy(() =>
  z.union([TextNode, EmphasisNode, StrongNode, InlineCodeNode, BreakNode, LinkNode]),
);
export type PhrasingNode = z.infer<typeof PhrasingNode>;

const Phrasing = z.array(PhrasingNode).readonly();

/** Emphasis node. */
export const EmphasisNode = z.strictObject({ type: z.literal('emphasis'), children: Phrasing }).readonly();
export type EmphasisNode = z.infer<typeof EmphasisNode>;

/** Strong node. */
export const StrongNode = z.strictObject({ type: z.literal('strong'), children: Phrasing }).readonly();
export type StrongNode = z.infer<typeof StrongNode>;

/** Link node. */
export const LinkNode = z
  .strictObject({ type: z.literal('link'), url: SafeUrl, title: z.string().nullable(), children: Phrasing })
  .readonly();
export type LinkNode = z.infer<typeof LinkNode>;

/** Paragraph node. */
export const ParagraphNode = z.strictObject({ type: z.literal('paragraph'), children: Phrasing }).readonly();
export type ParagraphNode = z.infer<typeof ParagraphNode>;

/** Inline rich text: mdast phrasing nodes and the same text as a plain string. */
export const RichText = z.strictObject({ text: z.string(), nodes: Phrasing }).readonly();
export type RichText = z.infer<typeof RichText>;

/** Block rich text: mdast paragraphs and the same text as a plain string. */
export const RichBlocks = z.strictObject({ text: z.string(), nodes: z.array(ParagraphNode).readonly() }).readonly();
export type RichBlocks = z.infer<typeof RichBlocks>;

/** Where a text comes from. */
export const Source = z
  .strictObject({
    name: nonEmpty,
    date: IsoDate.optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
    note: nonEmpty.optional(),
  })
  .readonly();
export type Source = z.infer<typeof Source>;

/** A BCP 47 language tag such as `en`, `ko` or `pt-BR`. */
export const Locale = z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/, 'must be a language tag such as en or ko');
export type Locale = z.infer<typeof Locale>;

/** The article's frontmatter, as authors write it. */
export const Frontmatter = z
  .strictObject({
    title: nonEmpty,
    slug: Id,
    date: IsoDate,
    description: nonEmpty,
    locale: Locale,
    source: Source,
    translationOf: Id.optional(),
  })
  .readonly();
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
    slug: Id,
    title: nonEmpty,
    date: IsoDate,
    description: nonEmpty,
    locale: Locale,
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

/** Where a published figure comes from, and when it was read there. */
export const DataSource = z
  .strictObject({
    id: Id,
    name: nonEmpty,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
    retrieved: IsoDate,
    note: nonEmpty.optional(),
  })
  .readonly();
export type DataSource = z.infer<typeof DataSource>;

const Count = z.number().int('must be a whole number').nonnegative('must not be negative');
const Year = z.number().int().min(1945, 'must be a year from 1945').max(2100, 'must be a year before 2100');

/** Arrivals over one period (usually one year). */
export const ArrivalRow = z
  .strictObject({ from: Year.nullable(), to: Year, men: Count, women: Count, total: Count, source: DataSource })
  .readonly();
export type ArrivalRow = z.infer<typeof ArrivalRow>;

/** A cumulative total as stated by a source. */
export const StatedTotal = z.strictObject({ through: Year, men: Count, women: Count, total: Count, source: DataSource }).readonly();
export type StatedTotal = z.infer<typeof StatedTotal>;

/**
 * The official arrival figures, as `data.json` holds them: their title, rows, sources and stated total.
 * It checks what `schema.json` checks, no more; `CheckedArrivals` adds the sums JSON Schema cannot express.
 */
export const Arrivals = z
  .strictObject({
    title: nonEmpty,
    rows: z.array(ArrivalRow).readonly(),
    sources: z.array(DataSource).readonly(),
    statedTotal: StatedTotal.nullable(),
  })
  .readonly();
export type Arrivals = z.infer<typeof Arrivals>;

/**
 * `Arrivals`, also checked for what JSON Schema cannot express (the content build checks the
 * figures with it): in each row and in the stated total men + women = total, no period ends
 * before it starts, periods are unique and ascending, and the rows add up to the stated total.
 */
export const CheckedArrivals = Arrivals.superRefine((data, ctx) => {
  const sums = (item: { readonly men: number; readonly women: number; readonly total: number }, path: (string | number)[]) => {
    if (item.men + item.women !== item.total) ctx.addIssue({ code: 'custom', message: 'men + women must equal total', path: [...path, 'total'], params: { rule: 'arrivals-sum' } });
  };
  data.rows.forEach((row, index) => {
    sums(row, ['rows', index]);
    if (row.from !== null && row.from > row.to) ctx.addIssue({ code: 'custom', message: 'the period must not end before it starts', path: ['rows', index, 'to'], params: { rule: 'arrivals-period' } });
  });
  if (data.statedTotal) sums(data.statedTotal, ['statedTotal']);
  data.rows.forEach((row, index) => {
    const previous = data.rows[index - 1];
    if (previous && (row.from ?? -Infinity) <= previous.to) {
      ctx.addIssue({ code: 'custom', message: `years must be unique and ascending: ${row.from ?? '…'}–${row.to} comes after ${previous.to}`, path: ['rows', index, 'from'], params: { rule: 'arrivals-order' } });
    }
  });
  const total = data.statedTotal;
  if (total) {
    const rows = data.rows.filter((row) => row.to <= total.through);
    const sum = (key: 'men' | 'women' | 'total') => rows.reduce((acc, row) => acc + row[key], 0);
    for (const key of ['men', 'women', 'total'] as const) {
      if (sum(key) !== total[key]) {
        ctx.addIssue({ code: 'custom', message: `the rows through ${total.through} add up to ${sum(key)} ${key === 'total' ? 'people' : key}, but the source states ${total[key]}`, path: ['statedTotal', key], params: { rule: 'arrivals-sum' } });
      }
    }
  }
});
export type CheckedArrivals = z.infer<typeof CheckedArrivals>;

/** One part of the package: what it is, who holds its rights and the licence the project grants (`null`: none). */
export const LicensePart = z
  .strictObject({ part: nonEmpty, holder: nonEmpty.nullable(), license: nonEmpty.nullable(), note: nonEmpty })
  .readonly();
export type LicensePart = z.infer<typeof LicensePart>;

/** The licence of the package: the SPDX expression of package.json's `license` and every part's terms. */
export const License = z.strictObject({ spdx: nonEmpty, parts: z.array(LicensePart).readonly() }).readonly();
export type License = z.infer<typeof License>;

/** The release of the content (the `meta` export), and its licence. */
export const Meta = z.strictObject({ version: nonEmpty, updated: IsoDate, license: License }).readonly();
export type Meta = z.infer<typeof Meta>;

/** What the content build writes (src/generated/data.json): each locale's content and the arrival figures. */
export const BuiltDataset = z
  .strictObject({
    content: z.record(Locale, Content).readonly(),
    arrivals: Arrivals,
  })
  .readonly();
export type BuiltDataset = z.infer<typeof BuiltDataset>;

/**
 * Everything `data.json` holds: `meta` (the same as the `meta` export), each locale's content and
 * the arrival figures. It accepts exactly what `schema.json` accepts (both reject unknown keys).
 */
export const Dataset = z
  .strictObject({
    meta: Meta,
    content: z.record(Locale, Content).readonly(),
    arrivals: Arrivals,
  })
  .readonly();
export type Dataset = z.infer<typeof Dataset>;
