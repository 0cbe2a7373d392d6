/**
 * What the `package` tests share: where things are, the package's entries (read from its
 * `exports` map, so a new entry joins every matrix), and a way to run a command and keep its output.
 */
import { execFile } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { entryFiles, type PackageEntry, readEntries } from '../../scripts/entries.js';

export { entryFiles, type PackageEntry };

/** The repository's root directory. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the tarball and the consumer project are made. */
export const PACKAGE_TMP = path.join(root, '.tmp', 'package');

/** The project holding the matrices' runtimes and compilers. */
export const MATRIX_DIR = path.join(root, 'tests', 'package', 'matrix');

/** A module of the matrices' project, e.g. `node-22/bin/node`. */
export const tool = (...parts: string[]) => path.join(MATRIX_DIR, 'node_modules', ...parts);

/** The package's manifest and entries, from package.json. */
export const { pkg, entries } = readEntries(root);

/** What a finished command printed. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** How long a command of the gate may take unless told otherwise: a bound against a hung process, not a speed test. */
export const COMMAND_TIMEOUT_MS = 600_000;

/**
 * Runs a command to its end, or until `timeout` (default `COMMAND_TIMEOUT_MS`).
 *
 * @returns Its exit code and output; it never throws for a non-zero exit. A command stopped at its
 *   timeout exits 124 (as `timeout(1)` does), and its stderr begins with a line saying so.
 */
export async function runCommand(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<Ran> {
  const timeout = options.timeout ?? COMMAND_TIMEOUT_MS;
  try {
    const { stdout, stderr } = await promisify(execFile)(file, [...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      maxBuffer: 64 * 1024 * 1024,
      timeout,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; killed?: boolean; stdout?: string; stderr?: string; message: string };
    if (e.killed) {
      const command = [path.basename(file), ...args].join(' ');
      const said = `timed out: \`${command}\` (in ${options.cwd}) was stopped after ${timeout / 1000} s`;
      return { code: 124, stdout: e.stdout ?? '', stderr: `${said}\n${e.stderr ?? ''}` };
    }
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}

/**
 * Copies the built package to `dest` as `npm publish` packs it: every file at the root (npm's
 * `files` and its own rules pick from them) and every folder `files` names, with `dist/` a real
 * directory, as `prepublishOnly` makes it (npm packs no links; scripts/dist.ts).
 */
export async function copyForPacking(dest: string): Promise<void> {
  const folders = new Set((pkg.files as string[]).map((entry) => entry.split('/')[0]!));
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isFile() && !folders.has(entry.name)) continue;
    await cp(path.join(root, entry.name), path.join(dest, entry.name), { recursive: true, dereference: true });
  }
}
