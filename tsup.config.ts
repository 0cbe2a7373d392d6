import path from 'node:path';
import type { Options } from 'tsup';
import { readEntries } from './scripts/entries.js';

/**
 * tsup's options for the package at `root`: every JavaScript entry of package.json's exports map,
 * `dist/<name>.js` and `.cjs` from `src/<name>.ts`. `npm run build` (scripts/build.ts) passes them to
 * tsup's `build()` in its own process; `npx tsup` reads the default export below. Either way tsup
 * runs in `root` (it resolves the entries, `dist` and package.json's dependencies from the working
 * directory).
 *
 * @returns The options; reading them reads package.json (throws if it is missing or invalid).
 */
export function tsupOptions(root: string): Options {
  // Every JavaScript entry of package.json's exports map: `dist/<name>.js` and `.cjs` from `src/<name>.ts`.
  const entry = Object.fromEntries(
    readEntries(root)
      .entries.filter((e) => e.kind === 'module')
      .map((e) => [e.name, e.source]),
  );
  return {
    // schema (north-korean-escapees/schema) imports zod, and react and vue their frameworks: optional peer
    // dependencies, left external (tsup keeps every peer dependency external).
    entry,
    format: ['esm', 'cjs'],
    // Declarations are not tsup's: scripts/declarations.ts writes one file per entry, once, after the build.
    dts: false,
    // Svelte entries ship their components as Svelte source, with the modules they import (scripts/svelte.ts).
    onSuccess: async () => {
      // Loaded here, not above: `npm run build` reads these options without them (and TypeScript).
      const [{ buildDeclarations }, { buildSvelteEntries }] = await Promise.all([
        import('./scripts/declarations.js'),
        import('./scripts/svelte.js'),
      ]);
      const [written, svelte] = await Promise.all([buildDeclarations(root), buildSvelteEntries(root)]);
      console.log(`DTS ${written.map((file) => path.basename(file)).join(', ')}`);
      if (svelte.length > 0) console.log(`SVELTE ${svelte.join(', ')}`);
    },
    clean: true,
    // esbuild tree-shakes as it bundles; tsup's extra pass (rollup over every output) was measured
    // at 6 bytes less in a consumer's minified, gzipped bundle of the main entry, for 0.5–0.8 s more
    // per build: not taken.
    treeshake: false,
    // No shared chunks: the locale picker's namespace objects would otherwise sit in the chunk the
    // main entry imports and keep every export alive (defeating tree-shaking of `estimate` alone).
    splitting: false,
    minify: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    // esbuild resolves the entries and `dist` against the directory it was first loaded in, which
    // need not be `root` (a build started from elsewhere): named here.
    // src/generated is a link to the current generation (named by the build's key): the bundles name
    // their modules by the link's path, so the same content bundles to the same bytes (esbuild
    // writes each module's path above its code).
    esbuildOptions(options) {
      options.absWorkingDir = root;
      options.preserveSymlinks = true;
    },
  };
}

/**
 * What `npx tsup` reads: a function, so that nothing is read until tsup asks (the build imports
 * `tsupOptions` compiled, without tsup's own code, which `defineConfig` would load).
 *
 * @returns The options for this package.
 */
export default function config(): Options {
  return tsupOptions(import.meta.dirname);
}
