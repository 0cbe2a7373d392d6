/**
 * Reads the YAML frontmatter with the `yaml` library, keeping each value's position so that
 * validation problems point at the line and column of the offending key or value.
 */
import type { Yaml } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { type RuleId, report } from '../shared/rules.js';
import { closest } from '../shared/suggest.js';
import { firstForbidden } from './characters.js';

/** The frontmatter's data and a way to find where a value is written. */
export interface FrontmatterData {
  /** The frontmatter as plain data; `undefined` when it could not be read. */
  readonly value: unknown;
  /**
   * Finds where the value at `path` is written; with `key: true`, where its key is.
   * @returns The nearest written point: the value itself, else its closest ancestor, else the `---` line.
   */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Point;
}

/** Aliases a frontmatter may expand before it is rejected as a resource-exhaustion attempt. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses the YAML of a frontmatter node. YAML errors become messages on `file`.
 *
 * @returns The data and a locator; `value` is `undefined` if the YAML is broken.
 */
export function readFrontmatter(node: Yaml, file: VFile): FrontmatterData {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, {
    lineCounter,
    logLevel: 'error',
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
  });
  const toPoint = (offset: number): Point => {
    const pos = lineCounter.linePos(offset);
    return { line: start.line + pos.line, column: pos.col };
  };
  const locate: FrontmatterData['locate'] = (path, options = {}) => {
    let current: unknown = doc.contents;
    let best: Point = start;
    if (isNode(current) && current.range) best = toPoint(current.range[0]);
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(current)) {
        const pair = current.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        if (last && options.key && isNode(pair.key) && pair.key.range) return toPoint(pair.key.range[0]);
        current = pair.value;
        const anchor = isNode(pair.value) ? pair.value : pair.key;
        if (isNode(anchor) && anchor.range) best = toPoint(anchor.range[0]);
      } else if (isSeq(current) && typeof segment === 'number') {
        current = current.items[segment];
        if (isNode(current) && current.range) best = toPoint(current.range[0]);
      } else {
        break;
      }
    }
    return best;
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report(file, 'frontmatter-yaml', `frontmatter: ${error.message.split('\n')[0]}`, toPoint(error.pos[0]));
    }
    return { value: undefined, locate };
  }
  if (!checkTags(doc, node.value, file, toPoint) || !checkStrings(doc, file, toPoint))
    return { value: undefined, locate };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locate };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(file, 'frontmatter-aliases', `frontmatter: ${reason}`, start);
    return { value: undefined, locate };
  }
}

/**
 * Rejects every explicit YAML tag (`!!js/function "…"`, `!evil "x"`, `!!binary …`): frontmatter
 * holds plain strings, numbers, dates, lists and mappings, which need no tag; an unknown tag would
 * otherwise be dropped silently and its value read as a string.
 */
function checkTags(
  doc: ReturnType<typeof parseDocument>,
  source: string,
  file: VFile,
  toPoint: (offset: number) => Point,
): boolean {
  let ok = true;
  visit(doc, {
    Node(_key, node) {
      if (!node.tag) return;
      const tag = node.tag.startsWith('tag:yaml.org,2002:')
        ? `!!${node.tag.slice('tag:yaml.org,2002:'.length)}`
        : node.tag;
      // The tag is written before the value it tags, on the same line: point at it.
      const start = node.range?.[0] ?? 0;
      let end = start;
      while (end > 0 && /[ \t]/.test(source[end - 1]!)) end -= 1;
      let token = end;
      while (token > 0 && !/\s/.test(source[token - 1]!)) token -= 1;
      const at = source[token] === '!' ? token : start;
      report(
        file,
        'frontmatter-tag',
        `frontmatter: the YAML tag ${tag} is not allowed: write a plain value`,
        toPoint(at),
      );
      ok = false;
    },
  });
  return ok;
}

/**
 * Rejects strings that cannot be shipped as text, which YAML's double-quoted escapes can make from
 * valid UTF-8: lone UTF-16 surrogates (`"\ud800"`), and the characters no text may hold
 * (`firstForbidden`: `"\u202E"`, `"\x9b"`, `"\N"`), keys included. Each at the value's position.
 */
function checkStrings(doc: ReturnType<typeof parseDocument>, file: VFile, toPoint: (offset: number) => Point): boolean {
  let ok = true;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const place = toPoint(node.range?.[0] ?? 0);
      if (LONE_SURROGATE.test(node.value)) {
        const message =
          'frontmatter: the string contains a lone surrogate (an unpaired \\uD800–\\uDFFF escape): write plain text';
        report(file, 'frontmatter-string', message, place);
        ok = false;
        return;
      }
      const found = firstForbidden(node.value, 'as an escape');
      if (found) {
        report(file, found.rule, `frontmatter: ${found.message}`, place);
        ok = false;
      }
    },
  });
  return ok;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isNode(value: unknown): value is YamlNode {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/**
 * Reports zod issues of frontmatter validation on `file`, each at the key or value it concerns:
 * unknown keys with the closest known key ("did you mean"), missing keys by name, other issues with zod's message.
 */
export function reportFrontmatterIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  frontmatter: FrontmatterData,
  file: VFile,
): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : `; known keys are ${known.join(', ')}`;
        report(
          file,
          'frontmatter-unknown-key',
          `frontmatter: unknown key "${[...issue.path, key].join('.')}"${hint}`,
          frontmatter.locate([...issue.path, key], { key: true }),
        );
      }
      continue;
    }
    const name = issue.path.map(String).join('.');
    const missing = valueAt(frontmatter.value, issue.path) === undefined;
    const rule: RuleId = missing ? 'frontmatter-missing-key' : 'frontmatter-value';
    report(
      file,
      rule,
      missing ? `frontmatter: missing "${name}"` : `frontmatter "${name}": ${issue.message}`,
      frontmatter.locate(issue.path),
    );
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodArray) current = unwrap(current.element);
    if (typeof key === 'number') continue;
    current = current instanceof z.ZodObject ? unwrap(current.shape[key as string]) : undefined;
  }
  if (current instanceof z.ZodArray) current = unwrap(current.element);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: unknown): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodReadonly || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap();
  }
  return current instanceof z.ZodType ? current : undefined;
}
