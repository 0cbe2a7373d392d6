/**
 * The lock of the current content: built (validated) from the content directory, compared with the
 * committed lock, and written back when a release is versioned.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildContent } from '../pipeline/build.js';
import type { BuiltDatasets } from '../pipeline/datasets/index.js';
import { notRegularFile } from '../pipeline/load/load.js';
import { type Diagnostic, errorsOf, formatDiagnostics } from '../pipeline/shared/diagnostics.js';
import { readPackage } from '../pipeline/shared/package-info.js';
import type { TranslationReport } from '../pipeline/translation/translations.js';
import { writeFileAtomic } from '../pipeline/write/write.js';
import type { Content } from '../src/schema.js';
import { createLock, serializeLock } from './lock.js';
import { parseLock } from './lock-file.js';
import type { ContentLock } from './lock-schema.js';
import type { ReleaseOptions } from './options.js';
import { diffLocks, type SemverResult } from './semver.js';

/** The current content as a lock, with what the build found on the way. */
export interface CurrentLock {
  /** The lock, or `undefined` if the content has errors. */
  readonly lock: ContentLock | undefined;
  /** The content's problems: errors (then there is no lock) and warnings (translations that lag). */
  readonly diagnostics: readonly Diagnostic[];
  /** Where each translation stands on its source. */
  readonly translations: readonly TranslationReport[];
}

/**
 * Builds (validates) the current content and describes it as a lock. Warnings (a translation that
 * lags behind its source) do not stop it: the lock records the content as it would be released.
 *
 * @returns The lock of the current content, or the content's diagnostics if it has errors.
 * @throws If the content directory or package.json cannot be read.
 */
export async function currentLock(options: ReleaseOptions, updated: string): Promise<CurrentLock> {
  const result = await buildContent({
    contentDir: options.contentDir,
    outDir: options.contentDir,
    check: true,
    cwd: options.cwd ?? process.cwd(),
  });
  const { content, ...datasets } = result.dataset ?? { content: {} };
  const editions: Content[] = Object.values(content);
  const { diagnostics, translations } = result;
  if (errorsOf(diagnostics).length > 0 || editions.length === 0) return { lock: undefined, diagnostics, translations };
  const pkg = await readPackage(options.rootDir);
  return {
    lock: createLock(
      editions,
      { package: pkg.name, version: pkg.version, updated },
      result.dataset && (datasets as BuiltDatasets),
    ),
    diagnostics,
    translations,
  };
}

/**
 * Compares the current content with the lock; translations that lag do not stop it.
 *
 * @returns The required bump and reasons (`undefined` if the content has errors), the content's
 *   diagnostics and where each translation stands.
 * @throws If the lock is missing or invalid, or the content directory cannot be read.
 */
export async function computeSemver(options: ReleaseOptions): Promise<{
  result: SemverResult | undefined;
  diagnostics: readonly Diagnostic[];
  translations: readonly TranslationReport[];
}> {
  const before = await readLock(options.lockFile);
  const { lock, diagnostics, translations } = await currentLock(options, before.updated);
  return { result: lock && diffLocks(before, lock), diagnostics, translations };
}

/**
 * Rewrites the lock from the current content (the last step of `npm run version-packages`).
 * `updated` stays as it was when the content is unchanged, and becomes `today` otherwise.
 *
 * @returns The new lock and whether the file changed.
 * @throws If the content is invalid, or a file cannot be read or written.
 */
export async function updateLock(
  options: ReleaseOptions,
  today: string,
): Promise<{ lock: ContentLock; written: boolean }> {
  const before = await readLock(options.lockFile).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const { lock: probe, diagnostics } = await currentLock(options, before?.updated ?? today);
  if (!probe) throw new Error(`the content has problems:\n${formatDiagnostics(diagnostics).join('\n')}`);
  const lock = before && diffLocks(before, probe).bump === 'none' ? probe : { ...probe, updated: today };
  const text = serializeLock(lock);
  const old = await readFile(options.lockFile, 'utf8').catch(() => undefined);
  if (old === text) return { lock, written: false };
  await writeFileAtomic(options.lockFile, text);
  return { lock, written: true };
}

/** The most bytes a lock file may have (the lock of the article has about 10 KB). */
export const MAX_LOCK_BYTES = 8 * 1024 * 1024;

/**
 * Reads and validates a lock file, which must be a regular file (a link could name any file of the
 * machine, and a lock that does not parse is quoted in the error) of at most `MAX_LOCK_BYTES`.
 *
 * @returns The lock.
 * @throws If the file cannot be read (the error keeps its `code`), is a link, not a file or too
 *   large; a `LockError` (one located line) if it is not a valid lock.
 */
export async function readLock(file: string): Promise<ContentLock> {
  const name = path.basename(file);
  const stats = await lstat(file);
  const why = notRegularFile(stats);
  if (why) throw new Error(`${name} is ${why}: the lock is a regular file`);
  if (stats.size > MAX_LOCK_BYTES)
    throw new Error(`${name} is too large: ${stats.size} bytes, at most ${MAX_LOCK_BYTES}`);
  return parseLock(await readFile(file, 'utf8'), name);
}

/**
 * Today's date for the lock: from `SOURCE_DATE_EPOCH` (seconds) when set, so builds can be
 * reproduced, otherwise the clock; always in UTC.
 *
 * @returns A `YYYY-MM-DD` date.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
}
