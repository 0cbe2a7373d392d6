import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../pipeline/commands/cli.js';
import { fixture, runContent, tempDir } from '../helpers.js';
import { content } from './process.js';

/** A new link, elsewhere, to `target`. */
async function linkTo(target: string): Promise<string> {
  const link = path.join(await tempDir(), 'link');
  await symlink(target, link);
  return link;
}

async function goodContent(): Promise<string> {
  const dir = path.join(await tempDir(), 'content');
  await cp(fixture('good'), dir, { recursive: true });
  return dir;
}

describe('output that cannot be written: exit 1, one error line, nothing changed', () => {
  it('an out-dir that is a file', async () => {
    const dir = await goodContent();
    const out = path.join(await tempDir(), 'out');
    await writeFile(out, 'a file\n');
    const result = await runContent(['--content-dir', dir, '--out-dir', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `error: cannot write the output to ${out}: it is a file, not a directory; nothing was changed`,
    ]);
  });

  it('an out-dir whose parent is a file (the same exit status and message shape)', async () => {
    const dir = await goodContent();
    const parent = path.join(await tempDir(), 'parent');
    await writeFile(parent, 'a file\n');
    const out = path.join(parent, 'out');
    const result = await runContent(['--content-dir', dir, '--out-dir', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `error: cannot write the output to ${out}: a parent of it is a file; nothing was changed`,
    ]);
  });
});

describe('an out-dir that overlaps the content directory is refused (each build replaces the out-dir whole)', () => {
  it.each([
    ['the content directory itself', (dir: string) => dir],
    ['a directory inside it', (dir: string) => path.join(dir, 'generated')],
    ['a directory that contains it', (dir: string) => path.dirname(dir)],
    ['a link to it', async (dir: string) => linkTo(dir)],
    ['a directory inside it, through a link', async (dir: string) => path.join(await linkTo(dir), 'generated')],
    ['a directory inside it, as a dangling link', async (dir: string) => linkTo(path.join(dir, 'generated'))],
  ])('%s: exit 2 with the usage line, nothing written', async (_name, outOf) => {
    const dir = await goodContent();
    const before = (await readdir(dir)).sort();
    const out = await outOf(dir);
    for (const mode of [[], ['--watch']]) {
      const result = await runContent(['--content-dir', dir, '--out-dir', out, ...mode]);
      expect(result.code).toBe(2);
      expect(result.stderr[0]).toMatch(/^error: the out-dir .* overlaps the content directory/);
      expect(result.stderr.at(-1)).toBe(USAGE);
      expect((await readdir(dir)).sort()).toEqual(before);
    }
  });
});

describe('a content file that cannot be read is a located problem, not a crash', () => {
  it('a link is never followed, wherever it points (nowhere, a device, a file outside): path:1:1 names it', async () => {
    const dir = await goodContent();
    const outside = path.join(await tempDir(), 'secret.md');
    await writeFile(outside, (await readFile(path.join(dir, 'article.en.md'), 'utf8')).replace('en', 'ko'));
    for (const to of [path.join(dir, 'missing.md'), '/dev/zero', outside]) {
      await rm(path.join(dir, 'article.ko.md'), { force: true });
      await symlink(to, path.join(dir, 'article.ko.md'));
      const result = await runContent(['--content-dir', dir, '--check'], dir);
      expect(result.code, to).toBe(1);
      expect(result.stderr, to).toEqual([
        'article.ko.md:1:1: cannot read the file (a symbolic link): content files are regular files in the content directory, never links [unreadable-file]',
        '1 problem found; nothing was written',
      ]);
    }
  });

  it('a read that fails (EIO, or EACCES for a user without permission): path:1:1 names it', async () => {
    const dir = await goodContent();
    const result = await content(['--content-dir', dir, '--check'], 'openSync:1:fail:.md', dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(
      /^(article\.en|arrivals)\.md:1:1: cannot read the file \(EIO\): check that it exists and is readable \[unreadable-file\]$/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a directory or a FIFO named like an edition is an error naming it, never an edition skipped', async () => {
    for (const make of [
      (at: string) => mkdir(at),
      async (at: string) => {
        execFileSync('mkfifo', [at]);
      },
    ]) {
      const dir = await goodContent();
      await make(path.join(dir, 'article.ko.md'));
      const result = await runContent(['--content-dir', dir, '--check'], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toEqual([
        'article.ko.md:1:1: cannot read the file (not a regular file): content files are regular files in the content directory, never links [unreadable-file]',
        '1 problem found; nothing was written',
      ]);
    }
  });

  it("an editor's files beside the content (a lock that is a link to nowhere, a swap file) are not read", async () => {
    const dir = await goodContent();
    await symlink('user@host.1234:1700000000', path.join(dir, '.#article.en.md'));
    await writeFile(path.join(dir, '.article.en.md.swp'), 'not text \u0000');
    await mkdir(path.join(dir, '.#arrivals.md'));
    const result = await runContent(['--content-dir', dir, '--check'], dir);
    expect(result).toMatchObject({ code: 0, stderr: [] });
  });

  it('a content directory that does not exist is a usage error (exit 2)', async () => {
    const result = await runContent(['--content-dir', path.join(await tempDir(), 'nowhere'), '--check']);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/^error: the content directory .*nowhere does not exist or is not a directory$/);
  });
});
