import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { copyPackage, packableCopy, root } from './helpers.js';

const exec = promisify(execFile);

/** Every object reachable from a value, with the path to it. */
function* objects(value: unknown, where: string): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [where, value];
  for (const [key, child] of Object.entries(value)) yield* objects(child, `${where}.${key}`);
}

describe('exported data', () => {
  const data = {
    article: api.article,
    estimate: api.estimate,
    factors: api.factors,
    challenges: api.challenges,
    faq: api.faq,
  };

  it('is frozen at every level, in the source and in dist/', async () => {
    const dist = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
    let count = 0;
    for (const [name, value] of Object.entries(data)) {
      for (const [where, object] of [...objects(value, name), ...objects(dist[name], `dist ${name}`)]) {
        expect(Object.isFrozen(object), where).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('throws on mutation in strict mode', () => {
    const mutations: (() => void)[] = [
      () => ((api.estimate as { value: number }).value = 1),
      () => (api.faq[0]!.answer.nodes[0]!.children as unknown[]).push('x'),
      () => delete (api.article as { title?: string }).title,
      () => ((api.challenges[0]!.label as { text: string }).text = 'x'),
      () => Object.defineProperty(api.factors, 'extra', { value: 1 }),
    ];
    for (const mutate of mutations) expect(mutate).toThrow(TypeError);
    expect(api.estimate.value).toBe(30000);
  });
});

describe('the published package', () => {
  it('has no install scripts', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack'])
      expect(pkg.scripts).not.toHaveProperty(name);
    expect(Object.values(pkg.allowScripts)).not.toContain(true);
  });

  it('every entry of `files` exists and is in the tarball', async () => {
    const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: await packableCopy(),
    });
    const [report] = JSON.parse(stdout) as { files: { path: string }[] }[];
    const packed = report!.files.map((file) => file.path);
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    for (const entry of pkg.files as string[]) {
      expect(
        packed.some((file) => file === entry || file.startsWith(`${entry}/`)),
        `${entry} is listed in files but not packed`,
      ).toBe(true);
    }
  });

  it('npm pack lists only what users need', async () => {
    const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: await packableCopy(),
    });
    const [report] = JSON.parse(stdout) as { files: { path: string }[] }[];
    const files = report!.files.map((file) => file.path).sort();
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const targets = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    // Everything the exports map points at is in the tarball...
    for (const target of targets) expect(files).toContain(target);
    // ...and nothing but the built files (and the Svelte entry's components, as Svelte source), the
    // README, the changelog, the licence and package.json.
    for (const file of files)
      expect(file).toMatch(
        /^(README\.md|CHANGELOG\.md|LICENSE|NOTICE\.md|package\.json|dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts|json)|dist\/svelte\/\w+\.(svelte|js))$/,
      );
    expect(files).toEqual(expect.arrayContaining(['dist/svelte/index.js', 'dist/svelte/RichText.svelte']));
    // The licence and the notice of what the package holds travel with it.
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE.md', 'README.md']));
    expect(files.some((file) => /^(src|content|tests|bench|examples)\//.test(file))).toBe(false);
  });
});

describe('determinism', () => {
  /** sha256 of every file of dist/ and src/generated/ under `dir`, in every folder. */
  async function hashes(dir: string): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const sub of ['dist', 'src/generated']) {
      const found = await readdir(path.join(dir, sub), { recursive: true, withFileTypes: true });
      for (const file of found.filter((entry) => entry.isFile())) {
        const name = path.relative(dir, path.join(file.parentPath, file.name));
        out[name] = createHash('sha256')
          .update(await readFile(path.join(dir, name)))
          .digest('hex');
      }
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  it('a second build, from another directory with another TZ and LANG, is byte-identical', async () => {
    const copy = await copyPackage();
    await mkdir(path.join(copy, 'elsewhere'));
    const env = { ...process.env, TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' };
    // npm run build, compiled afresh in the copy, started from another directory.
    await exec(process.execPath, [path.join(copy, 'scripts/run.mjs'), 'scripts/build.ts'], {
      cwd: path.join(copy, 'elsewhere'),
      env: { ...env, TMPDIR: os.tmpdir() },
    });
    const [ours, theirs] = [await hashes(root), await hashes(copy)];
    expect(Object.keys(theirs)).toEqual(Object.keys(ours));
    expect(theirs).toEqual(ours);
  }, 120_000);
});
