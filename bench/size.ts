/**
 * `npm run bench:size`: what rendering costs the main entry, minified + gzipped (esbuild, gzip -9).
 * Compares, in one run:
 *   baseline    — the data and query helpers only (the entry before rendering was added);
 *   serializer  — the baseline + toHtml (the dependency-free serializer, src/render.ts);
 *   precomputed — the alternative: the baseline with an `html` string stored in every rich-text field;
 *   shipped     — the whole main entry: + toHtml + the JSON-LD helpers.
 * Each for a consumer importing everything, and for one importing only `faq` (tree-shaking).
 * Prints minified and minified+gzip sizes in bytes and gzip ratios against the baseline; asserts nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { renderModule } from '../src/build/emit.js';
import { toHtml } from '../src/render.js';
import type { Content } from '../src/schema.js';

const root = path.resolve(import.meta.dirname, '..');
const DATA = ['article', 'challenges', 'estimate', 'factors', 'faq'];
const QUERIES = ['challengesByPhase', 'findChallenge', 'findFactor', 'findFaq', 'formatEstimate', 'getChallenge', 'getFactor', 'getFaq', 'searchFaq'];
const RENDER = ['toHtml', 'toArticleJsonLd', 'toFaqPageJsonLd', 'toJsonLdScript', 'toJsonLdString'];

/** Adds `html` (what toHtml makes of it) next to every rich-text field. */
function withHtml(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withHtml);
  if (typeof value !== 'object' || value === null) return value;
  if ('text' in value && 'nodes' in value) return { ...value, html: toHtml(value as never) };
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withHtml(child)]));
}

async function size(entry: string, plugins: Plugin[] = []): Promise<[number, number]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: path.join(root, 'src'), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    treeShaking: true,
    plugins,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return [code.length, gzipSync(code, { level: 9 }).length];
}

const content = JSON.parse(await readFile(path.join(root, 'src/generated/data.json'), 'utf8')) as Content;
const precomputed: Plugin = {
  name: 'precomputed-html',
  setup(builder) {
    builder.onResolve({ filter: /generated\/content\.js$/ }, () => ({ path: 'content-with-html', namespace: 'bench' }));
    builder.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
      contents: renderModule(withHtml(content) as Content, []),
      loader: 'ts',
      resolveDir: path.join(root, 'src/generated'),
    }));
  },
};

const names = (list: string[]) => `{ ${list.join(', ')} }`;
const base = `export ${names(DATA)} from './generated/content.js'; export ${names(QUERIES)} from './query.js';`;
const everything = {
  baseline: await size(base),
  serializer: await size(`${base} export { toHtml } from './render.js';`),
  precomputed: await size(base, [precomputed]),
  shipped: await size(`export ${names([...DATA, ...QUERIES, ...RENDER])} from './index.js';`),
};
const faqOnly = {
  baseline: await size(`export { faq } from './generated/content.js';`),
  serializer: await size(`export { faq, toHtml } from './index.js';`),
  precomputed: await size(`export { faq } from './generated/content.js';`, [precomputed]),
};

for (const [label, sizes] of [['import everything', everything], ['import { faq } (serializer: + toHtml)', faqOnly]] as const) {
  console.log(label);
  for (const [variant, [minified, gzipped]] of Object.entries(sizes)) {
    const ratio = (gzipped / sizes.baseline[1]).toFixed(3);
    console.log(`  ${variant.padEnd(12)} ${String(minified).padStart(6)} B min  ${String(gzipped).padStart(6)} B min+gz  ×${ratio}`);
  }
}
