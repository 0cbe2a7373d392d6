/**
 * The query helpers, written once and bound to each locale's data by the generated modules
 * (`src/generated/<locale>.ts`), e.g. `export const getFaq = byIdGetter(faq, 'FAQ')`. Each binding
 * is a separate pure call, so a bundler drops the helpers (and the data) a consumer does not use.
 */
import { formatFigure } from './format.js';
import { foldForSearch, matchesQuery } from './search.js';
import type { Locale } from './generated/locales.js';
import type { Challenge, ChallengePhase, Estimate, FaqEntry } from './types.js';

/**
 * Makes a typed lookup: the returned function takes only known ids and throws on any other.
 *
 * @returns `(id) => item`; that function throws a `RangeError` naming the known ids if the id is unknown.
 */
export function byIdGetter<T extends { readonly id: string }>(items: readonly T[], what: string): (id: T['id']) => T {
  return Object.freeze((id: T['id']) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new RangeError(`Unknown ${what} id ${JSON.stringify(id)}; known ids: ${items.map((i) => i.id).join(', ')}`);
    return item;
  });
}

/**
 * Makes a lookup by any string, e.g. a URL fragment or user input.
 *
 * @returns `(id) => item | undefined`.
 */
export function byIdFinder<T extends { readonly id: string }>(items: readonly T[]): (id: string) => T | undefined {
  return Object.freeze((id: string) => items.find((item) => item.id === id));
}

/**
 * Makes a FAQ search over questions and answers that ignores case and accents and requires every word.
 *
 * @returns `(query) => entries` in the article's order; no entries for a blank query.
 */
export function faqSearcher<T extends FaqEntry>(entries: readonly T[]): (query: string) => readonly T[] {
  let index: readonly { readonly entry: T; readonly text: string }[] | undefined;
  return Object.freeze((query: string) => {
    index ??= entries.map((entry) => ({ entry, text: foldForSearch(`${entry.question.text}\n${entry.answer.text}`) }));
    return index.filter((item) => matchesQuery(item.text, query)).map((item) => item.entry);
  });
}

/**
 * Makes a filter of challenges by phase.
 *
 * @returns `(phase) => challenges` of that phase, in the article's order (a new array each call).
 */
export function phaseFilter<T extends Challenge>(challenges: readonly T[]): (phase: ChallengePhase) => readonly T[] {
  return Object.freeze((phase: ChallengePhase) => challenges.filter((challenge) => challenge.phase === phase));
}

/** Options of `formatEstimate`, the same on every entry. */
export interface FormatEstimateOptions {
  /**
   * The language to write the estimate in: its words and its digits, e.g. `'ko'` → "3만 명 이상"
   * (default: the entry's language, `'en'` on the main entry). The figure is the same in every language.
   */
  readonly locale?: Locale;
  /**
   * The locale of the digits alone, as for `Intl.NumberFormat`, e.g. `'de'` → "over 30.000"
   * (default: `locale`).
   */
  readonly numberLocale?: Intl.LocalesArgument;
}

/**
 * Makes the estimate formatter of one entry, whose language is `language`.
 *
 * @returns `(options?) => text`, e.g. "over 30,000" or, with `{ locale: 'ko' }`, "3만 명 이상". That
 * function throws a `RangeError` on a locale without phrases or a malformed `numberLocale`.
 */
export function estimateFormatter(estimate: Estimate, language: Locale): (options?: FormatEstimateOptions) => string {
  return Object.freeze((options: FormatEstimateOptions = {}) => {
    const locale = options.locale ?? language;
    return formatFigure(estimate, locale, options.numberLocale ?? locale);
  });
}
