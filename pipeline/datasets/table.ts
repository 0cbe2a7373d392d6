/**
 * The figures' table, read from its lines: the dataset is parsed like every other content file
 * (same syntax, same rules for its prose), and the one top-level paragraph that is a pipe table
 * (`| a | b |` lines, the second a delimiter row `| --- | ---: |`) is read here, line by line, in
 * one linear pass. A table that is not well formed is reported where it goes wrong, with what is
 * wrong: a delimiter row with the wrong number of cells, a row with a cell or a `|` missing.
 */
import type { Paragraph, Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../shared/rules.js';

/** A cell as written: its text, trimmed, and where it starts. */
export interface TableCell {
  readonly text: string;
  readonly place: Point;
}

/** A row as written: its cells and where it starts. */
export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly place: Point;
}

/** A file's table and its other paragraphs. */
export interface TableAndProse {
  /** The header row and the body rows that have one cell per column; `undefined` when there is no table or it is malformed. */
  readonly table: { readonly header: TableRow; readonly rows: readonly TableRow[] } | undefined;
  /** Whether a paragraph was read as the table (when `table` is `undefined`, its problem was reported). */
  readonly found: boolean;
  /** The top-level paragraphs that are not the table, in order. */
  readonly prose: readonly Paragraph[];
}

/** A delimiter cell: dashes, with a colon at either end for alignment. */
const DELIMITER_CELL = /^:?-+:?$/;

/**
 * Finds the table among a tree's top-level paragraphs and reads it. Problems (a second table, a
 * table run into the text above it, a malformed delimiter row, rows with too few or too many
 * cells) are reported on `file`; rows with the wrong number of cells are left out.
 *
 * @returns The table (if any) and the prose paragraphs.
 */
export function readTable(tree: Root, file: VFile): TableAndProse {
  const text = String(file.value);
  const prose: Paragraph[] = [];
  let table: TableAndProse['table'];
  let found = false;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const lines = linesOf(node, text);
    if (!looksLikeTable(lines)) {
      const inside = lines.findIndex((_, index) => index > 0 && looksLikeTable(lines, index));
      if (inside !== -1) {
        found = true;
        report(
          file,
          'table-missing',
          'the table starts here, inside a paragraph: leave a blank line between the text and the table',
          lines[inside]!.start,
        );
      }
      prose.push(node);
      continue;
    }
    if (found) {
      report(file, 'table-missing', 'only one table is allowed', node.position);
      continue;
    }
    found = true;
    table = readLines(lines, file);
  }
  return { table, prose, found };
}

/** A line of a paragraph's source and where it starts. */
interface Line {
  readonly text: string;
  readonly start: Point;
}

/** The source lines of a paragraph, each with its line and column. */
function linesOf(node: Paragraph, text: string): Line[] {
  const start = node.position!.start;
  const source = text.slice(start.offset, node.position!.end.offset);
  return source.split('\n').map((line, index) => ({
    text: line,
    start: { line: start.line + index, column: index === 0 ? start.column : 1 },
  }));
}

/** Whether the lines from `from` on are a pipe table: the first starts with `|`, or the second is a delimiter row. */
function looksLikeTable(lines: readonly Line[], from = 0): boolean {
  if (lines[from]?.text.trimStart().startsWith('|')) return true;
  const second = lines[from + 1] ? cellsOf(lines[from + 1]!) : [];
  return second.length > 0 && second.every((cell) => DELIMITER_CELL.test(cell.text));
}

function readLines(lines: readonly Line[], file: VFile): { header: TableRow; rows: TableRow[] } | undefined {
  const header = rowOf(lines[0]!);
  const columns = header.cells.length;
  const delimiter = lines[1];
  const marks = delimiter ? cellsOf(delimiter) : [];
  // The delimiter row to write: the cells given where they are valid, `---` elsewhere, one per column.
  const example = `| ${header.cells.map((_, i) => (DELIMITER_CELL.test(marks[i]?.text ?? '') ? marks[i]!.text : '---')).join(' | ')} |`;
  if (!delimiter) {
    report(
      file,
      'table-delimiter',
      `the table has no delimiter row: write ${example} under its header`,
      endOf(lines[0]!),
    );
    return undefined;
  }
  const bad = marks.find((cell) => !DELIMITER_CELL.test(cell.text));
  if (bad || marks.length !== columns) {
    const found = bad
      ? `"${bad.text}" is not a delimiter cell (---, :---, ---: or :---:)`
      : `it has ${marks.length} cell${marks.length === 1 ? '' : 's'} and the header has ${columns}`;
    report(
      file,
      'table-delimiter',
      `the table's second line must be its delimiter row, one cell per column: ${found}; write ${example}`,
      bad?.place ?? delimiter.start,
    );
    return undefined;
  }
  const rows: TableRow[] = [];
  for (const line of lines.slice(2)) {
    const row = rowOf(line);
    if (row.cells.length === columns) {
      rows.push(row);
      continue;
    }
    const names = header.cells.map((cell) => cell.text).join(', ');
    const what =
      row.cells.length < columns
        ? 'a cell or a | is missing'
        : 'it has a cell too many, or a | inside a cell (write \\| for a | in a cell)';
    report(
      file,
      'table-cells',
      `this row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'} and the table has ${columns} columns (${names}): ${what}`,
      row.place,
    );
  }
  return { header, rows };
}

function rowOf(line: Line): TableRow {
  return { cells: cellsOf(line), place: line.start };
}

function endOf(line: Line): Point {
  return { line: line.start.line, column: line.start.column + line.text.length };
}

/**
 * Splits a table line into cells at every `|` not escaped with `\`; the `|` at either end of the
 * line are optional, as in GFM. One pass over the line.
 */
function cellsOf(line: Line): TableCell[] {
  const { text } = line;
  const blank = (index: number) => text[index] === ' ' || text[index] === '\t';
  let start = 0;
  let end = text.length;
  while (start < end && blank(start)) start += 1;
  while (end > start && blank(end - 1)) end -= 1;
  if (text[start] === '|') start += 1;
  if (end > start && text[end - 1] === '|' && text[end - 2] !== '\\') end -= 1;
  const cells: TableCell[] = [];
  let cellStart = start;
  let value = '';
  for (let index = start; index <= end; index++) {
    if (index === end || text[index] === '|') {
      // Where the cell's text starts; in an empty cell, just after its `|`.
      const lead = value.trim() === '' ? Math.min(1, value.length) : value.length - value.trimStart().length;
      cells.push({
        text: value.trim(),
        place: { line: line.start.line, column: line.start.column + cellStart + lead },
      });
      value = '';
      cellStart = index + 1;
    } else if (text[index] === '\\' && text[index + 1] === '|' && index + 1 < end) {
      value += '|';
      index += 1;
    } else {
      value += text[index];
    }
  }
  return cells;
}
