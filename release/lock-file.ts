/**
 * Reading the text of `content.lock.json`: parsed, then checked against `ContentLock`. A lock that
 * is not one is refused with one located line, `content.lock.json:line:col: message [rule-id]`,
 * in time linear in its size: nothing of it is compared.
 */
import type { z } from 'zod';
import { jsonSyntaxError, offsetOf, pointAt } from '../pipeline/shared/json-text.js';
import { LOCK_FILE } from '../pipeline/shared/paths.js';
import { ContentLock } from './lock-schema.js';

/** The rules a lock file must follow, by id (RELEASING.md lists them). */
export const LOCK_RULES = {
  'lock-json': 'The lock is JSON.',
  'lock-unknown-key': 'The lock holds only the keys `npm run version-packages` writes.',
  'lock-too-many': 'Each part of the lock has at most as many entries as `LOCK_LIMITS` allows.',
  'lock-value': 'Each value of the lock has the form `npm run version-packages` writes.',
} as const;

/** The id of a lock rule. */
export type LockRuleId = keyof typeof LOCK_RULES;

/** What to do about a lock that is refused. */
const FIX = 'restore content.lock.json from git, or write it again with `npm run version-packages`';

/** A lock file that is not a valid lock; its message is the located line. */
export class LockError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    readonly ruleId: LockRuleId,
  ) {
    super(`${file}:${line}:${column}: ${reason} [${ruleId}]`);
    this.name = 'LockError';
  }
}

/**
 * Parses the text of a lock file.
 *
 * @param file The name the messages give the file.
 * @returns The lock.
 * @throws {LockError} If the text is not valid JSON or not a valid lock: the first problem, located.
 */
export function parseLock(text: string, file: string = LOCK_FILE): ContentLock {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's message names no line and quotes the text: say where, in words.
    const error = jsonSyntaxError(text) ?? { offset: 0, reason: 'not valid JSON' };
    throw located(file, text, error.offset, `not valid JSON: ${error.reason}; ${FIX}`, 'lock-json');
  }
  const result = ContentLock.safeParse(json);
  if (!result.success) throw issueError(file, text, result.error.issues[0]!);
  return result.data;
}

/** The error for the first issue zod found, at the key or value it is about. */
function issueError(file: string, text: string, issue: z.core.$ZodIssue): LockError {
  const where = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const [first = '', ...rest] = issue.keys;
    const more = rest.length > 0 ? ` (and ${rest.length.toLocaleString('en-US')} more)` : '';
    const reason = `unknown key ${quote(first)}${where ? ` in ${where}` : ''}${more}; ${FIX}`;
    return located(file, text, offsetOf(text, [...issue.path, first], { key: true }), reason, 'lock-unknown-key');
  }
  if (issue.code === 'invalid_key') {
    const key = String(issue.path.at(-1));
    const reason = `${issue.path.slice(0, -1).map(String).join('.') || '(root)'}: the key ${quote(key)} ${issue.issues[0]?.message ?? 'is not valid'}; ${FIX}`;
    return located(file, text, offsetOf(text, issue.path, { key: true }), reason, 'lock-value');
  }
  const tooMany = issue.code === 'too_big' || (issue.code === 'custom' && issue.params?.rule === 'lock-too-many');
  const reason = `${where || '(root)'}: ${issue.message}; ${FIX}`;
  return located(file, text, offsetOf(text, issue.path), reason, tooMany ? 'lock-too-many' : 'lock-value');
}

function located(file: string, text: string, offset: number, reason: string, ruleId: LockRuleId): LockError {
  const { line, column } = pointAt(text, offset);
  return new LockError(file, line, column, reason, ruleId);
}

/** A key as a message shows it: quoted, and cut short (a key may be as long as the file). */
function quote(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
}
