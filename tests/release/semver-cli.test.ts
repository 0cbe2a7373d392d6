import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/build/cli.js';
import { serializeLock } from '../../src/build/lock.js';
import { fixture, runContent, tempDir } from '../helpers.js';
import { contentDir, lockOf } from './helpers.js';

describe('npm run content -- --semver', () => {
  it('prints the bump, then the reasons, and exits 0', async () => {
    const lock = path.join(await tempDir(), 'content.lock.json');
    await writeFile(lock, serializeLock(await lockOf(fixture('good'))));
    const dir = await contentDir([/### Why write one\?\n\nBecause\.\n\n/, ''], ['Yes, it is', 'Yes, this is']);
    expect(await runContent(['--semver', '--content-dir', dir, '--lock', lock])).toEqual({
      code: 0,
      stdout: ['major', 'major: faq "why-write-one" removed', 'patch: faq "is-test" answer changed'],
      stderr: [],
    });
    expect((await runContent(['--semver', '--content-dir', fixture('good'), '--lock', lock])).stdout).toEqual(['none', 'content matches content.lock.json']);
  });

  it('exits 1 with located errors on bad content', async () => {
    const lock = path.join(await tempDir(), 'content.lock.json');
    await writeFile(lock, serializeLock(await lockOf(fixture('good'))));
    const result = await runContent(['--semver', '--content-dir', fixture('bad', 'missing-section'), '--lock', lock]);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/article\.en\.md:24:1: missing the challenges section/);
  });

  it.each([[['--semver', '--watch']], [['--semver', '--out-dir', 'x']], [['--lock', 'x']]])('exits 2 with the usage line on %j', async (args) => {
    const result = await runContent(args);
    expect(result.code).toBe(2);
    expect(result.stderr.at(-1)).toBe(USAGE);
  });
});
