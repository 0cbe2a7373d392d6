/**
 * The release commands, around the content lock:
 *
 *   npm run check:release      (release/cli.ts check) fails when the content changed since
 *                              content.lock.json and no pending changeset declares the bump
 *   npm run version-packages   (… then release/cli.ts lock) rewrites content.lock.json, appends the
 *                              release to content.history.json (from the lock's diff) and puts the
 *                              changelog's notes for authors under their own heading
 *   npm run semver             (release/cli.ts semver) prints the bump the content needs and why
 *   npm run changeset:content  (release/cli.ts draft) writes a changeset declaring the bump, its
 *                              text a list of the changes in readers' words
 *
 * Options: [--content-dir DIR] [--lock FILE] [--history FILE] [--root DIR] (the directory of package.json,
 * .changeset and CHANGELOG.md).
 * Exit codes: 0 ok; 1 check failed, bad content or bad lock; 2 wrong usage.
 */
import path from 'node:path';
import { errorsOf, formatDiagnostics } from '../pipeline/shared/diagnostics.js';
import { HistoryError } from '../pipeline/shared/history-file.js';
import { type Io, isEntryScript, parseCommandArgs, processIo } from '../pipeline/shared/io.js';
import { HISTORY_FILE, LOCK_FILE } from '../pipeline/shared/paths.js';
import { draftChangeset } from './changesets.js';
import { checkRelease } from './check.js';
import { computeSemver, today } from './current.js';
import { LockError } from './lock-file.js';
import { RELEASE_DEFAULTS, type ReleaseOptions } from './options.js';
import { versionRelease } from './version.js';

/** The usage line of this command. */
export const RELEASE_USAGE =
  'usage: tsx release/cli.ts check|lock|semver|draft [--content-dir DIR] [--lock FILE] [--history FILE] [--root DIR]';

/**
 * Prints the bump the content needs and why: the first line is the bump alone.
 *
 * @returns 0, or 1 if the content has problems (printed as located diagnostics).
 * @throws If the lock is missing or invalid.
 */
export async function printSemver(options: ReleaseOptions, io: Io): Promise<number> {
  const { result, diagnostics } = await computeSemver(options);
  for (const line of formatDiagnostics(diagnostics)) io.stderr(line);
  if (!result) return 1;
  io.stdout(result.bump);
  if (result.bump === 'none') io.stdout(`content matches ${path.basename(options.lockFile)}`);
  for (const reason of result.reasons) io.stdout(reason);
  return 0;
}

/**
 * Runs a release command (`check`, `lock` or `semver`).
 *
 * @returns The exit code: 0, 1 (check failed, bad content or lock) or 2 (usage). It never throws.
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(
    {
      args: [...args],
      options: {
        'content-dir': { type: 'string' },
        lock: { type: 'string' },
        history: { type: 'string' },
        root: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    },
    RELEASE_USAGE,
    io,
  );
  if (!parsed) return 2;
  const [command, ...rest] = parsed.positionals;
  if (rest.length > 0 || !['check', 'lock', 'semver', 'draft'].includes(command ?? '')) {
    io.stderr(RELEASE_USAGE);
    return 2;
  }
  const { values } = parsed;
  const rootDir = path.resolve(io.cwd, values.root ?? RELEASE_DEFAULTS.rootDir);
  const options: ReleaseOptions = {
    rootDir,
    contentDir: path.resolve(io.cwd, values['content-dir'] ?? path.join(rootDir, 'content')),
    lockFile: path.resolve(io.cwd, values.lock ?? path.join(rootDir, LOCK_FILE)),
    historyFile: path.resolve(io.cwd, values.history ?? path.join(rootDir, HISTORY_FILE)),
    cwd: io.cwd,
  };
  try {
    if (command === 'semver') return await printSemver(options, io);
    if (command === 'draft') {
      const { file, bump, diagnostics, alreadyPending } = await draftChangeset(options);
      for (const line of formatDiagnostics(diagnostics)) io.stderr(line);
      if (errorsOf(diagnostics).length > 0) return 1;
      if (file)
        io.stdout(
          `${path.relative(io.cwd, file)} written (${bump}): edit it so readers know what changed, then commit it`,
        );
      else
        io.stdout(
          alreadyPending.length > 0
            ? 'every change is already listed by a pending changeset: no new changeset needed'
            : 'content matches the lock: no changeset needed',
        );
      if (alreadyPending.length > 0)
        io.stdout(
          `left out, already pending: ${alreadyPending.length} change${alreadyPending.length === 1 ? '' : 's'}`,
        );
      return 0;
    }
    if (command === 'lock') {
      printVersioned(await versionRelease(options, today()), options, io);
      return 0;
    }
    const result = await checkRelease(options);
    for (const line of formatDiagnostics(result.diagnostics)) io.stderr(line);
    for (const line of result.lines) (result.ok ? io.stdout : io.stderr)(line);
    return result.ok ? 0 : 1;
  } catch (error) {
    // A refused lock or history is one located line already: `content.lock.json:line:col: message [rule-id]`.
    io.stderr(
      error instanceof LockError || error instanceof HistoryError
        ? error.message
        : `error: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

/** Says what `lock` wrote: the lock, the release recorded in the history, the changelog. */
function printVersioned(done: Awaited<ReturnType<typeof versionRelease>>, options: ReleaseOptions, io: Io): void {
  const shown = (file: string) => path.relative(io.cwd, file) || file;
  const { lock, history } = done;
  const release = history.releases.at(-1)!;
  const count = (part: typeof release.editions) =>
    Object.values(part)
      .flatMap((collections) => Object.values(collections))
      .reduce((sum, c) => sum + c.added.length + c.changed.length + c.removed.length, 0);
  const items = count(release.editions) + count(release.datasets);
  io.stdout(
    `${shown(options.lockFile)} ${done.lockWritten ? 'written' : 'unchanged'} (version ${lock.version}, updated ${lock.updated})`,
  );
  io.stdout(
    `${shown(options.historyFile!)} ${done.historyWritten ? 'written' : 'unchanged'} (release ${release.version} of ${release.date}: ${items} item${items === 1 ? '' : 's'} added, changed or removed)`,
  );
  if (done.changelogWritten)
    io.stdout(`${shown(path.join(options.rootDir, 'CHANGELOG.md'))}: notes for authors put apart`);
}

if (isEntryScript(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), processIo());
}
