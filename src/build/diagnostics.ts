/**
 * One shape for a located problem in the content, and the one way it is printed.
 */
import type { VFile } from 'vfile';

/** A problem found in a content file, at a 1-based line and column. */
export interface Diagnostic {
  /** The file's path as shown to the author. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
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
      diagnostics.push({
        file: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: message.reason,
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
 * @returns `path:line:col: message`, on one line.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const message = diagnostic.message.replace(/\s*\n\s*/g, ' ');
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${message}`;
}

/** Compares by UTF-16 code units, the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
