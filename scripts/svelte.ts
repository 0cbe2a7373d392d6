/**
 * The files of each Svelte entry (`kind: 'svelte'` in scripts/entries.ts): its components ship as
 * Svelte source, as Svelte libraries do, for the user's Svelte compiler. From `src/<name>/`, the
 * `.svelte` and `.js` files are copied to `dist/<name>/` as they are, and each `.ts` module is
 * bundled (ESM, ES2022, self-contained) to the `.js` file of the same name beside them.
 *
 * Run by `npm run build` (scripts/build.ts), by `--watch`'s first `dist/` update (scripts/develop.ts)
 * and, for `npx tsup`, by tsup.config.ts's `onSuccess`.
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
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
    if (entry.outside) {
      await writeFile(inDist(root, distDir, entry.outside), outsideModule(entry.specifier));
      written.push(entry.outside);
    }
  }
  return written.sort();
}

/**
 * The module a Svelte entry resolves to outside Svelte's tooling (its `default` condition): without
 * it Node says only `ERR_PACKAGE_PATH_NOT_EXPORTED`, as if the entry did not exist.
 *
 * @returns Its code: it throws an Error saying why and what to use instead.
 */
export function outsideModule(specifier: string): string {
  const message =
    `${specifier} ships Svelte components as source, for Svelte's compiler: it resolves under the "svelte" export ` +
    'condition, which Svelte tooling sets (SvelteKit, @sveltejs/vite-plugin-svelte, rollup-plugin-svelte). ' +
    `Import it from a .svelte file or a Svelte build. Outside Svelte, render with toHtml from "${specifier.split('/')[0]}", ` +
    'or with its /react, /vue or /hast entry.';
  return `// Resolved where the "svelte" condition is not set: see the message.\nthrow new Error(${JSON.stringify(message)});\n`;
}
