/**
 * What the dataset component of every framework renders, in one language: its heading and note,
 * its chart, its table (each number as the language writes it, each row's source a link to it in
 * the list below), its sources, and its key figure for the front page. The components only lay it
 * out, so that the three frameworks show the same page.
 */
import type { Locale } from 'north-korean-escapees/locales';
import { type Chart, datasetChart } from './chart.js';
import type { DatasetDescription, DatasetRow } from './datasets.js';
import { formatCount } from './format.js';
import { wordsOf } from './words.js';

/** A dataset, ready to render. */
export interface DatasetView {
  /** The section's id, its heading's anchor. */
  readonly id: string;
  readonly heading: string;
  readonly note: string;
  readonly chart: Chart;
  /** The id of the chart's caption, which names it. */
  readonly captionId: string;
  readonly showTable: string;
  readonly table: {
    readonly caption: string;
    /** The period's heading, the numbers' headings, the source's heading. */
    readonly headings: readonly string[];
    readonly rows: readonly { period: string; cells: readonly string[]; source: { id: string; href: string } }[];
  };
  readonly sourcesHeading: string;
  readonly sources: readonly { anchor: string; id: string; name: string; url: string; retrieved: string }[];
}

/** A key figure of the front page: the number, what it counts, and the section it comes from. */
export interface KeyFigure {
  readonly value: string;
  readonly label: string;
  readonly href: string;
}

/**
 * The period of a row as text: `2002`, `1999–2001`, `–1998`.
 *
 * @returns The label.
 */
export function periodLabel(row: Pick<DatasetRow, 'from' | 'to'>): string {
  if (row.from === null) return `–${row.to}`;
  return row.from === row.to ? String(row.to) : `${row.from}–${row.to}`;
}

/** The anchor of a dataset's source in the list under its table. */
const sourceAnchor = (dataset: DatasetDescription, id: string) => `${dataset.id}-source-${id}`;

/**
 * A dataset in a language, ready to render.
 *
 * @returns The view.
 */
export function datasetView(dataset: DatasetDescription, locale: Locale): DatasetView {
  const ui = wordsOf(locale);
  const words = ui.datasets[dataset.id];
  return {
    id: dataset.id,
    heading: words.heading,
    note: words.note,
    chart: datasetChart(dataset, locale),
    captionId: `${dataset.id}-chart`,
    showTable: ui.showTable,
    table: {
      caption: words.table,
      headings: [ui.period, ...words.columns, ui.source],
      rows: dataset.rows.map((row) => ({
        period: periodLabel(row),
        cells: row.values.map((value) => (value === null ? '–' : formatCount(locale, value))),
        source: { id: row.source.id, href: `#${sourceAnchor(dataset, row.source.id)}` },
      })),
    },
    sourcesHeading: ui.sources,
    sources: dataset.sources.map((source) => ({
      anchor: sourceAnchor(dataset, source.id),
      id: source.id,
      name: source.name,
      url: source.url,
      retrieved: `${ui.retrieved} ${source.retrieved}`,
    })),
  };
}

/**
 * The key figure of a dataset on the front page, if it states one.
 *
 * @returns The figure, or `undefined`.
 */
export function keyFigureOf(dataset: DatasetDescription, locale: Locale): KeyFigure | undefined {
  if (!dataset.keyFigure) return undefined;
  return {
    value: formatCount(locale, dataset.keyFigure.value),
    label: wordsOf(locale).datasets[dataset.id].keyFigure(dataset.keyFigure.through),
    href: `#${dataset.id}`,
  };
}
