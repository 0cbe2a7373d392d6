/**
 * The datasets the site draws, each described once here: every framework draws each of them with
 * the same component (a chart with its text alternative, a table and its sources, dataset-view.ts)
 * and the front page gives its key figure. To add one the package exports: an entry in DATASETS,
 * and its words (`datasets.<id>` in words.ts, in each language).
 */
import {
  arrivalSources,
  arrivals,
  type DataSource,
  refugeeSources,
  refugees,
  statedArrivalsTotal,
} from 'north-korean-escapees';
import type { Words } from './words.js';

/** A dataset's id: its section's anchor on the page, and the key of its words. */
export type DatasetId = keyof Words['datasets'];

/** One row of a dataset: its period, its numbers and its source. */
export interface DatasetRow {
  /** The first year of the period; `null` for "up to and including `to`". */
  readonly from: number | null;
  readonly to: number;
  /** Its numbers, in the order of its words' `columns`; `null` where the source gives none. */
  readonly values: readonly (number | null)[];
  readonly source: DataSource;
}

/** A dataset as the site draws it. */
export interface DatasetDescription {
  readonly id: DatasetId;
  /** Its rows, in the table's order (the chart draws those of a single year). */
  readonly rows: readonly DatasetRow[];
  /** Which of a row's `values` the chart draws (a column with a number in every row). */
  readonly drawn: number;
  /** Its sources, listed under its table; each row names one. */
  readonly sources: readonly DataSource[];
  /** The figure the front page shows and the last year it covers, or `null` if the source states none. */
  readonly keyFigure: { readonly value: number; readonly through: number } | null;
}

const worldwide = refugees.filter((row) => row.country === null);
const latest = worldwide.at(-1);

/** The datasets, in the page's order. */
export const DATASETS: readonly DatasetDescription[] = [
  {
    id: 'arrivals',
    rows: arrivals.map((row) => ({
      from: row.from,
      to: row.to,
      values: [row.men, row.women, row.total],
      source: row.source,
    })),
    drawn: 2,
    sources: arrivalSources,
    keyFigure: statedArrivalsTotal && { value: statedArrivalsTotal.total, through: statedArrivalsTotal.through },
  },
  {
    id: 'refugees',
    // The worldwide rows: the countries of asylum a source names are only some of them.
    rows: worldwide.map((row) => ({
      from: row.year,
      to: row.year,
      values: [row.refugees, row.asylumSeekers],
      source: row.source,
    })),
    drawn: 0,
    sources: refugeeSources,
    keyFigure: latest ? { value: latest.refugees, through: latest.year } : null,
  },
];
