/**
 * One measurement in a fresh process: `child.ts MODE DIR RUNS`. Prints JSON
 * `{ "ms": median milliseconds of RUNS runs after one warm-up, "maxRssMb": peak resident memory }`.
 * Modes: `ours` (the content build, writing its outputs), `ours-check` (the same, writing nothing), `ours-cached`
 * (the same with the content-hash cache: every run after the first is answered from it), `remark` (remark-parse alone on the
 * same files), `remark-extensions` (remark-parse with the frontmatter and directive syntax), `velite` (Velite with an equivalent schema),
 * `adversarial` (the content build of DIR, whatever it answers: the adversarial cases are meant to be rejected).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildContent } from '../pipeline/build.js';
import { listContentFiles } from '../pipeline/load.js';
import { median } from './lib.js';

const [mode, dir = '', runsText = '5'] = process.argv.slice(2);
const runs = Number(runsText);

async function once(): Promise<void> {
  if (mode === 'adversarial') {
    await buildContent({ contentDir: dir, outDir: path.join(dir, '..', 'out'), cwd: dir, check: true });
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
  } else if (mode === 'velite') {
    const { build } = await import('velite');
    await build({ config: path.join(dir, '..', 'velite.config.js'), logLevel: 'silent', clean: true });
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

let warm = false;
await once();
warm = true;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await once();
  times.push(performance.now() - start);
}
console.log(JSON.stringify({ ms: median(times), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
