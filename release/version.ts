/**
 * The last step of `npm run version-packages`, after `changeset version` (`release/cli.ts lock`):
 * the lock written again from the content, the release's record appended to the history from the
 * lock's diff (release/history.ts), and the changelog's notes for authors put apart
 * (changelog-file.ts). Nothing is written when the history does not match the lock it continues.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ContentHistory, readHistory, serializeHistory } from '../pipeline/shared/history-file.js';
import { readPackage } from '../pipeline/shared/package-info.js';
import { HISTORY_FILE } from '../pipeline/shared/paths.js';
import { writeFileAtomic } from '../pipeline/write/write.js';
import { tidyChangelog } from './changelog-file.js';
import { readLock, updateLock } from './current.js';
import { historyMismatches, recordRelease, releaseChanges } from './history.js';
import type { ContentLock } from './lock-schema.js';
import type { ReleaseOptions } from './options.js';

/** What `versionRelease` did. */
export interface Versioned {
  readonly lock: ContentLock;
  readonly lockWritten: boolean;
  /** The history as it is now; its last release is this one. */
  readonly history: ContentHistory;
  readonly historyWritten: boolean;
  /** Whether CHANGELOG.md was put in order (it had notes for authors or bare hashes). */
  readonly changelogWritten: boolean;
}

/**
 * Versions the content: the lock, the history and the changelog.
 *
 * @param today The release's date (`YYYY-MM-DD`).
 * @returns What was written.
 * @throws If the content is invalid, a file cannot be read or written, the lock or the history is
 *   not valid (a located `LockError` or `HistoryError`), the history is missing while a lock exists (or
 *   the lock while the history records releases),
 *   or the history does not replay to the lock's items.
 */
export async function versionRelease(options: ReleaseOptions, today: string): Promise<Versioned> {
  const historyFile = options.historyFile ?? path.join(options.rootDir, HISTORY_FILE);
  const history = readHistory(historyFile);
  const before = await readLock(options.lockFile).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const [historyName, lockName] = [path.basename(historyFile), path.basename(options.lockFile)];
  if (before && !history)
    throw new Error(`${historyName} is missing while ${lockName} exists: restore it from git (RELEASING.md)`);
  // Without the lock, every item would look added by this release: the releases it records would be lost.
  if (!before && history && history.releases.length > 0)
    throw new Error(`${lockName} is missing while ${historyName} records releases: restore it from git (RELEASING.md)`);
  const mismatches = before ? historyMismatches(history, before) : [];
  if (mismatches.length > 0)
    throw new Error(
      `${historyName} does not match ${lockName}, which it must continue; restore both from git:\n${mismatches.join('\n')}`,
    );
  const { lock, written } = await updateLock(options, today);
  const { name } = await readPackage(options.rootDir);
  const next = recordRelease(history, releaseChanges(before, lock), { version: lock.version, date: today }, name);
  const text = serializeHistory(next);
  const old = await readFile(historyFile, 'utf8').catch(() => undefined);
  if (old !== text) await writeFileAtomic(historyFile, text);
  return {
    lock,
    lockWritten: written,
    history: next,
    historyWritten: old !== text,
    changelogWritten: await tidyChangelogFile(path.join(options.rootDir, 'CHANGELOG.md')),
  };
}

/** Tidies a changelog file, if there is one. @returns Whether it was written. */
async function tidyChangelogFile(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return false;
  const tidy = tidyChangelog(text);
  if (tidy === text) return false;
  await writeFileAtomic(file, tidy);
  return true;
}
