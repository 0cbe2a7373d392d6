/**
 * The interface words of the example pages, per language: the one place they are written (the
 * content itself comes from the package). A language the package has but this file does not yet
 * shows the source language's words, so a new edition's pages render from its first build;
 * `npm run examples` names the languages that borrow them. A language's fonts follow from its
 * script (fonts.ts): adding one here is all a new language needs.
 */
import type { Locale } from 'north-korean-escapees/locales';

/** The words of one dataset's chart and table (datasets.ts describes the dataset itself). */
export interface DatasetWords {
  /** Its section's heading. */
  readonly heading: string;
  /** What it counts, and what it leaves out. */
  readonly note: string;
  /** The key figure's label on the front page, after the figure: `through` is its last year. */
  readonly keyFigure: (through: number) => string;
  /** The chart's text alternative: the years drawn and the years with the most and the fewest. */
  readonly chart: (first: number, last: number, most: string, fewest: string) => string;
  /** The table's caption. */
  readonly table: string;
  /** The headings of the table's number columns, in the order of the description's `values`. */
  readonly columns: readonly string[];
}

/** The words of one language. */
export interface Words {
  readonly site: string;
  readonly skip: string;
  readonly contents: string;
  readonly published: string;
  readonly estimate: string;
  /** Under the estimate: since when it counts, and whose figure it is. */
  readonly estimateCaption: (since: number | null, attribution: string) => string;
  readonly phases: { readonly journey: string; readonly 'after-crossing': string };
  readonly search: string;
  readonly showing: (shown: number, all: number) => string;
  /** A bar's tooltip: its year and its count. */
  readonly yearCount: (year: number, count: string) => string;
  readonly showTable: string;
  readonly period: string;
  readonly source: string;
  readonly sources: string;
  readonly retrieved: string;
  readonly article: string;
  readonly licences: string;
  readonly noLicence: string;
  readonly rendered: string;
  readonly language: string;
  /** Each dataset's words, by the id datasets.ts gives it. */
  readonly datasets: { readonly arrivals: DatasetWords; readonly refugees: DatasetWords };
}

/** The source language's words, which every other language falls back to. */
const en: Words = {
  site: 'North Korean escapees',
  skip: 'Skip to the article',
  contents: 'Contents',
  published: 'Published',
  estimate: 'Estimate',
  estimateCaption: (since, attribution) =>
    `North Koreans have escaped${since === null ? '' : ` since ${since}`}, according to ${attribution}.`,
  phases: { journey: 'On the way out', 'after-crossing': 'After crossing the border' },
  search: 'Search the questions',
  showing: (shown, all) => `${shown} of ${all} questions shown`,
  yearCount: (year, count) => `${year}: ${count}`,
  showTable: 'Every figure, as a table',
  period: 'Period',
  source: 'Source',
  sources: 'Sources',
  retrieved: 'read on',
  article: 'Article',
  licences: 'Licences',
  noLicence: 'no licence granted',
  rendered: 'Rendered with',
  language: 'Language',
  datasets: {
    arrivals: {
      heading: 'Arrivals in South Korea, by year',
      note: 'Ministry of Unification figures: only those who reached South Korea, unlike the estimate above.',
      keyFigure: (through) => `arrived in South Korea up to ${through} (Ministry of Unification)`,
      chart: (first, last, most, fewest) =>
        `Bar chart of arrivals per year, ${first}–${last}: most in ${most}, fewest in ${fewest}. The table below gives every figure.`,
      table: 'Arrivals by period: men, women, total and source',
      columns: ['Men', 'Women', 'Total'],
    },
    refugees: {
      heading: 'Recognised as refugees outside South Korea',
      note: 'UNHCR figures, as the press reported them: North Koreans recognised as refugees in other countries, not those naturalised; China recognises none. Only the years a source could be read for.',
      keyFigure: (through) => `recognised as refugees outside South Korea at the end of ${through} (UNHCR)`,
      chart: (first, last, most, fewest) =>
        `Bar chart of refugees at the end of each year with a source, ${first}–${last}: most in ${most}, fewest in ${fewest}. The table below gives every figure.`,
      table: 'Refugees and asylum-seekers worldwide at the end of each year, with source',
      columns: ['Refugees', 'Asylum-seekers'],
    },
  },
};

/** Every language's words, by locale; a key that is not a locale of the package is a type error. */
const WORDS: { readonly [L in Locale]?: Words } = {
  en,
  ko: {
    site: '탈북민',
    skip: '본문으로 건너뛰기',
    contents: '목차',
    published: '게재일',
    estimate: '추정',
    estimateCaption: (since, attribution) =>
      `${since === null ? '' : `${since}년 이후 `}탈출한 북한 주민 수 (${attribution}에 따름)`,
    phases: { journey: '탈출하는 길에서', 'after-crossing': '국경을 넘은 뒤' },
    search: '질문 검색',
    showing: (shown, all) => `질문 ${all}개 중 ${shown}개 표시`,
    yearCount: (year, count) => `${year}년: ${count}명`,
    showTable: '모든 수치를 표로 보기',
    period: '기간',
    source: '출처',
    sources: '출처',
    retrieved: '확인일',
    article: '글',
    licences: '이용 조건',
    noLicence: '이용 허락 없음',
    rendered: '렌더링:',
    language: '언어',
    datasets: {
      arrivals: {
        heading: '연도별 한국 입국 탈북민',
        note: '통일부 집계: 위의 추정과 달리 한국에 입국한 사람만 셉니다.',
        keyFigure: (through) => `${through}년까지 한국에 입국한 탈북민 (통일부)`,
        chart: (first, last, most, fewest) =>
          `${first}–${last}년 연도별 입국자 막대그래프: 가장 많은 해 ${most}, 가장 적은 해 ${fewest}. 모든 수치는 아래 표에 있습니다.`,
        table: '기간별 입국자: 남, 여, 계, 출처',
        columns: ['남', '여', '계'],
      },
      refugees: {
        heading: '한국 밖에서 난민으로 인정된 탈북민',
        note: '유엔난민기구(UNHCR) 집계를 보도된 대로 옮겼습니다. 다른 나라에서 난민으로 인정된 북한 출신자이며, 귀화한 사람은 세지 않고 중국은 한 명도 인정하지 않습니다. 출처를 확인할 수 있는 해만 싣습니다.',
        keyFigure: (through) => `${through}년 말 한국 밖에서 난민으로 인정된 탈북민 (UNHCR)`,
        chart: (first, last, most, fewest) =>
          `${first}–${last}년 중 출처가 있는 해의 연말 난민 수 막대그래프: 가장 많은 해 ${most}, 가장 적은 해 ${fewest}. 모든 수치는 아래 표에 있습니다.`,
        table: '연말 기준 전 세계 난민과 비호 신청자, 출처',
        columns: ['난민', '비호 신청자'],
      },
    },
  },
  zh: {
    site: '脱北者',
    skip: '跳到正文',
    contents: '目录',
    published: '发布日期',
    estimate: '估计',
    estimateCaption: (since, attribution) =>
      `${since === null ? '' : `自${since}年以来`}出逃的朝鲜人（据${attribution}）`,
    phases: { journey: '出逃途中', 'after-crossing': '越过边境之后' },
    search: '搜索问题',
    showing: (shown, all) => `共${all}个问题，显示${shown}个`,
    yearCount: (year, count) => `${year}年（${count}人）`,
    showTable: '以表格查看全部数字',
    period: '时期',
    source: '来源',
    sources: '来源',
    retrieved: '查阅日期',
    article: '文章',
    licences: '许可',
    noLicence: '未授予许可',
    rendered: '渲染框架',
    language: '语言',
    datasets: {
      arrivals: {
        heading: '历年抵达韩国的脱北者人数',
        note: '韩国统一部数据：与上文的估计不同，只计入抵达韩国的人。',
        keyFigure: (through) => `截至${through}年抵达韩国的人数（韩国统一部）`,
        chart: (first, last, most, fewest) =>
          `${first}—${last}年各年抵达人数柱状图：最多的是${most}，最少的是${fewest}。全部数字见下表。`,
        table: '各时期抵达人数：男、女、合计及来源',
        columns: ['男', '女', '合计'],
      },
      refugees: {
        heading: '在韩国以外获得难民身份的朝鲜人',
        note: '联合国难民署（UNHCR）数据，依据媒体报道：在其他国家获得难民身份的朝鲜人，不含已入籍者；中国不承认任何朝鲜人为难民。只列出能查到来源的年份。',
        keyFigure: (through) => `${through}年底在韩国以外获得难民身份的人数（联合国难民署）`,
        chart: (first, last, most, fewest) =>
          `${first}—${last}年间有来源年份的年底难民人数柱状图：最多的是${most}，最少的是${fewest}。全部数字见下表。`,
        table: '全球各年年底的难民和寻求庇护者人数及来源',
        columns: ['难民', '寻求庇护者'],
      },
    },
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
