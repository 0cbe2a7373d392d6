/**
 * `npm run build`: the package, from the content to `dist/`, in one process (run compiled by
 * scripts/run.mjs). First the content build (answered from its cache when the content, the code and
 * the release are unchanged) and the editions' entries in package.json; then `dist/` whole, made
 * anew: the JavaScript of every entry (bundle.ts: tsup's `build()` with tsup.config.ts's options)
 * while TypeScript writes their declarations (declarations.ts), then the Svelte entries' files
 * (svelte.ts), `data.json` and `schema.json` (assets.ts). One line per step, with its time.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { main as content } from '../pipeline/cli.js';
import { duration, type Io, processIo } from '../pipeline/io.js';
import { GENERATED_DIR, PACKAGE_ROOT } from '../pipeline/paths.js';
import { writeAssets } from './assets.js';
import { bundleJavaScript } from './bundle.js';
import { buildDeclarations } from './declarations.js';
import { buildSvelteEntries } from './svelte.js';

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
  const code = await content([], io);
  if (code !== 0) return code;
  const root = PACKAGE_ROOT;
  const step = async (what: string, work: Promise<readonly string[]>) => {
    const start = performance.now();
    const value = await work;
    const names = value.map((file) => path.basename(file));
    io.stdout(`dist: ${what} in ${duration(performance.now() - start)}: ${names.join(', ')}`);
    return value;
  };
  try {
    await rm(path.join(root, 'dist'), { recursive: true, force: true });
    await mkdir(path.join(root, 'dist'));
    await Promise.all([
      // dist/ was emptied above: tsup must not empty it again while the declarations are written.
      step('JavaScript (tsup)', bundleJavaScript(root)),
      // TypeScript's emit is synchronous: started once tsup's esbuild is under way in its own process.
      step(
        'declarations',
        new Promise<string[]>((resolve, reject) => setImmediate(() => buildDeclarations(root).then(resolve, reject))),
      ),
    ]);
    await step('Svelte entries', buildSvelteEntries(root));
    await step('data', writeAssets(GENERATED_DIR, path.join(root, 'dist'), root));
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.stdout(`package built in ${duration(performance.now() - started)}`);
  return 0;
}
