import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/commands/cli.js';
import type { Io } from '../../pipeline/shared/io.js';
import { root, runContent, tempDir } from '../helpers.js';

/** The line the build prints for a content directory without its figures, run from inside that directory. */
const MISSING_ARRIVALS = '.:1:1: missing arrivals.md, the official arrival figures [missing-dataset]';

/**
 * A copy of the package's content without arrivals.md, whose English article has one word changed:
 * the Korean edition is then stale (a warning) and the figures are missing (an error).
 */
async function staleWithoutArrivals(): Promise<string> {
  const dir = await tempDir();
  for (const name of ['article.en.md', 'article.ko.md', 'arrivals.ko.md', 'refugees.md', 'refugees.ko.md'])
    await copyFile(path.join(root, 'content', name), path.join(dir, name));
  const file = path.join(dir, 'article.en.md');
  const text = await readFile(file, 'utf8');
  const edited = text.replace('are multifaceted.', 'are many.');
  expect(edited).not.toBe(text);
  await writeFile(file, edited);
  return dir;
}

describe('a warning never hides an error', () => {
  it('a missing arrivals.md beside a stale translation: exit 1, the error named, the warnings too, nothing written', async () => {
    const [dir, out] = [await staleWithoutArrivals(), await tempDir()];
    await writeFile(path.join(out, 'data.json'), '{"previous":true}\n');
    const result = await runContent(['--content-dir', dir, '--out-dir', out], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toContain(MISSING_ARRIVALS);
    const warnings = result.stderr.filter((line) => / warning: .* \[translation-stale\]$/.test(line));
    expect(warnings.length).toBeGreaterThan(0);
    const plural = warnings.length === 1 ? '' : 's';
    expect(result.stderr.at(-1)).toBe(`1 problem and ${warnings.length} warning${plural} found; nothing was written`);
    expect(await readdir(out)).toEqual(['data.json']);
    expect(await readFile(path.join(out, 'data.json'), 'utf8')).toBe('{"previous":true}\n');
  });

  it('the same with --check', async () => {
    const dir = await staleWithoutArrivals();
    const result = await runContent(['--content-dir', dir, '--check'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toContain(MISSING_ARRIVALS);
  });

  it('--watch says the last good output stays, and names the error', async () => {
    const [dir, out] = [await tempDir(), await tempDir()];
    for (const name of [
      'article.en.md',
      'article.ko.md',
      'arrivals.md',
      'arrivals.ko.md',
      'refugees.md',
      'refugees.ko.md',
    ])
      await copyFile(path.join(root, 'content', name), path.join(dir, name));
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: Io = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: dir };
    const controller = new AbortController();
    const watching = main(['--watch', '--content-dir', dir, '--out-dir', out], io, controller.signal);
    await until(() => stdout.some((line) => / rebuilt in /.test(line)));
    const good = await readFile(path.join(out, 'data.json'), 'utf8');

    const stale = await staleWithoutArrivals();
    await rm(path.join(dir, 'arrivals.md'));
    await copyFile(path.join(stale, 'article.en.md'), path.join(dir, 'article.en.md'));
    await until(() => stderr.some((line) => line.includes('the last good output stays')));
    expect(stderr).toContain(MISSING_ARRIVALS);
    expect(stdout.filter((line) => line.includes('no output changed'))).toEqual([]);
    expect(await readFile(path.join(out, 'data.json'), 'utf8')).toBe(good);
    controller.abort();
    expect(await watching).toBe(0);
  });
});

/** Polls until `predicate` holds; fails after 15 s (a bound, not a timing assertion). */
async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
