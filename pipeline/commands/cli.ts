/**
 * The `npm run content` command.
 *
 *   npm run content -- [--content-dir DIR] [--out-dir DIR] [--check] [--watch]
 *
 * Exit codes: 0 built (or valid, with --check), warnings included (printed to stderr as
 * `path:line:col: warning: message [rule-id]`, and counted on the last line); 1 bad content (every
 * problem printed to stderr as `path:line:col: message [rule-id]`, nothing written) or an output that cannot be written (one
 * `error:` line); 2 wrong usage (unknown options, a content directory that does not exist, an
 * out-dir that overlaps it). --watch rebuilds on every change until interrupted and never exits on
 * bad content (see watch.ts). The release a content change needs is `npm run semver` (release/cli.ts).
 */
import { readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BuildResult, buildContent } from '../build.js';
import { SOURCE_LOCALE } from '../emit/locale-module.js';
import { isEditorFile } from '../load/load.js';
import { countDiagnostics, errorsOf, formatDiagnostics } from '../shared/diagnostics.js';
import { HistoryError } from '../shared/history-file.js';
import { duration, type Io, isEntryScript, processIo } from '../shared/io.js';
import { syncEditionExports } from '../shared/package-exports.js';
import { readMetaInfo } from '../shared/package-info.js';
import { CONTENT_DIR, GENERATED_DIR, PACKAGE_ROOT } from '../shared/paths.js';
import { cacheTrusted } from '../write/cache.js';
import { type BuildMemo, createBuildMemo } from '../write/memo.js';
import { OutputError } from '../write/write.js';
import { watchContent } from './watch.js';

/** The usage line printed on wrong usage and with --help. */
export const USAGE = 'usage: npm run content -- [--content-dir DIR] [--out-dir DIR] [--check] [--watch]';

/** What `--watch` does besides rebuilding the content, e.g. keep the package's dist/ current (scripts/content.ts). */
export interface WatchHooks {
  /**
   * Called after each build that changed the output (the first one included), with the out-dir.
   * It prints its own lines; a rejection is reported and the watch goes on.
   */
  readonly afterBuild?: (outDir: string) => Promise<void>;
  /** Called once when the watch stops. */
  readonly stop?: () => Promise<void>;
}

/**
 * Runs the command with the given arguments.
 *
 * @param hooks What `--watch` does after each build besides writing the content (nothing by default).
 * @returns The exit code: 0, 1 (bad content) or 2 (usage). It never throws.
 */
export async function main(
  args: readonly string[],
  io: Io = processIo(),
  signal?: AbortSignal,
  hooks: WatchHooks = {},
): Promise<number> {
  let values: { 'content-dir'?: string; 'out-dir'?: string; check?: boolean; help?: boolean; watch?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        'content-dir': { type: 'string' },
        'out-dir': { type: 'string' },
        check: { type: 'boolean' },
        watch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    io.stderr(USAGE);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const contentDir = path.resolve(io.cwd, values['content-dir'] ?? CONTENT_DIR);
  const outDir = path.resolve(io.cwd, values['out-dir'] ?? GENERATED_DIR);
  const check = values.check ?? false;
  const usage = await usageProblem(contentDir, outDir);
  if (usage) {
    io.stderr(`error: ${usage}`);
    io.stderr(USAGE);
    return 2;
  }
  try {
    if (values.watch) {
      const report = (error: unknown) => io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
      const session = watchSession({ contentDir, outDir, check, io, hooks });
      try {
        await watchContent({ dir: contentDir, build: session, onError: report, signal: signal ?? interruptSignal() });
      } finally {
        await hooks.stop?.().catch(report);
      }
      return 0;
    }
    return (await buildOnce(contentDir, outDir, check, io)).code;
  } catch (error) {
    // A refused history file is one located line already: `content.history.json:line:col: message [rule-id]`.
    io.stderr(
      error instanceof HistoryError
        ? error.message
        : `error: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

/**
 * What is wrong with the directories given, if anything: the content directory must exist, and the
 * out-dir must neither be it, nor lie inside it, nor contain it, compared after resolving links
 * (whether the out-dir is the build's to write is `write.ts`'s to say).
 *
 * @returns The problem, or `undefined`.
 */
async function usageProblem(contentDir: string, outDir: string): Promise<string | undefined> {
  const stats = await stat(contentDir).catch(() => undefined);
  if (!stats?.isDirectory()) return `the content directory ${contentDir} does not exist or is not a directory`;
  const [content, out] = await Promise.all([realpath(contentDir), resolveLinks(outDir)]);
  const inside = (child: string, parent: string) => {
    const relative = path.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (inside(out, content) || inside(content, out)) {
    return `the out-dir ${outDir} overlaps the content directory ${contentDir}: keep them apart`;
  }
  return undefined;
}

/**
 * A path with every link along it resolved, as far as it exists (the rest as written); a link at
 * its end is resolved too, wherever it points (up to 40 links, as Linux follows).
 */
async function resolveLinks(file: string, depth = 0): Promise<string> {
  const real = await realpath(file).catch(() => undefined);
  if (real || depth > 40) return real ?? file;
  const target = await readlink(file).catch(() => undefined);
  if (target !== undefined) return resolveLinks(path.resolve(path.dirname(file), target), depth + 1);
  const parent = path.dirname(file);
  return parent === file ? file : path.join(await resolveLinks(parent, depth + 1), path.basename(file));
}

/**
 * Builds once (from the content-hash cache when the out-dir already shows this output) and prints
 * the outcome: its problems, or one line saying what was built (unless `quiet`, for --watch).
 *
 * @returns The exit code (0 or 1) and the build's result (none when the output could not be written).
 * @throws On unreadable directories.
 */
async function buildOnce(
  contentDir: string,
  outDir: string,
  check: boolean,
  io: Io,
  quiet = false,
  memo?: BuildMemo,
): Promise<{ code: number; result?: BuildResult }> {
  const meta = check ? undefined : await readMetaInfo(PACKAGE_ROOT);
  let result: BuildResult;
  try {
    result = await buildContent({
      contentDir,
      outDir,
      check,
      cwd: io.cwd,
      cache: cacheTrusted(),
      ...(meta ? { meta } : {}),
      ...(memo ? { memo } : {}),
    });
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`error: ${error.message}; nothing was changed`);
    return { code: 1 };
  }
  for (const line of formatDiagnostics(result.diagnostics)) io.stderr(line);
  const counted = countDiagnostics(result.diagnostics);
  if (errorsOf(result.diagnostics).length > 0) {
    io.stderr(`${counted} found; nothing was written`);
    return { code: 1, result };
  }
  const names = result.written.map((f) => path.basename(f)).join(', ');
  const where = path.relative(io.cwd, outDir) || '.';
  const warned = counted === '' ? '' : ` (${counted}: the build went on)`;
  if (!quiet)
    io.stdout(
      check
        ? `content is valid${warned}`
        : result.cached
          ? `content unchanged: ${names} in ${where} are up to date`
          : `content built: ${names} in ${where}${warned}`,
    );
  // The package's own build: every edition has its entry in package.json.
  if (!check && path.resolve(outDir) === GENERATED_DIR && result.dataset) {
    const editions = Object.keys(result.dataset.content).filter((locale) => locale !== SOURCE_LOCALE);
    for (const locale of await syncEditionExports(PACKAGE_ROOT, editions))
      io.stdout(`package.json: added the entry north-korean-escapees/${locale}`);
  }
  return { code: 0, result };
}

/**
 * One `--watch` session's builds: each prints one line saying when, what changed, which outputs
 * were rebuilt and how long it took (problems are printed before it, unless the files changed again
 * while it ran), then runs the hooks.
 *
 * @returns The build function `watchContent` calls with the names of the changed files.
 */
function watchSession(options: {
  contentDir: string;
  outDir: string;
  check: boolean;
  io: Io;
  hooks: WatchHooks;
}): (changed: readonly string[], superseded: () => boolean) => Promise<void> {
  const { contentDir, outDir, check, io, hooks } = options;
  let previous: ReadonlyMap<string, string> = new Map();
  // A file that has not changed since an earlier build is not parsed again (memo.ts).
  const memo = createBuildMemo();
  return async (changed, superseded) => {
    const started = performance.now();
    // Problems are held back until it is known whether the files changed again meanwhile: a save
    // can be seen half-written, and the build that follows it at once says what is wrong, if anything.
    const problems: string[] = [];
    const held: Io = { stdout: io.stdout, stderr: (line) => problems.push(line), cwd: io.cwd };
    const { code, result } = await buildOnce(contentDir, outDir, check, held, true, memo);
    const took = duration(performance.now() - started);
    // Content files by name; an editor's temporary files (written beside, then renamed) are not named.
    const named = changed.filter((name) => (name.endsWith('.md') && !isEditorFile(name)) || name === '.');
    const which = named.length > 0 ? `${named.join(', ')} changed` : 'a file changed';
    const what = `${clock()} ${changed.length === 0 ? 'watching' : which}:`;
    if (code !== 0 && superseded()) return;
    for (const line of problems) io.stderr(line);
    if (code !== 0 || !result) return io.stderr(`${what} the last good output stays (${took})`);
    const counted = countDiagnostics(result.diagnostics);
    const warned = counted === '' ? '' : `; ${counted}: the build went on`;
    if (check) return io.stdout(`${what} content is valid (${took}${warned})`);
    const outputs = new Map(result.outputs.map((file) => [file.name, file.contents]));
    const rebuilt = [...outputs.keys()].filter((name) => previous.get(name) !== outputs.get(name));
    previous = outputs;
    const where = path.relative(io.cwd, outDir) || '.';
    if (rebuilt.length === 0) return io.stdout(`${what} no output changed (${took}${warned})`);
    io.stdout(`${what} ${rebuilt.join(', ')} rebuilt in ${where} (${took}${warned})`);
    await hooks.afterBuild?.(outDir);
  };
}

/**
 * The local time of day, for --watch's lines.
 *
 * @returns `HH:MM:SS.mmm`.
 */
export function clock(date: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

/** Aborts on Ctrl-C (SIGINT) or SIGTERM. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort());
  return controller.signal;
}

if (isEntryScript(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
