import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../pipeline/shared/io.js';
import { LOCK_FILE } from '../../pipeline/shared/paths.js';
import { draftChangeset, pendingBump } from '../../release/changesets.js';
import { checkRelease } from '../../release/check.js';
import { main, RELEASE_USAGE } from '../../release/cli.js';
import { readLock, today, updateLock } from '../../release/current.js';
import { serializeLock } from '../../release/lock.js';
import { RELEASE_DEFAULTS, type ReleaseOptions } from '../../release/options.js';
import { fixture, tempDir } from '../helpers.js';
import { changeset, contentDir, lockOf, packageRoot } from './helpers.js';

const removeWhyWriteOne: [RegExp, string] = [/### Why write one\?\n\nBecause\.\n\n/, ''];

/** A package whose lock holds the good fixture, with the given content and pending changesets. */
async function setup(content: string, changesets: Record<string, string> = {}): Promise<ReleaseOptions> {
  const rootDir = await packageRoot(changesets);
  const lockFile = path.join(rootDir, LOCK_FILE);
  await writeFile(lockFile, serializeLock(await lockOf(fixture('good'))));
  return { rootDir, lockFile, contentDir: content };
}

describe('pending changesets', () => {
  it('are read with @changesets/read; the most severe bump for this package counts', async () => {
    const root = await packageRoot({
      a: changeset('patch'),
      b: changeset('minor'),
      c: changeset('major', ['another-package']),
    });
    expect(await pendingBump(root, 'nke-fixture')).toEqual({
      bump: 'minor',
      files: ['.changeset/a.md', '.changeset/b.md'],
    });
    expect((await pendingBump(root, 'not-named')).bump).toBeUndefined();
  });
});

describe('npm run check:release', () => {
  it('passes when the content matches the lock, with or without changesets', async () => {
    const result = await checkRelease(await setup(fixture('good')));
    expect(result).toMatchObject({ ok: true, lines: ['content matches content.lock.json: no release needed'] });
  });

  it('fails when a FAQ entry is removed and the changesets declare only minor, saying which bump and why', async () => {
    const result = await checkRelease(
      await setup(await contentDir(removeWhyWriteOne), { 'new-things': changeset('minor') }),
    );
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(
      'major bump required (faq "why-write-one" removed) but pending changesets declare only minor',
    );
    expect(result.lines).toContain('  major: faq "why-write-one" removed');
  });

  it('fails when no changeset names the package', async () => {
    const result = await checkRelease(
      await setup(await contentDir(removeWhyWriteOne), { other: changeset('major', ['another-package']) }),
    );
    expect(result.lines[0]).toBe(
      'major bump required (faq "why-write-one" removed) but no pending changeset releases nke-fixture',
    );
  });

  it('passes once a major changeset is added', async () => {
    const result = await checkRelease(
      await setup(await contentDir(removeWhyWriteOne), { a: changeset('minor'), b: changeset('major') }),
    );
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toBe(
      'major bump required (faq "why-write-one" removed); pending changesets declare major (.changeset/a.md, .changeset/b.md)',
    );
  });

  it('accepts a bigger bump than needed', async () => {
    const result = await checkRelease(
      await setup(await contentDir(['Because.', 'Because it helps.']), { a: changeset('minor') }),
    );
    expect(result.ok).toBe(true);
  });

  it('passes for this repository: its content matches content.lock.json or is covered by the pending changesets', async () => {
    const result = await checkRelease(RELEASE_DEFAULTS);
    expect(result.lines[0]).toMatch(
      /^(content matches content\.lock\.json|\w+ bump required .*; pending changesets declare)/,
    );
    expect(result.ok).toBe(true);
  });

  it('as a command: exit 1 with the reason on stderr; exit 2 on wrong usage', async () => {
    const options = await setup(await contentDir(removeWhyWriteOne));
    const out = { stdout: [] as string[], stderr: [] as string[] };
    const io: Io = { stdout: (l) => out.stdout.push(l), stderr: (l) => out.stderr.push(l), cwd: options.rootDir };
    expect(await main(['check', '--root', options.rootDir, '--content-dir', options.contentDir], io)).toBe(1);
    expect(out.stderr[0]).toMatch(/^major bump required \(faq "why-write-one" removed\) but no pending changeset/);
    expect(await main(['publish'], io)).toBe(2);
    expect(out.stderr.at(-1)).toBe(RELEASE_USAGE);
  });
});

describe('files a commit could make links: the release tools read none through a link', () => {
  it('a changeset or the lock that is a link to another file: one error line, nothing of that file printed', async () => {
    const secret = path.join(await tempDir(), 'secret.txt');
    await writeFile(secret, 'SECRET_TOKEN=abc123\n');
    const run = async (options: ReleaseOptions) => {
      const out = { stdout: [] as string[], stderr: [] as string[] };
      const io: Io = { stdout: (l) => out.stdout.push(l), stderr: (l) => out.stderr.push(l), cwd: options.rootDir };
      const code = await main(['check', '--root', options.rootDir, '--content-dir', options.contentDir], io);
      return { code, ...out };
    };
    const linkedChangeset = await setup(fixture('good'));
    await symlink(secret, path.join(linkedChangeset.rootDir, '.changeset', 'evil.md'));
    const first = await run(linkedChangeset);
    expect(first.code).toBe(1);
    expect(first.stderr).toEqual([
      'error: .changeset/evil.md is a symbolic link: a changeset is a regular file, never a link',
    ]);
    const linkedLock = await setup(fixture('good'));
    await rm(linkedLock.lockFile);
    await symlink(secret, linkedLock.lockFile);
    const second = await run(linkedLock);
    expect(second.code).toBe(1);
    expect(second.stderr).toEqual(['error: content.lock.json is a symbolic link: the lock is a regular file']);
    expect(JSON.stringify([first, second])).not.toContain('SECRET');
  });
});

describe('npm run version-packages (the lock step)', () => {
  it('rewrites the lock so the check is clean again, dating the change', async () => {
    const options = await setup(await contentDir(removeWhyWriteOne), { a: changeset('major') });
    expect((await updateLock(options, '2030-05-06')).written).toBe(true);
    const lock = await readLock(options.lockFile);
    expect(lock.updated).toBe('2030-05-06');
    expect(lock.editions.en!.faq!.map((entry) => entry.id)).toEqual(['is-test']);
    // changeset version would have removed the changeset; the content now matches the lock.
    expect((await checkRelease({ ...options, rootDir: await packageRoot({}) })).lines[0]).toMatch(/no release needed/);
  });

  it('keeps the date when the content did not change', async () => {
    const options = await setup(fixture('good'));
    const before = await readFile(options.lockFile, 'utf8');
    expect((await updateLock(options, '2030-05-06')).written).toBe(false);
    expect(await readFile(options.lockFile, 'utf8')).toBe(before);
  });

  it('takes today from SOURCE_DATE_EPOCH when set', () => {
    expect(today({ SOURCE_DATE_EPOCH: '1700956800' })).toBe('2023-11-26');
    expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('npm run changeset:content', () => {
  it('drafts a changeset that declares the needed bump and names the changes for readers', async () => {
    const options = await setup(await contentDir(removeWhyWriteOne, ['Yes, it is', 'Yes, this is']));
    const { file, bump } = await draftChangeset(options);
    expect(bump).toBe('major');
    expect(await readFile(file!, 'utf8')).toBe(
      '---\n"nke-fixture": major\n---\n\nChanges to the content:\n- Removed the question "Why write one?" (id `why-write-one`).\n- Reworded the answer to the question "Is this a test?".\n',
    );
    expect(await pendingBump(options.rootDir, 'nke-fixture')).toEqual({
      bump: 'major',
      files: [`.changeset/${path.basename(file!)}`],
    });
    expect((await checkRelease(options)).ok).toBe(true);
  });

  it('writes nothing when the content matches the lock', async () => {
    expect(await draftChangeset(await setup(fixture('good')))).toEqual({
      file: undefined,
      bump: 'none',
      diagnostics: [],
      alreadyPending: [],
    });
  });

  it('leaves out the changes a pending changeset already lists, and declares the bump of the rest', async () => {
    const reworded = ['Yes, it is', 'Yes, this is'] as [string, string];
    const options = await setup(await contentDir(reworded));
    const first = await draftChangeset(options);
    expect(first.bump).toBe('patch');
    // More content changes, then a second draft: only the new change, with its own bump.
    const second = await draftChangeset({ ...options, contentDir: await contentDir(reworded, removeWhyWriteOne) });
    expect(second.bump).toBe('major');
    expect(second.alreadyPending).toEqual(['Reworded the answer to the question "Is this a test?".']);
    expect(await readFile(second.file!, 'utf8')).toBe(
      '---\n"nke-fixture": major\n---\n\nChanges to the content:\n- Removed the question "Why write one?" (id `why-write-one`).\n',
    );
    // A third run finds nothing new and writes nothing.
    const third = await draftChangeset({ ...options, contentDir: await contentDir(reworded, removeWhyWriteOne) });
    expect(third).toMatchObject({
      file: undefined,
      bump: 'none',
      alreadyPending: expect.arrayContaining([expect.stringContaining('Removed the question')]),
    });
  });

  it('after changeset version, the changelog lists each change once, nested under one bullet (no "- - …")', async () => {
    const reworded = ['Yes, it is', 'Yes, this is'] as [string, string];
    const options = await setup(await contentDir(reworded));
    // The repository's changeset configuration, with the changelog module it names.
    await writeFile(
      path.join(options.rootDir, '.changeset', 'config.json'),
      await readFile(path.join(RELEASE_DEFAULTS.rootDir, '.changeset', 'config.json')),
    );
    await mkdir(path.join(options.rootDir, 'release'));
    await copyFile(
      path.join(RELEASE_DEFAULTS.rootDir, 'release', 'changelog.cjs'),
      path.join(options.rootDir, 'release', 'changelog.cjs'),
    );
    await draftChangeset(options);
    await draftChangeset({ ...options, contentDir: await contentDir(reworded, removeWhyWriteOne) });
    await draftChangeset({ ...options, contentDir: await contentDir(reworded, removeWhyWriteOne) });
    const cli = path.join(RELEASE_DEFAULTS.rootDir, 'node_modules', '@changesets', 'cli', 'bin.js');
    execFileSync(process.execPath, [cli, 'version'], { cwd: options.rootDir, stdio: 'pipe' });
    const changelog = await readFile(path.join(options.rootDir, 'CHANGELOG.md'), 'utf8');
    const lines = changelog.split('\n').filter((line) => line.trim() !== '');
    expect(lines.filter((line) => /^\s*- - /.test(line))).toEqual([]);
    const bullets = lines.filter((line) => /^\s+- /.test(line));
    expect(bullets).toEqual([
      '  - Removed the question "Why write one?" (id `why-write-one`).',
      '  - Reworded the answer to the question "Is this a test?".',
    ]);
    expect(changelog).toContain('## 2.0.0');
  });
});
