/**
 * The files of each Svelte entry (`kind: 'svelte'` in scripts/entries.ts): its components ship as
 * Svelte source, as Svelte libraries do, for the user's Svelte compiler. From `src/<name>/`, the
 * `.svelte` and `.js` files are copied to `dist/<name>/` as they are, and each `.ts` module is
 * bundled (ESM, ES2022, self-contained) to the `.js` file of the same name beside them.
 *
 * Run by `npm run build` (scripts/build.ts), by `--watch`'s first `dist/` update (scripts/develop.ts)
 * and, for `npx tsup`, by tsup.config.ts's `onSuccess`.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { inDist } from './dist.js';
import { readEntries } from './entries.js';

/**
 * Writes the files of every Svelte entry of the package at `root` into `<name>/` of `distDir` (`root/dist`).
 *
 * @returns The paths written, relative to `root`, sorted.
 * @throws {Error} If a file cannot be read or written, or a module does not build.
 */
export async function buildSvelteEntries(root: string, distDir = path.join(root, 'dist')): Promise<string[]> {
  const written: string[] = [];
  for (const entry of readEntries(root).entries) {
    if (entry.kind !== 'svelte' || !entry.files) continue;
    const from = path.join(root, entry.files);
    const shipped = path.dirname(entry.import.default);
    const to = inDist(root, distDir, shipped);
    await mkdir(to, { recursive: true });
    for (const name of (await readdir(from)).sort()) {
      const out = path.join(to, name.replace(/\.ts$/, '.js'));
      if (name.endsWith('.ts')) {
        await build({
          entryPoints: [path.join(from, name)],
          outfile: out,
          bundle: true,
          format: 'esm',
          platform: 'neutral',
          target: 'es2022',
          logLevel: 'silent',
          // The paths esbuild writes in its comments are relative to this: the package, not the caller's directory.
          absWorkingDir: root,
        });
      } else if (name.endsWith('.svelte') || name.endsWith('.js')) {
        await copyFile(path.join(from, name), out);
      } else continue;
      written.push(path.join(shipped, path.basename(out)));
    }
  }
  return written.sort();
}
