/**
 * Formatting of figures: a qualified number in one language's words (`phrases/`). Shared by the
 * content build (which writes a translation's figure from the source article's number) and the
 * runtime `formatEstimate`. Each language's phrases live in their own module, so an edition's
 * bundle carries only its own language.
 */
import type { EstimateQualifier } from './types.js';

/** A figure: a value and how it is qualified. */
export interface Figure {
  readonly value: number;
  readonly qualifier: EstimateQualifier;
}

/** How figures read in one language: a language is its phrases module (`phrases/<locale>.ts`) and a line in `phrases/index.ts`. */
export interface Phrases<L extends string = string> {
  /** The edition's locale, its name in the package (`north-korean-escapees/zh`, `content.zh`), e.g. `ko`. */
  readonly locale: L;
  /**
   * The language's BCP 47 tag, declared here and nowhere else: what the data and pages say the text
   * is in (`article.language`, JSON-LD's `inLanguage`, `<html lang>`). The locale, or the locale
   * with more subtags (`zh-Hans` names the script of the locale `zh`), in canonical case.
   */
  readonly tag: L | `${L}-${string}`;
  /** How a qualified number reads, e.g. over → "over 30,000", "3만여 명". */
  readonly qualified: Readonly<Record<EstimateQualifier, (number: string) => string>>;
  /**
   * How the language writes a number when the digits are its own (the number locale is this
   * language), e.g. Korean counts in 만 and 억; without it, `Intl.NumberFormat` writes it.
   */
  readonly number?: (value: number) => string;
}

/**
 * Formats a figure in one language's words, the digits for `numberLocale`.
 *
 * @param numberLocale As for `Intl.NumberFormat`; it decides the digits (default: the phrases' language tag).
 * @returns E.g. `"over 30,000"` (en), `"3만여 명"` (ko).
 * @throws {RangeError} If `numberLocale` is malformed, naming the option.
 */
export function formatFigure(
  figure: Figure,
  phrases: Phrases,
  numberLocale: Intl.LocalesArgument = phrases.tag,
): string {
  const format = numberFormat(numberLocale);
  const own = phrases.number && format.resolvedOptions().locale.split('-')[0] === phrases.tag.split('-')[0];
  return phrases.qualified[figure.qualifier](own ? phrases.number!(figure.value) : format.format(figure.value));
}

/**
 * `Intl.NumberFormat` for `numberLocale`; Intl's own error ("Incorrect locale information
 * provided") names neither the option nor what to pass.
 *
 * @throws {RangeError} Naming `numberLocale`, its value and what it takes.
 */
function numberFormat(numberLocale: Intl.LocalesArgument): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(numberLocale);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RangeError(
      `formatEstimate: the numberLocale option ${safeJson(numberLocale)} is not a locale Intl.NumberFormat accepts (${reason}); pass a BCP 47 language tag such as "en" or "de-CH", or leave the option out for the edition's language`,
    );
  }
}

/** A value as JSON for a message, or its type when it has none. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
