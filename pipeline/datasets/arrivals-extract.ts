/**
 * Extracts and validates the official arrival figures (`content/arrivals.md`): frontmatter naming
 * the sources and the stated cumulative total, paragraphs describing the figures (shipped as their
 * `description`), and a pipe table with one row per period (read by `figures-file.ts`).
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { type Arrivals, CheckedArrivals, Id } from '../../src/schema.js';
import { hasErrors, reporterOf } from '../shared/rules.js';
import {
  type FiguresFile,
  parseCount,
  readFiguresFile,
  reportIssues,
  sourceOf,
  WrittenSource,
} from './figures-file.js';
import type { TableRow } from './table.js';

/** The rules only the arrivals file breaks. */
export const ARRIVAL_RULES = {
  'arrivals-period': 'A period is a year (`2002`), a range (`1999–2001`) or “up to” a year (`–1998`).',
  'arrivals-count': 'Counts are whole numbers written in digits (`1,142`).',
  'arrivals-source': 'Every row and the stated total cite a source the frontmatter names.',
  'arrivals-sum': 'Men and women add up to the total; the rows add up to the stated total.',
  'arrivals-order': 'Periods are unique and ascending.',
} as const;

const report = reporterOf(ARRIVAL_RULES);

/** The frontmatter of the arrivals file. */
export const ArrivalsFrontmatter = z
  .strictObject({
    title: z.string().trim().min(1, 'must not be empty'),
    sources: z.array(WrittenSource).min(1, 'must name at least one source'),
    statedTotal: z
      .strictObject({ through: z.number(), men: z.number(), women: z.number(), total: z.number(), source: Id })
      .optional(),
  })
  .readonly();
export type ArrivalsFrontmatter = z.infer<typeof ArrivalsFrontmatter>;

/** The table's columns, in order. */
export const ARRIVAL_COLUMNS = ['Period', 'Men', 'Women', 'Total', 'Source'] as const;

/**
 * Extracts and validates the arrival figures. Problems are reported on `file`.
 *
 * @returns The validated figures (without translations: the build adds them), or `undefined` if there was any problem.
 */
export function extractArrivals(tree: Root, file: VFile): Arrivals | undefined {
  const read = readFiguresFile(tree, file, ArrivalsFrontmatter, ARRIVAL_COLUMNS);
  if (!read) return undefined;
  const { rows, places } = readRows(read.rows, read.sources, file);
  const statedTotal = statedTotalOf(read, file);
  if (statedTotal === undefined || hasErrors(file)) return undefined;
  const result = CheckedArrivals.safeParse({
    title: read.meta.title,
    description: read.description,
    translations: {},
    rows,
    sources: [...read.sources.values()],
    statedTotal,
  });
  if (result.success) return result.data;
  const column = { from: 0, to: 0, men: 1, women: 2, total: 3, source: 4 };
  reportIssues(result.error.issues, 'arrivals', { ...read, places }, column, file);
  return undefined;
}

/** The table's rows as data, each with its cells' places; a row with a problem is reported and left out. */
function readRows(
  body: readonly TableRow[],
  sources: FiguresFile<ArrivalsFrontmatter>['sources'],
  file: VFile,
): { rows: unknown[]; places: Point[][] } {
  const rows: unknown[] = [];
  const places: Point[][] = [];
  for (const { cells } of body) {
    const row = readRow(cells, sources, file);
    if (!row) continue;
    rows.push(row);
    places.push(cells.map((c) => c.place));
  }
  return { rows, places };
}

/** One row of the table as data, or `undefined` when a cell has a problem (each reported at its cell). */
function readRow(
  cells: TableRow['cells'],
  sources: FiguresFile<ArrivalsFrontmatter>['sources'],
  file: VFile,
): object | undefined {
  const cell = (i: number) => cells[i]!;
  const empty = (i: number, what: string) => `the ${ARRIVAL_COLUMNS[i]} cell is empty: ${what}`;
  const period = parsePeriod(cell(0).text);
  if (!period) {
    report(
      file,
      'arrivals-period',
      cell(0).text === ''
        ? empty(0, 'write a year (2002), a range (1999–2001) or "–1998" for "up to 1998"')
        : `period "${cell(0).text}" must be a year (2002), a range (1999–2001) or "–1998" for "up to 1998"`,
      cell(0).place,
    );
    return undefined;
  }
  const counts = [1, 2, 3].map((i) => parseCount(cell(i).text));
  counts.forEach((count, index) => {
    const i = index + 1;
    if (count !== undefined) return;
    const text = cell(i).text;
    const message =
      text === ''
        ? empty(i, 'write a count in digits, e.g. 1,142')
        : `"${text}" is not a count: write digits, e.g. 1,142`;
    report(file, 'arrivals-count', message, cell(i).place);
  });
  const source = sourceOf(cell(4), sources, file, 'arrivals-source');
  if (counts.includes(undefined) || !source) return undefined;
  return { ...period, men: counts[0], women: counts[1], total: counts[2], source, history: null };
}

/**
 * The stated total with its source in full: `null` when none is stated, `undefined` (reported) when
 * it names a source the frontmatter does not.
 */
function statedTotalOf(
  { meta, sources, frontmatter }: FiguresFile<ArrivalsFrontmatter>,
  file: VFile,
): object | null | undefined {
  if (!meta.statedTotal) return null;
  const source = sources.get(meta.statedTotal.source);
  if (source) return { ...meta.statedTotal, source };
  report(
    file,
    'arrivals-source',
    `unknown source "${meta.statedTotal.source}"`,
    frontmatter.locate(['statedTotal', 'source']),
  );
  return undefined;
}

function parsePeriod(value: string): { from: number | null; to: number } | undefined {
  const single = /^(\d{4})$/.exec(value);
  if (single) return { from: Number(single[1]), to: Number(single[1]) };
  const range = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(value);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  const upTo = /^[–-]\s*(\d{4})$/.exec(value);
  if (upTo) return { from: null, to: Number(upTo[1]) };
  return undefined;
}
