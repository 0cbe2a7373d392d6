/**
 * What a build may take from an earlier build of the same session (`--watch`) instead of parsing
 * again: the outcome of each file whose stages depend on nothing but its own text (the source
 * article: parse → extract → validate; the arrival figures: parse → extract), by the hash of that
 * text. Only an outcome reached without any message on the file is kept, so a build that reuses one
 * reports exactly what a build from scratch would. The outcomes are validated, frozen data: shared
 * between builds, never changed.
 */
import type { VFile } from 'vfile';

/** The kept outcomes, by stage and file name; one per file (a new text replaces the old). */
export type BuildMemo = Map<string, { readonly sha256: string; readonly value: unknown }>;

/**
 * A memo for a session's builds.
 *
 * @returns An empty memo.
 */
export function createBuildMemo(): BuildMemo {
  return new Map();
}

/**
 * The outcome of `make` for `file`, whose text hashes to `sha256`: the one kept in `memo` for this
 * very text if any, else `make()`'s, kept when `file` has no message once it is made.
 *
 * @returns The outcome (`undefined` when `make` found a problem, reported on `file`).
 */
export function memoized<T extends object>(
  memo: BuildMemo | undefined,
  stage: string,
  file: VFile,
  sha256: string,
  make: () => T | undefined,
): T | undefined {
  const key = `${stage}\0${file.path}`;
  const kept = memo?.get(key);
  if (kept?.sha256 === sha256) return kept.value as T;
  const value = make();
  if (memo && value !== undefined && file.messages.length === 0) memo.set(key, { sha256, value });
  return value;
}
