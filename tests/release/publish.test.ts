import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { main, preparePublish, repositoryAddress, shipped, sourceFromEnv } from '../../release/publish.js';
import { root, tempDir } from '../helpers.js';

const exec = promisify(execFile);
const SHA = '0123456789abcdef0123456789abcdef01234567';
// A made-up workflow environment: the address is the test's, not the package's.
const ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'someone/escapees-fork', GITHUB_SHA: SHA };
const URL = 'https://github.com/someone/escapees-fork';

const read = async (file: string) => readFile(path.join(root, file), 'utf8');
const links = (markdown: string) => {
  const out: string[] = [];
  visit(
    unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root,
    'link',
    (node: Link) => void out.push(node.url),
  );
  return out;
};
const relative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#');

describe('the repository a release publishes from', () => {
  it('is the GitHub Actions repository, never made up', () => {
    expect(sourceFromEnv({})).toBeUndefined();
    expect(sourceFromEnv({ GITHUB_REPOSITORY: 'a/b' })).toBeUndefined();
    expect(sourceFromEnv(ENV)).toEqual({ url: URL, commit: SHA });
    expect(sourceFromEnv({ GITHUB_SERVER_URL: 'https://git.example.org', GITHUB_REPOSITORY: 'team/pkg' })).toEqual({
      url: 'https://git.example.org/team/pkg',
      commit: undefined,
    });
    expect(() => sourceFromEnv({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'no slash' })).toThrow(
      /not owner\/name/,
    );
  });

  it('compares repository fields as npm does', () => {
    expect(repositoryAddress({ type: 'git', url: 'git+https://github.com/a/b.git' })).toBe('https://github.com/a/b');
    expect(repositoryAddress('https://github.com/a/b')).toBe('https://github.com/a/b');
    expect(repositoryAddress(undefined)).toBeUndefined();
  });
});

describe('preparing the publish', () => {
  it('fails with a clear message outside the release workflow, before anything is written', async () => {
    const manifest = JSON.parse(await read('package.json'));
    expect(() => preparePublish(manifest, '', undefined)).toThrow(
      /cannot publish: the repository is not known\. npm needs package\.json "repository\.url" .* E422/,
    );
    const copy = await tempDir();
    for (const file of ['package.json', 'README.md']) await cp(path.join(root, file), path.join(copy, file));
    const stderr: string[] = [];
    expect(await main(['--root', copy], {}, { stdout: () => {}, stderr: (line) => stderr.push(line) })).toBe(1);
    expect(stderr.join('\n')).toContain('Publish from the release workflow');
    expect(await readFile(path.join(copy, 'package.json'), 'utf8')).toBe(await read('package.json'));
  });

  it('fails when package.json names another repository than the workflow runs in (npm E422)', async () => {
    const manifest = {
      ...JSON.parse(await read('package.json')),
      repository: { type: 'git', url: 'git+https://github.com/someone-else/pkg.git' },
    };
    expect(() => preparePublish(manifest, '', sourceFromEnv(ENV))).toThrow(
      'cannot publish: package.json "repository" is https://github.com/someone-else/pkg, but this workflow runs in https://github.com/someone/escapees-fork',
    );
    const same = { ...manifest, repository: { type: 'git', url: `git+${URL}.git` } };
    expect(preparePublish(same, '', sourceFromEnv(ENV)).manifest.repository).toEqual({
      type: 'git',
      url: `git+${URL}.git`,
    });
  });

  it('writes repository, homepage and bugs from the workflow', async () => {
    const { manifest } = preparePublish(JSON.parse(await read('package.json')), '', sourceFromEnv(ENV));
    expect(manifest).toMatchObject({
      repository: { type: 'git', url: `git+${URL}.git` },
      homepage: `${URL}#readme`,
      bugs: { url: `${URL}/issues` },
    });
  });

  it('leaves the README links into the package relative and makes the others absolute at the released commit', async () => {
    const manifest = JSON.parse(await read('package.json'));
    const readme = await read('README.md');
    const before = links(readme).filter(relative);
    // The README links to files outside the package (examples, the maintainers' guides) and to files in it.
    expect(before.some((url) => !shipped(url.split('#')[0]!, manifest.files))).toBe(true);
    const prepared = preparePublish(manifest, readme, sourceFromEnv(ENV));
    const after = links(prepared.readme);
    expect(after.filter(relative).filter((url) => !shipped(url.split('#')[0]!, manifest.files))).toEqual([]);
    for (const url of before.filter((u) => !shipped(u.split('#')[0]!, manifest.files))) {
      expect(after).toContain(
        `${URL}/${path.posix.extname(url.split('#')[0]!) ? 'blob' : 'tree'}/${SHA}/${url.replace(/^\.\//, '')}`,
      );
    }
    expect(prepared.readme.length).toBeGreaterThan(readme.length);
  });

  it('every relative README link points to a file of the repository, and, once prepared, into the packed tarball', async () => {
    const readme = await read('README.md');
    for (const url of links(readme).filter(relative)) {
      await expect(
        readFile(path.join(root, url.split('#')[0]!)).catch((e: NodeJS.ErrnoException) =>
          e.code === 'EISDIR' ? 'dir' : Promise.reject(e),
        ),
        url,
      ).resolves.toBeDefined();
    }
    const copy = await tempDir();
    for (const file of ['package.json', 'README.md', 'LICENSE', 'NOTICE.md', 'dist'])
      await cp(path.join(root, file), path.join(copy, file), { recursive: true, dereference: true });
    expect(await main(['--root', copy], ENV, { stdout: () => {}, stderr: () => {} })).toBe(0);
    const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: copy });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    const packedReadme = await readFile(path.join(copy, 'README.md'), 'utf8');
    for (const url of links(packedReadme).filter(relative))
      expect(files, url).toContain(path.posix.normalize(url.split('#')[0]!));
    const packedManifest = JSON.parse(await readFile(path.join(copy, 'package.json'), 'utf8'));
    expect(packedManifest.repository.url).toBe(`git+${URL}.git`);
  });

  it('--check computes and checks without writing', async () => {
    const copy = await tempDir();
    for (const file of ['package.json', 'README.md']) await cp(path.join(root, file), path.join(copy, file));
    const stdout: string[] = [];
    expect(
      await main(['--check', '--root', copy], ENV, { stdout: (line) => stdout.push(line), stderr: () => {} }),
    ).toBe(0);
    expect(stdout.at(-1)).toBe(`ready to publish from git+${URL}.git (nothing written: --check)`);
    expect(await readFile(path.join(copy, 'README.md'), 'utf8')).toBe(await read('README.md'));
  });
});

describe('the release', () => {
  it('prepares the publish before changeset publish, and the workflow checks it before versioning', async () => {
    const manifest = JSON.parse(await read('package.json'));
    expect(manifest.scripts.release).toBe('npm run build && tsx release/publish.ts && changeset publish');
    expect(manifest.scripts['check:publish']).toBe('tsx release/publish.ts --check');
    const workflow = await read('.github/workflows/release.yml');
    expect(workflow.indexOf('npm run check:publish')).toBeGreaterThan(0);
    expect(workflow.indexOf('npm run check:publish')).toBeLessThan(workflow.indexOf('changesets/action'));
    expect(workflow).toContain('publish: npm run release');
    // No address is written into the repository: it comes from the workflow at release time.
    expect(manifest.repository).toBeUndefined();
  });
});
