/**
 * Extracts and validates UNHCR's figures of refugees from North Korea (`content/refugees.md`):
 * frontmatter naming the sources, paragraphs describing the figures, and a pipe table with one
 * row per year (`World`) and per country of asylum the source names (its ISO 3166-1 code).
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { CheckedRefugees, type Refugees } from '../../src/schema.js';
import { currentCode, isCountryCode } from '../shared/countries.js';
import { hasErrors, reporterOf } from '../shared/rules.js';
import {
  datasetFrontmatter,
  type FiguresFile,
  parseCount,
  readFiguresFile,
  reportIssues,
  sourceOf,
} from './figures-file.js';
import type { TableCell, TableRow } from './table.js';

/** The rules only the refugees file breaks. */
export const REFUGEE_RULES = {
  'refugees-year': 'A year is written in four digits (`2019`): the end of that year is what its figures count.',
  'refugees-country':
    'A row is the worldwide figure (`World`) or a country of asylum’s, by its ISO 3166-1 alpha-2 code (`CA`), never North Korea’s (`KP`).',
  'refugees-count':
    'Counts are whole numbers written in digits (`1,052`); `–` is an asylum-seeker count the source does not give.',
  'refugees-source': 'Every row cites a source the frontmatter names.',
  'refugees-order': 'Years ascend; in a year the `World` row comes first, and no country twice.',
  'refugees-sum':
    'A country’s figure has its year’s `World` row, and the countries of a year add up to no more than it.',
} as const;

const report = reporterOf(REFUGEE_RULES);

/** The frontmatter of the refugees file. */
export const RefugeesFrontmatter = datasetFrontmatter({});
export type RefugeesFrontmatter = z.infer<typeof RefugeesFrontmatter>;

/** The table's columns, in order. */
export const REFUGEE_COLUMNS = ['Year', 'Country', 'Refugees', 'Asylum-seekers', 'Source'] as const;

/** The Country cell of a year's worldwide row. */
export const WORLD = 'World';

/** The Asylum-seekers cell of a row whose source gives no such figure. */
const NONE = /^[–-]$/;

/**
 * Extracts and validates the refugee figures. Problems are reported on `file`.
 *
 * @returns The validated figures (without translations: the build adds them), or `undefined` if there was any problem.
 */
export function extractRefugees(tree: Root, file: VFile): Refugees | undefined {
  const read = readFiguresFile(tree, file, RefugeesFrontmatter, REFUGEE_COLUMNS);
  if (!read) return undefined;
  const rows: unknown[] = [];
  const places: Point[][] = [];
  for (const { cells } of read.rows) {
    const row = readRow(cells, read.sources, file);
    if (!row) continue;
    rows.push(row);
    places.push(cells.map((c) => c.place));
  }
  if (hasErrors(file)) return undefined;
  const result = CheckedRefugees.safeParse({
    title: read.meta.title,
    description: read.description,
    translations: {},
    rows,
    sources: [...read.sources.values()],
  });
  if (result.success) return result.data;
  const column = { year: 0, country: 1, refugees: 2, asylumSeekers: 3, source: 4 };
  reportIssues(result.error.issues, 'refugees', { ...read, places }, column, file);
  return undefined;
}

/** One row of the table as data, or `undefined` when a cell has a problem (each reported at its cell). */
function readRow(
  cells: TableRow['cells'],
  sources: FiguresFile<RefugeesFrontmatter>['sources'],
  file: VFile,
): object | undefined {
  const [yearCell, countryCell, refugeesCell, seekersCell, sourceCell] = cells as readonly TableCell[];
  const year = /^\d{4}$/.test(yearCell!.text) ? Number(yearCell!.text) : undefined;
  if (year === undefined)
    report(
      file,
      'refugees-year',
      `year "${yearCell!.text}" must be written in four digits, e.g. 2019`,
      yearCell!.place,
    );
  const country = readCountry(countryCell!, file);
  const refugees = readCount(refugeesCell!, false, file);
  const asylumSeekers = readCount(seekersCell!, true, file);
  const source = sourceOf(sourceCell!, sources, file, 'refugees-source');
  if (year === undefined || country === undefined || refugees === undefined || asylumSeekers === undefined || !source)
    return undefined;
  return { year, country, refugees, asylumSeekers, source, history: null };
}

/** The Country cell: `null` for `World`, else a country's code (reported when it is none, or North or South Korea's). */
function readCountry(cell: TableCell, file: VFile): string | null | undefined {
  if (cell.text === WORLD) return null;
  if (cell.text === 'KP' || cell.text === 'KR') {
    const why =
      cell.text === 'KP'
        ? 'KP is North Korea itself, the country these refugees come from'
        : 'KR is South Korea, where these figures do not count: those who reach it are the arrival figures';
    report(file, 'refugees-country', why, cell.place);
    return undefined;
  }
  if (isCountryCode(cell.text)) return cell.text;
  const current = currentCode(cell.text);
  report(
    file,
    'refugees-country',
    current
      ? `"${cell.text}" is an old code of a country: write its current one, ${current}`
      : `"${cell.text}" is not ${WORLD} nor a country's ISO 3166-1 alpha-2 code in capitals, e.g. CA for Canada`,
    cell.place,
  );
  return undefined;
}

/** A count cell; `–` stands for none where `optional` (then `null`). */
function readCount(cell: TableCell, optional: boolean, file: VFile): number | null | undefined {
  if (optional && NONE.test(cell.text)) return null;
  const count = parseCount(cell.text);
  if (count !== undefined) return count;
  const what = optional ? 'write digits, e.g. 1,052, or – where the source gives none' : 'write digits, e.g. 1,052';
  report(
    file,
    'refugees-count',
    cell.text === '' ? `the cell is empty: ${what}` : `"${cell.text}" is not a count: ${what}`,
    cell.place,
  );
  return undefined;
}
