/**
 * `npm run examples`: builds the example site, from the built package, into examples/out/ — a
 * folder to open in a browser (index.html). Each framework's page, in every language (react.html,
 * react.ko.html, vue.html, …), is rendered on the server and hydrated in the browser by the
 * framework's script beside it (react.js, vue.js, svelte.js: one classic script each, so the pages
 * work from the file system too).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { type Locale, locales } from 'north-korean-escapees/locales';
import { renderReactPage } from './react/render.js';
import { renderIndex } from './shared/document.js';
import { FRAMEWORKS, type Framework, pageFile } from './shared/page.js';
import { bundleSvelte } from './shared/svelte.js';
import { borrowingWords } from './shared/words.js';
import { renderSveltePage } from './svelte/render.js';
import { renderVuePage } from './vue/render.js';

/** Where the site is written. */
export const OUT_DIR = path.join(import.meta.dirname, 'out');

const RENDER: Record<Framework, (locale: Locale) => string | Promise<string>> = {
  React: renderReactPage,
  Vue: renderVuePage,
  Svelte: renderSveltePage,
};

/** esbuild's options for a browser script: one minified classic script, production builds of the frameworks. */
const BROWSER = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    // Vue reports hydration mismatches in production too, with details (the browser test relies on it).
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
  },
} as const;

/**
 * Builds the browser scripts that hydrate the pages.
 *
 * @returns The paths written.
 * @throws If a script does not build.
 */
async function buildScripts(outDir: string): Promise<string[]> {
  const script = (framework: Framework) => path.join(outDir, `${FRAMEWORKS[framework]}.js`);
  await Promise.all([
    build({
      ...BROWSER,
      entryPoints: [path.join(import.meta.dirname, 'react', 'client.tsx')],
      outfile: script('React'),
      jsx: 'automatic',
    }),
    build({ ...BROWSER, entryPoints: [path.join(import.meta.dirname, 'vue', 'client.ts')], outfile: script('Vue') }),
    bundleSvelte('client', {
      ...BROWSER,
      entryPoints: [path.join(import.meta.dirname, 'svelte', 'client.ts')],
      outfile: script('Svelte'),
    }),
  ]);
  return Object.keys(FRAMEWORKS).map((framework) => script(framework as Framework));
}

/**
 * Builds the site: the landing page, every framework's page in every language, and the scripts.
 *
 * @returns The paths written.
 * @throws If an example fails to render or a script to build.
 */
export async function renderExamples(outDir = OUT_DIR): Promise<string[]> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const pages: [string, string][] = [['index.html', renderIndex()]];
  for (const [framework, name] of Object.entries(FRAMEWORKS)) {
    for (const locale of locales) pages.push([pageFile(name, locale), await RENDER[framework as Framework](locale)]);
  }
  for (const [name, html] of pages) await writeFile(path.join(outDir, name), html);
  const scripts = await buildScripts(outDir);
  return [...pages.map(([name]) => path.join(outDir, name)), ...scripts];
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  renderExamples().then(
    (written) => {
      console.log(`wrote ${written.map((file) => path.relative(process.cwd(), file)).join(', ')}`);
      console.log(`open ${path.relative(process.cwd(), path.join(OUT_DIR, 'index.html'))} in a browser`);
      const borrowing = borrowingWords(locales);
      if (borrowing.length > 0)
        console.log(
          `note: the pages in ${borrowing.join(', ')} show the English interface words: add theirs to examples/shared/words.ts`,
        );
    },
    (error: unknown) => {
      console.error(`examples: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
