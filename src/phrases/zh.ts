/**
 * How figures read in Simplified Chinese. The qualifier comes before the number and no counter
 * follows (超过3万, as "over 30,000"): the article writes 名 and the noun after the figure.
 */
import type { Phrases } from '../format.js';

/** The units Chinese counts large numbers in, the largest first: 亿 (10⁸) and 万 (10⁴). */
const UNITS = [
  ['亿', 100_000_000],
  ['万', 10_000],
] as const;

/**
 * Writes a number the way Chinese publications do: a round number of five digits or more in
 * units of 万 or 亿, with at most two decimals (30000 → "3万", 345000000 → "3.45亿"), never split
 * into units ("3亿4500万"), as GB/T 15835-1995, the standard for numbers in Chinese publications,
 * asked (GB/T 15835-2011 replaced it; the 2011 text on this point was not checked); any other
 * number in digits ("34,537", "1,200").
 *
 * @returns The number as Chinese text.
 */
export function formatChineseNumber(value: number): string {
  const digits = new Intl.NumberFormat(phrases.tag);
  if (!Number.isSafeInteger(value)) return digits.format(value);
  for (const [unit, size] of UNITS) {
    // Round: what is left below the unit's hundredth is zero, so two decimals say it exactly.
    if (Math.abs(value) >= size && value % (size / 100) === 0)
      return `${new Intl.NumberFormat(phrases.tag, { maximumFractionDigits: 2 }).format(value / size)}${unit}`;
  }
  return digits.format(value);
}

/**
 * The Simplified Chinese phrases: "超过3万", "约1,200", …. The edition is `zh`; its text's tag names
 * the script, `zh-Hans`, which is what sets it apart from a Traditional Chinese text.
 */
export const phrases: Phrases<'zh'> = {
  locale: 'zh',
  tag: 'zh-Hans',
  qualified: {
    // 超过 ("more than"), not 3万多, which says "30,000-odd" and so less than 40,000: a bound the figure does not give.
    over: (n) => `超过${n}`,
    about: (n) => `约${n}`,
    nearly: (n) => `近${n}`,
    'at-least': (n) => `至少${n}`,
    under: (n) => `不到${n}`,
    exactly: (n) => n,
  },
  number: formatChineseNumber,
};
