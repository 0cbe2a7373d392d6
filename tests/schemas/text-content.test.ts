/**
 * The zod schemas of text, content and the package (src/schemas/text.ts, content.ts, package.ts), one
 * rule at a time: what each pattern, bound and list accepts and refuses, with its message, and that a
 * parsed value is frozen as the data is.
 */
import { describe, expect, it } from 'vitest';
import { releases as allReleases, meta } from '../../src/index.js';
import { getContent, locales } from '../../src/locales.js';
import {
  Article,
  BuiltDataset,
  ChallengePhase,
  Content,
  Dataset,
  Estimate,
  EstimateQualifier,
  Frontmatter,
  Id,
  IsoDate,
  LanguageTag,
  License,
  LinkNode,
  Locale,
  Meta,
  PhrasingNode,
  Revision,
  RichBlocks,
  RichText,
  SectionKind,
  Source,
  TranslatedCollection,
  TranslatedRevisions,
  TranslationState,
} from '../../src/schema.js';

type Schema = {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** The issues of `schema` for `value`, as `path: message`; none for a valid value. */
const issues = (schema: Schema, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
const valid = (schema: Schema, value: unknown) => schema.safeParse(value).success;

const en = getContent('en');
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('patterns', () => {
  it('Id: lower-case letters and digits in words joined by single hyphens', () => {
    for (const id of ['a', 'z9', 'estimate', 'north-korea', 'a1-b2-c3', '2023']) expect(valid(Id, id), id).toBe(true);
    for (const id of ['', '-a', 'a-', 'a--b', 'A', 'aB', 'a_b', 'a b', ' a', 'a ', 'a.b', 'é']) {
      expect(issues(Id, id), id).toEqual([
        ': must be kebab-case: lower-case letters and digits joined by single hyphens',
      ]);
    }
  });

  it('Locale: a language tag, with an optional script and region', () => {
    for (const tag of ['en', 'ko', 'fil', 'pt-BR', 'zh-Hant', 'zh-Hant-TW']) expect(valid(Locale, tag), tag).toBe(true);
    for (const tag of [
      '',
      'e',
      'engl',
      'EN',
      'en-br',
      'pt-BRA',
      'zh-hant',
      'zh-HANT',
      'en-',
      ' en',
      'en ',
      'en_US',
      'zh-TW-Hant',
    ]) {
      expect(issues(Locale, tag), tag).toEqual([': must be a language tag such as en or ko']);
    }
  });

  it('LanguageTag: the same tags as Locale, with its own message', () => {
    for (const tag of ['en', 'zh-Hans', 'zh-Hant-TW', 'pt-BR']) expect(valid(LanguageTag, tag), tag).toBe(true);
    for (const tag of ['', 'zh-hans', 'zh_Hans', 'ZH']) {
      expect(issues(LanguageTag, tag), tag).toEqual([': must be a BCP 47 language tag such as en, ko or zh-Hans']);
    }
  });

  it('Revision: exactly 8 lower-case hexadecimal digits', () => {
    for (const revision of ['0123abcd', 'ffffffff', '00000000']) expect(valid(Revision, revision)).toBe(true);
    for (const revision of ['0123abc', '0123abcde', '0123ABCD', '0123abcg', ' 0123abcd', '']) {
      expect(issues(Revision, revision), revision).toEqual([
        ': must be 8 hexadecimal digits, as `npm run translations -- --mark-current` writes them',
      ]);
    }
  });

  it('IsoDate: a real calendar date written YYYY-MM-DD', () => {
    for (const date of ['2023-11-26', '2024-02-29']) expect(valid(IsoDate, date)).toBe(true);
    for (const date of ['2023-02-30', '26/11/2023', '2023-1-1', '2023-11-26T00:00:00Z', '']) {
      expect(issues(IsoDate, date), date).toEqual([': must be a date written YYYY-MM-DD']);
    }
  });
});

describe('lists', () => {
  it('every translation state, section kind, qualifier, phase and translated collection, and no other', () => {
    const lists: [Schema, string[]][] = [
      [TranslationState, ['source', 'current', 'stale', 'fallback']],
      [SectionKind, ['estimate', 'factors', 'challenges', 'faq']],
      [EstimateQualifier, ['over', 'about', 'nearly', 'at-least', 'under', 'exactly']],
      [ChallengePhase, ['journey', 'after-crossing']],
      [TranslatedCollection, ['article', 'sections', 'estimate', 'factors', 'challenges', 'faq']],
    ];
    for (const [schema, values] of lists) {
      for (const value of values) expect(valid(schema, value), value).toBe(true);
      for (const value of ['', 'other', values[0]!.toUpperCase()]) expect(valid(schema, value), value).toBe(false);
    }
  });

  it('TranslatedRevisions: revisions by collection and id, any collection left out', () => {
    expect(valid(TranslatedRevisions, {})).toBe(true);
    expect(valid(TranslatedRevisions, { faq: { 'how-many': '0123abcd' } })).toBe(true);
    expect(valid(TranslatedRevisions, { faq: { 'How Many': '0123abcd' } })).toBe(false);
    expect(valid(TranslatedRevisions, { faq: { 'how-many': 'nope' } })).toBe(false);
    expect(valid(TranslatedRevisions, { other: {} })).toBe(false);
  });
});

describe('text', () => {
  it('Source: a name that is more than white space, an optional date, http(s) address and note', () => {
    expect(valid(Source, { name: 'A' })).toBe(true);
    expect(valid(Source, { name: 'A', date: '2020-01-01', url: 'http://example.org', note: 'N' })).toBe(true);
    expect(Source.parse({ name: '  A  ' }).name).toBe('A');
    expect(issues(Source, { name: ' ' })).toEqual(['name: must not be empty']);
    expect(issues(Source, { name: 'A', note: '' })).toEqual(['note: must not be empty']);
    for (const url of ['ftp://example.org', 'ahttp://example.org', 'httpx://example.org', 'mailto:a@b']) {
      expect(issues(Source, { name: 'A', url }), url).toEqual(['url: must be an http(s) address']);
    }
    expect(valid(Source, { name: 'A', extra: 1 })).toBe(false);
  });

  it('rich text: each kind of node, and a link only to a safe address', () => {
    const nodes: unknown[] = [
      { type: 'text', value: 'a' },
      { type: 'inlineCode', value: 'c' },
      { type: 'break' },
      { type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value: 'b' }] }] },
      { type: 'link', url: 'mailto:a@b', title: null, children: [] },
      { type: 'link', url: '/x', title: 'T', children: [{ type: 'text', value: 'x' }] },
    ];
    for (const node of nodes) expect(valid(PhrasingNode, node), JSON.stringify(node)).toBe(true);
    expect(valid(RichText, { text: 'a', nodes })).toBe(true);
    expect(valid(RichBlocks, { text: 'a', nodes: [{ type: 'paragraph', children: nodes }] })).toBe(true);
    expect(valid(RichBlocks, { text: 'a', nodes })).toBe(false);
    expect(issues(LinkNode, { type: 'link', url: 'javascript:x', title: null, children: [] })).toEqual([
      'url: links may only use http:, https:, mailto: or a relative address',
    ]);
    for (const node of [{ type: 'text' }, { type: 'break', value: 'x' }, { type: 'image', url: '/a' }]) {
      expect(valid(PhrasingNode, node), JSON.stringify(node)).toBe(false);
    }
  });
});

describe('content', () => {
  it('accepts the content of every edition, and gives it back frozen', () => {
    for (const locale of locales) {
      const content = json(getContent(locale));
      const { article, estimate, factors, challenges, faq } = content;
      const parsed = Content.parse({ article, estimate, factors, challenges, faq });
      expect(parsed).toEqual({ article, estimate, factors, challenges, faq });
      expect(Object.isFrozen(parsed)).toBe(true);
      expect(Object.isFrozen(parsed.article)).toBe(true);
      expect(Object.isFrozen(parsed.article.sections)).toBe(true);
      expect(Object.isFrozen(parsed.faq[0]!.answer.nodes)).toBe(true);
    }
  });

  it('Estimate: a whole, non-negative, safe number; a year from 1900 to 2100 or none', () => {
    const estimate = json(en.estimate);
    expect(valid(Estimate, { ...estimate, value: 0, since: null })).toBe(true);
    expect(valid(Estimate, { ...estimate, value: Number.MAX_SAFE_INTEGER, since: 1900 })).toBe(true);
    expect(valid(Estimate, { ...estimate, since: 2100 })).toBe(true);
    expect(issues(Estimate, { ...estimate, value: '30000' })).toEqual(['value: must be a number']);
    expect(issues(Estimate, { ...estimate, value: 1.5 })).toEqual(['value: must be a whole number']);
    expect(issues(Estimate, { ...estimate, value: -1 })).toEqual(['value: must not be negative']);
    // Past the safe integers it is not a whole number for zod either.
    expect(issues(Estimate, { ...estimate, value: Number.MAX_SAFE_INTEGER + 1 })).toContain('value: is too large');
    expect(issues(Estimate, { ...estimate, since: 1899 })).toEqual(['since: must be a year after 1900']);
    expect(issues(Estimate, { ...estimate, since: 2101 })).toEqual(['since: must be a year before 2100']);
    expect(issues(Estimate, { ...estimate, destinations: ['South Korea', ' '] })).toEqual([
      'destinations.1: must not be empty',
    ]);
  });

  it('Article and Frontmatter: the metadata, and what only one of them has', () => {
    const article = json(en.article);
    expect(valid(Article, article)).toBe(true);
    expect(valid(Article, { ...article, translationOf: 'the-source' })).toBe(true);
    expect(valid(Article, { ...article, translationOf: undefined })).toBe(false);
    expect(issues(Article, { ...article, title: ' ' })).toEqual(['title: must not be empty']);
    expect(issues(Article, { ...article, slug: 'Not A Slug' })).toEqual([
      'slug: must be kebab-case: lower-case letters and digits joined by single hyphens',
    ]);
    const { slug, title, date, description, locale, source } = article;
    const frontmatter = { slug, title, date, description, locale, source };
    expect(valid(Frontmatter, frontmatter)).toBe(true);
    expect(valid(Frontmatter, { ...frontmatter, translationOf: 'the-source', translated: { faq: {} } })).toBe(true);
    expect(valid(Frontmatter, { ...frontmatter, translationOf: null })).toBe(false);
    expect(valid(Frontmatter, { ...frontmatter, intro: article.intro })).toBe(false);
    // The language tag is the build's, from the language's phrases: an author does not write it.
    expect(valid(Frontmatter, { ...frontmatter, language: article.language })).toBe(false);
    expect(issues(Article, { ...article, language: undefined })).toHaveLength(1);
    expect(issues(Article, { ...article, language: 'zh_Hans' })).toEqual([
      'language: must be a BCP 47 language tag such as en, ko or zh-Hans',
    ]);
  });
});

describe('the package', () => {
  it('Meta and License: the release, its date and every part of its licence, frozen', () => {
    const value = json(meta);
    const parsed = Meta.parse(value);
    expect(parsed).toEqual(value);
    expect(Object.isFrozen(parsed.license.parts)).toBe(true);
    expect(issues(Meta, { ...value, version: '' })).toEqual(['version: must not be empty']);
    expect(valid(License, { spdx: 'MIT', parts: [{ part: 'Code', holder: null, license: null, note: 'N' }] })).toBe(
      true,
    );
    expect(issues(License, { spdx: 'MIT', parts: [{ part: 'Code', holder: '', license: null, note: 'N' }] })).toEqual([
      'parts.0.holder: must not be empty',
    ]);
  });

  it('BuiltDataset and Dataset: content by language tag and the figures; the dataset also its meta', () => {
    const { article, estimate, factors, challenges, faq } = json(en);
    const content = { en: { article, estimate, factors, challenges, faq } };
    const text = { title: 'A', description: { text: '', nodes: [] }, translations: {} };
    const arrivals = { ...text, rows: [], sources: [], statedTotal: null };
    const refugees = { ...text, rows: [], sources: [] };
    const releases = json(allReleases);
    expect(valid(BuiltDataset, { content, arrivals, refugees, releases })).toBe(true);
    expect(valid(BuiltDataset, { content, arrivals, refugees })).toBe(false);
    expect(valid(BuiltDataset, { content, arrivals, releases })).toBe(false);
    expect(valid(BuiltDataset, { content, arrivals, refugees, releases, meta: json(meta) })).toBe(false);
    expect(valid(Dataset, { meta: json(meta), content, arrivals, refugees, releases })).toBe(true);
    expect(valid(Dataset, { content, arrivals, refugees, releases })).toBe(false);
    expect(valid(Dataset, { meta: json(meta), content: { English: content.en }, arrivals, refugees, releases })).toBe(
      false,
    );
  });
});
