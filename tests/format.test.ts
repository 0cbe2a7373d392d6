import { describe, expect, it } from 'vitest';
import { formatFigure } from '../src/format.js';
import { PHRASES } from '../src/phrases/all.js';
import { formatKoreanNumber } from '../src/phrases/ko.js';

const { en, ko } = PHRASES as Record<'en' | 'ko', (typeof PHRASES)[string]>;

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
  it('takes the words from the phrases and the digits from the number locale', () => {
    expect(formatFigure({ value: 30000, qualifier: 'over' }, en!)).toBe('over 30,000');
    expect(formatFigure({ value: 30000, qualifier: 'over' }, ko!)).toBe('3만여 명');
    expect(formatFigure({ value: 30000, qualifier: 'over' }, ko!, 'ko-KR')).toBe('3만여 명');
    expect(formatFigure({ value: 1200, qualifier: 'about' }, ko!, 'en')).toBe('약 1,200 명');
    expect(formatFigure({ value: 1200, qualifier: 'exactly' }, en!, 'de')).toBe('1.200');
  });

  it('counts in 만 only in Korean words: English words with Korean digits are plain digits', () => {
    expect(formatFigure({ value: 30000, qualifier: 'over' }, en!, 'ko')).toBe('over 30,000');
  });

  it('each language is its own module, registered in the index under its locale', () => {
    for (const [locale, phrases] of Object.entries(PHRASES)) expect(phrases.locale).toBe(locale);
  });
});
