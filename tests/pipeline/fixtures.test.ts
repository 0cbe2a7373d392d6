import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES as RULES } from '../../pipeline/kinds/index.js';
import { asWritten } from '../fixture-lines.js';
import { ADVERSARIAL_CASES } from '../fixtures/adversarial/cases.js';
import { fixture, runContent, tempDir } from '../helpers.js';

/**
 * Every directory of tests/fixtures/bad is a content directory that must fail; `expected.txt` beside
 * its files holds exactly what the build prints (paths relative to the directory). `UPDATE=1 npm test`
 * rewrites the expectations from the current output — review the diff before committing it.
 */
const BAD = fixture('bad');
const cases = (await readdir(BAD, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const update = process.env.UPDATE === '1';

/** Builds a fixture directory from inside it, so that paths print relative to it. */
async function check(name: string) {
  const dir = path.join(BAD, name);
  const result = await runContent(['--content-dir', dir, '--check'], dir);
  return { dir, ...result, stderr: asWritten(result.stderr) };
}

describe('bad content: every problem as path:line:col: message [rule-id], exit 1', () => {
  it.each(cases)('%s', async (name) => {
    const { dir, code, stdout, stderr } = await check(name);
    const file = path.join(dir, 'expected.txt');
    if (update) await writeFile(file, `${stderr.join('\n')}\n`);
    if (!existsSync(file))
      throw new Error(`${path.relative(BAD, file)} is missing: run UPDATE=1 npm test and review it`);
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual((await readFile(file, 'utf8')).trimEnd().split('\n'));
    // The last line counts every problem and every warning, also those not printed (see too-many-problems).
    const hidden = stderr
      .map((line) => /: (\d+) more problems? in this file, from here on, not shown/.exec(line)?.[1])
      .find(Boolean);
    const warnings = stderr.filter((line) => /^[^:]+:\d+:\d+: warning: /.test(line)).length;
    const count = stderr.length - 1 - warnings + (hidden ? Number(hidden) - 1 : 0);
    const counted = `${count} problem${count === 1 ? '' : 's'}${warnings > 0 ? ` and ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
    expect(stderr.at(-1)).toBe(`${counted} found; nothing was written`);
  });

  it('points every line at a real position inside its file', async () => {
    for (const name of cases) {
      const { dir, stderr } = await check(name);
      for (const line of stderr.slice(0, -1)) {
        const match = /^(.+?):(\d+):(\d+): .+ \[[a-z0-9-]+\]$/.exec(line);
        expect(match, line).not.toBeNull();
        const [, file, row, col] = match!;
        if (!statSync(path.join(dir, file!), { throwIfNoEntry: false })?.isFile()) continue; // the directory itself, for a missing file
        const lines = (await readFile(path.join(dir, file!), 'utf8')).split('\n');
        expect(Number(row), line).toBeLessThanOrEqual(lines.length);
        expect(Number(col), line).toBeLessThanOrEqual((lines[Number(row) - 1] ?? '').length + 1);
      }
    }
  });

  it('leaves the previous output untouched and leaves no temporary file, for every fixture', async () => {
    const out = await tempDir();
    await writeFile(path.join(out, 'content.ts'), 'previous module\n');
    await writeFile(path.join(out, 'data.json'), '{"previous":true}\n');
    for (const name of cases) {
      const result = await runContent(['--content-dir', path.join(BAD, name), '--out-dir', out]);
      expect(result.code, name).toBe(1);
      expect(await readFile(path.join(out, 'content.ts'), 'utf8')).toBe('previous module\n');
      expect(await readFile(path.join(out, 'data.json'), 'utf8')).toBe('{"previous":true}\n');
      expect((await readdir(out)).sort()).toEqual(['content.ts', 'data.json']);
    }
  });
});

/**
 * Rules whose breaking content cannot be committed, with the test that makes it: a commit holds no
 * links (scripts/commit-check.mjs refuses them).
 */
const MADE_BY_TESTS: Readonly<Record<string, string>> = {
  'unreadable-file': 'tests/security/io.test.ts links article.ko.md to a missing file, a device and a file outside',
  // A warning: a bad fixture must fail, and content that lacks only a description builds.
  'dataset-translation-missing': 'tests/release/translations.test.ts removes refugees.ko.md from the live content',
};

describe('the rules', () => {
  it('every rule has a fixture that breaks it (a bad directory or an adversarial case)', async () => {
    const seen = new Set<string>();
    for (const name of cases) {
      const text = await readFile(path.join(BAD, name, 'expected.txt'), 'utf8').catch(() => '');
      for (const match of text.matchAll(/ \[([a-z0-9-]+)\]$/gm)) seen.add(match[1]!);
    }
    for (const item of ADVERSARIAL_CASES) if (item.rule) seen.add(item.rule);
    for (const rule of Object.keys(MADE_BY_TESTS)) seen.add(rule);
    expect(Object.keys(RULES).filter((rule) => !seen.has(rule))).toEqual([]);
    expect([...seen].filter((rule) => !Object.hasOwn(RULES, rule))).toEqual([]);
  });

  it('every rule is listed in AUTHORING.md, once, with its line', async () => {
    const authoring = await readFile(path.join(fixture('..', '..'), 'AUTHORING.md'), 'utf8');
    for (const [rule, summary] of Object.entries(RULES))
      expect(authoring, rule).toContain(`| \`${rule}\` | ${summary} |`);
  });
});
