/**
 * `npm run build`: the package, from the content to `dist/`, in one process (run compiled by
 * scripts/run.mjs). First the content build (answered from its cache when the content, the code and
 * the release are unchanged) and the editions' entries in package.json; then a whole new `dist/`,
 * made beside the old one and switched in place at the end (dist.ts): the JavaScript of every entry
 * (bundle.ts: tsup's `build()` with tsup.config.ts's options) while TypeScript writes their
 * declarations (declarations.ts) in a worker thread, so the two use two cores; then the Svelte
 * entries' files (svelte.ts), `data.json` and `schema.json` (assets.ts). One line per step, with its time.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { main as content } from '../pipeline/commands/cli.js';
import { duration, type Io, processIo } from '../pipeline/shared/io.js';
import { GENERATED_DIR, PACKAGE_ROOT } from '../pipeline/shared/paths.js';
import { writeAssets } from './assets.js';
import { bundleJavaScript } from './bundle.js';
import { writeCached } from './declaration-programs.js';
import { replaceDist } from './dist.js';
import { buildSvelteEntries } from './svelte.js';

/**
 * A worker thread for the declarations, started at once: scripts/run.mjs compiles and loads
 * scripts/declarations.ts there, with TypeScript and rollup, while this thread builds the content.
 */
interface DeclarationsWorker {
  /**
   * Writes the declarations of the package at `root` into `distDir`: a program's from its cache
   * (declaration-programs.ts) in this thread, the others' in the worker. TypeScript's emit is
   * synchronous: in this thread it would wait for tsup, and tsup for it; in a worker the two use two
   * cores. The worker is stopped when it has nothing to do.
   *
   * @returns The paths written, relative to `root`, sorted.
   * @throws {Error} The worker's error.
   */
  write(root: string, distDir: string): Promise<string[]>;
  /** Stops the worker (a build that fails before or beside it). */
  stop(): void;
}

/** Starts a `DeclarationsWorker`. */
function declarationsWorker(): DeclarationsWorker {
  const worker = new Worker(path.join(PACKAGE_ROOT, 'scripts/run.mjs'), {
    workerData: { run: { entry: 'scripts/declarations.ts', name: 'buildDeclarations', tools: ['typescript'] } },
  });
  const done = new Promise<string[]>((resolve, reject) => {
    worker.once('message', (reply: { value?: string[]; error?: string }) =>
      reply.error === undefined ? resolve(reply.value ?? []) : reject(new Error(reply.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`declarations: the worker stopped (exit code ${code})`)));
  });
  const stop = () => {
    done.catch(() => undefined);
    void worker.terminate();
  };
  return {
    async write(root, distDir) {
      const { written, missing } = await writeCached(root, undefined, undefined, distDir);
      if (missing.length === 0) {
        stop();
        return written.sort();
      }
      worker.postMessage([root, missing, distDir]);
      return [...written, ...(await done)].sort();
    },
    stop,
  };
}

/**
 * Builds the package at `PACKAGE_ROOT`.
 *
 * @returns The exit code: 0, or 1 when the content has problems (printed) or a step fails (one `error:` line).
 */
export async function main(args: readonly string[] = [], io: Io = processIo()): Promise<number> {
  if (args.length > 0) {
    io.stderr('usage: npm run build');
    return 2;
  }
  const started = performance.now();
  const declarations = declarationsWorker();
  const code = await content([], io);
  if (code !== 0) {
    declarations.stop();
    return code;
  }
  const root = PACKAGE_ROOT;
  const step = async (what: string, work: Promise<readonly string[]>) => {
    const start = performance.now();
    const value = await work;
    const names = value.map((file) => path.basename(file));
    io.stdout(`dist: ${what} in ${duration(performance.now() - start)}: ${names.join(', ')}`);
    return value;
  };
  try {
    await replaceDist(root, async (distDir) => {
      // Both settle before a failure is reported: the new dist/ is removed only once nothing writes to it.
      const both = await Promise.allSettled([
        step('JavaScript (tsup)', bundleJavaScript(root, distDir)),
        step('declarations', declarations.write(root, distDir)),
      ]);
      for (const result of both) if (result.status === 'rejected') throw result.reason;
      await step('Svelte entries', buildSvelteEntries(root, distDir));
      await step('data', writeAssets(GENERATED_DIR, distDir, root));
    });
  } catch (error) {
    declarations.stop();
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.stdout(`package built in ${duration(performance.now() - started)}`);
  return 0;
}
