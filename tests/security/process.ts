import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { root } from '../helpers.js';

const exec = promisify(execFile);
const interrupt = path.join(root, 'tests', 'security', 'interrupt.mjs');

/**
 * Runs the content command in a fresh process, as `npm run content` does (compiled by
 * scripts/run.mjs: a third of the start-up of a TypeScript loader), optionally interrupted at one
 * file-system call (see interrupt.mjs).
 *
 * @returns The exit code (or the signal that ended it) and what it printed.
 */
export async function content(
  args: string[],
  INTERRUPT = '',
  cwd = root,
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const command = [path.join(root, 'scripts', 'run.mjs'), 'scripts/content.ts'];
  return exec(process.execPath, ['--import', interrupt, ...command, ...args], {
    cwd,
    env: { ...process.env, ...env, INTERRUPT },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number | null; signal: string | null; stdout: string; stderr: string }) => ({
      code: e.code ?? e.signal ?? 'unknown',
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}
