/**
 * What the three examples share (their interface words are in words.ts): the page around the app
 * (language, title, the package's JSON-LD through its safe `toJsonLdScript`, a skip link, the
 * language switch, the hydration script), the arrival figures as chart bars with their text
 * alternative, and the FAQ filter. Each framework renders the same page from these, server-side,
 * then hydrates it in the browser.
 */
import { arrivalSources, arrivals, toJsonLdScript } from 'north-korean-escapees';
import { getContent, type Locale, locales } from 'north-korean-escapees/locales';
import { wordsOf } from './words.js';

const CSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:0 auto;padding:0 1rem;color:#1a1a1a;background:#fff}
a{color:#1a4fa3}h2 a{color:inherit;text-decoration:none}h2 a:hover{text-decoration:underline}a:focus-visible,summary:focus-visible,input:focus-visible,main:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem}
header{padding:.5rem 0;border-bottom:1px solid #ccc}details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}
:target{outline:2px solid #1a4fa3}figure{margin:1rem 0}svg{display:block;max-width:100%;height:auto}
table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:600}td,th{padding:.1rem .5rem;text-align:right}
th:first-child,td:first-child,td:last-child{text-align:left}footer{margin:2rem 0;border-top:1px solid #ccc;font-size:.9rem}`;

/**
 * The language tag of a locale's text (`zh-Hans` for `zh`), as the package gives it: what the pages
 * write in `lang` and `hreflang`, and give `Intl`.
 *
 * @returns The tag.
 */
export function languageTag(locale: Locale): string {
  return getContent(locale).article.language;
}

/**
 * The name of a language in that language ("English", "한국어", "简体中文"), as the platform's Intl
 * data gives it for the language's tag: the language switch needs no list of names beside the locales.
 *
 * @returns The name, or the tag itself where Intl has none.
 */
export function languageName(locale: Locale): string {
  const tag = languageTag(locale);
  return new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
}

/** The phases in reading order. */
export const PHASES = ['journey', 'after-crossing'] as const;

/** The examples: each framework's name and the base name of its pages and script. */
export const FRAMEWORKS = { React: 'react', Vue: 'vue', Svelte: 'svelte' } as const;

/** One of the frameworks. */
export type Framework = keyof typeof FRAMEWORKS;

/** The source article's language (the package lists it first): its pages have the plain names. */
const SOURCE_LOCALE: Locale = locales[0];

/** The language tag of the source's text, which the arrival figures' sources are written in too. */
export const SOURCE_LANGUAGE = languageTag(SOURCE_LOCALE);

/**
 * The file name of one example page in one language: `react.html` in the source language,
 * `react.<locale>.html` in the others.
 *
 * @returns The file name.
 */
export function pageFile(name: string, locale: Locale): string {
  return locale === SOURCE_LOCALE ? `${name}.html` : `${name}.${locale}.html`;
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

/** A count as the language writes it (`2,914`). */
export const formatCount = (locale: Locale, count: number) => new Intl.NumberFormat(languageTag(locale)).format(count);

/** The width of one bar's slot, the height of the drawing, and the room left of the first bar and right of the last (half a year label). */
const SLOT = 12;
const HEIGHT = 120;
const MARGIN = 12;

/** The arrival chart: its bars (one per yearly row), its size, its year labels and its text alternative. */
export interface ArrivalChart {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly { x: number; y: number; width: number; height: number; year: number; label: string }[];
  readonly ticks: readonly { x: number; year: number }[];
  readonly alternative: string;
}

/**
 * The yearly rows as a bar chart for an SVG of `width` × `height` (bars up to 100 high, the year
 * labels below), and the chart's text alternative in the language: the years it covers, and the
 * years with the most and the fewest arrivals.
 *
 * @returns The chart.
 */
export function arrivalChart(locale: Locale): ArrivalChart {
  const ui = wordsOf(locale);
  const yearly = arrivals.filter((row) => row.from === row.to);
  const max = Math.max(...yearly.map((row) => row.total));
  const bars = yearly.map((row, index) => {
    const height = Math.round((row.total / max) * 100);
    const label = ui.yearCount(row.to, formatCount(locale, row.total));
    return { x: MARGIN + index * SLOT + 2, y: 100 - height, width: SLOT - 4, height, year: row.to, label };
  });
  const most = yearly.reduce((a, b) => (b.total > a.total ? b : a));
  const fewest = yearly.reduce((a, b) => (b.total < a.total ? b : a));
  const first = yearly[0]!.to;
  const last = yearly.at(-1)!.to;
  const ticks = bars.filter((bar) => bar.year % 5 === 0).map((bar) => ({ x: bar.x + bar.width / 2, year: bar.year }));
  const alternative = ui.chart(
    first,
    last,
    ui.yearCount(most.to, formatCount(locale, most.total)),
    ui.yearCount(fewest.to, formatCount(locale, fewest.total)),
  );
  return { width: yearly.length * SLOT + 2 * MARGIN, height: HEIGHT, bars, ticks, alternative };
}

/**
 * The FAQ entries that match a query (every one for a blank query), with the package's `searchFaq`.
 *
 * @returns Their ids.
 */
export function shownFaq(locale: Locale, query: string): ReadonlySet<string> {
  const { faq, searchFaq } = getContent(locale);
  return new Set((query.trim() === '' ? faq : searchFaq(query)).map((entry) => entry.id));
}

/** The sources of the arrival figures, for the list below the table. */
export const SOURCES = arrivalSources;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * A complete HTML page for one example in one language.
 *
 * @param framework Shown in the title and the `data-framework` attribute, e.g. `React`.
 * @param body The server-rendered HTML of the app, the content of `<div id="app">`, which the
 *   framework's script (`<name>.js`, beside the page) hydrates.
 * @returns The document's text.
 */
export function renderDocument(framework: Framework, locale: Locale, body: string): string {
  const content = getContent(locale);
  const ui = wordsOf(locale);
  const name = FRAMEWORKS[framework];
  const switcher = locales
    .map((other) => {
      const tag = escapeHtml(languageTag(other));
      const link = other === locale ? 'aria-current="page"' : `hreflang="${tag}"`;
      return `<a href="${pageFile(name, other)}" ${link} lang="${tag}">${escapeHtml(languageName(other))}</a>`;
    })
    .join(' · ');
  // The language is the text's tag; the scripts that hydrate the page read its locale from data-locale.
  return `<!doctype html>
<html lang="${escapeHtml(content.article.language)}" data-locale="${escapeHtml(locale)}" data-framework="${escapeHtml(framework)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.article.title)} (${escapeHtml(framework)})</title>
<style>${CSS}</style>
${toJsonLdScript(content.toArticleJsonLd())}
${toJsonLdScript(content.toFaqPageJsonLd())}
<script defer src="${name}.js"></script>
</head>
<body>
<a class="skip" href="#content">${escapeHtml(ui.skip)}</a>
<header><nav aria-label="${escapeHtml(ui.language)}">${switcher}</nav></header>
<div id="app">${body}</div>
</body>
</html>
`;
}

/**
 * The landing page: what the site is, and each framework's page in each language.
 *
 * @returns The document's text.
 */
export function renderIndex(): string {
  const { article } = getContent(SOURCE_LOCALE);
  const rows = Object.entries(FRAMEWORKS)
    .map(
      ([framework, name]) =>
        `<li>${framework}: ${locales
          .map(
            (locale) =>
              `<a href="${pageFile(name, locale)}" hreflang="${escapeHtml(languageTag(locale))}" lang="${escapeHtml(languageTag(locale))}">${escapeHtml(getContent(locale).article.title)}</a>`,
          )
          .join(' · ')}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(SOURCE_LANGUAGE)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}: the examples</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(article.title)}: the examples</h1>
<p>The same page in each language, rendered on the server and hydrated in the browser by each framework, from the package <code>north-korean-escapees</code> and its renderers.</p>
<ul>
${rows}
</ul>
</main>
</body>
</html>
`;
}
