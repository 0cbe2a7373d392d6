/**
 * Reads a figure from the words that state it, so the number is written once, in the prose:
 * `:estimate[over 30,000]` means 30000, qualified "over".
 */
import type { EstimateQualifier } from '../../src/types.js';

/** Words that may come before the number, and what they mean. */
export const QUALIFIER_WORDS: Readonly<Record<string, EstimateQualifier>> = {
  over: 'over',
  'more than': 'over',
  about: 'about',
  around: 'about',
  approximately: 'about',
  nearly: 'nearly',
  almost: 'nearly',
  'at least': 'at-least',
  under: 'under',
  'fewer than': 'under',
  'less than': 'under',
};

/** A figure read from text, or why it could not be read. */
export type ParsedFigure =
  | { readonly ok: true; readonly value: number; readonly qualifier: EstimateQualifier }
  | { readonly ok: false; readonly reason: string };

/**
 * Parses English figure text such as "over 30,000", "about 1,200" or "30000".
 *
 * @returns The value and qualifier, or a reason the text is not a figure.
 */
export function readFigure(text: string): ParsedFigure {
  const words = text.trim().replace(/\s+/g, ' ');
  const match = /^(?:([a-z]+(?: [a-z]+)?) )?([+-]?)(\d{1,3}(?:,\d{3})+|\d+)$/i.exec(words);
  if (!match) {
    return {
      ok: false,
      reason: `"${words}" is not a number: write digits, optionally after a word such as "over", e.g. :estimate[over 30,000]`,
    };
  }
  const [, word, sign, digits] = match;
  let qualifier: EstimateQualifier = 'exactly';
  if (word !== undefined) {
    const known = QUALIFIER_WORDS[word.toLowerCase()];
    if (!known) {
      return {
        ok: false,
        reason: `"${word}" is not a known qualifier; use one of ${Object.keys(QUALIFIER_WORDS)
          .map((w) => `"${w}"`)
          .join(', ')}`,
      };
    }
    qualifier = known;
  }
  if (sign === '-') return { ok: false, reason: `"${words}" is negative: a count cannot be below zero` };
  const value = Number(digits!.replace(/,/g, ''));
  if (qualifier === 'under' && value === 0)
    return { ok: false, reason: `"${words}" contradicts itself: a count cannot be under zero` };
  if (!Number.isSafeInteger(value)) return { ok: false, reason: `"${words}" is too large` };
  return { ok: true, value, qualifier };
}
