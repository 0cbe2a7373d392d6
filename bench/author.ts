/**
 * What an author waits for, as whole processes: `npm run content -- --check` against a bare `node`
 * process parsing the same files with remark-parse (pairs of fresh processes, alternating); the
 * content build answered from its cache, alone and against content-collections' warm file cache;
 * `--watch` from a save to the line saying the output was rebuilt; and `npm run build`. Each figure is a median with its spread (lowest–highest).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_SOURCES } from '../pipeline/shared/paths.js';
import { child, median, report, root, spread, temp, writeCorpus } from './lib.js';
import { compareWithContentCollections, peerCorpus } from './peers.js';

/** Milliseconds a whole process takes, from its start to its exit (a failing exit throws). */
function timed(command: string, args: readonly string[], cwd = root): number {
  const start = performance.now();
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  return performance.now() - start;
}

/** The bare baseline: a `node` process that parses each content file with remark-parse, nothing more. */
const BARE = `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
const dir = process.argv[2];
const processor = unified().use(remarkParse);
for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) processor.parse(readFileSync(path.join(dir, name), 'utf8'));
`;

/** `npm run content -- --check` (its compiled command, as npm starts it) against the bare process. */
function measureCheck(rounds: number): boolean {
  const bare = path.join(temp(), 'bare-remark.mjs');
  writeFileSync(bare, BARE);
  const content = path.join(root, 'content');
  const command = [path.join(root, 'scripts', 'run.mjs'), 'scripts/content.ts', '--check'];
  timed(process.execPath, command); // compiles if needed and writes the code cache: not measured
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ours.push(timed(process.execPath, command));
    baseline.push(timed(process.execPath, [bare, content]));
  }
  return report(
    'author: npm run content -- --check / bare node + remark-parse, whole processes',
    median(ours) / median(baseline),
    1.5,
    `ours ${spread(ours)}; bare ${spread(baseline)}; pairs alternating`,
  );
}

/** The content build answered from its cache (in a fresh process, warm runs), against an absolute 30 ms. */
function measureCache(): boolean {
  const dir = path.join(temp(), 'content');
  writeCorpus(dir, 1);
  const cached = child<{ ms: number }>('ours-cached', dir, '15');
  return report(
    'author: unchanged content, build answered from the cache / 30 ms',
    cached.ms / 30,
    1,
    `${cached.ms.toFixed(2)} ms, median of 15 warm runs`,
  );
}

/** Waits for a line of `lines` (from index `from`) that matches. */
async function lineAfter(lines: string[], from: number, pattern: RegExp, limitMs = 60_000): Promise<string> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const line = lines.slice(from).find((l) => pattern.test(l));
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no line ${pattern} within ${limitMs} ms:\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** `--watch`: from writing a change to the line saying the output was rebuilt (content build only). */
async function measureWatch(rounds: number): Promise<boolean> {
  const base = temp();
  const dir = path.join(base, 'content');
  writeCorpus(dir, 1);
  const out = path.join(base, 'out');
  const args = [path.join(root, 'scripts', 'run.mjs'), 'pipeline/commands/cli.ts', '--watch', '--content-dir', dir];
  const watcher = spawn(process.execPath, [...args, '--out-dir', out], { cwd: root });
  const lines: string[] = [];
  let buffered = '';
  watcher.stdout.on('data', (chunk: Buffer) => {
    const parts = (buffered + chunk.toString()).split('\n');
    buffered = parts.pop()!;
    lines.push(...parts);
  });
  const times: number[] = [];
  try {
    await lineAfter(lines, 0, / rebuilt in /);
    const article = path.join(dir, 'article.en.md');
    const text = readFileSync(article, 'utf8');
    for (let i = 0; i < rounds; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const from = lines.length;
      const start = performance.now();
      writeFileSync(article, text.replace('A defector is an individual', `A defector (${i}) is an individual`));
      await lineAfter(lines, from, / rebuilt in /);
      times.push(performance.now() - start);
    }
  } finally {
    watcher.kill();
  }
  return report(
    'author: --watch, a save to its rebuilt output / 50 ms',
    median(times) / 50,
    1,
    `${spread(times)} (wall time from the write to the line, debounce included)`,
  );
}

/**
 * `npm run build` as a whole process, against an absolute 4 s, in a copy of the package (its
 * content is edited), built once first as an author's checkout is: (1) nothing changed, every step
 * answered from its cache; (2) after a change to the article's text (the content, the editions'
 * declarations and the JavaScript built again); (3) with no declaration cached (after a change to
 * the code: every declaration emitted). `rounds` of each, in turn.
 */
function measureNpmBuild(rounds: number): boolean {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const copy = temp('build-');
  for (const entry of BUILD_SOURCES) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  const build = () => timed(npm, ['run', 'build', '--silent'], copy);
  build();
  const article = path.join(copy, 'content', 'article.en.md');
  const text = readFileSync(article, 'utf8');
  const times = { unchanged: [] as number[], content: [] as number[], cold: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    times.unchanged.push(build());
    writeFileSync(article, text.replace('A defector is an individual', `A defector (${i}) is an individual`));
    times.content.push(build());
    rmSync(path.join(copy, '.compiled', 'declarations'), { recursive: true, force: true });
    times.cold.push(build());
  }
  const line = (what: string, values: number[]) =>
    report(`author: npm run build, ${what} / 4 s`, median(values) / 4000, 1, spread(values));
  return [
    line('nothing changed', times.unchanged),
    line('after a change to the article', times.content),
    line('no declaration cached', times.cold),
  ].every(Boolean);
}

/** Measures and prints the author's figures. @returns Whether the goals were met. */
export async function measureAuthor(): Promise<boolean> {
  const results = [
    measureCheck(11),
    measureCache(),
    // Unchanged content at 100× the article, as the issue measured content-collections' warm cache.
    compareWithContentCollections(
      'author: unchanged content at 100×, our build from its cache',
      ['ours-cached', 'content-collections-cached'],
      peerCorpus(100).dir,
      15,
      5,
    ),
    await measureWatch(11),
    measureNpmBuild(3),
  ];
  return results.every(Boolean);
}
