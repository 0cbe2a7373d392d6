/**
 * The JSON-LD builders field by field (src/json-ld.ts): what each option adds and nothing when it is
 * absent, the work the article is based on with and without its address and date, the check of every
 * address, the bound builders of each edition, and the escaping of `toJsonLdString`, character by character.
 */
import { describe, expect, it } from 'vitest';
import {
  toArticleJsonLd as koArticleJsonLd,
  faq as koFaq,
  toFaqPageJsonLd as koFaqPageJsonLd,
} from '../../src/generated/ko.js';
import {
  article,
  faq,
  releases,
  toArticleJsonLd,
  toFaqPageJsonLd,
  toHtml,
  toJsonLdScript,
  toJsonLdString,
} from '../../src/index.js';
import { articleJsonLd, articleJsonLdFor, faqPageJsonLd, faqPageJsonLdFor } from '../../src/json-ld.js';
import type { Article } from '../../src/types.js';

/** The date of the last release that changed the English edition (or its FAQ): the builders' `dateModified`. */
const modified = (only?: string) =>
  [...releases]
    .reverse()
    .find((release) =>
      Object.entries(release.editions.en ?? {}).some(
        ([name, lists]) => (only === undefined || name === only) && Object.values(lists).some((ids) => ids.length > 0),
      ),
    )!.date;

describe('toFaqPageJsonLd', () => {
  it('is exactly the context, the type, the language and one question per entry', () => {
    expect(toFaqPageJsonLd()).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'en',
      dateModified: modified('faq'),
      mainEntity: faq.map((entry) => ({
        '@type': 'Question',
        name: entry.question.text,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer.text },
      })),
    });
  });

  it('gives the answers as plain text unless asked for HTML', () => {
    const text = toFaqPageJsonLd({ answerFormat: 'text' });
    const html = toFaqPageJsonLd({ answerFormat: 'html' });
    faq.forEach((entry, index) => {
      expect(text.mainEntity[index]!.acceptedAnswer.text).toBe(entry.answer.text);
      expect(html.mainEntity[index]!.acceptedAnswer.text).toBe(toHtml(entry.answer));
      // The question stays plain text either way.
      expect(html.mainEntity[index]!.name).toBe(entry.question.text);
    });
    expect(html.mainEntity.some((question, index) => question.acceptedAnswer.text !== faq[index]!.answer.text)).toBe(
      true,
    );
  });

  it('puts the page address first after the language, and only when it is given', () => {
    const data = toFaqPageJsonLd({ url: 'http://example.org/faq' });
    expect(Object.keys(data)).toEqual(['@context', '@type', 'inLanguage', 'dateModified', 'url', 'mainEntity']);
    expect(data.url).toBe('http://example.org/faq');
    expect(Object.keys(toFaqPageJsonLd({}))).toEqual(['@context', '@type', 'inLanguage', 'dateModified', 'mainEntity']);
  });

  it('is bound to its edition: the Korean entries, in Korean', () => {
    const data = koFaqPageJsonLd();
    expect(data.inLanguage).toBe('ko');
    expect(data.mainEntity.map((question) => question.name)).toEqual(koFaq.map((entry) => entry.question.text));
  });

  it('builds from any entries and language, and the bound builder is frozen', () => {
    expect(faqPageJsonLd([], 'fr')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'fr',
      mainEntity: [],
    });
    const bound = faqPageJsonLdFor(faq.slice(0, 1), 'en');
    expect(Object.isFrozen(bound)).toBe(true);
    expect(bound().mainEntity).toHaveLength(1);
    expect(bound({ answerFormat: 'html' }).mainEntity[0]!.acceptedAnswer.text).toBe(toHtml(faq[0]!.answer));
    expect('dateModified' in bound()).toBe(false);
  });

  it('gives the date it is bound to as dateModified, unless one is passed', () => {
    const bound = faqPageJsonLdFor(faq, 'en', '2024-05-06');
    expect(bound().dateModified).toBe('2024-05-06');
    expect(bound({ dateModified: '2024-07-08' }).dateModified).toBe('2024-07-08');
    expect(faqPageJsonLd(faq, 'en', { dateModified: '2024-07-08' }).dateModified).toBe('2024-07-08');
  });
});

describe('toArticleJsonLd', () => {
  it('is exactly the article’s fields and the work it is based on, with no option', () => {
    expect(toArticleJsonLd()).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: article.title,
      description: article.description,
      datePublished: article.date,
      dateModified: modified(),
      inLanguage: 'en',
      isBasedOn: {
        '@type': 'CreativeWork',
        name: article.source.name,
        url: article.source.url,
        datePublished: article.source.date,
      },
    });
    expect(koArticleJsonLd().inLanguage).toBe('ko');
  });

  it('adds each option on its own, and nothing for an option not given', () => {
    const base = Object.keys(toArticleJsonLd());
    const agent = { '@type': 'Person', name: 'A. Writer', url: 'https://example.org/a' } as const;
    const cases: [Parameters<typeof toArticleJsonLd>[0], Record<string, unknown>][] = [
      [{ url: 'https://example.org/p' }, { url: 'https://example.org/p', mainEntityOfPage: 'https://example.org/p' }],
      [{ image: 'https://example.org/i.png' }, { image: 'https://example.org/i.png' }],
      [
        { image: ['http://example.org/1.png', 'https://example.org/2.png'] },
        { image: ['http://example.org/1.png', 'https://example.org/2.png'] },
      ],
      [{ author: agent }, { author: agent }],
      [{ author: [agent, agent] }, { author: [agent, agent] }],
      [{ publisher: agent }, { publisher: agent }],
      [{ dateModified: '2024-01-31' }, { dateModified: '2024-01-31' }],
    ];
    for (const [options, added] of cases) {
      const data = toArticleJsonLd(options) as unknown as Record<string, unknown>;
      expect(Object.keys(data).sort(), JSON.stringify(options)).toEqual(
        [...new Set([...base, ...Object.keys(added)])].sort(),
      );
      for (const [key, value] of Object.entries(added)) expect(data[key], key).toEqual(value);
    }
  });

  it('keeps a single image a string', () => {
    expect(toArticleJsonLd({ image: 'https://example.org/i.png' }).image).toBe('https://example.org/i.png');
  });

  const source = (extra: Partial<Article['source']>): Article =>
    ({ ...article, source: { name: 'The original', ...extra } }) as Article;

  it('names the work it is based on, with its address and date when the source has them', () => {
    expect(articleJsonLd(source({})).isBasedOn).toStrictEqual({ '@type': 'CreativeWork', name: 'The original' });
    // No key for what the source does not have, not even one holding undefined (JSON-LD validators list them).
    expect(Object.keys(articleJsonLd(source({ url: 'https://example.org/o' })).isBasedOn)).toEqual([
      '@type',
      'name',
      'url',
    ]);
    expect(Object.keys(articleJsonLd(source({ date: '2020-02-02' })).isBasedOn)).toEqual([
      '@type',
      'name',
      'datePublished',
    ]);
    expect(articleJsonLd(source({ url: 'https://example.org/o' })).isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: 'The original',
      url: 'https://example.org/o',
    });
    expect(articleJsonLd(source({ date: '2020-02-02' })).isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: 'The original',
      datePublished: '2020-02-02',
    });
  });

  it('the bound builder is frozen and builds from its own article', () => {
    const bound = articleJsonLdFor(source({}));
    expect(Object.isFrozen(bound)).toBe(true);
    expect(bound().isBasedOn.name).toBe('The original');
    expect('dateModified' in bound()).toBe(false);
    expect(bound({ dateModified: '2024-02-02' }).dateModified).toBe('2024-02-02');
    const dated = articleJsonLdFor(source({}), '2024-03-03');
    expect([dated().dateModified, dated({ dateModified: '2024-02-02' }).dateModified]).toEqual([
      '2024-03-03',
      '2024-02-02',
    ]);
  });
});

describe('addresses must be absolute http(s) addresses', () => {
  const good = ['https://example.org', 'http://example.org/a?b#c', 'HTTPS://EXAMPLE.ORG/x', 'https://a'];
  const bad = [
    '',
    '/page',
    'example.org',
    '//example.org',
    'https:/example.org',
    'https://',
    'https:///path',
    'https://?q',
    'https://#x',
    'https:// example.org',
    'ftp://example.org',
    'javascript:alert(1)',
    ' https://example.org',
    'xhttps://example.org',
  ];

  it.each(good)('accepts %j', (url) => {
    expect(toFaqPageJsonLd({ url }).url).toBe(url);
    expect(toArticleJsonLd({ url, image: url }).image).toBe(url);
    expect(toArticleJsonLd({ image: [url] }).image).toEqual([url]);
  });

  it.each(bad)('refuses %j, naming the option and the value', (url) => {
    const quoted = JSON.stringify(url);
    expect(() => toFaqPageJsonLd({ url })).toThrow(
      new TypeError(`url must be an absolute http(s) address, got ${quoted}`),
    );
    expect(() => toArticleJsonLd({ url })).toThrow(
      new TypeError(`url must be an absolute http(s) address, got ${quoted}`),
    );
    expect(() => toArticleJsonLd({ image: url })).toThrow(
      new TypeError(`image must be an absolute http(s) address, got ${quoted}`),
    );
    expect(() => toArticleJsonLd({ image: ['https://example.org/ok.png', url] })).toThrow(
      new TypeError(`image must be an absolute http(s) address, got ${quoted}`),
    );
  });
});

describe('toJsonLdString and toJsonLdScript', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes of four lower-case hex digits, and nothing else', () => {
    expect(toJsonLdString({ s: '<>&\u2028\u2029' })).toBe('{"s":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
    expect(toJsonLdString({ s: '</script><!--' })).toBe('{"s":"\\u003c/script\\u003e\\u003c!--"}');
    expect(toJsonLdString({ s: 'a\u2027b\u202ac 한국 "q" \\ /' })).toBe(
      JSON.stringify({ s: 'a\u2027b\u202ac 한국 "q" \\ /' }),
    );
    expect(toJsonLdString({ list: [1, '<', { '<': '>' }] })).toBe('{"list":[1,"\\u003c",{"\\u003c":"\\u003e"}]}');
  });

  it('escapes every occurrence, not the first', () => {
    expect(toJsonLdString({ s: '<<&&>>' })).toBe('{"s":"\\u003c\\u003c\\u0026\\u0026\\u003e\\u003e"}');
  });

  it('wraps the string in the script element, exactly', () => {
    expect(toJsonLdScript({ a: '<b>' })).toBe('<script type="application/ld+json">{"a":"\\u003cb\\u003e"}</script>');
  });

  it('are frozen', () => {
    expect(Object.isFrozen(toJsonLdString)).toBe(true);
    expect(Object.isFrozen(toJsonLdScript)).toBe(true);
  });
});
