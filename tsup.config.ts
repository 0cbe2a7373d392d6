import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', ko: 'src/ko.ts', locales: 'src/locales.ts' },
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
