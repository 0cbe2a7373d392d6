/**
 * The README is what npm shows a user: short, for users, with the two commands that set up and test
 * a clone, and links to where the maintainers' matter lives. (Its code runs as written in the
 * package gate: tests/package/readme.test.ts.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const readme = await readFile(path.join(root, 'README.md'), 'utf8');

describe('the README', () => {
  it('is at most 300 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(300);
  });

  it('ends with Develop: the two commands that set up and test a clone, and the maintainers’ documents', () => {
    const develop = readme.slice(readme.indexOf('\n## Develop\n'));
    expect(develop).toContain('npm ci && npm run build');
    expect(develop).toMatch(/^npm test\b/m);
    for (const doc of ['CONTRIBUTING.md', 'AUTHORING.md', 'RELEASING.md', 'SECURITY.md']) {
      expect(develop, doc).toContain(`](${doc})`);
    }
  });

  it('holds no maintainer internals (the build’s generations, the launcher, CI’s checks)', () => {
    for (const internal of ['.generated', 'scripts/run.mjs', '.ci/run', 'commit-check', 'git ls-files', 'pipeline/']) {
      expect(readme, internal).not.toContain(internal);
    }
  });
});
