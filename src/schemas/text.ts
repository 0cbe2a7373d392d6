/**
 * The schemas of text: ids, dates, locales and language tags, rich text (mdast nodes) and the source of a text.
 */
import { z } from 'zod';
import type { PhrasingNode as PhrasingNodeType } from '../types.js';
import { isSafeUrl } from '../url.js';

/** A stable id: lower-case ASCII letters and digits in words joined by single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by single hyphens');
export type Id = z.infer<typeof Id>;

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

/** An ISO 3166-1 alpha-2 country code in capitals, e.g. `KR` (whether the country exists, the content build checks). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. KR');
export type CountryCode = z.infer<typeof CountryCode>;

/** A string with more than white space, trimmed. */
export const nonEmpty = z.string().trim().min(1, 'must not be empty');

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
 * (emphasis, strong and links contain phrasing nodes). A union discriminated by `type`: a node is
 * checked against its own shape only, not against each shape in turn.
 */
export const PhrasingNode: z.ZodType<PhrasingNodeType> = z.lazy(() =>
  z.discriminatedUnion('type', [TextNode, EmphasisNode, StrongNode, InlineCodeNode, BreakNode, LinkNode]),
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

/** A BCP 47 tag as the package writes them: a language, then an optional script and region, in canonical case. */
const TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;

/** An edition's locale, its name (`content.ko`, `north-korean-escapees/ko`): a language tag such as `en`, `ko` or `pt-BR`. */
export const Locale = z.string().regex(TAG, 'must be a language tag such as en or ko');
export type Locale = z.infer<typeof Locale>;

/** The BCP 47 tag of a text's language, for `lang` and `inLanguage`: its locale, or more precise (`zh-Hans` for `zh`). */
export const LanguageTag = z.string().regex(TAG, 'must be a BCP 47 language tag such as en, ko or zh-Hans');
export type LanguageTag = z.infer<typeof LanguageTag>;
