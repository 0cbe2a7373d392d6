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
  await copyFile(path.join(root, 'scripts', 'run.mjs'), path.join(dir, 'scripts', 'run.mjs'));
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

  it('in CI refuses to start when the commit holds files git ignores (a node_modules/ beside a script)', async () => {
    const { dir, run } = await project();
    const git = (...args: string[]) => exec('git', args, { cwd: dir });
    await git('init', '-q');
    await writeFile(path.join(dir, '.gitignore'), 'node_modules/\n.compiled/\n');
    await mkdir(path.join(dir, 'tool', 'node_modules', 'esbuild'), { recursive: true });
    await writeFile(
      path.join(dir, 'tool', 'node_modules', 'esbuild', 'index.js'),
      "process.stdout.write('hijacked\\n');\n",
    );
    await git('add', '.gitignore', 'tool/cli.ts');
    const start = (ci: string) =>
      exec(process.execPath, [path.join(dir, 'scripts', 'run.mjs'), 'tool/cli.ts'], {
        cwd: dir,
        env: { ...process.env, CI: ci },
      }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    expect(await start('true')).toEqual({ code: 0, stdout: 'first  string\n', stderr: '' });
    await git('add', '-f', 'tool/node_modules/esbuild/index.js');
    const refused = await start('true');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      "error: the commit holds files git ignores, which a command or the tests could load instead of the repository's own: tool/node_modules/esbuild/index.js. Remove them (git rm -r --cached <path>).\n",
    );
    // On an author's machine the launcher does not ask git (it costs every start); CI and .ci/run do.
    expect((await run()).code).toBe(0);
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
