/**
 * The changelog as readers read it: each changeset's text first, its commit only as a link when the
 * repository is known (release/changelog.cjs, which .changeset/config.json names), and the notes for
 * authors under their own heading in each release (release/changelog-file.ts, run by version-packages).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTHORS_HEADING, tidyChangelog } from '../../release/changelog-file.js';
import { root } from '../helpers.js';

const changelog = createRequire(import.meta.url)(path.join(root, 'release', 'changelog.cjs')) as {
  default: {
    getReleaseLine(changeset: { summary: string; commit?: string }): Promise<string>;
    getDependencyReleaseLine(): Promise<string>;
  };
};
const COMMIT = 'ee23c3d0123456789abcdef0123456789abcdef0';

describe('the changelog line of a changeset', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is its text, indented under its first line, with no commit when the repository is unknown', async () => {
    vi.stubEnv('GITHUB_SERVER_URL', '');
    vi.stubEnv('GITHUB_REPOSITORY', '');
    const line = await changelog.default.getReleaseLine({
      summary: '**New.** Text.\n\n- One.\n  - Two.\n',
      commit: COMMIT,
    });
    expect(line).toBe('- **New.** Text.\n\n  - One.\n    - Two.');
  });

  it('links the commit after the text when the repository is known (in GitHub Actions)', async () => {
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
    vi.stubEnv('GITHUB_REPOSITORY', 'owner/name');
    expect(await changelog.default.getReleaseLine({ summary: 'Text.', commit: COMMIT })).toBe(
      `- Text. ([ee23c3d](https://github.com/owner/name/commit/${COMMIT}))`,
    );
    // No commit (a changeset not committed yet), or not a commit: nothing.
    expect(await changelog.default.getReleaseLine({ summary: 'Text.' })).toBe('- Text.');
    expect(await changelog.default.getReleaseLine({ summary: 'Text.', commit: 'x](javascript:1)' })).toBe('- Text.');
    // A malformed address names no repository.
    vi.stubEnv('GITHUB_SERVER_URL', 'http://example.org/x');
    expect(await changelog.default.getReleaseLine({ summary: 'Text.', commit: COMMIT })).toBe('- Text.');
    expect(await changelog.default.getDependencyReleaseLine()).toBe('');
  });

  it('is the module the changeset configuration names', async () => {
    const config = JSON.parse(await readFile(path.join(root, '.changeset', 'config.json'), 'utf8'));
    expect(path.resolve(root, '.changeset', config.changelog)).toBe(path.join(root, 'release', 'changelog.cjs'));
  });
});

describe('the notes for authors, apart', () => {
  const release = [
    '# pkg',
    '',
    '## 2.0.0',
    '',
    '### Minor Changes',
    '',
    '- abc1234: **New.** For readers.',
    '',
    '  - A detail.',
    '  - For authors: the build checks more,',
    '    on two lines.',
    '  - Another detail.',
    '',
    '### Patch Changes',
    '',
    '- For authors: only for authors.',
    '',
    '## 1.0.0',
    '',
    '### Minor Changes',
    '',
    '- First.',
    '',
  ].join('\n');

  it('go under their heading at the end of their release, as items of their own; bare hashes go', () => {
    expect(tidyChangelog(release)).toBe(
      [
        '# pkg',
        '',
        '## 2.0.0',
        '',
        '### Minor Changes',
        '',
        '- **New.** For readers.',
        '',
        '  - A detail.',
        '  - Another detail.',
        '',
        AUTHORS_HEADING,
        '',
        '- The build checks more,',
        '  on two lines.',
        '- Only for authors.',
        '',
        '## 1.0.0',
        '',
        '### Minor Changes',
        '',
        '- First.',
        '',
      ].join('\n'),
    );
  });

  it('is done once: the result, and this repository’s CHANGELOG.md, are left as they are', async () => {
    expect(tidyChangelog(tidyChangelog(release))).toBe(tidyChangelog(release));
    const text = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8');
    expect(tidyChangelog(text)).toBe(text);
    expect(text).not.toMatch(/^ *- [0-9a-f]{7}: /m);
    expect(text).not.toMatch(/^ *- For authors:/m);
  });
});
