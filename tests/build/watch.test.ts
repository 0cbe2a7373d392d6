import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/build/cli.js';
import { fixture, root, tempDir } from '../helpers.js';

/** Polls until `predicate` holds; fails after `limitMs` (a bound, not a timing assertion). */
async function until(what: string, predicate: () => boolean, limitMs = 15_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm run content -- --watch', () => {
  it('rebuilds on save, prints located errors, keeps the last good output, and goes on after bad content', async () => {
    const [content, out] = [await tempDir(), await tempDir()];
    const article = path.join(content, 'article.en.md');
    await copyFile(fixture('good', 'article.en.md'), article);
    await copyFile(fixture('good', 'arrivals.md'), path.join(content, 'arrivals.md'));
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: Io = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: root };
    const controller = new AbortController();
    const built = () => stdout.filter((line) => line.startsWith('content built:')).length;

    const watching = main(['--watch', '--content-dir', content, '--out-dir', out], io, controller.signal);
    await until('the first build', () => built() === 1);
    const good = await readFile(path.join(out, 'en.ts'), 'utf8');

    const text = await readFile(article, 'utf8');
    await writeFile(article, text.replace(':estimate[about 1,200]{#people}', ':estimate[lots]{#people}'));
    await until('the diagnostics', () => stderr.some((line) => /article\.en\.md:\d+:\d+: /.test(line)));
    const line = text.split('\n').findIndex((l) => l.includes(':estimate[')) + 1;
    expect(stderr.find((l) => /article\.en\.md:\d+:\d+: /.test(l))).toMatch(new RegExp(`article\\.en\\.md:${line}:\\d+: estimate "lots"`));
    expect(await readFile(path.join(out, 'en.ts'), 'utf8')).toBe(good);

    await writeFile(article, text.replace('Because.', 'Because it helps.'));
    await until('the rebuild', () => built() === 2);
    expect(await readFile(path.join(out, 'en.ts'), 'utf8')).toContain('Because it helps.');

    controller.abort();
    expect(await watching).toBe(0);
  });
});
