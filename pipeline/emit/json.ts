/**
 * JSON text made once per object: the editions' modules and `data.json` hold the same content, and
 * at a hundred times the article's size stringifying it twice was a measurable part of the build.
 */

/** The JSON texts made so far, by object. */
export interface JsonTexts {
  /** `JSON.stringify(value)`, kept for an object (made once per object). */
  readonly json: (value: unknown) => string;
  /** The text kept for `value`, if any. */
  readonly known: (value: object) => string | undefined;
}

/**
 * A new, empty `JsonTexts`.
 *
 * @returns It.
 */
export function jsonTexts(): JsonTexts {
  const texts = new WeakMap<object, string>();
  return {
    json(value) {
      if (value === null || typeof value !== 'object') return JSON.stringify(value);
      let text = texts.get(value);
      if (text === undefined) {
        text = JSON.stringify(value);
        texts.set(value, text);
      }
      return text;
    },
    known: (value) => texts.get(value),
  };
}

/** Whether JSON leaves this value out of an object (and writes `null` for it in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `JSON.stringify(value)`, the same text, made from the texts `texts` already has for the objects
 * inside it. For plain data (an object with `toJSON` is stringified as JSON.stringify does it).
 *
 * @returns The JSON text.
 * @throws {TypeError} As JSON.stringify does (a cycle, a bigint).
 */
export function stringifyWith(value: unknown, texts: JsonTexts): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const known = texts.known(value);
  if (known !== undefined) return known;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((item: unknown) => (omitted(item) ? 'null' : stringifyWith(item, texts))).join(',')}]`;
  const parts: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (!omitted(item)) parts.push(`${JSON.stringify(key)}:${stringifyWith(item, texts)}`);
  }
  return `{${parts.join(',')}}`;
}
