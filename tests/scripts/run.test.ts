/**
 * scripts/run.mjs: what `npm run content` and `npm run build` start. Tested in a throwaway copy of
 * the launcher, on a small entry of two modules, so that compiling is observed, not assumed.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

const exec = promisify(execFile);

async function project() {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'scripts'));
  await mkdir(path.join(dir, 'tool'));
  for (const name of ['run.mjs', 'commit-check.mjs'])
    await copyFile(path.join(root, 'scripts', name), path.join(dir, 'scripts', name));
  await writeFile(path.join(dir, 'package-lock.json'), '{}\n');
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(
    path.join(dir, 'tool', 'cli.ts'),
    `import { word } from './word.js';
export async function main(args: readonly string[]): Promise<number> {
  process.stdout.write(\`\${word} \${args.join(' ')} \${typeof (globalThis as { __NKE_PIPELINE_FINGERPRINT__?: string }).__NKE_PIPELINE_FINGERPRINT__}\\n\`);
  return args.length;
}
`,
  );
  await writeFile(path.join(dir, 'tool', 'word.ts'), "export const word: string = 'first';\n");
  // As on an author's machine (no CI), unless `ci` is given.
  const runWith = (ci: string, ...args: string[]) =>
    exec(process.execPath, [path.join(dir, 'scripts', 'run.mjs'), 'tool/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, CI: ci },
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
  const run = (...args: string[]) => runWith('', ...args);
  const bundle = path.join(dir, '.compiled', 'tool-cli.cjs');
  return { dir, run, runWith, bundle };
}

describe('node scripts/run.mjs <entry.ts>', () => {
  it('compiles the entry once, runs its main with the arguments and exits with its code', async () => {
    const { run, bundle } = await project();
    expect(await run('a', 'b')).toEqual({ code: 2, stdout: 'first a b string\n' });
    const compiled = (await stat(bundle)).mtimeMs;
    expect(await run()).toEqual({ code: 0, stdout: 'first  string\n' });
    expect((await stat(bundle)).mtimeMs).toBe(compiled);
    // V8's code cache is kept beside the bundle.
    expect((await stat(`${bundle}.v8`)).size).toBeGreaterThan(0);
  });

  it('compiles again when a module it imports changes, and when the bundle is gone', async () => {
    const { dir, run, bundle } = await project();
    expect((await run()).stdout).toBe('first  string\n');
    await writeFile(path.join(dir, 'tool', 'word.ts'), "export const word: string = 'second';\n");
    expect((await run()).stdout).toBe('second  string\n');
    const manifest = JSON.parse(await readFile(path.join(dir, '.compiled', 'tool-cli.json'), 'utf8'));
    expect(manifest.inputs).toEqual(['tool/cli.ts', 'tool/word.ts']);
    await rm(bundle);
    expect((await run()).stdout).toBe('second  string\n');
    expect((await stat(bundle)).size).toBeGreaterThan(0);
  });

  it('in CI trusts nothing already under .compiled/: a committed bundle with a matching manifest is not run', async () => {
    const { run, runWith, bundle } = await project();
    expect((await run()).stdout).toBe('first  string\n');
    // What a commit could add: a bundle of other code beside the genuine manifest.
    await writeFile(bundle, "exports.main = async () => { process.stdout.write('tampered\\n'); return 0; };\n");
    await rm(`${bundle}.v8`, { force: true });
    expect((await run()).stdout).toBe('tampered\n');
    expect((await runWith('true')).stdout).toBe('first  string\n');
  });

  it('refuses to start, in CI and out, when the commit holds what could load as code: an ignored file, a link, a node_modules entry', async () => {
    const { dir } = await project();
    const git = (...args: string[]) => exec('git', args, { cwd: dir });
    await git('init', '-q');
    await writeFile(path.join(dir, '.gitignore'), 'node_modules/\n.compiled/\n');
    const evil = path.join(dir, 'evil', 'esbuild');
    await mkdir(evil, { recursive: true });
    await writeFile(path.join(evil, 'index.js'), "process.stdout.write('hijacked\\n');\n");
    await git('add', '.gitignore', 'tool/cli.ts', 'evil/esbuild/index.js');
    const start = (ci: string) =>
      exec(process.execPath, [path.join(dir, 'scripts', 'run.mjs'), 'tool/cli.ts'], {
        cwd: dir,
        env: { ...process.env, CI: ci },
      }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    expect(await start('true')).toEqual({ code: 0, stdout: 'first  string\n', stderr: '' });
    const refusal = (what: string) =>
      `error: the commit holds what a command or a test could load instead of the repository's own code: ${what}. Remove them (git rm -r --cached <path>).\n`;
    // A file git ignores, added with -f.
    await mkdir(path.join(dir, 'tool', 'node_modules', 'esbuild'), { recursive: true });
    await writeFile(path.join(dir, 'tool', 'node_modules', 'esbuild', 'index.js'), 'hijacked\n');
    await git('add', '-f', 'tool/node_modules/esbuild/index.js');
    for (const ci of ['true', '']) {
      expect(await start(ci)).toEqual({
        code: 1,
        stdout: '',
        stderr: refusal('"tool/node_modules/esbuild/index.js" (a file git ignores)'),
      });
    }
    await git('rm', '-rq', '--cached', 'tool/node_modules');
    await rm(path.join(dir, 'tool', 'node_modules'), { recursive: true });
    // A link where installed packages belong: .gitignore's `node_modules/` matches directories only.
    await symlink('../evil', path.join(dir, 'tool', 'node_modules'));
    await git('add', 'tool/node_modules');
    expect((await start('')).stderr).toBe(refusal('"tool/node_modules" (a symbolic link)'));
    // A link anywhere, and a file in a node_modules folder that no rule ignores.
    await git('rm', '-q', '--cached', 'tool/node_modules');
    await rm(path.join(dir, 'tool', 'node_modules'));
    await symlink('cli.ts', path.join(dir, 'tool', 'alias.ts'));
    await mkdir(path.join(dir, 'evil', 'node_modules'));
    await writeFile(path.join(dir, 'evil', 'node_modules', 'x.js'), 'hijacked\n');
    await writeFile(path.join(dir, '.gitignore'), '.compiled/\n');
    await git('add', 'tool/alias.ts', 'evil/node_modules/x.js', '.gitignore');
    expect((await start('')).stderr).toBe(
      refusal('"evil/node_modules/x.js" (inside a node_modules folder), "tool/alias.ts" (a symbolic link)'),
    );
  });

  it("passes the content build's fingerprint: the same for every command that bundles pipeline/build.ts", async () => {
    const { dir } = await project();
    await mkdir(path.join(dir, 'pipeline'));
    await writeFile(path.join(dir, 'pipeline', 'build.ts'), "export const built: string = 'one';\n");
    await writeFile(path.join(dir, 'tool', 'extra.ts'), "export const extra: string = 'one';\n");
    const entry = (imports: string) => `${imports}
export async function main(): Promise<number> {
  process.stdout.write(String((globalThis as { __NKE_PIPELINE_FINGERPRINT__?: string }).__NKE_PIPELINE_FINGERPRINT__));
  return 0;
}
`;
    await writeFile(path.join(dir, 'tool', 'content.ts'), entry("import '../pipeline/build.js';"));
    await writeFile(path.join(dir, 'tool', 'build.ts'), entry("import '../pipeline/build.js';\nimport './extra.js';"));
    const print = async (tool: string) =>
      (await exec(process.execPath, [path.join(dir, 'scripts', 'run.mjs'), `tool/${tool}.ts`], { cwd: root })).stdout;
    const first = await print('content');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await print('build')).toBe(first);
    // Code the content build does not import changes nothing; its own code changes both.
    await writeFile(path.join(dir, 'tool', 'extra.ts'), "export const extra: string = 'two';\n");
    expect(await print('build')).toBe(first);
    await writeFile(path.join(dir, 'pipeline', 'build.ts'), "export const built: string = 'two';\n");
    const second = await print('content');
    expect(second).not.toBe(first);
    expect(await print('build')).toBe(second);
  });

  it('refuses what is not a TypeScript entry (exit 2)', async () => {
    const { dir } = await project();
    const result = await exec(process.execPath, [path.join(dir, 'scripts', 'run.mjs')]).catch((e) => e);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('usage: node scripts/run.mjs <entry.ts> [arguments…]\n');
  });
});
