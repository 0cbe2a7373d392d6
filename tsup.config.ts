import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', ko: 'src/ko.ts', locales: 'src/locales.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  treeshake: true,
  minify: false,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
