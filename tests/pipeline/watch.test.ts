import { copyFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/commands/cli.js';
import type { Io } from '../../pipeline/shared/io.js';
import { copyDatasets, fixture, root, tempDir } from '../helpers.js';

/** Polls until `predicate` holds; fails after `limitMs` (a bound, not a timing assertion). */
async function until(what: string, predicate: () => boolean, limitMs = 15_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Polls an asynchronous check until it holds; fails after `limitMs`. */
async function eventually(what: string, check: () => Promise<boolean>, limitMs = 15_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm run content -- --watch', () => {
  it('rebuilds on save, prints located errors, keeps the last good output, and goes on after bad content', async () => {
    const [content, out] = [await tempDir(), await tempDir()];
    const article = path.join(content, 'article.en.md');
    await copyFile(fixture('good', 'article.en.md'), article);
    await copyDatasets(content);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: Io = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: root };
    const controller = new AbortController();
    const built = () => stdout.filter((line) => / rebuilt in /.test(line)).length;

    const watching = main(['--watch', '--content-dir', content, '--out-dir', out], io, controller.signal);
    await until('the first build', () => built() === 1);
    expect(stdout[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} watching: en\.ts, arrivals\.ts, refugees\.ts, history\.ts, locales\.ts, meta\.ts, data\.json rebuilt in .+ \((\d+ ms|\d+\.\d s)\)$/,
    );
    const good = await readFile(path.join(out, 'en.ts'), 'utf8');

    const text = await readFile(article, 'utf8');
    await writeFile(article, text.replace(':estimate[about 1,200]{#people}', ':estimate[lots]{#people}'));
    await until('the diagnostics', () => stderr.some((line) => /article\.en\.md:\d+:\d+: /.test(line)));
    const line = text.split('\n').findIndex((l) => l.includes(':estimate[')) + 1;
    expect(stderr.find((l) => /article\.en\.md:\d+:\d+: /.test(l))).toMatch(
      new RegExp(`article\\.en\\.md:${line}:\\d+: estimate "lots"`),
    );
    expect(await readFile(path.join(out, 'en.ts'), 'utf8')).toBe(good);
    await until('the line saying so', () => stderr.some((line) => line.includes('the last good output stays')));
    expect(stderr.at(-1)).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} article\.en\.md changed: the last good output stays \((\d+ ms|\d+\.\d s)\)$/,
    );

    await writeFile(article, text.replace('Because.', 'Because it helps.'));
    await until('the rebuild', () => built() === 2);
    expect(await readFile(path.join(out, 'en.ts'), 'utf8')).toContain('Because it helps.');
    // The line says when, which file changed and which outputs changed: not arrivals.ts or meta.ts
    // (locales.ts names the article's hash in its banner).
    expect(stdout.at(-1)).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} article\.en\.md changed: en\.ts, locales\.ts, data\.json rebuilt in .+ \((\d+ ms|\d+\.\d s)\)$/,
    );

    // A save that changes nothing the build reads (the same bytes) rebuilds nothing.
    await writeFile(article, text.replace('Because.', 'Because it helps.'));
    await until('the answer', () => stdout.some((line) => line.includes('no output changed')));

    controller.abort();
    expect(await watching).toBe(0);
  });

  it('keeps hearing edits after the content directory is deleted and made again, or replaced by a renamed one', async () => {
    const base = await tempDir();
    const [content, out] = [path.join(base, 'content'), path.join(base, 'out')];
    await cp(fixture('good'), content, { recursive: true });
    const stdout: string[] = [];
    const io: Io = { stdout: (line) => stdout.push(line), stderr: () => {}, cwd: root };
    const controller = new AbortController();
    const built = () => stdout.filter((line) => / rebuilt in /.test(line)).length;
    const answer = async () =>
      JSON.parse(await readFile(path.join(out, 'data.json'), 'utf8')).content.en.faq[1].answer.text;
    const edit = async (dir: string, words: string) => {
      const file = path.join(dir, 'article.en.md');
      await writeFile(file, (await readFile(fixture('good', 'article.en.md'), 'utf8')).replace('Because.', words));
    };

    const watching = main(['--watch', '--content-dir', content, '--out-dir', out], io, controller.signal);
    await until('the first build', () => built() === 1);

    // Deleted, then made again with an edit.
    await rm(content, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await mkdir(content);
    await cp(fixture('good'), content, { recursive: true });
    await edit(content, 'Because it was made again.');
    await eventually('the recreated directory built', async () => (await answer()) === 'Because it was made again.');

    // And edits inside the new directory are heard.
    await edit(content, 'Because the new directory is watched.');
    await eventually(
      'an edit in the new directory built',
      async () => (await answer()) === 'Because the new directory is watched.',
    );

    // Replaced by another directory renamed into its place.
    const replacement = path.join(base, 'replacement');
    await cp(fixture('good'), replacement, { recursive: true });
    await edit(replacement, 'Because it was renamed into place.');
    await rm(content, { recursive: true });
    await rename(replacement, content);
    await eventually(
      'the renamed directory built',
      async () => (await answer()) === 'Because it was renamed into place.',
    );
    await edit(content, 'Because the renamed directory is watched.');
    await eventually(
      'an edit in the renamed directory built',
      async () => (await answer()) === 'Because the renamed directory is watched.',
    );

    controller.abort();
    expect(await watching).toBe(0);
  });
});
