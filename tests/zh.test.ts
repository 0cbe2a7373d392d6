/**
 * The Simplified Chinese edition's own language: its phrases, the way it writes numbers
 * (src/phrases/zh.ts), its language tag, and the figure its article states, written from the English number.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, pageFile } from '../examples/shared/page.js';
import { formatFigure } from '../src/format.js';
import * as en from '../src/index.js';
import { getContent, isLocale } from '../src/locales.js';
import { formatChineseNumber, phrases as zh } from '../src/phrases/zh.js';
import { root } from './helpers.js';

describe('the Simplified Chinese phrases', () => {
  it('put each qualifier before the number, with no counter (the article writes 名 after it)', () => {
    const words = Object.fromEntries(
      Object.entries(zh.qualified).map(([qualifier, phrase]) => [qualifier, phrase('N')]),
    );
    expect(words).toEqual({
      over: '超过N',
      about: '约N',
      nearly: '近N',
      'at-least': '至少N',
      under: '不到N',
      exactly: 'N',
    });
    expect(zh.number).toBe(formatChineseNumber);
  });

  it('use the Chinese way of writing numbers for Chinese digits only', () => {
    const over = { value: 30_000, qualifier: 'over' } as const;
    expect(formatFigure(over, zh)).toBe('超过3万');
    expect(formatFigure(over, zh, 'zh-CN')).toBe('超过3万');
    expect(formatFigure(over, zh, 'en')).toBe('超过30,000');
    expect(formatFigure(over, zh, 'de')).toBe('超过30.000');
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [0, '0'],
    [1200, '1,200'],
    [9999, '9,999'],
    [10_000, '1万'],
    [30_000, '3万'],
    [34_500, '3.45万'],
    [34_537, '34,537'], // not round: digits, never 3万4537
    [10_050, '10,050'],
    [1_250_000, '125万'],
    [100_000_000, '1亿'],
    [345_000_000, '3.45亿'], // never 3亿4500万
    [123_400_000, '12,340万'], // round in 万, not in 亿
    [-30_000, '-3万'],
    [10_000.5, '10,000.5'],
    [Number.POSITIVE_INFINITY, '∞'],
    [Number.NaN, 'NaN'],
  ])('%d → %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
  });
});

describe('the datasets described in Chinese (data.json)', () => {
  const chinese = async () => {
    const data = JSON.parse(await readFile(path.join(root, 'src', 'generated', 'data.json'), 'utf8'));
    return { arrivals: data.arrivals.translations.zh, refugees: data.refugees.translations.zh };
  };

  it("call the ministry's category by its own Chinese term, 脱北居民, and keep its correction of 2025", async () => {
    const { arrivals } = await chinese();
    expect(arrivals.title).toBe('历年抵达韩国的脱北居民');
    expect(arrivals.description.text).toContain('统一部');
    for (const figure of ['2026年2月4日', '224人', '223人']) expect(arrivals.description.text).toContain(figure);
  });

  it("use UNHCR's Chinese words (难民, 寻求庇护者) and say what the count leaves out, in Chinese only", async () => {
    const { refugees } = await chinese();
    expect(refugees.title).toContain('联合国难民署');
    for (const words of ['难民', '寻求庇护者', '《全球趋势》', '2021年', '2023年至2025年', 'ISO 3166-1', '中国'])
      expect(refugees.description.text).toContain(words);
    expect(refugees.description.nodes).toHaveLength(2);
    // No English sentence left in: the only Latin letters are the agency's acronym and the standard's name.
    expect(refugees.description.text.replace(/UNHCR|ISO/g, '')).not.toMatch(/[A-Za-z]/);
  });
});

describe('north-korean-escapees/zh', () => {
  const zhEdition = getContent('zh');

  it('is the edition zh, whose text is tagged zh-Hans (Simplified Chinese) wherever a page or data names its language', () => {
    expect([zh.locale, zh.tag]).toEqual(['zh', 'zh-Hans']);
    expect([isLocale('zh'), isLocale('zh-Hans')]).toEqual([true, false]);
    expect([zhEdition.locale, zhEdition.article.locale, zhEdition.article.language]).toEqual(['zh', 'zh', 'zh-Hans']);
    expect(zhEdition.toArticleJsonLd().inLanguage).toBe('zh-Hans');
    expect(zhEdition.toFaqPageJsonLd().inLanguage).toBe('zh-Hans');
  });

  it('leads to example pages that say lang="zh-Hans", from the source page’s switch as from their own', async () => {
    for (const name of Object.values(FRAMEWORKS)) {
      const page = await readFile(path.join(root, 'examples', 'out', pageFile(name, 'zh')), 'utf8');
      expect(page).toMatch(/^<!doctype html>\n<html lang="zh-Hans" data-locale="zh" /);
      expect(page).toContain(`<a href="${name}.zh.html" aria-current="page" lang="zh-Hans">`);
      const english = await readFile(path.join(root, 'examples', 'out', `${name}.html`), 'utf8');
      expect(english).toContain(`<a href="${name}.zh.html" hreflang="zh-Hans" lang="zh-Hans">`);
    }
  });

  it('states the same figure, written for Chinese readers from the English number', () => {
    expect([zhEdition.estimate.value, zhEdition.estimate.qualifier, zhEdition.estimate.since]).toEqual([
      en.estimate.value,
      en.estimate.qualifier,
      en.estimate.since,
    ]);
    expect(zhEdition.estimate.label.text).toBe('超过3万');
    expect(zhEdition.formatEstimate()).toBe('超过3万');
    expect(zhEdition.estimate.context.text).toContain(
      '自1953年朝鲜战争结束以来，据信已有超过3万名朝鲜人成功逃离这个国家',
    );
    expect(zhEdition.estimate.destinations).toEqual(['韩国', '中国', '俄罗斯']);
    expect(zhEdition.estimate.source.attribution).toBe('各种估计');
  });

  it("names the destinations' countries by the English edition's codes, each label Intl's Chinese name", () => {
    const names = new Intl.DisplayNames([zhEdition.article.language], { type: 'region' });
    expect(zhEdition.estimate.destinationCountries).toEqual(
      en.estimate.destinationCountries.map(({ code }) => ({ code, name: names.of(code) })),
    );
  });

  it('says in its language which words it uses and why, and uses them: 出逃者 in "What is a defector?", never 叛逃者', () => {
    const note = zhEdition.article.source.note!;
    for (const term of ['脱北者', '脱北居民', '非法越境者', '出逃者', '叛逃者']) expect(note).toContain(term);
    const defector = zhEdition.getFaq('what-is-a-defector');
    expect([defector.question.text, defector.answer.text.slice(0, 5)]).toEqual(['什么是出逃者？', '出逃者是指']);
    const text = JSON.stringify([zhEdition.article.intro, zhEdition.article.sections, zhEdition.faq]);
    expect(text).not.toContain('叛逃');
  });

  it('says as the English note does who published the text and which five words were supplied, nothing else changed', () => {
    const { note, url } = zhEdition.article.source;
    expect(url).toBe(en.article.source.url);
    expect(note).toContain('英文原文是 ticker.tv 于2023年11月26日发布的文章');
    expect(note).toContain('有五个单词是编辑补上的');
    for (const phrase of ['“led by”', '“faced by”', '“capture by”', '“on foot”']) expect(note).toContain(phrase);
    expect(note).toContain('此外没有改动任何单词');
    expect(note).toContain('原文的权利人及使用条件尚未确认');
    // A folded line break between two Chinese characters would leave a space in the text.
    expect(note).not.toMatch(/[\p{Script=Han}，。：；、“”（）] [\p{Script=Han}，。：；、“”（）]/u);
  });

  it('searches Chinese text, which has no spaces between words', () => {
    expect(zhEdition.searchFaq('酷刑').map((entry) => entry.id)).toEqual([
      'what-happens-to-north-koreans-who-are-caught-trying-to-escape',
    ]);
  });
});
