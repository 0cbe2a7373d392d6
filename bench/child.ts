/**
 * One measurement in a fresh process: `child.ts MODE DIR RUNS`. Prints JSON
 * `{ "ms": median milliseconds of RUNS runs after one warm-up, "maxRssMb": peak resident memory }`, and for
 * content-collections `setupMs`, the median part of `ms` spent reading its configuration (compiled by esbuild).
 * Modes: `ours` (the content build, writing its outputs), `ours-check` (the same, writing nothing), `ours-cached`
 * (the same with the content-hash cache: every run after the first is answered from it), `remark` (remark-parse alone on the
 * same files), `remark-extensions` (remark-parse with the frontmatter and directive syntax), `velite` (Velite with an equivalent schema),
 * `content-collections` (content-collections with an equivalent collection, its cache directory removed before each run:
 * cold), `content-collections-cached` (the same keeping its file cache: every run after the first is answered from it),
 * `adversarial` (the content build of DIR, whatever it answers: the adversarial cases are meant to be rejected),
 * `adversarial-write` (the same, writing its outputs; also prints `outBytes`, what the last run wrote),
 * `search` (`searchFaq` of the built English edition with the query `SEARCH_QUERIES[DIR]`, the index folded before timing),
 * `floor` (the least the libraries the build is made of must do, nothing of our own: remark-parse with the
 * frontmatter and directive syntax, YAML for each frontmatter, zod for each frontmatter and for the built data
 * (each edition's `Content` and the arrivals), and one JSON text of the data; the data is built before timing).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument } from 'yaml';
import { buildContent } from '../pipeline/build.js';
import { ArrivalsFrontmatter } from '../pipeline/datasets/arrivals-extract.js';
import { listContentFiles } from '../pipeline/load/load.js';
import { CheckedArrivals, Content, Frontmatter } from '../src/schema.js';
import { median, SEARCH_QUERIES } from './lib.js';
import { CONTENT_COLLECTIONS_FILE } from './peers.js';

const [mode, dir = '', runsText = '5'] = process.argv.slice(2);
/** What the last `adversarial-write` run wrote, in bytes. */
let outBytes: number | undefined;
const runs = Number(runsText);
/** Milliseconds content-collections spent reading its configuration, per run. */
const setup: number[] = [];

/** content-collections: a whole build, as its `build` command does (read the configuration, then build). */
async function contentCollections(): Promise<void> {
  const { createBuilder } = await import('@content-collections/core');
  const start = performance.now();
  const builder = await createBuilder(path.join(dir, '..', CONTENT_COLLECTIONS_FILE));
  setup.push(performance.now() - start);
  const failures: string[] = [];
  builder.on('_error', (event) => failures.push(`${event._event}: ${event.error.message}`));
  await builder.build();
  if (failures.length > 0) throw new Error(`content-collections failed: ${failures.join('\n')}`);
}

/** Work before a run that is not timed: content-collections cold starts without its cache. */
function prepare(): void {
  if (mode === 'content-collections')
    rmSync(path.join(dir, '..', '.content-collections'), { recursive: true, force: true });
}

async function once(): Promise<void> {
  if (mode === 'adversarial' || mode === 'adversarial-write') {
    const outDir = path.join(dir, '..', 'out');
    const result = await buildContent({ contentDir: dir, outDir, cwd: dir, check: mode === 'adversarial' });
    outBytes = result.outputs.reduce((sum, output) => sum + Buffer.byteLength(output.contents), 0);
  } else if (mode === 'search') {
    const { searchFaq } = await import('../src/index.js');
    searchFaq(SEARCH_QUERIES[dir]!());
  } else if (mode === 'ours' || mode === 'ours-check' || mode === 'ours-cached') {
    const result = await buildContent({
      contentDir: dir,
      outDir: path.join(dir, '..', 'out'),
      cwd: dir,
      check: mode === 'ours-check',
      cache: mode === 'ours-cached',
    });
    if (mode === 'ours-cached' && runs > 0 && result.cached !== true && warm) throw new Error('the cache missed');
    if (result.diagnostics.length > 0) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  } else if (mode === 'remark') {
    const processor = unified().use(remarkParse);
    for (const file of await listContentFiles(dir)) processor.parse(readFileSync(file, 'utf8'));
  } else if (mode === 'remark-extensions') {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
    for (const file of await listContentFiles(dir)) processor.parse(readFileSync(file, 'utf8'));
  } else if (mode === 'floor') {
    await floor();
  } else if (mode === 'velite') {
    const { build } = await import('velite');
    await build({ config: path.join(dir, '..', 'velite.config.js'), logLevel: 'silent', clean: true });
  } else if (mode === 'content-collections' || mode === 'content-collections-cached') {
    await contentCollections();
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

/** The data the `floor` mode validates: built once, before timing. */
const built =
  mode === 'floor'
    ? (await buildContent({ contentDir: dir, outDir: path.join(dir, '..', 'out'), cwd: dir, check: true })).dataset
    : undefined;
const extended = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** `floor`: what the build's libraries must do for these files, and nothing of ours. */
async function floor(): Promise<void> {
  if (!built) throw new Error('the content did not build');
  for (const file of await listContentFiles(dir)) {
    const tree = extended.parse(readFileSync(file, 'utf8'));
    const yaml = tree.children[0];
    if (yaml?.type !== 'yaml') throw new Error(`${file}: no frontmatter`);
    const options = { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true, version: '1.2' } as const;
    const schema = path.basename(file) === 'arrivals.md' ? ArrivalsFrontmatter : Frontmatter;
    if (!schema.safeParse(parseDocument(yaml.value, options).toJS()).success) throw new Error(`${file}: frontmatter`);
  }
  for (const content of Object.values(built.content))
    if (!Content.safeParse(content).success) throw new Error('the content does not validate');
  if (!CheckedArrivals.safeParse(built.arrivals).success) throw new Error('the arrivals do not validate');
  JSON.stringify(built);
}

let warm = false;
prepare();
await once();
warm = true;
setup.length = 0;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  prepare();
  const start = performance.now();
  await once();
  times.push(performance.now() - start);
}
const setupMs = setup.length > 0 ? median(setup) : undefined;
console.log(JSON.stringify({ ms: median(times), maxRssMb: process.resourceUsage().maxRSS / 1024, setupMs, outBytes }));
