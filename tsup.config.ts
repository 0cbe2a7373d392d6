import path from 'node:path';
import { defineConfig } from 'tsup';
import { buildDeclarations } from './scripts/declarations.js';
import { readEntries } from './scripts/entries.js';

const root = import.meta.dirname;
// Every JavaScript entry of package.json's exports map: `dist/<name>.js` and `.cjs` from `src/<name>.ts`.
const entry = Object.fromEntries(
  readEntries(root)
    .entries.filter((e) => e.kind === 'module')
    .map((e) => [e.name, e.source]),
);

export default defineConfig({
  // schema (north-korean-escapees/schema) imports zod, an optional peer dependency, left external.
  entry,
  format: ['esm', 'cjs'],
  // Declarations are not tsup's: scripts/declarations.ts writes one file per entry, once, after the build.
  dts: false,
  onSuccess: async () => {
    const written = await buildDeclarations(root);
    console.log(`DTS ${written.map((file) => path.basename(file)).join(', ')}`);
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
