import { describe, expect, it } from 'vitest';
import * as ko from '../src/generated/ko.js';
import * as en from '../src/index.js';
import { formatEstimate as formatIn, getArticle, getContent, getFaq, isLocale, locales } from '../src/locales.js';

describe('north-korean-escapees/ko', () => {
  it('has the four FAQ entries with the same ids as English, in Korean', () => {
    expect(ko.faq.map((e) => e.id)).toEqual(en.faq.map((e) => e.id));
    expect(ko.faq).toHaveLength(4);
    expect(ko.getFaq('how-do-north-koreans-escape').answer.text).toMatch(/걸어서 국경을 넘거나/);
    expect(ko.locale).toBe('ko');
    expect(ko.article.translationOf).toBe(en.article.slug);
    expect(ko.article.date).toBe(en.article.date);
  });

  it('has the same ids everywhere, and the same phases', () => {
    expect(ko.factors.map((f) => f.id)).toEqual(en.factors.map((f) => f.id));
    expect(ko.challenges.map((c) => [c.id, c.phase])).toEqual(en.challenges.map((c) => [c.id, c.phase]));
    expect(ko.article.sections.map((s) => [s.id, s.kind])).toEqual(en.article.sections.map((s) => [s.id, s.kind]));
  });

  it('states the same figure, written for Korean readers from the English number', () => {
    expect(ko.estimate.value).toBe(en.estimate.value);
    expect(ko.estimate.qualifier).toBe(en.estimate.qualifier);
    expect(ko.estimate.since).toBe(1953);
    expect(ko.estimate.label.text).toBe('3만여 명');
    expect(ko.estimate.context.text).toContain('1953년 한국전쟁이 끝난 이후 3만여 명의 북한 주민이');
    expect(ko.estimate.destinations).toEqual(['한국', '중국', '러시아']);
    expect(ko.estimate.source.attribution).toBe('여러 추정치');
  });

  it('formats the estimate in Korean by default, digits following numberLocale', () => {
    expect(ko.formatEstimate()).toBe('3만여 명');
    expect(ko.formatEstimate({ numberLocale: 'en' })).toBe('30,000여 명');
    expect(en.formatEstimate()).toBe('over 30,000');
  });

  it('formatEstimate has one meaning on every entry: options.locale is the language of words and digits', () => {
    for (const locale of locales) {
      const edition = getContent(locale);
      const want = formatIn({ locale });
      expect(edition.formatEstimate()).toBe(want);
      expect(formatIn({ locale, numberLocale: 'de' })).toBe(edition.formatEstimate({ numberLocale: 'de' }));
    }
    expect(en.formatEstimate({ locale: 'en' })).toBe('over 30,000');
    expect(ko.formatEstimate({ locale: 'ko' })).toBe('3만여 명');
    expect(formatIn({ locale: 'ko' })).toBe('3만여 명');
  });

  it('an edition writes only its own language: another locale is a type error, and a RangeError when forced', () => {
    // @ts-expect-error the main entry holds the English edition
    expect(() => en.formatEstimate({ locale: 'ko' })).toThrow(
      /north-korean-escapees\/ko, or formatEstimate\(\{ locale \}\) from north-korean-escapees\/locales/,
    );
    // @ts-expect-error the Korean entry holds the Korean edition
    expect(() => ko.formatEstimate({ locale: 'en' })).toThrow(RangeError);
  });

  it('searches Korean text', () => {
    expect(ko.searchFaq('고문').map((e) => e.id)).toEqual([
      'what-happens-to-north-koreans-who-are-caught-trying-to-escape',
    ]);
  });

  it('stores text NFC-normalised', () => {
    const texts = [ko.article.intro.text, ...ko.faq.map((e) => e.answer.text), ko.article.conclusion.text];
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
  });

  it('shares the arrival figures with the main entry', () => {
    expect(ko.arrivals).toBe(en.arrivals);
  });
});

describe('north-korean-escapees/locales', () => {
  it('lists the locales, source first, Korean among them', () => {
    expect(locales[0]).toBe('en');
    expect(locales).toContain('ko');
    expect(new Set(locales).size).toBe(locales.length);
    expect(isLocale('ko')).toBe(true);
    // qtz: a code reserved for local use, never one of the package's languages
    expect(isLocale('qtz')).toBe(false);
  });

  it('picks content by locale at run time', () => {
    expect(getArticle('ko')).toBe(ko.article);
    expect(getArticle('en')).toBe(en.article);
    expect(getFaq('what-is-a-defector', { locale: 'ko' })).toBe(ko.getFaq('what-is-a-defector'));
    expect(getFaq('what-is-a-defector')).toBe(en.getFaq('what-is-a-defector'));
    expect(formatIn({ locale: 'ko' })).toBe('3만여 명');
    expect(
      getContent('ko')
        .challengesByPhase('journey')
        .map((c) => c.label.text),
    ).toEqual(['험난한 지형 통과', '국경 경비대 회피', '당국의 체포 모면']);
  });

  it('throws a RangeError for a locale that is not available', () => {
    expect(() => getContent('qtz' as never)).toThrow(`Unknown locale "qtz"; available: ${locales.join(', ')}`);
  });
});
