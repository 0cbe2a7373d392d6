/**
 * The content's release history, `content.history.json`: one record per release (its version, its
 * date and the ids it added, changed and removed, per edition and collection), appended by
 * `npm run version-packages` from the content lock's diff (release/history.ts), never by hand. The
 * build reads it to give every item its `history`; a file that is not one is refused with one
 * located line, `content.history.json:line:col: message [rule-id]`.
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentRelease } from '../../src/schemas/history.js';
import { nonEmpty } from '../../src/schemas/text.js';
import { notRegularFile } from '../load/load.js';
import { jsonSyntaxError, offsetOf, pointAt } from './json-text.js';
import { HISTORY_FILE } from './paths.js';

/** The format of the history files this version writes. */
export const HISTORY_VERSION = 1;

/** The most bytes a history file may have (a release of the article adds about 1 KB). */
export const MAX_HISTORY_BYTES = 8 * 1024 * 1024;

/** The whole history file: its format, the package and the releases, oldest first, each version once. */
export const ContentHistory = z
  .strictObject({
    historyVersion: z.literal(HISTORY_VERSION),
    package: nonEmpty,
    releases: z.array(ContentRelease).readonly(),
  })
  .superRefine(({ releases }, ctx) => {
    const seen = new Set<string>();
    releases.forEach(({ version }, index) => {
      const path = ['releases', index, 'version'];
      if (seen.has(version)) ctx.addIssue({ code: 'custom', path, message: `${version} is recorded twice` });
      // changesSince sums the releases after a version: they must come oldest first.
      else if (index > 0 && !newer(version, releases[index - 1]!.version))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${version} comes after ${releases[index - 1]!.version}: releases go oldest first`,
        });
      seen.add(version);
    });
  });

/** Whether one `x.y.z` version is newer than another (numerically, part by part; a pre-release tag is ignored). */
function newer(version: string, than: string): boolean {
  const parts = (v: string) => v.split('-')[0]!.split('.').map(Number);
  const [a, b] = [parts(version), parts(than)];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}
export type ContentHistory = z.infer<typeof ContentHistory>;

/** The rules a history file follows, by id (RELEASING.md lists them). */
export const HISTORY_RULES = {
  'history-json': 'The history is JSON.',
  'history-value': 'Each value of the history has the form `npm run version-packages` writes, each version once.',
} as const;

/** What to do about a history file that is refused. */
const FIX = 'restore content.history.json from git; `npm run version-packages` appends to it';

/** A history file that is not a valid history; its message is the located line. */
export class HistoryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    readonly ruleId: keyof typeof HISTORY_RULES,
  ) {
    super(`${file}:${line}:${column}: ${reason} [${ruleId}]`);
    this.name = 'HistoryError';
  }
}

/**
 * Parses the text of a history file.
 *
 * @param file The name messages give the file.
 * @returns The history.
 * @throws {HistoryError} If the text is not JSON or not a history: the first problem, located.
 */
export function parseHistory(text: string, file: string = HISTORY_FILE): ContentHistory {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text) ?? { offset: 0, reason: 'not valid JSON' };
    throw located(file, text, error.offset, `not valid JSON: ${error.reason}; ${FIX}`, 'history-json');
  }
  const result = ContentHistory.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const where = [...issue.path, ...keys.slice(0, 1)];
  const reason = `${where.map(String).join('.') || '(root)'}: ${keys.length > 0 ? 'unknown key' : issue.message}; ${FIX}`;
  throw located(file, text, offsetOf(text, where, { key: keys.length > 0 }), reason, 'history-value');
}

function located(file: string, text: string, offset: number, reason: string, rule: keyof typeof HISTORY_RULES) {
  const { line, column } = pointAt(text, offset);
  return new HistoryError(file, line, column, reason, rule);
}

/**
 * Reads a history file, which must be a regular file of at most `MAX_HISTORY_BYTES`.
 *
 * @returns The history, or `undefined` if there is no such file (no release has been versioned yet).
 * @throws If the file cannot be read, is a link, not a file or too large; a `HistoryError` if it is not a history.
 */
export function readHistory(file: string): ContentHistory | undefined {
  const name = path.basename(file);
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const why = notRegularFile(stats);
  if (why) throw new Error(`${name} is ${why}: the history is a regular file`);
  if (stats.size > MAX_HISTORY_BYTES)
    throw new Error(`${name} is too large: ${stats.size} bytes, at most ${MAX_HISTORY_BYTES}`);
  return parseHistory(readFileSync(file, 'utf8'), name);
}

/**
 * Serialises a history: two-space JSON, `\n` endings, so that a release's diff reads id by id.
 *
 * @returns The file's text, byte-identical for equal histories.
 */
export function serializeHistory(history: ContentHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}
