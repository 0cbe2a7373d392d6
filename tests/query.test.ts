import { describe, expect, it } from 'vitest';
import {
  challenges,
  challengesByPhase,
  estimate,
  type FaqId,
  factors,
  faq,
  findChallenge,
  findFactor,
  findFaq,
  formatEstimate,
  getChallenge,
  getFactor,
  getFaq,
  searchFaq,
} from '../src/index.js';

describe('lookups by id', () => {
  it('getFaq returns the entry with that id', () => {
    expect(getFaq('what-is-a-defector').question.text).toBe('What is a defector?');
    expect(getFaq('how-do-north-koreans-escape').answer.text).toMatch(/on foot or using underground networks/);
  });

  it('getFaq throws a RangeError naming the known ids when the types are bypassed', () => {
    expect(() => getFaq('typo' as FaqId)).toThrow(RangeError);
    expect(() => getFaq('typo' as FaqId)).toThrow(/known ids: what-is-a-defector, /);
  });

  it('findFaq takes any string and returns undefined for unknown ids', () => {
    expect(findFaq('what-is-a-defector')).toBe(faq[0]);
    expect(findFaq('#what-is-a-defector')).toBeUndefined();
    expect(findFaq('')).toBeUndefined();
  });

  it('getFactor, findFactor, getChallenge and findChallenge', () => {
    expect(getFactor('economic-hardship').label.text).toBe('economic hardship');
    expect(findFactor('nope')).toBeUndefined();
    expect(getChallenge('avoiding-border-patrols').phase).toBe('journey');
    expect(findChallenge('discrimination')?.phase).toBe('after-crossing');
    expect(() => getChallenge('nope' as never)).toThrow(RangeError);
  });
});

describe('searchFaq', () => {
  it('matches questions and answers, ignoring case and accents', () => {
    expect(searchFaq('DEFECTOR').map((e) => e.id)).toEqual([
      'what-is-a-defector',
      'are-there-any-organizations-that-assist-north-korean-defectors',
    ]);
    expect(searchFaq('défector asylum').map((e) => e.id)).toEqual(['what-is-a-defector']);
    expect(searchFaq('TORTURE').map((e) => e.id)).toEqual([
      'what-happens-to-north-koreans-who-are-caught-trying-to-escape',
    ]);
    expect(searchFaq('ｏｎ ｆｏｏｔ').map((e) => e.id)).toEqual(['how-do-north-koreans-escape']);
  });

  it('requires every word and returns nothing for a blank query or no match', () => {
    expect(searchFaq('torture asylum')).toEqual([]);
    expect(searchFaq('   ')).toEqual([]);
    expect(searchFaq('')).toEqual([]);
    expect(searchFaq('zebra')).toEqual([]);
  });

  it('returns nothing for a query that is not a string, as the README says, from JavaScript', () => {
    for (const query of [undefined, null, 42, {}, ['defector']]) expect(searchFaq(query as never)).toEqual([]);
  });

  it('finds the same entries for a query that repeats its words a hundred thousand times', () => {
    expect(searchFaq('defector '.repeat(100_000)).map((e) => e.id)).toEqual(searchFaq('defector').map((e) => e.id));
  });
});

describe('challengesByPhase', () => {
  it('splits the challenges by phase, in the article order', () => {
    const journey = challengesByPhase('journey').map((c) => c.id);
    const after = challengesByPhase('after-crossing').map((c) => c.id);
    expect(journey).toEqual([
      'navigating-treacherous-terrains',
      'avoiding-border-patrols',
      'evading-capture-by-authorities',
    ]);
    expect(after).toEqual(['language-barriers', 'cultural-differences', 'discrimination']);
    expect([...journey, ...after]).toEqual(challenges.map((c) => c.id));
  });
});

describe('formatEstimate', () => {
  it('writes the article language by default; digits follow numberLocale', () => {
    expect(formatEstimate()).toBe('over 30,000');
    expect(formatEstimate({})).toBe('over 30,000');
    expect(formatEstimate({ numberLocale: 'de' })).toBe('over 30.000');
    expect(formatEstimate({ numberLocale: 'en-IN' })).toBe('over 30,000');
    expect(formatEstimate({ numberLocale: ['fr'] })).toBe('over 30\u202f000');
  });

  it("writes words and digits in options.locale, which is the edition's own", () => {
    expect(formatEstimate({ locale: 'en' })).toBe('over 30,000');
    expect(formatEstimate({ locale: 'en', numberLocale: 'de' })).toBe('over 30.000');
  });

  it('throws a RangeError on an unknown locale or a malformed numberLocale', () => {
    expect(() => formatEstimate({ numberLocale: 'not a locale!' })).toThrow(RangeError);
    // The message names the option, the value and what to pass, not only Intl's words.
    for (const bad of ['not a locale!', 'en_US', '']) {
      expect(() => formatEstimate({ numberLocale: bad })).toThrow(
        `formatEstimate: the numberLocale option ${JSON.stringify(bad)} is not a locale Intl.NumberFormat accepts (`,
      );
      expect(() => formatEstimate({ numberLocale: bad })).toThrow(/pass a BCP 47 language tag such as "en" or "de-CH"/);
    }
    expect(() => formatEstimate({ locale: 'xx' as 'en' })).toThrow(RangeError);
  });
});

describe('data', () => {
  it('is deeply frozen', () => {
    expect(Object.isFrozen(estimate)).toBe(true);
    expect(Object.isFrozen(estimate.destinations)).toBe(true);
    expect(Object.isFrozen(faq[0]!.answer.nodes[0])).toBe(true);
    expect(() => {
      (factors as unknown as unknown[]).push('x');
    }).toThrow(TypeError);
  });

  it('names the source of the estimate', () => {
    expect(estimate.source.attribution).toBe('various estimates');
    expect(estimate.source.publication.name).toMatch(/How many North Koreans have escaped\?/);
  });
});
