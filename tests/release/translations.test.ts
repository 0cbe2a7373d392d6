import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as translations } from '../../pipeline/commands/translations-cli.js';
import type { Io } from '../../pipeline/shared/io.js';
import { LOCK_FILE } from '../../pipeline/shared/paths.js';
import { checkRelease } from '../../release/check.js';
import { main as release } from '../../release/cli.js';
import { updateLock } from '../../release/current.js';
import type { ReleaseOptions } from '../../release/options.js';
import { copyEdition } from '../editions.js';
import { runContent } from '../helpers.js';
import { changeset, packageRoot } from './helpers.js';

/** Runs a command's `main` in-process, capturing its output. */
async function run(main: (args: readonly string[], io: Io) => Promise<number>, args: string[], cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd });
  return { code, stdout, stderr };
}

/** A package whose lock is the real content's Korean edition (and its source) as it is now, released, with nothing pending. */
async function released(): Promise<ReleaseOptions> {
  const rootDir = await packageRoot({});
  const contentDir = path.join(rootDir, 'content');
  await copyEdition(contentDir, 'ko');
  const options = { rootDir, contentDir, lockFile: path.join(rootDir, LOCK_FILE), cwd: rootDir };
  await updateLock(options, '2026-11-25');
  return options;
}

/** Replaces text in a file of the package's content; the replacement must apply. */
async function edit(options: ReleaseOptions, name: string, from: string, to: string) {
  const file = path.join(options.contentDir, name);
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

const PENDING_PATCH = changeset(
  'patch',
  ['nke-fixture'],
  'The answer to *What is a defector?* says "person", not "individual".',
);

describe('a release with a stale translation', () => {
  it('an edited English answer: stale locally (a warning), the release check fails; once marked current both pass', async () => {
    const options = await released();
    const { rootDir } = options;
    expect((await checkRelease(options)).ok).toBe(true);

    await edit(options, 'article.en.md', 'A defector is an individual', 'A defector is a person');
    await writeFile(path.join(rootDir, '.changeset', 'defector.md'), PENDING_PATCH);

    // Locally: a warning located in both files, and the build goes on.
    const local = await runContent(['--content-dir', options.contentDir, '--check'], rootDir);
    expect(local.code).toBe(0);
    expect(local.stderr).toEqual([
      expect.stringMatching(
        /^content\/article\.ko\.md:\d+:1: warning: question "what-is-a-defector" is stale: article\.en\.md:\d+:1 changed since it was translated; .* \[translation-stale\]$/,
      ),
    ]);
    expect(local.stdout).toEqual(['content is valid (1 warning: the build went on)']);

    // Releasing: the check fails, though the changeset declares the bump the English change needs.
    const failed = await run(release, ['check', '--root', rootDir, '--content-dir', options.contentDir], rootDir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      'content/article.ko.md lags behind its source (1 stale): update it and mark it current (`npm run translations -- --locale ko --mark-current`), or release it as pending with the line "Translations pending: ko" in a pending changeset',
    );
    expect(failed.stderr.some((line) => line.startsWith('patch bump required'))).toBe(true);
    // npm run semver still answers while the translation lags.
    const semver = await run(release, ['semver', '--root', rootDir, '--content-dir', options.contentDir], rootDir);
    expect([semver.code, semver.stdout[0]]).toEqual([0, 'patch']);

    // The translator updates the Korean answer and marks it current: both pass.
    await edit(options, 'article.ko.md', '망명자란 자기 나라를', '망명자란 제 나라를');
    const marked = await run(
      translations,
      ['--content-dir', options.contentDir, '--locale', 'ko', '--mark-current', 'faq/what-is-a-defector'],
      rootDir,
    );
    expect(marked.code).toBe(0);
    expect(await runContent(['--content-dir', options.contentDir, '--check'], rootDir)).toEqual({
      code: 0,
      stdout: ['content is valid'],
      stderr: [],
    });
    const passed = await checkRelease(options);
    expect(passed.ok).toBe(true);
    expect(passed.lines[0]).toMatch(/^patch bump required/);
  });

  it("a dataset's description missing in Korean: a warning, the English stands in, and the release check fails unless declared pending", async () => {
    const options = await released();
    await rm(path.join(options.contentDir, 'refugees.ko.md'));
    const local = await runContent(['--content-dir', options.contentDir, '--check'], options.rootDir);
    expect(local.code).toBe(0);
    expect(local.stderr).toEqual([
      expect.stringMatching(
        /^content:1:1: warning: missing refugees\.ko\.md: .* the English stands in until it is written \[dataset-translation-missing\]$/,
      ),
    ]);
    await writeFile(path.join(options.rootDir, '.changeset', 'defector.md'), PENDING_PATCH);
    const failed = await checkRelease(options);
    expect(failed.ok).toBe(false);
    expect(failed.lines.join('\n')).toContain(
      'content/article.ko.md lags behind its source (1 dataset description missing (the English stands in))',
    );
    await writeFile(
      path.join(options.rootDir, '.changeset', 'korean-later.md'),
      changeset('patch', ['nke-fixture'], 'The Korean description follows.\n\nTranslations pending: ko'),
    );
    expect((await checkRelease(options)).ok).toBe(true);
    const listed = await run(translations, ['--content-dir', options.contentDir], options.rootDir);
    expect(listed.stdout).toContain("  missing  refugees.ko.md (a dataset's description: the English stands in)");
  });

  it('passes while stale when a pending changeset says "Translations pending: ko", and fails without it', async () => {
    const options = await released();
    await edit(options, 'article.en.md', 'A defector is an individual', 'A defector is a person');
    await writeFile(path.join(options.rootDir, '.changeset', 'defector.md'), PENDING_PATCH);
    expect((await checkRelease(options)).ok).toBe(false);
    await writeFile(
      path.join(options.rootDir, '.changeset', 'korean-later.md'),
      changeset('patch', ['nke-fixture'], 'The Korean answer follows in the next release.\n\nTranslations pending: ko'),
    );
    const result = await checkRelease(options);
    expect(result.ok).toBe(true);
    expect(result.lines).toContain(
      'content/article.ko.md lags (1 stale); released as pending, as .changeset/korean-later.md declares',
    );
  });

  it.each([
    ['an HTML comment', '<!--\nTranslations pending: ko\n-->'],
    ['a code fence', '```\nTranslations pending: ko\n```'],
    ['an indented code block', '    Translations pending: ko'],
    ['inline code', '`Translations pending: ko`'],
  ])('a "Translations pending: ko" line in %s declares nothing: the check still fails', async (_where, line) => {
    const options = await released();
    await edit(options, 'article.en.md', 'A defector is an individual', 'A defector is a person');
    await writeFile(path.join(options.rootDir, '.changeset', 'defector.md'), PENDING_PATCH);
    const body = `The Korean answer follows in the next release.\n\n${line}\n`;
    await writeFile(
      path.join(options.rootDir, '.changeset', 'korean-later.md'),
      changeset('patch', ['nke-fixture'], body),
    );
    const result = await checkRelease(options);
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toContain('content/article.ko.md lags behind its source (1 stale)');
  });

  it('a "Translations pending: ko" line in a list item or after other text of its paragraph declares it', async () => {
    for (const body of ['- Translations pending: ko', 'The Korean answer follows.\nTranslations pending: ko']) {
      const options = await released();
      await edit(options, 'article.en.md', 'A defector is an individual', 'A defector is a person');
      await writeFile(path.join(options.rootDir, '.changeset', 'defector.md'), PENDING_PATCH);
      await writeFile(
        path.join(options.rootDir, '.changeset', 'korean-later.md'),
        changeset('patch', ['nke-fixture'], body),
      );
      expect((await checkRelease(options)).ok, body).toBe(true);
    }
  });

  it('does not block when nothing is to be released (after versioning, the declaration consumed)', async () => {
    const options = await released();
    await edit(options, 'article.en.md', 'A defector is an individual', 'A defector is a person');
    await updateLock(options, '2026-11-26');
    const result = await checkRelease(options);
    expect(result).toMatchObject({
      ok: true,
      lines: [
        'content matches content.lock.json: no release needed',
        'content/article.ko.md lags (1 stale); nothing is to be released',
      ],
    });
  });
});

describe('content with an error beside warnings', () => {
  it('check:release and semver name the error (a missing arrivals.md), not only the stale translation', async () => {
    const options = await released();
    const { rootDir } = options;
    await rm(path.join(options.contentDir, 'arrivals.md'));
    await edit(options, 'article.en.md', 'A defector is an individual', 'A defector is a person');
    const missing = 'content:1:1: missing arrivals.md, the official arrival figures [missing-dataset]';

    const check = await run(release, ['check', '--root', rootDir, '--content-dir', options.contentDir], rootDir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(missing);
    expect(check.stderr.at(-1)).toBe('the content has 1 problem and 1 warning; fix the problem first');
    expect((await checkRelease(options)).lines).toEqual([
      'the content has 1 problem and 1 warning; fix the problem first',
    ]);

    const semver = await run(release, ['semver', '--root', rootDir, '--content-dir', options.contentDir], rootDir);
    expect(semver).toMatchObject({ code: 1, stdout: [] });
    expect(semver.stderr).toContain(missing);
  });
});
