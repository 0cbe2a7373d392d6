/**
 * The interface words of the example pages, per language: the one place they are written (the
 * content itself comes from the package). A language the package has but this file does not yet
 * shows the source language's words, so a new edition's pages render from its first build;
 * `npm run examples` names the languages that borrow them.
 */
import type { Locale } from 'north-korean-escapees/locales';

/** The words of one language. */
export interface Words {
  readonly skip: string;
  readonly contents: string;
  readonly estimate: string;
  readonly phases: { readonly journey: string; readonly 'after-crossing': string };
  readonly search: string;
  readonly showing: (shown: number, all: number) => string;
  readonly arrivals: string;
  readonly arrivalsNote: string;
  readonly chart: (first: number, last: number, most: string, fewest: string) => string;
  readonly yearCount: (year: number, count: string) => string;
  readonly table: string;
  readonly period: string;
  readonly men: string;
  readonly women: string;
  readonly total: string;
  readonly source: string;
  readonly sources: string;
  readonly retrieved: string;
  readonly rendered: string;
  readonly language: string;
}

/** The source language's words, which every other language falls back to. */
const en: Words = {
  skip: 'Skip to the article',
  contents: 'Contents',
  estimate: 'Estimate',
  phases: { journey: 'On the way out', 'after-crossing': 'After crossing the border' },
  search: 'Search the questions',
  showing: (shown, all) => `${shown} of ${all} questions shown`,
  arrivals: 'Arrivals in South Korea, by year',
  arrivalsNote: 'Ministry of Unification figures: only arrivals in South Korea, unlike the estimate above.',
  chart: (first, last, most, fewest) =>
    `Bar chart of arrivals per year, ${first}–${last}: most in ${most}, fewest in ${fewest}. The table below gives every figure.`,
  yearCount: (year, count) => `${year} (${count})`,
  table: 'Arrivals by period: men, women, total and source',
  period: 'Period',
  men: 'Men',
  women: 'Women',
  total: 'Total',
  source: 'Source',
  sources: 'Sources',
  retrieved: 'read on',
  rendered: 'Rendered with',
  language: 'Language',
};

/** Every language's words, by locale; a key that is not a locale of the package is a type error. */
const WORDS: { readonly [L in Locale]?: Words } = {
  en,
  ko: {
    skip: '본문으로 건너뛰기',
    contents: '목차',
    estimate: '추정',
    phases: { journey: '탈출하는 길에서', 'after-crossing': '국경을 넘은 뒤' },
    search: '질문 검색',
    showing: (shown, all) => `질문 ${all}개 중 ${shown}개 표시`,
    arrivals: '연도별 한국 입국 탈북민',
    arrivalsNote: '통일부 집계: 위의 추정과 달리 한국에 입국한 사람만 셉니다.',
    chart: (first, last, most, fewest) =>
      `${first}–${last}년 연도별 입국자 막대그래프: 가장 많은 해 ${most}, 가장 적은 해 ${fewest}. 모든 수치는 아래 표에 있습니다.`,
    yearCount: (year, count) => `${year}년(${count}명)`,
    table: '기간별 입국자: 남, 여, 계, 출처',
    period: '기간',
    men: '남',
    women: '여',
    total: '계',
    source: '출처',
    sources: '출처',
    retrieved: '확인일',
    rendered: '렌더링:',
    language: '언어',
  },
  zh: {
    skip: '跳到正文',
    contents: '目录',
    estimate: '估计',
    phases: { journey: '出逃途中', 'after-crossing': '越过边境之后' },
    search: '搜索问题',
    showing: (shown, all) => `共${all}个问题，显示${shown}个`,
    arrivals: '历年抵达韩国的脱北居民',
    arrivalsNote: '统一部统计：与上文的估计不同，只计入抵达韩国的人。',
    chart: (first, last, most, fewest) =>
      `${first}—${last}年历年抵达人数柱状图：最多的是${most}，最少的是${fewest}。全部数字见下表。`,
    yearCount: (year, count) => `${year}年（${count}人）`,
    table: '各时期抵达人数：男、女、合计及来源',
    period: '时期',
    men: '男',
    women: '女',
    total: '合计',
    source: '来源',
    sources: '来源',
    retrieved: '查阅日期',
    rendered: '渲染:',
    language: '语言',
  },
};

/**
 * The interface words of a language: its own, or the source language's until it has them.
 *
 * @returns The words.
 */
export function wordsOf(locale: Locale): Words {
  return WORDS[locale] ?? en;
}

/**
 * The languages whose pages show the source language's words, for want of their own.
 *
 * @returns Those locales, in the order given.
 */
export function borrowingWords(locales: readonly Locale[]): Locale[] {
  return locales.filter((locale) => WORDS[locale] === undefined);
}
