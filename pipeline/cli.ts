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
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent } from './build.js';
import { countDiagnostics, errorsOf, formatDiagnostics } from './diagnostics.js';
import { type Io, isEntryScript, processIo } from './io.js';
import { SOURCE_LOCALE } from './locale-module.js';
import { syncEditionExports } from './package-exports.js';
import { readMetaInfo } from './package-info.js';
import { CONTENT_DIR, GENERATED_DIR, PACKAGE_ROOT } from './paths.js';
import { watchContent } from './watch.js';
import { OutputError } from './write.js';

/** The usage line printed on wrong usage and with --help. */
export const USAGE = 'usage: npm run content -- [--content-dir DIR] [--out-dir DIR] [--check] [--watch]';

/**
 * Runs the command with the given arguments.
 *
 * @returns The exit code: 0, 1 (bad content) or 2 (usage). It never throws.
 */
export async function main(args: readonly string[], io: Io = processIo(), signal?: AbortSignal): Promise<number> {
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
      await watchContent({
        dir: contentDir,
        build: () => buildOnce(contentDir, outDir, check, io),
        onError: (error) => io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`),
        signal: signal ?? interruptSignal(),
      });
      return 0;
    }
    return await buildOnce(contentDir, outDir, check, io);
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * What is wrong with the directories given, if anything: the content directory must exist, and the
 * out-dir (which each build replaces whole) must neither be it, nor lie inside it, nor contain it.
 *
 * @returns The problem, or `undefined`.
 */
async function usageProblem(contentDir: string, outDir: string): Promise<string | undefined> {
  const stats = await stat(contentDir).catch(() => undefined);
  if (!stats?.isDirectory()) return `the content directory ${contentDir} does not exist or is not a directory`;
  const inside = (child: string, parent: string) => {
    const relative = path.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (inside(outDir, contentDir) || inside(contentDir, outDir)) {
    return `the out-dir ${outDir} overlaps the content directory ${contentDir}: each build replaces the out-dir whole, so keep them apart`;
  }
  return undefined;
}

/** Builds once and prints the outcome; returns the exit code (0 or 1). Throws on unreadable directories. */
async function buildOnce(contentDir: string, outDir: string, check: boolean, io: Io): Promise<number> {
  const meta = check ? undefined : await readMetaInfo(PACKAGE_ROOT);
  let result: Awaited<ReturnType<typeof buildContent>>;
  try {
    result = await buildContent({ contentDir, outDir, check, cwd: io.cwd, ...(meta ? { meta } : {}) });
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`error: ${error.message}; nothing was changed`);
    return 1;
  }
  for (const line of formatDiagnostics(result.diagnostics)) io.stderr(line);
  const counted = countDiagnostics(result.diagnostics);
  if (errorsOf(result.diagnostics).length > 0) {
    io.stderr(`${counted} found; nothing was written`);
    return 1;
  }
  const written = result.written;
  const where = path.relative(io.cwd, outDir) || '.';
  const warned = counted === '' ? '' : ` (${counted}: the build went on)`;
  io.stdout(
    check
      ? `content is valid${warned}`
      : `content built: ${written.map((f) => path.basename(f)).join(', ')} in ${where}${warned}`,
  );
  // The package's own build: every edition has its entry in package.json.
  if (!check && path.resolve(outDir) === GENERATED_DIR && result.dataset) {
    const editions = Object.keys(result.dataset.content).filter((locale) => locale !== SOURCE_LOCALE);
    for (const locale of await syncEditionExports(PACKAGE_ROOT, editions))
      io.stdout(`package.json: added the entry north-korean-escapees/${locale}`);
  }
  return 0;
}

/** Aborts on Ctrl-C (SIGINT) or SIGTERM. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort());
  return controller.signal;
}

if (isEntryScript(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
