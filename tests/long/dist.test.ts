/**
 * `dist/` switches whole (scripts/dist.ts): `npm run build` killed before each of its renames in
 * turn, and a reader polling `dist/` while `--watch` rewrites it, in a copy of the repository.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { lstat, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyPackage, root } from '../helpers.js';

const exec = promisify(execFile);
const interrupt = path.join(root, 'tests', 'security', 'interrupt.mjs');

/** Every file of `dir` and below, by path, with its text. */
async function snapshot(dir: string): Promise<string> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  return JSON.stringify(names.map((name, i) => [name, texts[i]]));
}

/**
 * `npm run build` in `copy`, optionally killed at one file-system call (tests/security/interrupt.mjs)
 * or after `killAfterMs`.
 *
 * @returns The exit code, or the signal that ended it.
 */
function build(copy: string, INTERRUPT = '', killAfterMs?: number): Promise<number | string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', interrupt, 'scripts/run.mjs', 'scripts/build.ts'], {
      cwd: copy,
      env: { ...process.env, INTERRUPT },
      stdio: 'ignore',
    });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal ?? 'unknown');
    });
  });
}

/** Swaps the English article between two texts that build to different packages. */
async function articleSwitch(copy: string) {
  const article = path.join(copy, 'content', 'article.en.md');
  const texts = [await readFile(article, 'utf8')];
  texts.push(texts[0]!.replace('A defector is an individual', 'A defector is a person'));
  expect(texts[1]).not.toBe(texts[0]);
  return (which: number) => writeFile(article, texts[which]!);
}

describe('dist/ switches whole', () => {
  it('npm run build killed before each rename in turn leaves the whole old or the whole new dist/', async () => {
    const copy = await copyPackage();
    const use = await articleSwitch(copy);
    const whole: string[] = [];
    for (const which of [0, 1]) {
      await use(which);
      expect(await build(copy)).toBe(0);
      whole.push(await snapshot(path.join(copy, 'dist')));
    }
    const outcomes = new Set<string>();
    const shown = async () => whole.indexOf(await snapshot(path.join(copy, 'dist')));
    /** One build to the other content, killed as `kill` says: the whole old or new dist/ after it. */
    const killed = async (what: string, kill: (started: number) => Promise<number | string>) => {
      const before = await shown();
      await use(1 - before);
      const code = await kill(performance.now());
      const after = await shown();
      expect(after, `killed ${what}: dist/ is a mix`).not.toBe(-1);
      outcomes.add(after === before ? 'old' : 'new');
      return code;
    };
    // Before each rename in turn, until a build is not killed.
    for (let at = 1; (await killed(`before rename ${at}`, () => build(copy, `rename:${at}:kill`))) !== 0; at++);
    // While files are written, and at moments through the whole build.
    for (const at of [1, 30]) await killed(`before write ${at}`, () => build(copy, `writeFile:${at}:kill`));
    const started = performance.now();
    await build(copy);
    const took = performance.now() - started;
    for (const part of [0.4, 0.8])
      await killed(`after ${Math.round(took * part)} ms`, () => build(copy, '', took * part));
    expect([...outcomes].sort()).toEqual(['new', 'old']);
    expect(await build(copy)).toBe(0);
    // The last build was whole, and left nothing beside dist/ but its generation.
    const beside = (await readdir(copy)).filter((name) => name.startsWith('.dist.'));
    expect(beside).toEqual([path.basename(await realpath(path.join(copy, 'dist')))]);
  }, 240_000);

  it('is a link to its generation, which prepublishOnly turns into a real directory that npm packs, and the next build back', async () => {
    const copy = await copyPackage();
    expect(await build(copy)).toBe(0);
    const dist = path.join(copy, 'dist');
    expect((await lstat(dist)).isSymbolicLink()).toBe(true);
    const built = await snapshot(dist);
    const pack = async () => {
      const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: copy });
      return (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.filter((f) =>
        f.path.startsWith('dist/'),
      );
    };
    expect(await pack()).toEqual([]);
    await exec(process.execPath, ['scripts/run.mjs', 'scripts/materialize.ts'], { cwd: copy });
    expect((await lstat(dist)).isDirectory()).toBe(true);
    expect(await snapshot(dist)).toBe(built);
    expect((await pack()).length).toBe(JSON.parse(built).length);
    expect(await build(copy)).toBe(0);
    expect((await lstat(dist)).isSymbolicLink()).toBe(true);
    expect(await snapshot(dist)).toBe(built);
  }, 240_000);

  it('under --watch a reader never sees a new entry beside old data, nor an empty file', async () => {
    const copy = await copyPackage();
    const lines: string[] = [];
    const watcher: ChildProcess = spawn(process.execPath, ['scripts/run.mjs', 'scripts/content.ts', '--watch'], {
      cwd: copy,
    });
    watcher.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n')));
    const exited = new Promise((resolve) => watcher.on('exit', resolve));
    const dist = (name: string) => path.join(copy, 'dist', name);
    const updates = () => lines.filter((line) => / dist updated in /.test(line)).length;
    const until = async (predicate: () => boolean) => {
      for (const deadline = Date.now() + 120_000; !predicate(); ) {
        if (Date.now() > deadline) throw new Error(`timed out; printed:\n${lines.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      await until(() => lines.some((line) => line.includes('dist: declarations written')));
      const article = path.join(copy, 'content', 'article.en.md');
      const english = await readFile(article, 'utf8');
      // A reader reads index.js, data.json, then index.js again: when both reads of index.js agree,
      // data.json was read from the same dist/, and must hold the same answer.
      let consistent = 0;
      let reading = true;
      const reader = (async () => {
        while (reading) {
          const read = (name: string) => readFile(dist(name), 'utf8').catch(() => '');
          const [first, data, again] = [await read('index.js'), await read('data.json'), await read('index.js')];
          expect(first.length, 'an empty or missing index.js').toBeGreaterThan(0);
          expect(data.length, 'an empty or missing data.json').toBeGreaterThan(0);
          if (first !== again) continue;
          const word = /A defector is an? (\w+)/.exec(first)?.[1];
          expect(JSON.parse(data).content.en.faq[0].answer.text).toContain(
            `A defector is ${word === 'individual' ? 'an' : 'a'} ${word}`,
          );
          consistent += 1;
        }
      })();
      for (const phrase of ['a person', 'a human', 'an individual']) {
        const before = updates();
        await writeFile(article, english.replace('A defector is an individual', `A defector is ${phrase}`));
        await until(() => updates() > before);
      }
      reading = false;
      await reader;
      expect(consistent).toBeGreaterThan(0);
    } finally {
      watcher.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 240_000);
});
