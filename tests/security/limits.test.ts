import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_FILE } from '../../pipeline/load/limits.js';
import { ADVERSARIAL_CASES, applyCase } from '../fixtures/adversarial/cases.js';
import { copyDatasets, fixture, runContent, tempDir } from '../helpers.js';

const good = {
  article: await readFile(fixture('good', 'article.en.md'), 'utf8'),
  arrivals: await readFile(fixture('good', 'arrivals.md'), 'utf8'),
};

/** Builds the good fixture with `files` in place of its files; returns the command's answer. */
async function check(files: { article: string; arrivals: string }) {
  const dir = await tempDir();
  await copyDatasets(dir);
  await writeFile(path.join(dir, 'article.en.md'), files.article);
  await writeFile(path.join(dir, 'arrivals.md'), files.arrivals);
  return runContent(['--content-dir', dir, '--check'], dir);
}

describe('adversarial input is accepted or rejected, with a located message, in bounded time', () => {
  it.each(ADVERSARIAL_CASES.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const result = await check(applyCase(item, good));
    if (item.rejects === null) {
      expect(result.stderr).toEqual([]);
      expect(result.code).toBe(0);
      return;
    }
    expect(result.code).toBe(1);
    const first = /^(?:article\.en\.md|arrivals\.md):\d+:\d+: (.*) \[([a-z0-9-]+)\]$/.exec(result.stderr[0] ?? '');
    expect(first, result.stderr[0]).not.toBeNull();
    expect(first![1]).toMatch(item.rejects);
    expect(first![2]).toBe(item.rule);
    expect(result.stderr.length).toBeLessThanOrEqual(MAX_MESSAGES_PER_FILE + 2);
  });
});

describe('printed problems are limited per file', () => {
  it('prints the first problems of a file and counts the rest in one located line', async () => {
    // Every :unknown[…] mark is a problem of its own; 300 of them stay under every parsing limit.
    const marks = Array.from({ length: 300 }, (_, i) => `:unknown${i}[x]`).join(' ');
    const result = await check({ ...good, article: good.article.replace('The end.', marks) });
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(MAX_MESSAGES_PER_FILE + 2);
    const hidden = result.stderr.at(-2)!;
    expect(hidden).toMatch(
      /^article\.en\.md:\d+:\d+: 250 more problems in this file, from here on, not shown \(at most 50 are printed per file\) \[too-many-problems\]$/,
    );
    expect(result.stderr.at(-1)).toBe('300 problems found; nothing was written');
  });
});

describe('what the build writes is bounded by what it reads', () => {
  /** The good fixture with one factors' paragraph of `count` marks, 119 KB in all. */
  const factors = (count: number) => {
    const marks = Array.from({ length: count }, (_, i) => `:factor[reason ${i}]{#reason-${i}}`).join(' ');
    const paragraph = `${marks} ${'word '.repeat((119_000 - marks.length) / 5)}`;
    return { ...good, article: good.article.replace(/^:factor\[Hunger\].*$/m, paragraph) };
  };

  // Each item ships its paragraph as its context, in every output: 100 factors in one 119 KB
  // paragraph wrote 48 MB before the contexts were limited; within the limit, about 20 times the input.
  it.each([4, 100])('%i factors in a 119 KB paragraph: at most 24 times the input is written', async (count) => {
    const files = factors(count);
    const dir = await tempDir();
    const content = path.join(dir, 'content');
    await mkdir(content);
    await writeFile(path.join(content, 'article.en.md'), files.article);
    await copyDatasets(content);
    await writeFile(path.join(content, 'arrivals.md'), files.arrivals);
    const result = await runContent(['--content-dir', content, '--out-dir', path.join(dir, 'out')], dir);
    const refugees = await readFile(path.join(content, 'refugees.md'));
    const input = Buffer.byteLength(files.article) + Buffer.byteLength(files.arrivals) + refugees.length;
    const names = await readdir(path.join(dir, 'out')).catch(() => [] as string[]);
    const sizes = await Promise.all(names.map(async (name) => (await stat(path.join(dir, 'out', name))).size));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(24 * input);
    if (count > 4) expect(result.stderr[0]).toMatch(/: too many items in long paragraphs: .* \[too-much-context\]$/);
    else expect(result).toMatchObject({ code: 0, stderr: [] });
  });
});
