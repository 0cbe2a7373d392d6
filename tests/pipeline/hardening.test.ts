import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_CONTAINER_DEPTH,
  MAX_CONTAINER_LEVELS,
  MAX_DELIMITERS_PER_BLOCK,
  MAX_FILE_BYTES,
  MAX_INDENT,
} from '../../pipeline/load/limits.js';
import { copyDatasets, fixture, runContent, tempDir } from '../helpers.js';

const good = await readFile(fixture('good', 'article.en.md'), 'utf8');

/** Writes `article.en.md` (and the fixture's `arrivals.md`) with the given contents into a fresh content directory. */
async function contentDir(contents: string | Uint8Array): Promise<string> {
  const dir = path.join(await tempDir(), 'content');
  await mkdir(dir);
  await writeFile(path.join(dir, 'article.en.md'), contents);
  await copyDatasets(dir);
  return dir;
}

/** Builds `contents` with the command and returns its exit code and stderr (paths relative to the content dir). */
async function check(contents: string) {
  const dir = await contentDir(contents);
  return runContent(['--content-dir', dir, '--check'], dir);
}

/** The good fixture with `block` in place of its conclusion, and the line that block starts on. */
function withConclusion(block: string): { text: string; line: number } {
  const text = good.replace('The end.', block);
  return { text, line: good.slice(0, good.indexOf('The end.')).split('\n').length };
}

describe('prototype pollution', () => {
  it('rejects __proto__ and constructor keys and leaves Object.prototype alone', async () => {
    const result = await runContent(['--content-dir', fixture('bad', 'prototype-keys'), '--check']);
    expect(result.code).toBe(1);
    expect(result.stderr.join('\n')).toMatch(/unknown key "__proto__"/);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('large and pathological input finishes with a result or a located error', () => {
  it('builds an article just under the size limit', async () => {
    const paragraph = 'Lorem ipsum dolor sit amet, *consectetur* adipiscing elit, sed do eiusmod tempor. '.repeat(12);
    const { text } = withConclusion(
      `${paragraph}\n\n`.repeat(Math.floor((MAX_FILE_BYTES - good.length) / (paragraph.length + 2))),
    );
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES - 2000);
    expect(text.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const result = await check(text);
    expect(result).toMatchObject({ code: 0, stderr: [] });
  });

  it('rejects a file over the size limit without parsing it', async () => {
    const text = `${good}${'x'.repeat(MAX_FILE_BYTES)}`;
    const result = await check(text);
    expect(result.stderr[0]).toBe(
      `article.en.md:1:1: file too large: ${Buffer.byteLength(text)} bytes; the limit is ${MAX_FILE_BYTES}: split or shorten the content [file-too-large]`,
    );
  });

  it.each([
    ['block quotes', '> '.repeat(10_000), 2],
    ['block quotes without spaces', '>'.repeat(10_000), 1],
    ['list levels', '- '.repeat(10_000), 2],
    ['ordered list levels', '1. '.repeat(10_000), 3],
  ])('rejects 10,000 nested %s at the first level over the limit', async (_name, prefix, width) => {
    const { text, line } = withConclusion(`${prefix}deep`);
    const result = await check(text);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toBe(
      `article.en.md:${line}:${MAX_CONTAINER_DEPTH * width + 1}: nesting too deep: 10000 nested block quotes or list levels on one line; the limit is ${MAX_CONTAINER_DEPTH} [containers-too-deep]`,
    );
  });

  it('rejects list levels nested by indentation, each counted on every line it continues', async () => {
    // Line i continues the i levels above it and opens one: 1 + 2 + … + 45 levels is over 1,000.
    const lines = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
    const { text, line } = withConclusion(lines.join('\n'));
    const result = await check(text);
    expect(result.stderr[0]).toBe(
      `article.en.md:${line + 44}:${2 * 44 + 1}: too many block quote and list levels (over ${MAX_CONTAINER_LEVELS}, each counted on every line it opens or continues): content holds neither, and this many cannot be parsed in bounded time [too-many-containers]`,
    );
  });

  it('rejects lines indented deeper than the limit', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}level ${i}`);
    const { text, line } = withConclusion(lines.join('\n'));
    const result = await check(text);
    expect(result.stderr[0]).toBe(
      `article.en.md:${line + MAX_INDENT / 2 + 1}:${MAX_INDENT + 1}: nesting too deep: the line is indented ${MAX_INDENT + 2} characters; the limit is ${MAX_INDENT} [indent-too-deep]`,
    );
  });

  it('rejects 10,000 nested emphases at the delimiter over the limit', async () => {
    const { text, line } = withConclusion(`${'*a '.repeat(10_000)}x${' a*'.repeat(10_000)}`);
    const result = await check(text);
    expect(result.stderr[0]).toBe(
      `article.en.md:${line}:${3 * (MAX_DELIMITERS_PER_BLOCK + 1) - 2}: too many * and _ in one paragraph (over ${MAX_DELIMITERS_PER_BLOCK}): emphasis this dense cannot be parsed in bounded time [too-many-delimiters]`,
    );
  });

  it('counts a paragraph’s delimiters across lines of other white space (a blank line is spaces and tabs only)', async () => {
    // A line of no-break spaces continues the paragraph for the parser, so it does not start a new
    // count: split by one, 1,200 delimiters are still one paragraph's. (A form feed would too, but
    // no file holding one is parsed: it is a control character.)
    const half = '*a '.repeat(600).trimEnd();
    for (const separator of ['\u00a0\u00a0']) {
      const { text, line } = withConclusion(`${half}\n${separator}\n${half}`);
      const result = await check(text);
      expect(result.stderr[0], JSON.stringify(separator)).toMatch(
        new RegExp(
          `^article\\.en\\.md:${line + 2}:\\d+: too many \\* and _ in one paragraph .*\\[too-many-delimiters\\]$`,
        ),
      );
    }
    const { text } = withConclusion(`${half}\n \t\n${half}`);
    expect((await check(text)).stderr.join('\n')).not.toMatch(/too-many-delimiters/);
  });
  it('rejects markup nested deeper than the tree limit instead of overflowing the stack', async () => {
    const { text, line } = withConclusion(`${'*a '.repeat(400)}x${' a*'.repeat(400)}`);
    const result = await check(text);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(
      new RegExp(
        `^article\\.en\\.md:${line}:\\d+: nesting too deep: more than 64 levels of nested markup \\[markup-too-deep\\]$`,
      ),
    );
  });

  it('survives 10,000 nested brackets and marks', async () => {
    for (const block of [
      `${'['.repeat(10_000)}x${'](a)'.repeat(10_000)}`,
      `${':factor['.repeat(10_000)}x${']'.repeat(10_000)}`,
    ]) {
      const result = await check(withConclusion(block).text);
      for (const line of result.stderr.slice(0, -1)) expect(line).toMatch(/^article\.en\.md:\d+:\d+: /);
    }
  });
});

describe('equivalent files build byte-identical output', () => {
  const clean = good.replace('Testland', 'Tésland').replace('Because.', 'Because of the café’s crêpes.');

  it.each([
    ['a byte order mark', (text: string) => `\uFEFF${text}`],
    ['CRLF line endings', (text: string) => text.replace(/\n/g, '\r\n')],
    ['trailing white space', (text: string) => text.replace(/\n/g, ' \t \n')],
    ['NFD-normalised text', (text: string) => text.normalize('NFD')],
    ['all of them', (text: string) => `\uFEFF${text.normalize('NFD').replace(/\n/g, '  \r\n')}`],
  ])('with %s', async (_name, variant) => {
    const changed = variant(clean);
    expect(changed).not.toBe(clean);
    const outputs = [];
    for (const text of [clean, changed]) {
      const out = await tempDir();
      const result = await runContent(['--content-dir', await contentDir(text), '--out-dir', out]);
      expect(result).toMatchObject({ code: 0, stderr: [] });
      outputs.push(await Promise.all(['en.ts', 'data.json'].map((name) => readFile(path.join(out, name)))));
    }
    expect(Buffer.compare(outputs[0]![0]!, outputs[1]![0]!)).toBe(0);
    expect(Buffer.compare(outputs[0]![1]!, outputs[1]![1]!)).toBe(0);
  });
});
