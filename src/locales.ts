/**
 * north-korean-escapees/locales: choose the language at run time. This entry imports every
 * locale; import `north-korean-escapees` or `north-korean-escapees/ko` instead when one language
 * is enough, so that your bundle carries only that language.
 */

import type { ChallengeId, FactorId, FaqId, SectionId } from './generated/en.js';
import { type Locale, type LocaleContent, locales, modules } from './generated/locales.js';
import type { FormatEstimateOptions } from './query.js';
import type { Article, Challenge, Estimate, Factor, FaqEntry } from './types.js';

// LocaleContent is derived from the kinds (written by the build), so a new kind needs no edit here.
export type { FormatEstimateOptions, Locale, LocaleContent };
export { locales };

/** Each locale's module, checked here to be a `LocaleContent` (the source's types hold for every edition). */
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
 * The estimate formatted in a language, e.g. "over 30,000" (en) or "3만여 명" (ko): the same
 * function, with the same options, as every entry's `formatEstimate`.
 *
 * @returns The text. @throws {RangeError} If the locale is not available or `numberLocale` is malformed.
 */
export const formatEstimate = /* @__PURE__ */ Object.freeze((options: FormatEstimateOptions = {}): string => {
  const { numberLocale } = options;
  return getContent(options.locale ?? 'en').formatEstimate(numberLocale === undefined ? {} : { numberLocale });
});
