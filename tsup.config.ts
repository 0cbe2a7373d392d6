import { defineConfig } from 'tsup';

export default defineConfig({
  // schema: the zod schemas (north-korean-escapees/schema); zod is an optional peer dependency, left external.
  entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
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
