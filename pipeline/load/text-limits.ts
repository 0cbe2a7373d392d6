/**
 * The text limits of `limits.ts`, checked in one linear pass over a file's lines and characters
 * before it is parsed. The counted limits are a table: what each counts (per file or per
 * paragraph, a run of non-blank lines), what it allows and what it says; each markup character
 * names the counts it adds to.
 */
import type { VFile } from 'vfile';
import { type RuleId, report } from '../shared/rules.js';
import {
  MARKUP,
  MAX_BACKTICKS,
  MAX_BRACKET_DEPTH,
  MAX_BRACKETS,
  MAX_CONTAINER_DEPTH,
  MAX_CONTAINER_LEVELS,
  MAX_DATASET_CHARS,
  MAX_DELIMITERS_PER_BLOCK,
  MAX_ESCAPES,
  MAX_FRONTMATTER_CHARS,
  MAX_INDENT,
  MAX_LINES,
  MAX_MARKS,
  MAX_MARKUP,
  MAX_PARAGRAPH_LINES,
  MAX_TABLE_ROWS,
} from './limits.js';

/** What kind of file is checked: a dataset's body is a table, whose rows are limited. */
export interface TextLimitOptions {
  /** The file is a dataset: its size is limited to `MAX_DATASET_CHARS`, and the lines after its frontmatter count as table rows. */
  readonly table?: boolean;
}

/** A limit on a count the pass keeps, per file or per paragraph. */
interface Counted {
  readonly rule: RuleId;
  readonly max: number;
  readonly per: 'file' | 'paragraph';
  readonly message: string;
}

const BOUNDED = 'cannot be parsed in bounded time';

/** The counted limits. */
const COUNTED = {
  markup: {
    rule: 'too-much-markup',
    max: MAX_MARKUP,
    per: 'file',
    message: `too much markup: over ${MAX_MARKUP} of the characters ${MARKUP.replace('\t', '').split('').join(' ')} and tabs in one file; text this dense in markup ${BOUNDED}`,
  },
  escapes: {
    rule: 'too-many-escapes',
    max: MAX_ESCAPES,
    per: 'file',
    message: `too many backslash escapes in one file (over ${MAX_ESCAPES}): this many ${BOUNDED}`,
  },
  backticks: {
    rule: 'too-many-backticks',
    max: MAX_BACKTICKS,
    per: 'file',
    message: `too many backticks in one file (over ${MAX_BACKTICKS}): code spans this many ${BOUNDED}`,
  },
  marks: {
    rule: 'too-many-marks',
    max: MAX_MARKS,
    per: 'file',
    message: `too many marks (:name) in one file (over ${MAX_MARKS}): this many ${BOUNDED}`,
  },
  delimiters: {
    rule: 'too-many-delimiters',
    max: MAX_DELIMITERS_PER_BLOCK,
    per: 'paragraph',
    message: `too many * and _ in one paragraph (over ${MAX_DELIMITERS_PER_BLOCK}): emphasis this dense ${BOUNDED}`,
  },
  brackets: {
    rule: 'too-many-brackets',
    max: MAX_BRACKETS,
    per: 'file',
    message: `too many [ in one file (over ${MAX_BRACKETS}): links and marks this many ${BOUNDED}`,
  },
  depth: {
    rule: 'brackets-too-deep',
    max: MAX_BRACKET_DEPTH,
    per: 'paragraph',
    message: `nesting too deep: more than ${MAX_BRACKET_DEPTH} [ open inside each other in one paragraph`,
  },
  containers: {
    rule: 'too-many-containers',
    max: MAX_CONTAINER_LEVELS,
    per: 'file',
    message: `too many block quote and list levels (over ${MAX_CONTAINER_LEVELS}, each counted on every line it opens or continues): content holds neither, and this many ${BOUNDED}`,
  },
  lines: {
    rule: 'paragraph-too-long',
    max: MAX_PARAGRAPH_LINES,
    per: 'paragraph',
    message: `too many lines in one paragraph (over ${MAX_PARAGRAPH_LINES}): a paragraph this long ${BOUNDED}; end paragraphs with a blank line`,
  },
  rows: {
    rule: 'too-many-table-rows',
    max: MAX_TABLE_ROWS,
    per: 'file',
    message: `too many table rows (over ${MAX_TABLE_ROWS}): a table this long cannot be checked in bounded time`,
  },
} as const satisfies Record<string, Counted>;

type Count = keyof typeof COUNTED;

/** The counts each markup character (all below 128) adds one to; `undefined` for the others. */
const COUNTS_OF: readonly (readonly Count[] | undefined)[] = (() => {
  const table: (readonly Count[] | undefined)[] = new Array(128).fill(undefined);
  for (const char of MARKUP) table[char.charCodeAt(0)] = ['markup'];
  const add = (char: string, ...counts: Count[]) => {
    table[char.charCodeAt(0)] = ['markup', ...counts];
  };
  add('\\', 'escapes');
  add('`', 'backticks');
  add('*', 'delimiters');
  add('_', 'delimiters');
  add('[', 'brackets', 'depth');
  return table;
})();

/** A line's first non-blank character that can start `CONTAINER_PREFIX` (`>`, a bullet, a digit). */
const OPENS_CONTAINER = /[>*+\-0-9]/;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;
const MARKER = />|[-*+]|\d{1,9}[.)]/g;

/** A limit crossed: the rule, the message and where (the line is the pass's current one). */
interface Problem {
  readonly rule: RuleId;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** The state of the pass. */
interface Scan {
  readonly counts: Record<Count, number>;
  line: number;
  /** The block quote and list levels that may be open: an upper bound of the parser's work per line. */
  open: number;
  previousBlank: boolean;
}

/**
 * Checks normalised text against the line, frontmatter, container, paragraph, markup, escape,
 * backtick, mark, bracket, delimiter and table limits. The first problem is reported on `file` at
 * the line and column where its limit is crossed; the size limit is checked on the bytes, before
 * decoding (`checkSize`).
 *
 * @returns `true` when the text is safe to parse.
 */
export function checkTextLimits(text: string, file: VFile, options: TextLimitOptions = {}): boolean {
  const problem = findProblem(text, options);
  if (problem) report(file, problem.rule, problem.message, { line: problem.line, column: problem.column });
  return problem === undefined;
}

function findProblem(text: string, options: TextLimitOptions): Problem | undefined {
  const at = (rule: RuleId, message: string, line = 1): Problem => ({ rule, message, line, column: 1 });
  if (options.table && text.length > MAX_DATASET_CHARS) {
    const message = `file too large: ${text.length} characters; a dataset may have at most ${MAX_DATASET_CHARS}`;
    return at('file-too-large', message);
  }
  const lines = text.split('\n');
  if (lines.length > MAX_LINES) {
    const message = `too many lines: ${lines.length}; the limit is ${MAX_LINES}: split or shorten the content`;
    return at('too-many-lines', message, MAX_LINES + 1);
  }
  const bodyStart = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  let chars = 0;
  for (let index = 0; index < bodyStart; index++) chars += lines[index]!.length + 1;
  if (chars > MAX_FRONTMATTER_CHARS) {
    const message = `frontmatter too large: ${chars} characters; the limit is ${MAX_FRONTMATTER_CHARS}`;
    return at('frontmatter-too-large', message);
  }
  const counts = Object.fromEntries(Object.keys(COUNTED).map((name) => [name, 0])) as Record<Count, number>;
  const scan: Scan = { counts, line: 0, open: 0, previousBlank: true };
  for (const content of lines) {
    scan.line += 1;
    const problem = checkLine(content, scan, scan.line > bodyStart, options);
    if (problem) return problem;
  }
  return undefined;
}

/** Checks one line: its shape (indentation, containers, rows, paragraph lines), then its characters. */
function checkLine(content: string, scan: Scan, body: boolean, options: TextLimitOptions): Problem | undefined {
  const indent = leadingBlanks(content);
  if (indent === content.length) {
    for (const name of Object.keys(COUNTED) as Count[]) if (COUNTED[name].per === 'paragraph') scan.counts[name] = 0;
    scan.previousBlank = true;
    // A blank line continues the lists open around it.
    return body ? count(scan, 'containers', 1, scan.open) : undefined;
  }
  if (body && options.table) {
    const problem = count(scan, 'rows', 1);
    if (problem) return problem;
  }
  if (indent > MAX_INDENT) {
    const message = `nesting too deep: the line is indented ${indent} characters; the limit is ${MAX_INDENT}`;
    return { rule: 'indent-too-deep', message, line: scan.line, column: MAX_INDENT + 1 };
  }
  const problem =
    (body ? checkContainers(content, indent, scan) : undefined) ??
    (body ? count(scan, 'lines', 1) : undefined) ??
    scanCharacters(content, scan);
  scan.previousBlank = false;
  return problem;
}

/**
 * Counts the block quote and list levels a line opens (at most `MAX_CONTAINER_DEPTH`) and may
 * continue: all those open for a lazy line (one without markers right after a non-blank line, as
 * a paragraph continues), else as many as its indentation can hold (two columns each at least).
 */
function checkContainers(content: string, indent: number, scan: Scan): Problem | undefined {
  // Most lines open no container: the prefix is looked for only after a container's first character.
  const prefix = OPENS_CONTAINER.test(content[indent]!) ? (CONTAINER_PREFIX.exec(content)?.[0] ?? '') : '';
  const markers = prefix === '' ? [] : [...prefix.matchAll(MARKER)];
  if (markers.length > MAX_CONTAINER_DEPTH) {
    const message = `nesting too deep: ${markers.length} nested block quotes or list levels on one line; the limit is ${MAX_CONTAINER_DEPTH}`;
    return { rule: 'containers-too-deep', message, line: scan.line, column: markers[MAX_CONTAINER_DEPTH]!.index + 1 };
  }
  const lazy = markers.length === 0 && !scan.previousBlank;
  const carried = lazy ? scan.open : Math.min(scan.open, Math.floor(columns(content, indent) / 2));
  scan.open = carried + markers.length;
  return count(scan, 'containers', indent + 1, scan.open);
}

/** Counts the markup characters of a line: escapes skip the character they escape; `]` closes a `[`. */
function scanCharacters(content: string, scan: Scan): Problem | undefined {
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    const counts = code < 128 ? COUNTS_OF[code] : undefined;
    if (counts === undefined) continue;
    for (const name of counts) {
      const problem = count(scan, name, index + 1);
      if (problem) return problem;
    }
    if (code === 92) {
      index += 1; // `\`: the next character is escaped
    } else if (code === 58 && isAsciiLetter(content.charCodeAt(index + 1))) {
      const problem = count(scan, 'marks', index + 1); // `:` then a letter: a mark
      if (problem) return problem;
    } else if (code === 93 && scan.counts.depth > 0) {
      scan.counts.depth -= 1; // `]`
    }
  }
  return undefined;
}

/** Adds `by` to a count. @returns The problem when the count goes over its limit. */
function count(scan: Scan, name: Count, column: number, by = 1): Problem | undefined {
  scan.counts[name] += by;
  const limit = COUNTED[name];
  return scan.counts[name] > limit.max
    ? { rule: limit.rule, message: limit.message, line: scan.line, column }
    : undefined;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function leadingBlanks(line: string): number {
  let count = 0;
  while (count < line.length && (line.charCodeAt(count) === 32 || line.charCodeAt(count) === 9)) count += 1;
  return count;
}

/** The columns of a line's first `indent` blanks, a tab reaching the next multiple of four. */
function columns(line: string, indent: number): number {
  let column = 0;
  for (let index = 0; index < indent; index++) column = line.charCodeAt(index) === 9 ? (column & ~3) + 4 : column + 1;
  return column;
}
