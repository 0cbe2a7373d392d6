/**
 * The characters text may not hold, however they are written: as they are in the file, as a
 * character reference the markdown parser decodes (`&#x202E;`) or as an escape YAML decodes
 * (`"\u202E"`, `"\x9b"`, `"\N"`). One check, `firstForbidden`, runs on the text as read (before it is
 * normalised: every occurrence is located), on every string the parser decodes (`checkDecodedText`)
 * and on every YAML string (`frontmatter.ts`). And the runs of combining marks normalisation would
 * take quadratic time to order are limited here, on the text as read.
 */
import type { Root } from 'mdast';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';
import { type RuleId, report } from '../shared/rules.js';
import { MAX_COMBINING_MARKS } from './limits.js';

/**
 * Invisible characters that reorder the text around them (U+202A–U+202E embeddings and overrides,
 * U+2066–U+2069 isolates): they can make text read differently from what it is ("Trojan Source").
 * And control characters (C0 but tab and line feed, DEL, C1 such as U+009B, a terminal's CSI): text
 * holds none, and a terminal or an editor would act on them.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, but for carriage returns: in a file as read they are line breaks (normalised to `\n`). */
const FORBIDDEN_AS_READ = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A forbidden character found in a string. */
export interface Forbidden {
  /** Its offset in the string. */
  readonly index: number;
  readonly rule: Extract<RuleId, 'bidi-control' | 'control-character'>;
  /** What it is and what to do, e.g. `control character U+001B: …`. */
  readonly message: string;
}

/**
 * Finds the first character no text may hold.
 *
 * @param written How the string was written, when it was decoded (`as a character reference`): the message says so.
 * @returns The character, or `undefined`.
 */
export function firstForbidden(text: string, written?: string): Forbidden | undefined {
  FORBIDDEN.lastIndex = 0;
  const match = FORBIDDEN.exec(text);
  return match ? forbidden(match.index, match[0].charCodeAt(0), written) : undefined;
}

function forbidden(index: number, code: number, how: string | undefined): Forbidden {
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const written = how ? ` (written ${how})` : '';
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
    ? {
        index,
        rule: 'bidi-control',
        message: `invisible bidirectional control ${name}${written}: it can make the text read differently from what it is; remove it`,
      }
    : {
        index,
        rule: 'control-character',
        message: `control character ${name}${written}: text holds none but tabs and line breaks; remove it`,
      };
}

/**
 * Reports every forbidden character of a file's text as read, at its line and column (one linear pass).
 *
 * @returns `true` when there is none.
 */
export function checkCharacters(text: string, file: VFile): boolean {
  const at = lineLocator(text);
  let ok = true;
  for (const match of text.matchAll(FORBIDDEN_AS_READ)) {
    const found = forbidden(match.index, match[0].charCodeAt(0), undefined);
    report(file, found.rule, found.message, at(match.index));
    ok = false;
  }
  return ok;
}

/** A run of marks (`\p{M}`): each found once, so the search is linear. */
const MARK_RUN = /\p{M}+/gu;

/**
 * Checks a file's text as read for a character carrying more than `MAX_COMBINING_MARKS` combining
 * marks: every character normalisation reorders is one.
 *
 * @returns `true` when there is none; otherwise reports the first mark past the limit on `file`.
 */
export function checkCombiningMarks(text: string, file: VFile): boolean {
  for (const match of text.matchAll(MARK_RUN)) {
    // A run is at least as many code units as code points: most runs are counted no further.
    if (match[0].length <= MAX_COMBINING_MARKS) continue;
    const past = match.index + codeUnitsOf(match[0], MAX_COMBINING_MARKS);
    if (past === match.index + match[0].length) continue;
    report(
      file,
      'too-many-combining-marks',
      `more than ${MAX_COMBINING_MARKS} combining marks in a row on one character: text this stacked cannot be normalised in bounded time; remove them`,
      lineLocator(text)(past),
    );
    return false;
  }
  return true;
}

/** The code units of the first `count` code points of `text` (all of them, if it has no more). */
function codeUnitsOf(text: string, count: number): number {
  let offset = 0;
  for (let point = 0; point < count && offset < text.length; point++)
    offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  return offset;
}

/**
 * A locator of offsets of `text`, asked in increasing order (each line is counted once).
 *
 * @returns `(offset) => point`, with columns in UTF-16 code units.
 */
function lineLocator(text: string): (offset: number) => Point {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset) => {
    for (let i = scanned; i < offset; i++) {
      if (text.charCodeAt(i) === 10) {
        line += 1;
        lineStart = i + 1;
      }
    }
    scanned = offset;
    return { line, column: offset - lineStart + 1 };
  };
}

/** The string fields of mdast nodes that can hold what the parser decoded. */
const STRING_FIELDS = ['value', 'url', 'title', 'alt', 'label'] as const;

/**
 * Checks every string the markdown parser made (text after character references are decoded,
 * addresses, titles, mark attributes) for the characters of `firstForbidden`; the text as read was
 * checked before parsing, so each found here was decoded. One problem per string, at its node. The
 * walk keeps its own stack: no recursion.
 *
 * @returns `true` when there is none.
 */
export function checkDecodedText(tree: Root, file: VFile): boolean {
  let ok = true;
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const text of stringsOf(node)) {
      const found = firstForbidden(text, 'as a character reference');
      if (!found) continue;
      report(file, found.rule, found.message, node.position);
      ok = false;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return ok;
}

function stringsOf(node: Node): string[] {
  const fields = node as unknown as Record<string, unknown>;
  const strings: string[] = [];
  for (const field of STRING_FIELDS) if (typeof fields[field] === 'string') strings.push(fields[field]);
  const attributes = fields.attributes;
  if (typeof attributes === 'object' && attributes !== null) {
    for (const [key, value] of Object.entries(attributes)) strings.push(key, typeof value === 'string' ? value : '');
  }
  return strings;
}
