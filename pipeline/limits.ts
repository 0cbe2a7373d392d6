/**
 * Resource limits: rejects input that would make the markdown parser or the build's own tree walks
 * take unbounded time, memory or stack, with a located message, before any of them runs.
 *
 * micromark (under remark-parse) is quadratic in the nesting of containers (`> > > …`, `- - - …`),
 * in the number of emphasis delimiters of one paragraph, in the nesting of `[` and in the number
 * of unresolved `[`…`](` constructs; GFM tables cost memory per row. Measured before these limits:
 * 10,000 nested list levels took over a minute, 40,000 nested `[` 7 s, 1 MB of links 20 s and
 * 2.5 GB, a 100,000-row table 50 s and 3.7 GB. The limits below are far above anything the article
 * needs (it nests nothing, has a few dozen marks, and the figures have 25 rows).
 *
 * Every check here is one linear pass over the text.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { type RuleId, report } from './rules.js';

/** The most bytes a content file may have (1 MiB; the article has about 4,500). Checked before decoding. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * The most characters (UTF-16 code units, not bytes) a dataset file (`arrivals.md`) may have:
 * 65,536. The figures have 3,500, and a thousand-row table fits.
 */
export const MAX_DATASET_CHARS = 64 * 1024;
/** The most characters a frontmatter may have (16 KiB); YAML's duplicate-key check is quadratic in the keys of a mapping. */
export const MAX_FRONTMATTER_CHARS = 16 * 1024;
/** The most lines a content file may have (the article has about 50). */
export const MAX_LINES = 20_000;
/**
 * The most markup characters (`MARKUP`) a content file may hold. Each one can open a construct the
 * parser tracks; a file made of them costs seconds and gigabytes per megabyte, where prose costs
 * milliseconds. The article has about 80; prose with emphasis on every sentence, about 25,000 a megabyte.
 */
export const MAX_MARKUP = 50_000;
/** The characters `MAX_MARKUP` counts (a tab is read as up to four spaces, one token each). */
export const MARKUP = '\\`<&[]!*_:{}|~\t';
/** The most block containers (`>` quotes, list items) one line may open. */
export const MAX_CONTAINER_DEPTH = 32;
/** The most leading white space a line may have (deeper indentation is how lists nest across lines). */
export const MAX_INDENT = 4 * MAX_CONTAINER_DEPTH;
/** The most `*` and `_` characters one paragraph (a run of non-blank lines) may hold. */
export const MAX_DELIMITERS_PER_BLOCK = 1000;
/** The deepest `[` may nest inside `[` in one paragraph. */
export const MAX_BRACKET_DEPTH = 32;
/** The most `[` one file may hold: every link and every mark (`:factor[…]`) opens one. */
export const MAX_BRACKETS = 2000;
/**
 * The most marks (`:name`, a colon then a letter: how every directive starts) one file may hold; the
 * article has about 30. Each costs the parser about 60 µs: at the markup limit, seconds.
 */
export const MAX_MARKS = 2000;
/** The most backslash escapes one file may hold (the article has none; each costs the parser about 20 µs). */
export const MAX_ESCAPES = 10_000;
/** The most backticks one file may hold (code spans open and close with them; the article has none). */
export const MAX_BACKTICKS = 10_000;
/**
 * The most lines of one file that open a block quote or a list item (no content file may hold
 * either: each is reported, but 20,000 of them cost the parser over a second first).
 */
export const MAX_CONTAINER_LINES = 1000;
/**
 * The most lines one paragraph (a run of non-blank lines) may have. A paragraph's lines cost the
 * parser more than the same text on fewer lines, and each unclosed link title (`[a](b "`) is
 * looked for across all of them: 1,900 of them before a 19,500-line paragraph took 2 s. The
 * article's paragraphs are one line each.
 */
export const MAX_PARAGRAPH_LINES = 1000;
/** The most lines a dataset file's table may have (`arrivals.md`; every non-blank line after the frontmatter counts). */
export const MAX_TABLE_ROWS = 1000;
/** The deepest a node may sit in the parsed tree (root = 0). */
export const MAX_TREE_DEPTH = 64;
/** The most problems printed for one file; the rest are counted in one line. */
export const MAX_MESSAGES_PER_FILE = 50;

/** A lookup table by character code (below 128): 1 for each of `chars`, else 0. */
const asciiTable = (chars: string) =>
  new Uint8Array(128).map((_, code) => (chars.includes(String.fromCharCode(code)) ? 1 : 0));
/** `IS_MARKUP[c]` is 1 when the character of code `c` is in MARKUP (all of them are below 128). */
const IS_MARKUP = asciiTable(MARKUP);
/** `OPENS_CONTAINER[c]` is 1 when a line's first non-blank character of code `c` can start `CONTAINER_PREFIX` (`>`, a bullet, a digit). */
const OPENS_CONTAINER = asciiTable('>*+-0123456789');
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;
const MARKER = />|[-*+]|\d{1,9}[.)]/g;

/** What kind of file is checked: a dataset's body is a table, whose rows are limited. */
export interface TextLimitOptions {
  /** The file is a dataset: its size is limited to `MAX_DATASET_CHARS`, and the lines after its frontmatter count as table rows. */
  readonly table?: boolean;
}

/**
 * Checks normalised text against the container-nesting, delimiter, bracket, mark, escape, backtick,
 * container-line and table limits.
 * Problems are reported on `file` at the line and column where the limit is crossed; the size
 * limit is checked on the bytes, before decoding (`checkSize`).
 *
 * @returns `true` when the text is safe to parse.
 */
export function checkTextLimits(text: string, file: VFile, options: TextLimitOptions = {}): boolean {
  let delimiters = 0;
  let brackets = 0;
  let markup = 0;
  let marks = 0;
  let escapes = 0;
  let backticks = 0;
  let containerLines = 0;
  let depth = 0;
  let rows = 0;
  let paragraphLines = 0;
  let line = 1;
  const fail = (rule: RuleId, message: string, column: number): false => {
    report(file, rule, message, { line, column });
    return false;
  };
  if (options.table && text.length > MAX_DATASET_CHARS) {
    return fail(
      'file-too-large',
      `file too large: ${text.length} characters; a dataset may have at most ${MAX_DATASET_CHARS}`,
      1,
    );
  }
  const lines = text.split('\n');
  if (lines.length > MAX_LINES) {
    line = MAX_LINES + 1;
    return fail(
      'too-many-lines',
      `too many lines: ${lines.length}; the limit is ${MAX_LINES}: split or shorten the content`,
      1,
    );
  }
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  if (frontmatterEnd > 0) {
    let chars = 0;
    for (let index = 0; index < frontmatterEnd; index++) chars += lines[index]!.length + 1;
    if (chars > MAX_FRONTMATTER_CHARS)
      return fail(
        'frontmatter-too-large',
        `frontmatter too large: ${chars} characters; the limit is ${MAX_FRONTMATTER_CHARS}`,
        1,
      );
  }
  line = 0;
  for (const content of lines) {
    line += 1;
    const indent = leadingBlanks(content);
    if (indent === content.length) {
      delimiters = 0;
      depth = 0;
      paragraphLines = 0;
      continue;
    }
    if (options.table && line > frontmatterEnd && ++rows > MAX_TABLE_ROWS) {
      return fail(
        'too-many-table-rows',
        `too many table rows (over ${MAX_TABLE_ROWS}): a table this long cannot be checked in bounded time`,
        1,
      );
    }
    if (indent > MAX_INDENT) {
      return fail(
        'indent-too-deep',
        `nesting too deep: the line is indented ${indent} characters; the limit is ${MAX_INDENT}`,
        MAX_INDENT + 1,
      );
    }
    // Most lines open no container: the prefix is looked for only after a container's first character.
    const prefix = OPENS_CONTAINER[content.charCodeAt(indent)] ? (CONTAINER_PREFIX.exec(content)?.[0] ?? '') : '';
    const markers = prefix === '' ? [] : [...prefix.matchAll(MARKER)];
    if (prefix !== '' && line > frontmatterEnd && ++containerLines > MAX_CONTAINER_LINES) {
      return fail(
        'too-many-container-lines',
        `too many lines in block quotes or lists (over ${MAX_CONTAINER_LINES}): content holds neither, and this many cannot be parsed in bounded time`,
        indent + 1,
      );
    }
    if (line > frontmatterEnd && ++paragraphLines > MAX_PARAGRAPH_LINES) {
      return fail(
        'paragraph-too-long',
        `too many lines in one paragraph (over ${MAX_PARAGRAPH_LINES}): a paragraph this long cannot be parsed in bounded time; end paragraphs with a blank line`,
        1,
      );
    }
    if (markers.length > MAX_CONTAINER_DEPTH) {
      return fail(
        'containers-too-deep',
        `nesting too deep: ${markers.length} nested block quotes or list levels on one line; the limit is ${MAX_CONTAINER_DEPTH}`,
        markers[MAX_CONTAINER_DEPTH]!.index + 1,
      );
    }
    for (let index = 0; index < content.length; index++) {
      const code = content.charCodeAt(index);
      if (code >= 128 || IS_MARKUP[code] === 0) continue;
      const char = content[index]!;
      if (++markup > MAX_MARKUP) {
        return fail(
          'too-much-markup',
          `too much markup: over ${MAX_MARKUP} of the characters ${MARKUP.replace('\t', '').split('').join(' ')} and tabs in one file; text this dense in markup cannot be parsed in bounded time`,
          index + 1,
        );
      }
      if (char === '\\') {
        if (++escapes > MAX_ESCAPES) {
          return fail(
            'too-many-escapes',
            `too many backslash escapes in one file (over ${MAX_ESCAPES}): this many cannot be parsed in bounded time`,
            index + 1,
          );
        }
        index += 1;
        continue;
      }
      if (char === '`' && ++backticks > MAX_BACKTICKS) {
        return fail(
          'too-many-backticks',
          `too many backticks in one file (over ${MAX_BACKTICKS}): code spans this many cannot be parsed in bounded time`,
          index + 1,
        );
      }
      if (char === ':' && isAsciiLetter(content.charCodeAt(index + 1)) && ++marks > MAX_MARKS) {
        return fail(
          'too-many-marks',
          `too many marks (:name) in one file (over ${MAX_MARKS}): this many cannot be parsed in bounded time`,
          index + 1,
        );
      }
      if (char === '*' || char === '_') {
        if (++delimiters > MAX_DELIMITERS_PER_BLOCK) {
          return fail(
            'too-many-delimiters',
            `too many * and _ in one paragraph (over ${MAX_DELIMITERS_PER_BLOCK}): emphasis this dense cannot be parsed in bounded time`,
            index + 1,
          );
        }
      } else if (char === '[') {
        if (++brackets > MAX_BRACKETS) {
          return fail(
            'too-many-brackets',
            `too many [ in one file (over ${MAX_BRACKETS}): links and marks this many cannot be parsed in bounded time`,
            index + 1,
          );
        }
        if (++depth > MAX_BRACKET_DEPTH) {
          return fail(
            'brackets-too-deep',
            `nesting too deep: more than ${MAX_BRACKET_DEPTH} [ open inside each other in one paragraph`,
            index + 1,
          );
        }
      } else if (char === ']' && depth > 0) {
        depth -= 1;
      }
    }
  }
  return true;
}

/**
 * Checks a file's size before anything else reads it.
 *
 * @returns `true` when the file is within `MAX_FILE_BYTES`; otherwise reports it on `file` at 1:1.
 */
export function checkSize(byteLength: number, file: VFile): boolean {
  if (byteLength <= MAX_FILE_BYTES) return true;
  report(
    file,
    'file-too-large',
    `file too large: ${byteLength} bytes; the limit is ${MAX_FILE_BYTES}: split or shorten the content`,
  );
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function leadingBlanks(line: string): number {
  let count = 0;
  while (count < line.length && (line.charCodeAt(count) === 32 || line.charCodeAt(count) === 9)) count += 1;
  return count;
}

/**
 * Checks the depth of a parsed tree without recursion, so that the build's recursive walks
 * (rich text, directives) can never overflow the stack.
 *
 * @returns `true` when no node is deeper than `MAX_TREE_DEPTH`; otherwise reports the first one on `file`.
 */
export function checkTreeDepth(tree: Root, file: VFile): boolean {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      report(
        file,
        'markup-too-deep',
        `nesting too deep: more than ${MAX_TREE_DEPTH} levels of nested markup`,
        node.position,
      );
      return false;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return true;
}
