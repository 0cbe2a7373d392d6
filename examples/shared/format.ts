/**
 * Numbers and dates as a language writes them, the same on the server and in the browser (the
 * hydrated text must match): a language the platform's Intl data lacks (a private-use code such
 * as `qaa`) is written as the source language is, not as the runtime's default locale.
 */
import type { Locale } from 'north-korean-escapees/locales';
import { languageTag, SOURCE_LANGUAGE } from './language.js';

/** The tag Intl formats a language's numbers and dates in: the language's own (`zh-Hans` for `zh`). */
function intlLocale(locale: Locale): string {
  const tag = languageTag(locale);
  return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : SOURCE_LANGUAGE;
}

/** A count as the language writes it (`2,914`). */
export const formatCount = (locale: Locale, count: number): string =>
  new Intl.NumberFormat(intlLocale(locale)).format(count);

/**
 * A `YYYY-MM-DD` date as the language writes it in full (`26 November 2023`, `2023년 11월 26일`).
 *
 * @returns The text.
 */
export function formatDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
