import { defineConfig } from 'tsup';

export default defineConfig({
  // schema: the zod schemas (north-korean-escapees/schema); zod is an optional peer dependency, left external.
  entry: { index: 'src/index.ts', ko: 'src/ko.ts', locales: 'src/locales.ts', schema: 'src/schema.ts' },
  format: ['esm', 'cjs'],
  dts: true,
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
