import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, RELEASE_USAGE } from '../../release/cli.js';
import { serializeLock } from '../../release/lock.js';
import { fixture, root, runContent, tempDir } from '../helpers.js';
import { contentDir, lockOf } from './helpers.js';

/** Runs `npm run semver` (release/cli.ts semver) in-process. */
async function semver(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['semver', ...args], {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    cwd: root,
  });
  return { code, stdout, stderr };
}

describe('npm run semver', () => {
  it('prints the bump, then the reasons, and exits 0', async () => {
    const lock = path.join(await tempDir(), 'content.lock.json');
    await writeFile(lock, serializeLock(await lockOf(fixture('good'))));
    const dir = await contentDir([/### Why write one\?\n\nBecause\.\n\n/, ''], ['Yes, it is', 'Yes, this is']);
    expect(await semver(['--content-dir', dir, '--lock', lock])).toEqual({
      code: 0,
      stdout: ['major', 'major: faq "why-write-one" removed', 'patch: faq "is-test" answer changed'],
      stderr: [],
    });
    expect((await semver(['--content-dir', fixture('good'), '--lock', lock])).stdout).toEqual([
      'none',
      'content matches content.lock.json',
    ]);
  });

  it('exits 1 with located errors on bad content', async () => {
    const lock = path.join(await tempDir(), 'content.lock.json');
    await writeFile(lock, serializeLock(await lockOf(fixture('good'))));
    const result = await semver(['--content-dir', fixture('bad', 'missing-section'), '--lock', lock]);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/article\.en\.md:24:1: missing the estimate section/);
  });

  it('exits 2 with the usage line on an unknown option', async () => {
    const result = await semver(['--watch']);
    expect(result.code).toBe(2);
    expect(result.stderr.at(-1)).toBe(RELEASE_USAGE);
  });

  it('is not an option of the content command any more (one semver command)', async () => {
    const result = await runContent(['--semver']);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/Unknown option '--semver'/);
  });
});
