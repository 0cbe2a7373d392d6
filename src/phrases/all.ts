/**
 * The phrases of every language as one map, for the content build and tests.
 */
import type { Phrases } from '../format.js';
import * as byLocale from './index.js';

/** The phrases of every language, by locale. */
export const PHRASES: Readonly<Record<string, Phrases>> = byLocale;

/**
 * The phrases of a locale, if it has them.
 *
 * @returns The phrases, or `undefined`.
 */
export function phrasesOf(locale: string): Phrases | undefined {
  return Object.hasOwn(PHRASES, locale) ? PHRASES[locale] : undefined;
}
