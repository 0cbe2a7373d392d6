/**
 * `npm run examples`: server-renders the React, Vue and Svelte examples, from the built package,
 * to static pages in examples/out/, one per language (react.html, react.ko.html, vue.html, …).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { locales } from 'north-korean-escapees/locales';
import { renderReactPage } from './react/render.js';
import { pageFile } from './shared/page.js';
import { renderSveltePage } from './svelte/render.js';
import { renderVuePage } from './vue/render.js';

/** Where the pages are written. */
export const OUT_DIR = path.join(import.meta.dirname, 'out');

/**
 * Renders the three pages in every language.
 *
 * @returns The paths written.
 * @throws If an example fails to render.
 */
export async function renderExamples(outDir = OUT_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const pages: [string, string][] = [];
  for (const locale of locales) {
    pages.push(
      [pageFile('react', locale), renderReactPage(locale)],
      [pageFile('vue', locale), await renderVuePage(locale)],
      [pageFile('svelte', locale), await renderSveltePage(outDir, locale)],
    );
  }
  for (const [name, html] of pages) await writeFile(path.join(outDir, name), html);
  return pages.map(([name]) => path.join(outDir, name));
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  renderExamples().then(
    (written) => console.log(`wrote ${written.map((file) => path.relative(process.cwd(), file)).join(', ')}`),
    (error: unknown) => {
      console.error(`examples: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
