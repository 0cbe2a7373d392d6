/**
 * The words and language tag of every language (src/phrases/), the Korean way of writing numbers, the figure
 * formatter's errors (src/format.ts) and the messages of the arrival queries (src/arrival-queries.ts)
 * for every kind of wrong value.
 */
import { describe, expect, it } from 'vitest';
import { arrivalsBetween, totalArrivals } from '../src/arrival-queries.js';
import { formatFigure } from '../src/format.js';
import { getContent, locales } from '../src/locales.js';
import { PHRASES, phrasesOf } from '../src/phrases/all.js';
import { phrases as en } from '../src/phrases/en.js';
import { formatKoreanNumber, phrases as ko } from '../src/phrases/ko.js';
import { LanguageTag } from '../src/schema.js';

describe('the phrases of each language', () => {
  it('English: each qualifier before the number, none for an exact figure', () => {
    const words = Object.fromEntries(
      Object.entries(en.qualified).map(([qualifier, phrase]) => [qualifier, phrase('N')]),
    );
    expect(words).toEqual({
      over: 'over N',
      about: 'about N',
      nearly: 'nearly N',
      'at-least': 'at least N',
      under: 'under N',
      exactly: 'N',
    });
    expect(en.locale).toBe('en');
    expect(en.number).toBeUndefined();
  });

  it('Korean: each qualifier with 명 (people), and numbers counted in 만 and 억', () => {
    const words = Object.fromEntries(
      Object.entries(ko.qualified).map(([qualifier, phrase]) => [qualifier, phrase('N')]),
    );
    expect(words).toEqual({
      over: 'N여 명',
      about: '약 N 명',
      nearly: 'N 명 가까이',
      'at-least': '최소 N 명',
      under: 'N 명 미만',
      exactly: 'N 명',
    });
    expect(ko.locale).toBe('ko');
    expect(ko.number).toBe(formatKoreanNumber);
  });

  it('phrasesOf finds a language by its locale, and nothing for another string', () => {
    expect(phrasesOf('en')).toBe(en);
    expect(phrasesOf('ko')).toBe(ko);
    expect(phrasesOf('fr')).toBeUndefined();
    expect(phrasesOf('toString')).toBeUndefined();
    // Every language of the registry, whichever the build has, is found by its own locale.
    expect(Object.keys(PHRASES)).toEqual(expect.arrayContaining(['en', 'ko']));
    for (const [locale, phrases] of Object.entries(PHRASES)) expect(phrasesOf(locale)).toBe(phrases);
  });

  it('each declares its language tag once: canonical BCP 47, the locale or the locale with more subtags', () => {
    expect([en.tag, ko.tag]).toEqual(['en', 'ko']);
    for (const [locale, phrases] of Object.entries(PHRASES)) {
      expect(phrases.locale, locale).toBe(locale);
      expect(LanguageTag.safeParse(phrases.tag).success, phrases.tag).toBe(true);
      expect(Intl.getCanonicalLocales(phrases.tag), phrases.tag).toEqual([phrases.tag]);
      expect(phrases.tag === locale || phrases.tag.startsWith(`${locale}-`), phrases.tag).toBe(true);
    }
  });

  it('write an edition’s data and markup in that tag: article.language and both JSON-LD objects’ inLanguage', () => {
    expect(locales).toEqual(expect.arrayContaining(Object.keys(PHRASES)));
    for (const locale of locales) {
      const { article, toArticleJsonLd, toFaqPageJsonLd } = getContent(locale);
      const { tag } = phrasesOf(locale)!;
      expect([article.locale, article.language], locale).toEqual([locale, tag]);
      expect([toArticleJsonLd().inLanguage, toFaqPageJsonLd().inLanguage], locale).toEqual([tag, tag]);
    }
  });
});

describe('formatKoreanNumber', () => {
  it.each([
    [-9999, '-9,999'],
    [10_000.9, '1만'],
    [100_000_001, '1억 1'],
    [100_010_000, '1억 1만'],
    [1_234_567_890_000, '12,345억 6,789만'],
    [-123_456_789, '-1억 2,345만 6,789'],
    [Number.POSITIVE_INFINITY, '∞'],
    [Number.NaN, 'NaN'],
  ])('%d → %s', (value, text) => {
    expect(formatKoreanNumber(value)).toBe(text);
  });
});

describe('formatFigure', () => {
  it('uses the language’s own way of writing numbers only for digits of its own language', () => {
    expect(formatFigure({ value: 30_000, qualifier: 'exactly' }, ko, 'ko-KR')).toBe('3만 명');
    expect(formatFigure({ value: 30_000, qualifier: 'exactly' }, ko, 'de')).toBe('30.000 명');
    expect(formatFigure({ value: 30_000, qualifier: 'nearly' }, en)).toBe('nearly 30,000');
  });

  it('names the option, its value and what to pass when the number locale is malformed', () => {
    const message = (value: unknown) => {
      try {
        formatFigure({ value: 1, qualifier: 'over' }, en, value as Intl.LocalesArgument);
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message('not a locale!')).toMatch(
      /^formatEstimate: the numberLocale option "not a locale!" is not a locale Intl\.NumberFormat accepts \(.+\); pass a BCP 47 language tag such as "en" or "de-CH", or leave the option out for the edition's language$/,
    );
    expect(message(['en', '!!'])).toMatch(/^formatEstimate: the numberLocale option \["en","!!"\] is not a locale/);
    // A value JSON cannot write is named by its type: a function that lists a malformed tag, a cycle.
    const listing = Object.assign(function list(_one: unknown) {}, { 0: '!!' });
    expect(message(listing)).toMatch(/^formatEstimate: the numberLocale option function is not a locale/);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(message(cyclic)).toMatch(/^formatEstimate: the numberLocale option object is not a locale/);
  });
});

describe('the arrival queries name what they were given', () => {
  it.each([
    [undefined, 'undefined'],
    [{}, 'an object'],
    [true, 'a boolean'],
    [[1], 'an array'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [1n, 'a bigint'],
  ])('a total of %s is %s', (total, kind) => {
    expect(() => totalArrivals([{ total } as never])).toThrow(
      new TypeError(
        `totalArrivals(rows): rows[0].total is ${kind}, not a finite number; give arrival rows, such as arrivalsBetween's`,
      ),
    );
  });

  it('rows that are not an array', () => {
    expect(() => totalArrivals({} as never)).toThrow(
      new TypeError('totalArrivals(rows): rows is an object, not an array of arrival rows'),
    );
    expect(() => totalArrivals('12' as never)).toThrow(
      new TypeError('totalArrivals(rows): rows is a string, not an array of arrival rows'),
    );
  });

  it('adds every row, all of them by default', () => {
    expect(totalArrivals([{ total: 2 }, { total: 3 }] as never)).toBe(5);
    expect(totalArrivals()).toBe(totalArrivals(arrivalsBetween(1900, 2100)) + 947);
  });

  it('arrivalsBetween: whole years, the first not after the second, each message the same', () => {
    const message = 'give two whole years, the first not after the second';
    expect(() => arrivalsBetween(2001, 2000)).toThrow(new RangeError(`arrivalsBetween(2001, 2000): ${message}`));
    expect(() => arrivalsBetween(2000, 2000.5)).toThrow(new RangeError(`arrivalsBetween(2000, 2000.5): ${message}`));
    expect(() => arrivalsBetween(Number.NaN, 2000)).toThrow(RangeError);
    expect(arrivalsBetween(2002, 2002).map((row) => [row.from, row.to])).toEqual([[2002, 2002]]);
    // A period that starts before the range is not in it, nor one without a start, whatever the range.
    expect(arrivalsBetween(2000, 2001)).toEqual([]);
    expect(arrivalsBetween(0, 2000).every((row) => row.from !== null)).toBe(true);
    expect(arrivalsBetween(0, 2000).map((row) => row.to)).toEqual([]);
  });
});
