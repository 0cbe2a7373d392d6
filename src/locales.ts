/**
 * north-korean-escapees/locales: choose the language at run time. This entry imports every
 * locale; import `north-korean-escapees` or `north-korean-escapees/ko` instead when one language
 * is enough, so that your bundle carries only that language.
 */

import type { ChallengeId, FactorId, FaqId, SectionId } from './generated/en.js';
import { type Locale, locales, modules } from './generated/locales.js';
import type { ArticleJsonLd, ArticleJsonLdOptions, FaqPageJsonLd, FaqPageJsonLdOptions } from './json-ld.js';
import type { FormatEstimateOptions } from './query.js';
import type { Article, Challenge, ChallengePhase, Estimate, Factor, FaqEntry } from './types.js';

export type { FormatEstimateOptions, Locale };
export { locales };

/** One locale's content and helpers: the same names, with the same meaning, as the main entry's. */
export interface LocaleContent {
  /** The locale of this content, its edition's name; its text's BCP 47 tag is `article.language`. */
  readonly locale: Locale;
  /** The article: metadata, intro, sections and conclusion. */
  readonly article: Article<SectionId>;
  /** The estimate, with the translation's words. */
  readonly estimate: Estimate;
  /** The factors driving defections, in the article's order. */
  readonly factors: readonly Factor<FactorId>[];
  /** The challenges escapees face, in the article's order. */
  readonly challenges: readonly Challenge<ChallengeId>[];
  /** The FAQ, in the article's order. */
  readonly faq: readonly FaqEntry<FaqId>[];
  /** A FAQ entry by id. @returns The entry. @throws {RangeError} If the id is unknown. */
  readonly getFaq: (id: FaqId) => FaqEntry<FaqId>;
  /** A FAQ entry by any string. @returns The entry, or `undefined`. */
  readonly findFaq: (id: string) => FaqEntry<FaqId> | undefined;
  /** Searches questions and answers, ignoring case and accents. @returns The matching entries; none for a blank query. */
  readonly searchFaq: (query: string) => readonly FaqEntry<FaqId>[];
  /** A factor by id. @returns The factor. @throws {RangeError} If the id is unknown. */
  readonly getFactor: (id: FactorId) => Factor<FactorId>;
  /** A factor by any string. @returns The factor, or `undefined`. */
  readonly findFactor: (id: string) => Factor<FactorId> | undefined;
  /** A challenge by id. @returns The challenge. @throws {RangeError} If the id is unknown. */
  readonly getChallenge: (id: ChallengeId) => Challenge<ChallengeId>;
  /** A challenge by any string. @returns The challenge, or `undefined`. */
  readonly findChallenge: (id: string) => Challenge<ChallengeId> | undefined;
  /** The challenges of one phase. @returns Them in the article's order. */
  readonly challengesByPhase: (phase: ChallengePhase) => readonly Challenge<ChallengeId>[];
  /** The estimate as text in this language, the digits for `options.numberLocale` if given. @returns The text. @throws {RangeError} On a malformed `numberLocale`. */
  readonly formatEstimate: (options?: { readonly numberLocale?: Intl.LocalesArgument }) => string;
  /** The FAQ as a schema.org `FAQPage`. @returns A new object. @throws {TypeError} If `options.url` is not an absolute http(s) address. */
  readonly toFaqPageJsonLd: (options?: FaqPageJsonLdOptions) => FaqPageJsonLd;
  /** The article as a schema.org `Article`. @returns A new object. @throws {TypeError} If an address is not an absolute http(s) address. */
  readonly toArticleJsonLd: (options?: ArticleJsonLdOptions) => ArticleJsonLd;
}

/** Each locale's module, checked here to be a `LocaleContent`. */
const contents: { readonly [L in Locale]: LocaleContent } = modules;

/** Options of the locale-aware lookups. */
export interface LocaleOptions {
  /** The language to answer in (default `en`, the source article's). */
  readonly locale?: Locale;
}

/**
 * Tells whether a string is a locale the content is available in, e.g. to check a URL segment.
 *
 * @returns `true` for `en`, `ko`, ….
 */
export const isLocale = /* @__PURE__ */ Object.freeze((value: string): value is Locale => {
  return (locales as readonly string[]).includes(value);
});

/**
 * One locale's content and helpers (`article`, `faq`, `getFaq`, `formatEstimate`, …).
 *
 * @returns The locale's module.
 * @throws {RangeError} If the locale is not available (only possible by bypassing the types).
 */
export const getContent = /* @__PURE__ */ Object.freeze((locale: Locale): LocaleContent => {
  if (!isLocale(locale))
    throw new RangeError(`Unknown locale ${JSON.stringify(locale)}; available: ${locales.join(', ')}`);
  return contents[locale];
});

/**
 * The article in a language.
 *
 * @returns The article. @throws {RangeError} If the locale is not available.
 */
export const getArticle = /* @__PURE__ */ Object.freeze((locale: Locale): Article<SectionId> => {
  return getContent(locale).article;
});

/**
 * The estimate in a language (the same figure; the words are the translation's).
 *
 * @returns The estimate. @throws {RangeError} If the locale is not available.
 */
export const getEstimate = /* @__PURE__ */ Object.freeze((locale: Locale): Estimate => {
  return getContent(locale).estimate;
});

/**
 * A FAQ entry in a language.
 *
 * @returns The entry. @throws {RangeError} If the id or the locale is unknown (only by bypassing the types).
 */
export const getFaq = /* @__PURE__ */ Object.freeze((id: FaqId, options: LocaleOptions = {}): FaqEntry<FaqId> => {
  return getContent(options.locale ?? 'en').getFaq(id);
});

/**
 * A factor in a language.
 *
 * @returns The factor. @throws {RangeError} If the id or the locale is unknown.
 */
export const getFactor = /* @__PURE__ */ Object.freeze(
  (id: FactorId, options: LocaleOptions = {}): Factor<FactorId> => {
    return getContent(options.locale ?? 'en').getFactor(id);
  },
);

/**
 * A challenge in a language.
 *
 * @returns The challenge. @throws {RangeError} If the id or the locale is unknown.
 */
export const getChallenge = /* @__PURE__ */ Object.freeze(
  (id: ChallengeId, options: LocaleOptions = {}): Challenge<ChallengeId> => {
    return getContent(options.locale ?? 'en').getChallenge(id);
  },
);

/**
 * The estimate formatted in a language, e.g. "over 30,000" (en) or "3만 명 이상" (ko): the same
 * function, with the same options, as every entry's `formatEstimate`.
 *
 * @returns The text. @throws {RangeError} If the locale is not available or `numberLocale` is malformed.
 */
export const formatEstimate = /* @__PURE__ */ Object.freeze((options: FormatEstimateOptions = {}): string => {
  const { numberLocale } = options;
  return getContent(options.locale ?? 'en').formatEstimate(numberLocale === undefined ? {} : { numberLocale });
});
