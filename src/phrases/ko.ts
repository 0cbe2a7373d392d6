/** How figures read in Korean: people are counted with the counter 명, numbers in units of 만 and 억. */
import type { Phrases } from '../format.js';

/**
 * Writes a number the way Korean readers count: in units of 만 (10⁴) and 억 (10⁸),
 * e.g. 30000 → "3만", 34314 → "3만 4,314".
 *
 * @returns The number in Korean units.
 */
export function formatKoreanNumber(value: number): string {
  const group = new Intl.NumberFormat(phrases.tag);
  if (!Number.isFinite(value) || Math.abs(value) < 10_000) return group.format(value);
  const parts: string[] = [];
  let rest = Math.trunc(Math.abs(value));
  for (const [unit, size] of [
    ['억', 100_000_000],
    ['만', 10_000],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${group.format(count)}${unit}`);
    rest %= size;
  }
  if (rest > 0) parts.push(group.format(rest));
  return (value < 0 ? '-' : '') + parts.join(' ');
}

/** The Korean phrases: "3만여 명" (over: 여 is "more than"; 이상 would be "or more"), "약 1,200 명", …. */
export const phrases: Phrases<'ko'> = {
  locale: 'ko',
  tag: 'ko',
  qualified: {
    over: (n) => `${n}여 명`,
    about: (n) => `약 ${n} 명`,
    nearly: (n) => `${n} 명 가까이`,
    'at-least': (n) => `최소 ${n} 명`,
    under: (n) => `${n} 명 미만`,
    exactly: (n) => `${n} 명`,
  },
  number: formatKoreanNumber,
};
