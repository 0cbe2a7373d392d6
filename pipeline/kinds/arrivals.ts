/**
 * Extracts and validates the official arrival figures (`content/arrivals.md`): frontmatter naming
 * the sources and the stated cumulative total, paragraphs describing the figures (shipped as their
 * `description`), and a pipe table with one row per period (read by `table.ts`).
 */
import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { type Arrivals, CheckedArrivals, DataSource, Id } from '../../src/schema.js';
import { type FrontmatterData, readFrontmatter, reportFrontmatterIssues } from '../load/frontmatter.js';
import { toRichBlocks } from '../parse/rich-text.js';
import { hasErrors, report } from '../shared/rules.js';
import { ruleOf } from '../validate/checks.js';
import { readTable } from './table.js';

/** A source as authors write it: a `DataSource` but its history, which the build gives it. */
const WrittenSource = DataSource.unwrap().omit({ history: true });

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
 * @returns The validated figures, or `undefined` if there was any problem.
 */
export function extractArrivals(tree: Root, file: VFile): Arrivals | undefined {
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yaml) {
    report(
      file,
      'frontmatter-missing',
      'missing frontmatter: start the file with --- and the title, sources and statedTotal',
    );
    return undefined;
  }
  const frontmatter = readFrontmatter(yaml, file);
  const meta = validateFrontmatter(frontmatter, file);
  const { table, prose, found } = readTable(tree, file);
  reportOtherBlocks(tree, file);
  // The prose is the figures' description, held to the rules of the article's text (no raw HTML, safe links only).
  const description = toRichBlocks(prose, file);
  if (!hasColumns(table, found, tree, file) || !meta || !checkUniqueSources(meta, frontmatter, file)) return undefined;
  // No item has a history yet: the build gives each its released one.
  const sources = new Map(meta.sources.map((source) => [source.id, { ...source, history: null }]));
  const { rows, places } = readRows(table.rows, sources, file);
  const statedTotal = statedTotalOf(meta, sources, frontmatter, file);
  if (statedTotal === undefined || hasErrors(file)) return undefined;
  const result = CheckedArrivals.safeParse({
    title: meta.title,
    description,
    rows,
    sources: [...sources.values()],
    statedTotal,
  });
  if (result.success) return result.data;
  const column: Record<string, number> = { from: 0, to: 0, men: 1, women: 2, total: 3, source: 4 };
  for (const issue of result.error.issues) {
    const [part, index, field] = issue.path;
    let place: Point | Position | undefined = yaml.position;
    if (part === 'rows' && typeof index === 'number') place = places[index]?.[column[String(field)] ?? 0];
    else place = frontmatter.locate(issue.path);
    report(file, ruleOf(issue) ?? 'invalid-value', `arrivals ${issue.path.join('.')}: ${issue.message}`, place);
  }
  return undefined;
}

/** Reports every block but the frontmatter and paragraphs: the figures go in the table, their description in paragraphs. */
function reportOtherBlocks(tree: Root, file: VFile): void {
  for (const node of tree.children) {
    if (node.type !== 'yaml' && node.type !== 'paragraph') {
      report(
        file,
        'block-not-allowed',
        `a ${node.type} is not allowed here: write the figures in the table and the description in paragraphs`,
        node.position,
      );
    }
  }
}

type Table = NonNullable<ReturnType<typeof readTable>['table']>;

/** Whether there is a table with the expected columns; reports it missing (unless `found`) or its columns wrong. */
function hasColumns(table: Table | undefined, found: boolean, tree: Root, file: VFile): table is Table {
  if (!table) {
    if (!found)
      report(file, 'table-missing', `missing the table: | ${ARRIVAL_COLUMNS.join(' | ')} |`, tree.position?.end);
    return false;
  }
  const names = table.header.cells.map((cell) => cell.text);
  if (names.join('|') === ARRIVAL_COLUMNS.join('|')) return true;
  report(
    file,
    'table-columns',
    `the table's columns must be | ${ARRIVAL_COLUMNS.join(' | ')} |, found | ${names.join(' | ')} |`,
    table.header.place,
  );
  return false;
}

type Sources = ReadonlyMap<string, ArrivalsFrontmatter['sources'][number] & { readonly history: null }>;

/** The table's rows as data, each with its cells' places; a row with a problem is reported and left out. */
function readRows(body: Table['rows'], sources: Sources, file: VFile): { rows: unknown[]; places: Point[][] } {
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
function readRow(cells: Table['rows'][number]['cells'], sources: Sources, file: VFile): object | undefined {
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
  const source = sources.get(cell(4).text);
  if (!source) {
    const known = [...sources.keys()].join(', ');
    report(
      file,
      'arrivals-source',
      cell(4).text === ''
        ? empty(4, `name one of the frontmatter's sources: ${known}`)
        : `unknown source "${cell(4).text}"; the frontmatter names ${known}`,
      cell(4).place,
    );
  }
  if (counts.includes(undefined) || !source) return undefined;
  return { ...period, men: counts[0], women: counts[1], total: counts[2], source, history: null };
}

/**
 * The stated total with its source in full: `null` when none is stated, `undefined` (reported) when
 * it names a source the frontmatter does not.
 */
function statedTotalOf(
  meta: ArrivalsFrontmatter,
  sources: Sources,
  frontmatter: FrontmatterData,
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

/** Reports every source id given more than once, at each place with the others' places. */
function checkUniqueSources(meta: ArrivalsFrontmatter, frontmatter: FrontmatterData, file: VFile): boolean {
  const places = new Map<string, Point[]>();
  meta.sources.forEach((source, index) => {
    places.set(source.id, [...(places.get(source.id) ?? []), frontmatter.locate(['sources', index, 'id'])]);
  });
  let ok = true;
  for (const [id, points] of places) {
    if (points.length < 2) continue;
    ok = false;
    points.forEach((point, index) => {
      const others = points.filter((_, i) => i !== index).map((p) => `line ${p.line}, column ${p.column}`);
      report(file, 'duplicate-source-id', `duplicate source id "${id}": also used at ${others.join('; ')}`, point);
    });
  }
  return ok;
}

function validateFrontmatter(frontmatter: FrontmatterData, file: VFile): ArrivalsFrontmatter | undefined {
  if (frontmatter.value === undefined) return undefined;
  const result = ArrivalsFrontmatter.safeParse(frontmatter.value);
  if (result.success) return result.data;
  reportFrontmatterIssues(result.error.issues, ArrivalsFrontmatter, frontmatter, file);
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

function parseCount(value: string): number | undefined {
  return /^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(value) ? Number(value.replace(/,/g, '')) : undefined;
}
