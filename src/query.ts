/**
 * The query helpers, written once and bound to each locale's data by the generated modules
 * (`src/generated/<locale>.ts`), e.g. `export const getFaq = byIdGetter(faq, 'FAQ')`. Each binding
 * is a separate pure call, so a bundler drops the helpers (and the data) a consumer does not use.
 */
import { formatFigure, type Phrases } from './format.js';
import type { Locale } from './generated/locales.js';
import { foldForSearch, queryWords } from './search.js';
import type { Challenge, ChallengePhase, Estimate, FaqEntry } from './types.js';

/**
 * Makes a typed lookup: the returned function takes only known ids and throws on any other.
 *
 * @returns `(id) => item`; that function throws a `RangeError` naming the known ids if the id is unknown.
 */
export function byIdGetter<T extends { readonly id: string }>(items: readonly T[], what: string): (id: T['id']) => T {
  return Object.freeze((id: T['id']) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item)
      throw new RangeError(`Unknown ${what} id ${JSON.stringify(id)}; known ids: ${items.map((i) => i.id).join(', ')}`);
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
 * Makes a FAQ search over questions and answers that ignores case and accents and requires every
 * word. The query is folded once per search, not once per entry, each word it repeats is looked
 * for once, and the search stops at the first word no entry left holds.
 *
 * @returns `(query) => entries` in the article's order; no entries for a blank query, or for
 *   anything but a string (from JavaScript, `searchFaq(undefined)`).
 */
export function faqSearcher<T extends FaqEntry>(entries: readonly T[]): (query: string) => readonly T[] {
  let index: readonly { readonly entry: T; readonly text: string }[] | undefined;
  return Object.freeze((query: string) => {
    index ??= entries.map((entry) => ({ entry, text: foldForSearch(`${entry.question.text}\n${entry.answer.text}`) }));
    let found: readonly { readonly entry: T; readonly text: string }[] | undefined;
    for (const word of queryWords(query)) {
      found = (found ?? index).filter((item) => item.text.includes(word));
      if (found.length === 0) return [];
    }
    return found ? found.map((item) => item.entry) : [];
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

/**
 * Options of `formatEstimate`, with one meaning on every entry: `locale` is the language of the words
 * and, by default, of the digits. An edition holds its own language (`L`): the main entry `'en'`,
 * `/ko` `'ko'`; `/locales` holds them all.
 */
export interface FormatEstimateOptions<L extends string = Locale> {
  /**
   * The language to write the estimate in: its words and its digits (default: the entry's language,
   * `'en'` on the main entry). An edition writes only its own language; `formatEstimate({ locale })`
   * of `north-korean-escapees/locales` writes any.
   */
  readonly locale?: L;
  /**
   * The locale of the digits alone, as for `Intl.NumberFormat`, e.g. `'de'` → "over 30.000"
   * (default: `locale`).
   */
  readonly numberLocale?: Intl.LocalesArgument;
}

/**
 * Makes the estimate formatter of one edition, in its language's phrases.
 *
 * @returns `(options?) => text`, e.g. "over 30,000" or "3만여 명". That function throws a
 * `RangeError` on another language than the edition's (only by bypassing the types) or a malformed `numberLocale`.
 */
export function estimateFormatter<L extends string>(
  estimate: Estimate,
  phrases: Phrases<L>,
): (options?: FormatEstimateOptions<L>) => string {
  return Object.freeze((options: FormatEstimateOptions<L> = {}) => {
    if (options.locale !== undefined && options.locale !== phrases.locale) {
      throw new RangeError(
        `This edition is in "${phrases.locale}", not "${String(options.locale)}": import north-korean-escapees/${String(options.locale)}, or formatEstimate({ locale }) from north-korean-escapees/locales`,
      );
    }
    return formatFigure(estimate, phrases, options.numberLocale ?? phrases.tag);
  });
}
