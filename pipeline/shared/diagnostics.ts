/**
 * One shape for a located problem in the content, and the one way it is printed.
 */
import type { VFile } from 'vfile';
import { MAX_MESSAGES_PER_FILE } from '../load/limits.js';
import { type Severity, severityOf } from './rules.js';

/** A problem found in a content file, at a 1-based line and column. */
export interface Diagnostic {
  /** The file's path as shown to the author. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** The rule the problem breaks: one every article shares (`rules.ts`) or a kind's own (`kinds/index.ts`'s `ALL_RULES`). */
  readonly ruleId: string;
  /** `error` stops the build; `warning` is printed and the build goes on (the rule's severity). */
  readonly severity: Severity;
}

/**
 * Collects the messages that the build stages left on the given files.
 *
 * @returns The diagnostics, ordered by file, line and column; a message with no place is put at 1:1.
 */
export function collectDiagnostics(files: readonly VFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? 'invalid-value';
      diagnostics.push({
        file: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: message.reason,
        ruleId,
        severity: severityOf(ruleId),
      });
    }
  }
  return diagnostics.sort(
    (a, b) =>
      compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.message, b.message),
  );
}

/**
 * Formats a diagnostic the way editors and terminals make clickable.
 *
 * @returns `path:line:col: message [rule-id]` (`path:line:col: warning: message [rule-id]` for a warning), on one
 *   line: what the path and the message quote of the content is escaped where it could not be printed (`printable`).
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  // Each run of white space holding a line break becomes one space (one linear pass: `\s*\n\s*`
  // would retry from every space of a long run without a line break, which is quadratic).
  const message = printable(diagnostic.message.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)));
  const label = diagnostic.severity === 'warning' ? 'warning: ' : '';
  return `${printable(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}: ${label}${message} [${diagnostic.ruleId}]`;
}

/**
 * What a printed line never holds as it is: control characters but the tab (a line break would
 * split the `path:line:col` line, ESC or CSI would start a terminal escape), line and paragraph
 * separators, bidirectional controls and marks, lone surrogates. Messages quote what the content
 * holds (a key, a cell, an address, a file name).
 */
const UNPRINTABLE =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as it can be printed on one line: each character of `UNPRINTABLE` escaped as `\u{…}`.
 *
 * @returns The text, escaped.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`);
}

/**
 * The errors among diagnostics (warnings left out).
 *
 * @returns The diagnostics whose severity is `error`, in their order.
 */
export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

/**
 * Counts diagnostics in words, for a command's last line.
 *
 * @returns E.g. `2 problems`, `2 problems and 1 warning`, `1 warning`, or `''` when there are none.
 */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = errorsOf(diagnostics).length;
  const warnings = diagnostics.length - errors;
  const words = [
    errors > 0 ? `${errors} problem${errors === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ];
  return words.filter(Boolean).join(' and ');
}

/**
 * Formats diagnostics for printing, at most `MAX_MESSAGES_PER_FILE` per file: the rest of a file's
 * problems are counted in one more line, located at the first problem not shown.
 *
 * @param diagnostics Diagnostics grouped by file, as `collectDiagnostics` returns them.
 * @returns One line per printed diagnostic.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  const lines: string[] = [];
  let index = 0;
  while (index < diagnostics.length) {
    const file = diagnostics[index]!.file;
    let end = index;
    while (end < diagnostics.length && diagnostics[end]!.file === file) end += 1;
    const shown = Math.min(end - index, MAX_MESSAGES_PER_FILE);
    for (let i = index; i < index + shown; i++) lines.push(formatDiagnostic(diagnostics[i]!));
    const hidden = end - index - shown;
    if (hidden > 0) {
      lines.push(
        formatDiagnostic({
          ...diagnostics[index + shown]!,
          ruleId: 'too-many-problems',
          severity: 'error',
          message: `${hidden} more problem${hidden === 1 ? '' : 's'} in this file, from here on, not shown (at most ${MAX_MESSAGES_PER_FILE} are printed per file)`,
        }),
      );
    }
    index = end;
  }
  return lines;
}

/** Compares by UTF-16 code units, the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
