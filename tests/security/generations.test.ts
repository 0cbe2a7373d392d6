import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, root, tempDir } from '../helpers.js';
import { content } from './process.js';

/** Every file the out-dir shows, by name. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(path.join(dir, name), 'utf8');
  return out;
}

/** Two content directories whose builds differ in every module (a changed answer, a changed figure). */
async function setup() {
  const base = await tempDir();
  const [a, b] = [path.join(base, 'a'), path.join(base, 'b')];
  await cp(fixture('good'), a, { recursive: true });
  await cp(fixture('good'), b, { recursive: true });
  const article = path.join(b, 'article.en.md');
  await writeFile(article, (await readFile(article, 'utf8')).replace('Because.', 'Because it changed.'));
  const arrivals = path.join(b, 'arrivals.md');
  await writeFile(
    arrivals,
    (await readFile(arrivals, 'utf8')).replace('| 2003 | 1,000 | 0 | 1,000 |', '| 2003 | 1,001 | 0 | 1,001 |'),
  );
  const out = path.join(base, 'out', 'generated');
  return { a, b, out, parent: path.dirname(out) };
}

describe('the out-dir switches from one whole generation to the next', () => {
  it('a build killed before each rename in turn leaves the whole old or the whole new output, and the next build cleans up', async () => {
    const { a, b, out, parent } = await setup();
    expect((await content(['--content-dir', a, '--out-dir', out])).code).toBe(0);
    const old = await snapshot(out);
    expect((await content(['--content-dir', b, '--out-dir', out])).code).toBe(0);
    const now = await snapshot(out);
    expect(now['en.ts']).not.toBe(old['en.ts']);
    expect(now['arrivals.ts']).not.toBe(old['arrivals.ts']);

    const seen = new Set<string>();
    let renames = 0;
    for (let at = 1; ; at++) {
      expect((await content(['--content-dir', a, '--out-dir', out])).code).toBe(0);
      expect(await snapshot(out)).toEqual(old);
      const run = await content(['--content-dir', b, '--out-dir', out], `rename:${at}:kill`);
      const state = await snapshot(out);
      if (JSON.stringify(state) === JSON.stringify(old)) seen.add('old');
      else if (JSON.stringify(state) === JSON.stringify(now)) seen.add('new');
      else expect.fail(`killed before rename ${at}: the out-dir shows a mix of generations`);
      if (run.code === 0) break;
      expect(run.code).toBe('SIGKILL');
      renames = at;
    }
    // Killing before every rename was tried (the last run was not killed), and both outcomes occurred.
    expect(renames).toBeGreaterThanOrEqual(2);
    expect([...seen].sort()).toEqual(['new', 'old']);
    // The last run was whole: nothing but the link and its generation is left beside it.
    const beside = (await readdir(parent)).sort();
    expect(beside).toHaveLength(2);
    expect(beside.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
  }, 120_000);

  it('a write that fails leaves the old output, no temporary file, and exits 1 with one error line', async () => {
    const { a, b, out, parent } = await setup();
    expect((await content(['--content-dir', a, '--out-dir', out])).code).toBe(0);
    const old = await snapshot(out);
    const before = (await readdir(parent)).sort();
    for (const at of [1, 3]) {
      const run = await content(['--content-dir', b, '--out-dir', out], `writeFile:${at}:fail`);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^error: EIO: i\/o error, writeFile \(interrupted by the test\)$/),
      ]);
      expect(await snapshot(out)).toEqual(old);
      expect((await readdir(parent)).sort()).toEqual(before);
    }
  }, 60_000);

  it('a build that switches while another is between its switch and its clean-up waits for it: the link never dangles', async () => {
    const { a, b, out, parent } = await setup();
    expect((await content(['--content-dir', a, '--out-dir', out])).code).toBe(0);
    const first = JSON.stringify(await snapshot(out));
    // The first build holds still just before it lists what to clean up beside the out-dir; the second
    // starts then, and the first goes on once the second is waiting for the out-dir's lock.
    const signal = path.join(await tempDir(), 'signal');
    const slow = content(['--content-dir', b, '--out-dir', out], `readdir:1:hold:${path.sep}out`, root, {
      INTERRUPT_SIGNAL: `${signal}-slow`,
    });
    await appears(`${signal}-slow`);
    const fast = content(['--content-dir', a, '--out-dir', out], 'writeFile:1:signal:.lock', root, {
      INTERRUPT_SIGNAL: `${signal}-fast`,
    });
    await appears(`${signal}-fast`);
    await writeFile(`${signal}-slow.go`, '');
    expect([(await slow).code, (await fast).code]).toEqual([0, 0]);
    expect(JSON.stringify(await snapshot(out))).toBe(first);
    expect((await readdir(parent)).sort()).toEqual(['generated', await readlink(out)].sort());
  }, 240_000);

  it('refuses an out-dir it did not make, leaving it as it was; takes an empty directory', async () => {
    const { a, out, parent } = await setup();
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'notes.txt'), 'mine\n');
    const refused = await content(['--content-dir', a, '--out-dir', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `error: the out-dir ${out} is a directory with 1 entry, which the build did not make: it writes only to a new or empty directory, or to one of its own; name another out-dir; nothing was changed`,
    );
    expect(await snapshot(out)).toEqual({ 'notes.txt': 'mine\n' });
    expect((await readdir(parent)).sort()).toEqual(['generated']);
    await rm(path.join(out, 'notes.txt'));
    expect((await content(['--content-dir', a, '--out-dir', out])).code).toBe(0);
    expect(Object.keys(await snapshot(out))).toEqual([
      'arrivals.ts',
      'data.json',
      'en.ts',
      'history.ts',
      'locales.ts',
      'meta.ts',
      'refugees.ts',
    ]);
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
  }, 60_000);

  it('never removes the working tree: an out-dir of "" or "." (the working directory) is refused', async () => {
    const { a } = await setup();
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'keep.txt'), 'mine\n');
    for (const out of ['', '.']) {
      const run = await content(['--content-dir', a, '--out-dir', out], '', cwd);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/is a directory with 1 entry, which the build did not make/);
      expect(await readdir(cwd)).toEqual(['keep.txt']);
    }
  }, 60_000);
});

/** Waits until a file exists (a process's signal), for at most two minutes. */
async function appears(file: string): Promise<void> {
  for (let waited = 0; !existsSync(file); waited += 20) {
    if (waited > 120_000) throw new Error(`${file} never appeared`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A generation built in CI, and a way to build the same content again in CI. */
async function builtInCi() {
  const { a, out, parent } = await setup();
  const rebuild = async () => (await content(['--content-dir', a, '--out-dir', out], '', root, { CI: 'true' })).code;
  expect(await rebuild()).toBe(0);
  return { out, parent, rebuild, genuine: await snapshot(out), generation: await readlink(out) };
}

describe('a generation is shown only when its files are the build’s output, whatever its name', () => {
  // A generation's name (a hash of the output) is computable from public inputs, so a commit can put a
  // directory of that name beside the out-dir (`git add -f`), with the link to it.
  it.each([
    [
      'a changed file',
      (dir: string) => writeFile(path.join(dir, 'en.ts'), 'export const injected = 1;\n', { flag: 'a' }),
    ],
    ['an extra file', (dir: string) => writeFile(path.join(dir, 'extra.ts'), 'export const injected = 1;\n')],
    ['a missing file', (dir: string) => rm(path.join(dir, 'meta.ts'))],
    ['a file that is not UTF-8', (dir: string) => writeFile(path.join(dir, 'meta.ts'), Buffer.from([0xff, 0xfe]))],
  ])(
    'with %s, in CI, the generation is built again',
    async (_what, tamper) => {
      const { out, parent, rebuild, genuine, generation } = await builtInCi();
      for (const linked of [true, false]) {
        await tamper(path.join(parent, generation));
        if (!linked) await rm(out);
        expect(await rebuild()).toBe(0);
        expect(await readlink(out)).toBe(generation);
        expect(await snapshot(out)).toEqual(genuine);
        expect((await readdir(parent)).sort()).toEqual(['generated', generation].sort());
      }
    },
    60_000,
  );

  it('a link to a directory elsewhere, even one named as the generation, is refused and left as it was', async () => {
    const { out, parent, rebuild, generation } = await builtInCi();
    const elsewhere = path.join(parent, 'elsewhere', generation);
    await cp(path.join(parent, generation), elsewhere, { recursive: true });
    await writeFile(path.join(elsewhere, 'en.ts'), 'export const injected = 1;\n', { flag: 'a' });
    const before = await snapshot(elsewhere);
    for (const to of [elsewhere, path.join('elsewhere', generation)]) {
      await rm(out);
      await symlink(to, out);
      expect(await rebuild()).toBe(1);
      expect(await readlink(out)).toBe(to);
      expect(await snapshot(elsewhere)).toEqual(before);
    }
  }, 60_000);

  it('a generation that is a link to a look-alike directory, even one with the same files, is replaced by a directory', async () => {
    const { out, parent, rebuild, genuine, generation } = await builtInCi();
    // Modules beside a look-alike would be imported through it (`../freeze.js` resolves from the real path).
    const elsewhere = path.join(parent, 'elsewhere', 'gen');
    await cp(path.join(parent, generation), elsewhere, { recursive: true });
    await rm(path.join(parent, generation), { recursive: true });
    await symlink(elsewhere, path.join(parent, generation));
    expect(await rebuild()).toBe(0);
    expect(await readlink(out)).toBe(generation);
    const stats = await lstat(path.join(parent, generation));
    expect([stats.isDirectory(), stats.isSymbolicLink()]).toEqual([true, false]);
    expect(await snapshot(out)).toEqual(genuine);
  }, 60_000);
});
