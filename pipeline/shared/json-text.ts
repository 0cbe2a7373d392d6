/**
 * Places in a JSON text, for messages about a file that is JSON (the content lock and its history):
 * where a value or a key of a parsed text is, and where a text that does not parse first goes wrong.
 * Each is one pass over the text, without recursion, so a deep or large text costs time linear in its size.
 */

/** A 1-based line and column (in UTF-16 code units, as editors count them). */
export interface TextPoint {
  readonly line: number;
  readonly column: number;
}

/** The first syntax error of a JSON text: where, and what was expected there. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
}

/**
 * The line and column of an offset of a text.
 *
 * @returns The 1-based point; never throws.
 */
export function pointAt(text: string, offset: number): TextPoint {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where the value at `path` is in a JSON text that parses (or its key, with `key`), e.g.
 * `['editions', 'en', 'faq', 0]`. Where the path leaves the text, the deepest value it reaches.
 *
 * @returns The offset of the value's (or key's) first character; never throws.
 */
export function offsetOf(text: string, path: readonly PropertyKey[], options: { key?: boolean } = {}): number {
  let at = skipSpace(text, 0);
  for (const [index, step] of path.entries()) {
    const last = index === path.length - 1;
    if (text[at] === '{') {
      const member = findMember(text, at, String(step));
      if (member === undefined) return at;
      if (last && options.key) return member.key;
      at = member.value;
    } else if (text[at] === '[' && typeof step === 'number') {
      at = skipSpace(text, at + 1);
      for (let n = 0; n < step && text[at] !== ']'; n++) at = skipSpace(text, skipComma(text, skipValue(text, at)));
    } else return at;
  }
  return at;
}

/** The offsets of the key and value of an object's member named `name`, if it has one (the first). */
function findMember(text: string, open: number, name: string): { key: number; value: number } | undefined {
  let at = skipSpace(text, open + 1);
  while (text[at] === '"') {
    const end = stringEnd(text, at);
    const value = skipSpace(text, skipSpace(text, end) + 1);
    if (JSON.parse(text.slice(at, end)) === name) return { key: at, value };
    at = skipSpace(text, skipComma(text, skipValue(text, value)));
  }
  return undefined;
}

/**
 * The first syntax error of a JSON text, found without recursion (JSON.parse's messages name no
 * line, and quote the text).
 *
 * @returns The error, or `undefined` if the text is valid JSON.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const closers: string[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let opened = false;
  for (let at = skipSpace(text, 0); ; at = skipSpace(text, at)) {
    const char = text[at];
    const closer = closers.at(-1);
    if (char === undefined && closer !== undefined) return { offset: at, reason: 'unexpected end' };
    if (state === 'after' || (opened && char === closer)) {
      opened = false;
      if (closer === undefined) return at === text.length ? undefined : { offset: at, reason: 'text after the end' };
      if (char === closer) {
        closers.pop();
        [at, state] = [at + 1, 'after'];
        continue;
      }
      if (char !== ',') return { offset: at, reason: `expected "," or "${closer}"` };
      [at, state] = [at + 1, closer === '}' ? 'key' : 'value'];
      continue;
    }
    opened = char === '{' || char === '[';
    if (state === 'key') {
      const end = char === '"' ? stringEnd(text, at, true) : -1;
      if (end < 0) return { offset: at, reason: char === '"' ? BAD_STRING : 'expected a key in double quotes' };
      at = skipSpace(text, end);
      if (text[at] !== ':') return { offset: at, reason: 'expected ":"' };
      [at, state] = [at + 1, 'value'];
    } else if (opened) {
      closers.push(char === '{' ? '}' : ']');
      [at, state] = [at + 1, char === '{' ? 'key' : 'value'];
    } else {
      const end = char === '"' ? stringEnd(text, at, true) : scalarEnd(text, at);
      if (end < 0)
        return {
          offset: at,
          reason: char === undefined ? 'unexpected end' : char === '"' ? BAD_STRING : 'expected a value',
        };
      [at, state] = [end, 'after'];
    }
  }
}

const BAD_STRING = 'a string not closed, or holding a line break, a control character or a bad escape';
const SPACE = /[ \t\n\r]*/y;
const SCALAR = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function skipSpace(text: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.test(text);
  return SPACE.lastIndex;
}

function skipComma(text: string, at: number): number {
  const next = skipSpace(text, at);
  return text[next] === ',' ? next + 1 : next;
}

/** The offset after a number, `true`, `false` or `null` at `at`, or -1. */
function scalarEnd(text: string, at: number): number {
  SCALAR.lastIndex = at;
  return SCALAR.test(text) ? SCALAR.lastIndex : -1;
}

/** The offset after the string at `at` (its opening quote), or -1 if it is not valid JSON (only checked with `strict`). */
function stringEnd(text: string, at: number, strict = false): number {
  for (let i = at + 1; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22) return i + 1;
    if (char === 0x5c) {
      ESCAPE.lastIndex = i;
      if (strict && !ESCAPE.test(text)) return -1;
      i = strict ? ESCAPE.lastIndex - 1 : i + 1;
    } else if (strict && char < 0x20) return -1;
  }
  return -1;
}

/** The offset after the value at `at`, in a text that parses: strings skipped whole, brackets counted. */
function skipValue(text: string, at: number): number {
  let depth = 0;
  let i = at;
  do {
    i = skipSpace(text, i);
    const char = text[i];
    if (char === '"') i = stringEnd(text, i);
    else if (char === '{' || char === '[') [depth, i] = [depth + 1, i + 1];
    else if (char === '}' || char === ']') [depth, i] = [depth - 1, i + 1];
    else if (char === ',' || char === ':') i += 1;
    else i = Math.max(scalarEnd(text, i), i + 1);
  } while (depth > 0 && i < text.length);
  return i;
}
