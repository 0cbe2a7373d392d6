import { describe, expect, it } from 'vitest';
import { formatFigure, formatKoreanNumber } from '../src/format.js';

describe('formatKoreanNumber', () => {
  it.each([
    [0, '0'],
    [9999, '9,999'],
    [10000, '1만'],
    [30000, '3만'],
    [34314, '3만 4,314'],
    [100000000, '1억'],
    [123456789, '1억 2,345만 6,789'],
    [-30000, '-3만'],
  ])('%d → %s', (value, text) => {
    expect(formatKoreanNumber(value)).toBe(text);
  });
});

describe('formatFigure', () => {
  it('takes the words from the language and the digits from the locales', () => {
    expect(formatFigure({ value: 30000, qualifier: 'over' }, 'en')).toBe('over 30,000');
    expect(formatFigure({ value: 30000, qualifier: 'over' }, 'ko')).toBe('3만 명 이상');
    expect(formatFigure({ value: 1200, qualifier: 'about' }, 'ko', 'en')).toBe('약 1,200 명');
    expect(formatFigure({ value: 1200, qualifier: 'exactly' }, 'en', 'de')).toBe('1.200');
  });

  it('throws a RangeError for a language without phrases', () => {
    expect(() => formatFigure({ value: 1, qualifier: 'over' }, 'ja')).toThrow(/No phrases for language "ja"; known: en, ko/);
  });
});
