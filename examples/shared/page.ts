/**
 * What the three examples share: the page around them (language, title, the article's JSON-LD
 * through the package's safe `toJsonLdScript`, a language switch), the interface words in each
 * language, and the arrival figures as chart bars.
 */
import { arrivals, toJsonLdScript } from 'north-korean-escapees';
import { getContent, type Locale, locales } from 'north-korean-escapees/locales';

const CSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}:target{outline:2px solid #36c}
table{border-collapse:collapse}td,th{padding:.1rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The interface words of the examples, per language (the content itself comes from the package). */
export const UI = {
  en: {
    contents: 'Contents',
    estimate: 'Estimate',
    phases: { journey: 'On the way out', 'after-crossing': 'After crossing the border' },
    arrivals: 'Arrivals in South Korea, by year',
    arrivalsNote: 'Ministry of Unification figures: only arrivals in South Korea, unlike the estimate above.',
    period: 'Period',
    men: 'Men',
    women: 'Women',
    total: 'Total',
    upTo: 'up to',
    source: 'Source',
    rendered: 'Rendered with',
    language: 'Language',
  },
  ko: {
    contents: '목차',
    estimate: '추정',
    phases: { journey: '탈출하는 길에서', 'after-crossing': '국경을 넘은 뒤' },
    arrivals: '연도별 한국 입국 탈북민',
    arrivalsNote: '통일부 집계: 위의 추정과 달리 한국에 입국한 사람만 셉니다.',
    period: '기간',
    men: '남',
    women: '여',
    total: '계',
    upTo: '~',
    source: '출처',
    rendered: '렌더링:',
    language: '언어',
  },
} as const satisfies Record<Locale, unknown>;

/** The names of the languages, each in its own language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** The phases in reading order. */
export const PHASES = ['journey', 'after-crossing'] as const;

/**
 * The file name of one example page in one language: `react.html`, `react.ko.html`.
 *
 * @returns The file name.
 */
export function pageFile(name: string, locale: Locale): string {
  return locale === 'en' ? `${name}.html` : `${name}.${locale}.html`;
}

/**
 * The period of an arrivals row as text: `2002`, `1999–2001`, `–1998`.
 *
 * @returns The label.
 */
export function periodLabel(row: (typeof arrivals)[number]): string {
  if (row.from === null) return `–${row.to}`;
  return row.from === row.to ? String(row.to) : `${row.from}–${row.to}`;
}

/** The yearly rows as bars of a small chart: x, height and label, for a 100-high SVG. */
export function arrivalBars(): { x: number; height: number; year: number; total: number }[] {
  const yearly = arrivals.filter((row) => row.from === row.to);
  const max = Math.max(...yearly.map((row) => row.total));
  return yearly.map((row, index) => ({
    x: index * 10,
    height: Math.round((row.total / max) * 100),
    year: row.to,
    total: row.total,
  }));
}

/**
 * A complete HTML page for one example in one language.
 *
 * @param framework Shown in the footer and the `data-framework` attribute, e.g. `React`.
 * @param name The page's base file name, e.g. `react`, for the links to the other languages.
 * @param body The server-rendered HTML of the example's root element.
 * @returns The document's text.
 */
export function renderDocument(framework: string, name: string, locale: Locale, body: string): string {
  const content = getContent(locale);
  const switcher = locales
    .map((other) =>
      other === locale
        ? `<strong>${escapeHtml(LANGUAGE_NAMES[other])}</strong>`
        : `<a href="${pageFile(name, other)}" hreflang="${other}" lang="${other}">${escapeHtml(LANGUAGE_NAMES[other])}</a>`,
    )
    .join(' · ');
  return `<!doctype html>
<html lang="${escapeHtml(content.locale)}" data-framework="${escapeHtml(framework)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.article.title)} (${escapeHtml(framework)})</title>
<style>${CSS}</style>
${toJsonLdScript(content.toArticleJsonLd())}
${toJsonLdScript(content.toFaqPageJsonLd())}
</head>
<body>
<nav aria-label="${escapeHtml(UI[locale].language)}">${switcher}</nav>
${body}
</body>
</html>
`;
}
