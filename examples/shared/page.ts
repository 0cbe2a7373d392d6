/**
 * What the three examples share, browser-safe (the document around them is document.ts; their
 * interface words are words.ts): the frameworks and their pages' names, the front page's figures
 * (the estimate and each dataset's key figure), the datasets ready to draw, the footer's sources
 * and licences, and the FAQ filter. Each framework renders the same page from these, server-side,
 * then hydrates it in the browser.
 */
import { meta } from 'north-korean-escapees';
import { getContent, type Locale, locales } from 'north-korean-escapees/locales';
import { type DatasetView, datasetView, type KeyFigure, keyFigureOf } from './dataset-view.js';
import { DATASETS } from './datasets.js';
import { formatDate } from './format.js';
import { wordsOf } from './words.js';

/** The phases in reading order. */
export const PHASES = ['journey', 'after-crossing'] as const;

/** The examples: each framework's name and the base name of its pages and script. */
export const FRAMEWORKS = { React: 'react', Vue: 'vue', Svelte: 'svelte' } as const;

/** One of the frameworks. */
export type Framework = keyof typeof FRAMEWORKS;

/** The source article's language (the package lists it first): its pages have the plain names. */
export const SOURCE_LOCALE: Locale = locales[0];

/**
 * The file name of one example page in one language: `react.html` in the source language,
 * `react.<locale>.html` in the others.
 *
 * @returns The file name.
 */
export function pageFile(name: string, locale: Locale): string {
  return locale === SOURCE_LOCALE ? `${name}.html` : `${name}.${locale}.html`;
}

/** The front page's figures, the datasets and the footer, in one language. */
export interface FrontPage {
  /** The article's date as the language writes it. */
  readonly published: string;
  readonly estimate: { readonly label: string; readonly value: string; readonly caption: string };
  readonly keyFigures: readonly KeyFigure[];
  readonly datasets: readonly DatasetView[];
  readonly footer: {
    readonly article: string;
    readonly sources: readonly { readonly name: string; readonly url: string }[];
    /** Each part of the package: its licence (or that none is granted), who holds it, and what it is. */
    readonly licences: readonly { readonly licence: string; readonly holder: string; readonly part: string }[];
    readonly rendered: (framework: Framework) => string;
  };
}

/**
 * Everything of the page that is not the article's own prose, in one language.
 *
 * @returns The model the frameworks render.
 */
export function frontPage(locale: Locale): FrontPage {
  const { article, estimate, formatEstimate } = getContent(locale);
  const ui = wordsOf(locale);
  const sources = new Map(DATASETS.flatMap((dataset) => dataset.sources).map((source) => [source.url, source]));
  const date = article.source.date === undefined ? '' : `, ${formatDate(locale, article.source.date)}`;
  return {
    published: formatDate(locale, article.date),
    estimate: {
      label: ui.estimate,
      value: formatEstimate(),
      caption: ui.estimateCaption(estimate.since, estimate.source.attribution),
    },
    keyFigures: DATASETS.flatMap((dataset) => keyFigureOf(dataset, locale) ?? []),
    datasets: DATASETS.map((dataset) => datasetView(dataset, locale)),
    footer: {
      article: `${ui.article}: ${article.source.name}${date}`,
      sources: [...sources.values()].map(({ name, url }) => ({ name, url })),
      licences: meta.license.parts.map((part) => ({
        licence: part.license ?? ui.noLicence,
        holder: part.holder === null ? '' : ` · ${part.holder}`,
        part: part.part,
      })),
      rendered: (framework) => `${ui.rendered} ${framework} · north-korean-escapees ${meta.version}`,
    },
  };
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
