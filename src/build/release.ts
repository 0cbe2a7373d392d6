/**
 * Release tooling around the content lock:
 *
 *   tsx src/build/release.ts check   (npm run check:release) fails when the content changed since
 *                                     content.lock.json and no pending changeset declares the bump
 *   tsx src/build/release.ts lock    (run by npm run version-packages) rewrites content.lock.json
 *   tsx src/build/release.ts semver  (also npm run content -- --semver) prints the bump and reasons
 *   tsx src/build/release.ts draft   (npm run changeset:content) writes a changeset declaring the
 *                                     bump, its text a list of the changes in readers' words
 *
 * Options: [--content-dir DIR] [--lock FILE] [--root DIR] (the directory of package.json and .changeset).
 * Exit codes: 0 ok; 1 check failed, bad content or bad lock; 2 wrong usage.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import readChangesets from '@changesets/read';
import type { Content } from '../schema.js';
import { buildContent } from './build.js';
import type { Io } from './cli.js';
import { formatDiagnostics, type Diagnostic } from './diagnostics.js';
import { createLock, LOCK_FILE, parseLock, serializeLock, type ContentLock } from './lock.js';
import { writeFileAtomic } from './write.js';
import { BUMPS, changelogNotes, diffLocks, maxBump, type Bump, type SemverResult } from './semver.js';

/** The usage line of this command. */
export const RELEASE_USAGE = 'usage: tsx src/build/release.ts check|lock|semver|draft [--content-dir DIR] [--lock FILE] [--root DIR]';

/** The package root: where package.json, content.lock.json and .changeset/ are. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the release commands read and write. */
export interface ReleaseOptions {
  /** The directory holding the content. */
  readonly contentDir: string;
  /** The lock file. */
  readonly lockFile: string;
  /** The directory of package.json and .changeset/. */
  readonly rootDir: string;
  /** The directory diagnostics' paths are shown relative to. */
  readonly cwd?: string;
}

/** The default options: this package's content, lock and root. */
export const RELEASE_DEFAULTS: ReleaseOptions = {
  contentDir: path.join(PACKAGE_ROOT, 'content'),
  lockFile: path.join(PACKAGE_ROOT, LOCK_FILE),
  rootDir: PACKAGE_ROOT,
};

/**
 * Builds (validates) the current content and describes it as a lock.
 *
 * @returns The lock of the current content, or the content's diagnostics if it is invalid.
 * @throws If the content directory or package.json cannot be read.
 */
export async function currentLock(
  options: ReleaseOptions,
  updated: string,
): Promise<{ lock: ContentLock | undefined; diagnostics: readonly Diagnostic[] }> {
  const result = await buildContent({ contentDir: options.contentDir, outDir: options.contentDir, check: true, cwd: options.cwd ?? process.cwd() });
  const editions: Content[] = Object.values(result.dataset?.content ?? {});
  if (result.diagnostics.length > 0 || editions.length === 0) return { lock: undefined, diagnostics: result.diagnostics };
  const pkg = await readPackage(options.rootDir);
  return { lock: createLock(editions, { package: pkg.name, version: pkg.version, updated }, result.dataset?.arrivals), diagnostics: [] };
}

/**
 * Compares the current content with the lock.
 *
 * @returns The required bump and reasons, or the content's diagnostics if it is invalid.
 * @throws If the lock is missing or invalid, or the content directory cannot be read.
 */
export async function computeSemver(options: ReleaseOptions): Promise<{ result: SemverResult | undefined; diagnostics: readonly Diagnostic[] }> {
  const before = await readLock(options.lockFile);
  const { lock, diagnostics } = await currentLock(options, before.updated);
  return { result: lock && diffLocks(before, lock), diagnostics };
}

/**
 * Reads the pending changesets (`.changeset/*.md`) with `@changesets/read`.
 *
 * @returns The most severe release type they declare for `name`, or `undefined` if none names it.
 * @throws If a changeset cannot be parsed.
 */
export async function pendingBump(rootDir: string, name: string): Promise<{ bump: Bump | undefined; files: readonly string[] }> {
  const changesets = await readChangesets(rootDir);
  let bump: Bump | undefined;
  const files: string[] = [];
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (release.name !== name) continue;
      bump = maxBump(bump ?? 'none', release.type);
      files.push(`.changeset/${changeset.id}.md`);
    }
  }
  return { bump, files };
}

/** The outcome of `checkRelease`. */
export interface CheckResult {
  /** Whether the pending changesets cover the content's changes. */
  readonly ok: boolean;
  /** What to print: on failure, the first line is the reason. */
  readonly lines: readonly string[];
  /** The content's problems, if it is invalid (then `ok` is false). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The CI check: the content may differ from the lock only if pending changesets declare at least
 * the bump the difference requires.
 *
 * @returns Whether the check passed and what to print.
 * @throws If the lock, package.json or a changeset cannot be read or parsed.
 */
export async function checkRelease(options: ReleaseOptions): Promise<CheckResult> {
  const { result, diagnostics } = await computeSemver(options);
  if (!result) return { ok: false, lines: ['the content has problems; fix them first'], diagnostics };
  const lockName = path.basename(options.lockFile);
  if (result.bump === 'none') return { ok: true, lines: [`content matches ${lockName}: no release needed`], diagnostics };
  const { name } = await readPackage(options.rootDir);
  const { bump: declared, files } = await pendingBump(options.rootDir, name);
  const required = result.bump;
  const why = summarise(result.reasons.filter((reason) => reason.startsWith(`${required}:`)).map((reason) => reason.slice(required.length + 2)));
  if (declared !== undefined && BUMPS.indexOf(declared) >= BUMPS.indexOf(required)) {
    return { ok: true, lines: [`${required} bump required (${why}); pending changesets declare ${declared} (${files.join(', ')})`, ...result.reasons.map((r) => `  ${r}`)], diagnostics };
  }
  const have = declared === undefined ? `no pending changeset releases ${name}` : `pending changesets declare only ${declared}`;
  return {
    ok: false,
    lines: [
      `${required} bump required (${why}) but ${have}`,
      `add one with \`npm run changeset\` (choose ${required} for ${name}) that tells readers what changed:`,
      ...result.reasons.map((reason) => `  ${reason}`),
    ],
    diagnostics,
  };
}

/**
 * Rewrites the lock from the current content (the last step of `npm run version-packages`).
 * `updated` stays as it was when the content is unchanged, and becomes `today` otherwise.
 *
 * @returns The new lock and whether the file changed.
 * @throws If the content is invalid, or a file cannot be read or written.
 */
export async function updateLock(options: ReleaseOptions, today: string): Promise<{ lock: ContentLock; written: boolean }> {
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

/** The first line of a drafted changeset: a sentence, so the changelog's bullet holds it and the changes nest below. */
export const DRAFT_HEADING = 'Changes to the content:';

/**
 * The lines of the pending changesets that name the package, as a drafted change would be written
 * (`- ` and surrounding space removed).
 *
 * @returns The set of lines.
 * @throws If a changeset cannot be parsed.
 */
async function pendingLines(rootDir: string, name: string): Promise<Set<string>> {
  const lines = new Set<string>();
  for (const changeset of await readChangesets(rootDir)) {
    if (!changeset.releases.some((release) => release.name === name)) continue;
    for (const line of changeset.summary.split('\n')) lines.add(line.trim().replace(/^[-*]\s+/, ''));
  }
  return lines;
}

/**
 * Writes a changeset for the content's changes since the lock that no pending changeset lists yet:
 * it declares the bump those changes need and lists them in readers' words under one sentence (so
 * the changelog reads "- Changes to the content:" with the changes nested, never "- - …"), for the
 * maintainer to edit before committing. The file is named after its text
 * (`.changeset/content-<hash>.md`), so running it again rewrites the same draft.
 *
 * @returns The path written and the bump, or `undefined` when the content matches the lock, every
 *   change is already listed by a pending changeset (nothing written), or the content has problems
 *   (see `diagnostics`).
 * @throws If the lock or package.json is missing or invalid, a changeset cannot be parsed, or the file cannot be written.
 */
export async function draftChangeset(
  options: ReleaseOptions,
): Promise<{ file: string | undefined; bump: Bump; diagnostics: readonly Diagnostic[]; alreadyPending: readonly string[] }> {
  const before = await readLock(options.lockFile);
  const { lock, diagnostics } = await currentLock(options, before.updated);
  if (!lock) return { file: undefined, bump: 'none', diagnostics, alreadyPending: [] };
  const { changes } = changelogNotes(before, lock);
  const pending = await pendingLines(options.rootDir, lock.package);
  const fresh = changes.filter((change) => !pending.has(change.note));
  const alreadyPending = changes.filter((change) => pending.has(change.note)).map((change) => change.note);
  if (fresh.length === 0) return { file: undefined, bump: 'none', diagnostics, alreadyPending };
  const bump = fresh.reduce<Bump>((most, change) => maxBump(most, change.bump), 'none');
  const text = `---\n${JSON.stringify(lock.package)}: ${bump}\n---\n\n${DRAFT_HEADING}\n${fresh.map((change) => `- ${change.note}`).join('\n')}\n`;
  const name = `content-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.md`;
  const file = await writeFileAtomic(path.join(options.rootDir, '.changeset', name), text);
  return { file, bump, diagnostics, alreadyPending };
}

/**
 * Reads and validates a lock file.
 *
 * @returns The lock.
 * @throws If the file cannot be read (the error keeps its `code`) or is not a valid lock.
 */
export async function readLock(file: string): Promise<ContentLock> {
  return parseLock(await readFile(file, 'utf8'), path.basename(file));
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

/**
 * Reads the name and version of the package at `rootDir`.
 *
 * @returns Its `name` and `version`.
 * @throws If package.json cannot be read or lacks them.
 */
export async function readPackage(rootDir: string): Promise<{ name: string; version: string }> {
  const pkg = JSON.parse(await readFile(path.join(rootDir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') throw new Error(`${path.join(rootDir, 'package.json')}: needs a name and a version`);
  return { name: pkg.name, version: pkg.version };
}

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
  let parsed: { values: { 'content-dir'?: string; lock?: string; root?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { 'content-dir': { type: 'string' }, lock: { type: 'string' }, root: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}`);
    io.stderr(RELEASE_USAGE);
    return 2;
  }
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
    cwd: io.cwd,
  };
  try {
    if (command === 'semver') return await printSemver(options, io);
    if (command === 'draft') {
      const { file, bump, diagnostics, alreadyPending } = await draftChangeset(options);
      for (const line of formatDiagnostics(diagnostics)) io.stderr(line);
      if (diagnostics.length > 0) return 1;
      if (file) io.stdout(`${path.relative(io.cwd, file)} written (${bump}): edit it so readers know what changed, then commit it`);
      else io.stdout(alreadyPending.length > 0 ? 'every change is already listed by a pending changeset: no new changeset needed' : 'content matches the lock: no changeset needed');
      if (alreadyPending.length > 0) io.stdout(`left out, already pending: ${alreadyPending.length} change${alreadyPending.length === 1 ? '' : 's'}`);
      return 0;
    }
    if (command === 'lock') {
      const { lock, written } = await updateLock(options, today());
      io.stdout(`${path.relative(io.cwd, options.lockFile) || options.lockFile} ${written ? 'written' : 'unchanged'} (version ${lock.version}, updated ${lock.updated})`);
      return 0;
    }
    const result = await checkRelease(options);
    for (const line of formatDiagnostics(result.diagnostics)) io.stderr(line);
    for (const line of result.lines) (result.ok ? io.stdout : io.stderr)(line);
    return result.ok ? 0 : 1;
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** At most three reasons, joined; the rest counted. */
function summarise(reasons: readonly string[]): string {
  const shown = reasons.slice(0, 3).join('; ');
  return reasons.length > 3 ? `${shown}; and ${reasons.length - 3} more` : shown;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  });
}
