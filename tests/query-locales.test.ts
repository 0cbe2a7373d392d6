/**
 * The query helpers (src/query.ts), the search's folding (src/search.ts) and the locale-aware entry
 * (src/locales.ts), on what their callers can see: exact messages, the order and identity of what they
 * return, and every option passed through.
 */
import { describe, expect, it } from 'vitest';
import { challenges, estimate, faq, getFaq, searchFaq } from '../src/index.js';
import * as byLocale from '../src/locales.js';
import { PHRASES } from '../src/phrases/all.js';
import { phrases as en } from '../src/phrases/en.js';
import { byIdFinder, byIdGetter, estimateFormatter, faqSearcher, phaseFilter } from '../src/query.js';
import { foldForSearch, queryWords } from '../src/search.js';
import type { FaqEntry } from '../src/types.js';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as const;

describe('lookups', () => {
  it('byIdGetter finds by id and names every known id when it does not', () => {
    const get = byIdGetter(items, 'letter');
    expect(get('b')).toBe(items[1]);
    expect(() => get('z' as 'a')).toThrow(new RangeError('Unknown letter id "z"; known ids: a, b, c'));
    expect(() => getFaq('nope' as never)).toThrow(
      new RangeError(`Unknown FAQ id "nope"; known ids: ${faq.map((entry) => entry.id).join(', ')}`),
    );
    expect(Object.isFrozen(get)).toBe(true);
  });

  it('byIdFinder finds by id, and nothing for another string', () => {
    const find = byIdFinder(items);
    expect(find('c')).toBe(items[2]);
    expect(find('')).toBeUndefined();
    expect(find('A')).toBeUndefined();
    expect(Object.isFrozen(find)).toBe(true);
  });

  it('phaseFilter keeps the challenges of one phase, in order, in a new array each call', () => {
    const filter = phaseFilter(challenges);
    for (const phase of ['journey', 'after-crossing'] as const) {
      const found = filter(phase);
      expect(found).toEqual(challenges.filter((challenge) => challenge.phase === phase));
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(challenges.length);
      expect(filter(phase)).not.toBe(found);
    }
  });

  it('estimateFormatter writes its own language, follows numberLocale and refuses another language by name', () => {
    const format = estimateFormatter(estimate, en);
    expect(format()).toBe('over 30,000');
    expect(format({ locale: 'en' })).toBe('over 30,000');
    expect(format({ numberLocale: 'de' })).toBe('over 30.000');
    expect(() => format({ locale: 'ko' as 'en' })).toThrow(
      new RangeError(
        'This edition is in "en", not "ko": import north-korean-escapees/ko, or formatEstimate({ locale }) from north-korean-escapees/locales',
      ),
    );
  });
});

describe('searching', () => {
  const entry = (id: string, question: string, answer: string) =>
    ({ id, question: { text: question, nodes: [] }, answer: { text: answer, nodes: [] } }) as unknown as FaqEntry;
  const entries = [
    entry('one', 'Who crosses the river?', 'Many people, at night.'),
    entry('two', 'Où est la frontière ?', 'Au nord, près du FLEUVE.'),
    entry('three', 'Why at night?', 'Fewer guards.'),
  ];
  const search = faqSearcher(entries);
  const ids = (query: unknown) => search(query as string).map((found) => found.id);

  it('finds the entries holding every word, in question or answer, in their order', () => {
    expect(ids('night')).toEqual(['one', 'three']);
    expect(ids('NIGHT guards')).toEqual(['three']);
    expect(ids('river night')).toEqual(['one']);
    expect(ids('frontiere fleuve')).toEqual(['two']);
    expect(ids('night night night')).toEqual(['one', 'three']);
  });

  it('finds nothing for a word no entry holds, a blank query or anything but a string', () => {
    expect(ids('night moon')).toEqual([]);
    expect(ids('moon night')).toEqual([]);
    for (const query of ['', '   ', '\n\t', undefined, null, 42, ['night']]) expect(ids(query)).toEqual([]);
  });

  it('gives the same answers on every search, and the entries themselves', () => {
    expect(search('night')[0]).toBe(entries[0]);
    expect(ids('night')).toEqual(ids('night'));
    expect(searchFaq('defector').length).toBeGreaterThan(0);
    expect(searchFaq('defector').every((found) => faq.includes(found))).toBe(true);
  });

  it('foldForSearch: case, accents, widths and spaces folded, the ends trimmed', () => {
    expect(foldForSearch('  Ça  va\n\tBIEN  ')).toBe('ca va bien');
    expect(foldForSearch('Ｆｕｌｌ ｗｉｄｔｈ')).toBe('full width');
    expect(foldForSearch('e\u0301te\u0301')).toBe('ete');
    expect(foldForSearch('한국')).toBe('한국'.normalize('NFKD'));
  });

  it('queryWords: each distinct word once, folded, in order; none for a non-string', () => {
    expect([...queryWords('  The the THÉ  river\u3000Rivers ')]).toEqual(['the', 'river', 'rivers']);
    expect([...queryWords('\u0301 a')]).toEqual(['a']);
    expect([...queryWords(undefined)]).toEqual([]);
    expect([...queryWords(['a'])]).toEqual([]);
  });
});

describe('north-korean-escapees/locales', () => {
  it('isLocale knows the locales and nothing else, not even Object’s own names', () => {
    // The editions the build has: one for each language of the phrases registry, English first.
    expect([...byLocale.locales].sort()).toEqual(Object.keys(PHRASES).sort());
    expect(byLocale.locales[0]).toBe('en');
    for (const locale of byLocale.locales) expect(byLocale.isLocale(locale)).toBe(true);
    for (const other of ['fr', 'EN', '', 'constructor', 'toString', 'en-US'])
      expect(byLocale.isLocale(other)).toBe(false);
  });

  it('getContent names the locale and the available ones when it has none', () => {
    expect(() => byLocale.getContent('fr' as never)).toThrow(
      new RangeError(`Unknown locale "fr"; available: ${byLocale.locales.join(', ')}`),
    );
    expect(() => byLocale.getArticle('fr' as never)).toThrow(RangeError);
    expect(() => byLocale.getEstimate('fr' as never)).toThrow(RangeError);
  });

  it('each helper answers in the locale asked for, English by default', () => {
    const ko = byLocale.getContent('ko');
    const en = byLocale.getContent('en');
    expect(byLocale.getArticle('ko')).toBe(ko.article);
    expect(byLocale.getEstimate('ko')).toBe(ko.estimate);
    const faqId = en.faq[0]!.id;
    const factorId = en.factors[0]!.id;
    const challengeId = en.challenges[0]!.id;
    expect(byLocale.getFaq(faqId)).toBe(en.faq[0]);
    expect(byLocale.getFaq(faqId, { locale: 'ko' })).toBe(ko.faq[0]);
    expect(byLocale.getFactor(factorId)).toBe(en.factors[0]);
    expect(byLocale.getFactor(factorId, { locale: 'ko' })).toBe(ko.factors[0]);
    expect(byLocale.getChallenge(challengeId)).toBe(en.challenges[0]);
    expect(byLocale.getChallenge(challengeId, { locale: 'ko' })).toBe(ko.challenges[0]);
  });

  it('formatEstimate passes the locale and the number locale on, English by default', () => {
    expect(byLocale.formatEstimate()).toBe('over 30,000');
    expect(byLocale.formatEstimate({ numberLocale: 'de' })).toBe('over 30.000');
    expect(byLocale.formatEstimate({ locale: 'ko' })).toBe('3만여 명');
    expect(byLocale.formatEstimate({ locale: 'ko', numberLocale: 'en' })).toBe('30,000여 명');
  });
});
