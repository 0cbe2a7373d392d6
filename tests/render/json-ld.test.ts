import { describe, expect, it } from 'vitest';
import {
  article,
  faq,
  toArticleJsonLd,
  toFaqPageJsonLd,
  toHtml,
  toJsonLdScript,
  toJsonLdString,
} from '../../src/index.js';

/**
 * Google's documented requirements (developers.google.com/search/docs/appearance/structured-data):
 * FAQPage: `mainEntity` is a list of `Question`, each with `name` and `acceptedAnswer` (an `Answer`
 * with `text`). Article: `headline`, and `datePublished` in ISO 8601.
 */
function faqProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push('@context');
  if (data['@type'] !== 'FAQPage') problems.push('@type');
  const questions = data.mainEntity;
  if (!Array.isArray(questions) || questions.length === 0) return [...problems, 'mainEntity'];
  questions.forEach((question: Record<string, any>, index) => {
    if (question['@type'] !== 'Question') problems.push(`mainEntity[${index}].@type`);
    if (typeof question.name !== 'string' || !question.name.trim()) problems.push(`mainEntity[${index}].name`);
    const answer = question.acceptedAnswer;
    if (answer?.['@type'] !== 'Answer') problems.push(`mainEntity[${index}].acceptedAnswer.@type`);
    if (typeof answer?.text !== 'string' || !answer.text.trim())
      problems.push(`mainEntity[${index}].acceptedAnswer.text`);
  });
  return problems;
}

function articleProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push('@context');
  if (data['@type'] !== 'Article') problems.push('@type');
  if (typeof data.headline !== 'string' || !data.headline.trim()) problems.push('headline');
  const date = data.datePublished;
  if (
    typeof date !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(date) ||
    Number.isNaN(Date.parse(date))
  ) {
    problems.push('datePublished');
  }
  return problems;
}

describe('toFaqPageJsonLd', () => {
  it('has every field Google requires, one Question per FAQ entry', () => {
    const data = toFaqPageJsonLd();
    expect(faqProblems(data as never)).toEqual([]);
    expect(data.mainEntity.map((q) => q.name)).toEqual(faq.map((entry) => entry.question.text));
    expect(data.mainEntity[0]!.acceptedAnswer.text).toBe(faq[0]!.answer.text);
    expect(data.inLanguage).toBe(article.language);
    expect(data).not.toHaveProperty('url');
  });

  it('the requirement check catches a missing name or answer', () => {
    const data = JSON.parse(JSON.stringify(toFaqPageJsonLd()));
    delete data.mainEntity[1].name;
    data.mainEntity[2].acceptedAnswer.text = ' ';
    expect(faqProblems(data)).toEqual(['mainEntity[1].name', 'mainEntity[2].acceptedAnswer.text']);
  });

  it('takes the page address and can give answers as HTML', () => {
    const data = toFaqPageJsonLd({ url: 'https://example.org/faq', answerFormat: 'html' });
    expect(data.url).toBe('https://example.org/faq');
    expect(data.mainEntity[3]!.acceptedAnswer.text).toBe(toHtml(faq[3]!.answer));
    expect(() => toFaqPageJsonLd({ url: 'javascript:alert(1)' })).toThrow(TypeError);
    expect(() => toFaqPageJsonLd({ url: '/faq' })).toThrow(/absolute http\(s\) address/);
  });
});

describe('toArticleJsonLd', () => {
  it('has the headline, datePublished and language of the article', () => {
    const data = toArticleJsonLd();
    expect(articleProblems(data as never)).toEqual([]);
    expect(data).toMatchObject({
      headline: article.title,
      datePublished: '2023-11-26',
      description: article.description,
      inLanguage: 'en',
    });
    expect(data.isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: 'How many North Koreans have escaped? (ticker.tv)',
      url: 'https://ticker.tv/news/how-many-north-koreans-have-escaped/232165/',
      datePublished: '2023-11-26',
    });
    expect(articleProblems({ ...data, datePublished: '26/11/2023' })).toEqual(['datePublished']);
    expect(articleProblems({ ...data, headline: '' })).toEqual(['headline']);
  });

  it('adds what the page knows', () => {
    const author = { '@type': 'Organization', name: 'Example' } as const;
    const data = toArticleJsonLd({
      url: 'https://example.org/a',
      image: ['https://example.org/a.png'],
      author,
      publisher: author,
      dateModified: '2024-01-01',
    });
    expect(data).toMatchObject({
      url: 'https://example.org/a',
      mainEntityOfPage: 'https://example.org/a',
      image: ['https://example.org/a.png'],
      author,
      publisher: author,
      dateModified: '2024-01-01',
    });
    expect(() => toArticleJsonLd({ image: 'data:image/png;base64,AAAA' })).toThrow(TypeError);
  });
});

describe('toJsonLdScript', () => {
  const hostile = { name: '</script><script>alert(1)</script> <!-- x --> & \u2028 \u2029 </SCRIPT >' };

  it('cannot be closed, commented out or broken by the data', () => {
    const script = toJsonLdScript(hostile);
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(script.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(script.endsWith('</script>')).toBe(true);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
    expect(inner).toBe(toJsonLdString(hostile));
    expect(JSON.parse(inner)).toEqual(hostile);
  });

  it('round-trips the real objects', () => {
    for (const data of [toFaqPageJsonLd(), toArticleJsonLd()]) expect(JSON.parse(toJsonLdString(data))).toEqual(data);
  });

  it('throws a TypeError for data JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => toJsonLdScript(cyclic)).toThrow(TypeError);
  });
});
