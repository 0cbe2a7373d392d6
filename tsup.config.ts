import path from 'node:path';
import { defineConfig } from 'tsup';
import { buildDeclarations } from './scripts/declarations.js';
import { readEntries } from './scripts/entries.js';
import { buildSvelteEntries } from './scripts/svelte.js';

const root = import.meta.dirname;
// Every JavaScript entry of package.json's exports map: `dist/<name>.js` and `.cjs` from `src/<name>.ts`.
const entry = Object.fromEntries(
  readEntries(root)
    .entries.filter((e) => e.kind === 'module')
    .map((e) => [e.name, e.source]),
);

export default defineConfig({
  // schema (north-korean-escapees/schema) imports zod, and react and vue their frameworks: optional peer
  // dependencies, left external (tsup keeps every peer dependency external).
  entry,
  format: ['esm', 'cjs'],
  // Declarations are not tsup's: scripts/declarations.ts writes one file per entry, once, after the build.
  dts: false,
  // Svelte entries ship their components as Svelte source, with the modules they import (scripts/svelte.ts).
  onSuccess: async () => {
    const [written, svelte] = await Promise.all([buildDeclarations(root), buildSvelteEntries(root)]);
    console.log(`DTS ${written.map((file) => path.basename(file)).join(', ')}`);
    if (svelte.length > 0) console.log(`SVELTE ${svelte.join(', ')}`);
  },
  clean: true,
  treeshake: true,
  // No shared chunks: the locale picker's namespace objects would otherwise sit in the chunk the
  // main entry imports and keep every export alive (defeating tree-shaking of `estimate` alone).
  splitting: false,
  minify: false,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
