/**
 * What every dataset's file has, read the same way for each: frontmatter naming its sources (ids
 * unique), paragraphs describing the figures (shipped as their `description`, held to the rules of
 * the article's text), one pipe table with the dataset's columns (`table.ts`), and nothing else.
 */
import type { Root, Yaml } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { DataSource, type RichBlocks } from '../../src/schema.js';
import { type FrontmatterData, readFrontmatter, reportFrontmatterIssues } from '../load/frontmatter.js';
import { toRichBlocks } from '../parse/rich-text.js';
import { type Place, type RuleSet, report, reporterOf } from '../shared/rules.js';
import { ruleOf } from '../validate/checks.js';
import { readTable, type TableCell, type TableRow } from './table.js';

/** A source as authors write it: a `DataSource` but its history, which the build gives it (`emit/history.ts`). */
export const WrittenSource = DataSource.unwrap().omit({ history: true });
export type WrittenSource = z.infer<typeof WrittenSource>;

/** A dataset's file as read: its frontmatter (valid), description, table rows and sources by id. */
export interface FiguresFile<Meta> {
  readonly yaml: Yaml;
  readonly frontmatter: FrontmatterData;
  readonly meta: Meta;
  readonly description: RichBlocks;
  readonly rows: readonly TableRow[];
  /** The sources by id, in the frontmatter's order, each with no history yet. */
  readonly sources: ReadonlyMap<string, DataSource>;
}

/**
 * Reads a dataset's file: problems are reported on `file`.
 *
 * @param columns The table's header cells, in order.
 * @returns The parts, or `undefined` when the frontmatter, its sources or the table's header cannot be used.
 */
export function readFiguresFile<Meta extends { readonly sources: readonly WrittenSource[] }>(
  tree: Root,
  file: VFile,
  schema: z.ZodType<Meta>,
  columns: readonly string[],
): FiguresFile<Meta> | undefined {
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yaml) {
    report(file, 'frontmatter-missing', 'missing frontmatter: start the file with --- and the title and sources');
    return undefined;
  }
  const frontmatter = readFrontmatter(yaml, file);
  const meta = validateFrontmatter(frontmatter, schema, file);
  const { table, prose, found } = readTable(tree, file);
  reportOtherBlocks(tree, file);
  // The prose is the figures' description, held to the rules of the article's text (no raw HTML, safe links only).
  const description = toRichBlocks(prose, file);
  if (!hasColumns(table, found, columns, tree, file) || !meta || !checkUniqueSources(meta, frontmatter, file))
    return undefined;
  // No item has a history yet: the build gives each its released one.
  const sources = new Map(meta.sources.map((source) => [source.id, { ...source, history: null }]));
  return { yaml, frontmatter, meta, description, rows: table.rows, sources };
}

/** Reports every block but the frontmatter and paragraphs: the figures go in the table, their description in paragraphs. */
export function reportOtherBlocks(tree: Root, file: VFile): void {
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
function hasColumns(
  table: Table | undefined,
  found: boolean,
  columns: readonly string[],
  tree: Root,
  file: VFile,
): table is Table {
  if (!table) {
    if (!found) report(file, 'table-missing', `missing the table: | ${columns.join(' | ')} |`, tree.position?.end);
    return false;
  }
  const names = table.header.cells.map((cell) => cell.text);
  if (names.join('|') === columns.join('|')) return true;
  report(
    file,
    'table-columns',
    `the table's columns must be | ${columns.join(' | ')} |, found | ${names.join(' | ')} |`,
    table.header.place,
  );
  return false;
}

/** Reports every source id given more than once, at each place with the others' places. */
function checkUniqueSources(
  meta: { readonly sources: readonly WrittenSource[] },
  frontmatter: FrontmatterData,
  file: VFile,
): boolean {
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

function validateFrontmatter<Meta>(
  frontmatter: FrontmatterData,
  schema: z.ZodType<Meta>,
  file: VFile,
): Meta | undefined {
  if (frontmatter.value === undefined) return undefined;
  const result = schema.safeParse(frontmatter.value);
  if (result.success) return result.data;
  reportFrontmatterIssues(result.error.issues, schema, frontmatter, file);
  return undefined;
}

/**
 * A count written in digits, with or without thousands separators (`1,142`).
 *
 * @returns The number, or `undefined` if the text is not a count.
 */
export function parseCount(value: string): number | undefined {
  return /^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(value) ? Number(value.replace(/,/g, '')) : undefined;
}

/** Reports a problem of any rule: a dataset's own rules are declared with it. */
const reportAny = reporterOf<RuleSet>({});

/** The source a cell names; reported (as `rule`) when the cell is empty or names none of the frontmatter's. */
export function sourceOf(
  cell: TableCell,
  sources: ReadonlyMap<string, DataSource>,
  file: VFile,
  rule: string,
): DataSource | undefined {
  const source = sources.get(cell.text);
  if (source) return source;
  const known = [...sources.keys()].join(', ');
  reportAny(
    file,
    rule,
    cell.text === ''
      ? `the Source cell is empty: name one of the frontmatter's sources: ${known}`
      : `unknown source "${cell.text}"; the frontmatter names ${known}`,
    cell.place,
  );
  return undefined;
}

/**
 * Reports the issues of a dataset's checked schema, each at its row's cell (`columns` maps a row's
 * fields to the table's columns) or at its frontmatter key.
 */
export function reportIssues(
  issues: readonly z.core.$ZodIssue[],
  name: string,
  where: { readonly frontmatter: FrontmatterData; readonly yaml: Yaml; readonly places: readonly Point[][] },
  columns: Readonly<Record<string, number>>,
  file: VFile,
): void {
  for (const issue of issues) {
    const [part, index, field] = issue.path;
    let place: Place | Position = where.yaml.position;
    if (part === 'rows' && typeof index === 'number') place = where.places[index]?.[columns[String(field)] ?? 0];
    else place = where.frontmatter.locate(issue.path);
    report(file, ruleOf(issue) ?? 'invalid-value', `${name} ${issue.path.join('.')}: ${issue.message}`, place);
  }
}
