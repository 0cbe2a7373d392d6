/**
 * Formatting of figures in the languages the package ships. Shared by the content build (which
 * writes a translation's figure from the source article's number) and the runtime `formatEstimate`.
 */
import type { EstimateQualifier } from './types.js';

/** A figure: a value and how it is qualified. */
export interface Figure {
  readonly value: number;
  readonly qualifier: EstimateQualifier;
}

type Phrase = (number: string) => string;

/** How a qualified figure reads, per language. Korean counts people with the counter 명. */
const PHRASES: Readonly<Record<string, Readonly<Record<EstimateQualifier, Phrase>>>> = {
  en: {
    over: (n) => `over ${n}`,
    about: (n) => `about ${n}`,
    nearly: (n) => `nearly ${n}`,
    'at-least': (n) => `at least ${n}`,
    under: (n) => `under ${n}`,
    exactly: (n) => n,
  },
  ko: {
    over: (n) => `${n} 명 이상`,
    about: (n) => `약 ${n} 명`,
    nearly: (n) => `${n} 명 가까이`,
    'at-least': (n) => `최소 ${n} 명`,
    under: (n) => `${n} 명 미만`,
    exactly: (n) => `${n} 명`,
  },
};

/** The languages `formatFigure` has phrases for. */
export const FIGURE_LANGUAGES: readonly string[] = Object.keys(PHRASES);

/**
 * Writes a number the way Korean readers count: in units of 만 (10⁴) and 억 (10⁸),
 * e.g. 30000 → "3만", 34314 → "3만 4,314".
 *
 * @returns The number in Korean units.
 */
export function formatKoreanNumber(value: number): string {
  const group = new Intl.NumberFormat('ko');
  if (!Number.isFinite(value) || Math.abs(value) < 10_000) return group.format(value);
  const parts: string[] = [];
  let rest = Math.trunc(Math.abs(value));
  for (const [unit, size] of [['억', 100_000_000], ['만', 10_000]] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${group.format(count)}${unit}`);
    rest %= size;
  }
  if (rest > 0) parts.push(group.format(rest));
  return (value < 0 ? '-' : '') + parts.join(' ');
}

/**
 * Formats a figure in an article's language, the number formatted for `locales`.
 * Korean numbers use 만/억 units when the number locale is Korean.
 *
 * @param language The article's language (`en`, `ko`); it decides the words.
 * @param locales As for `Intl.NumberFormat`; it decides the digits (default: `language`).
 * @returns E.g. `"over 30,000"` (en), `"3만 명 이상"` (ko).
 * @throws {RangeError} If the language has no phrases or a locale tag is malformed.
 */
export function formatFigure(figure: Figure, language: string, locales: Intl.LocalesArgument = language): string {
  const phrases = PHRASES[language];
  if (!phrases) throw new RangeError(`No phrases for language "${language}"; known: ${FIGURE_LANGUAGES.join(', ')}`);
  const numberLocale = new Intl.NumberFormat(locales).resolvedOptions().locale;
  const number = /^ko\b/.test(numberLocale) ? formatKoreanNumber(figure.value) : new Intl.NumberFormat(locales).format(figure.value);
  return phrases[figure.qualifier](number);
}
