/**
 * Global setup of the `package` tests (tests/package/*.test.ts): what users receive, tested as they
 * receive it. Before any of those tests runs:
 *
 * 1. the runtimes and compilers of the matrices (tests/package/matrix/package.json, its own
 *    lockfile) are installed with `npm ci` unless the installed ones match that lockfile;
 * 2. the package is built (`npm run build`: from its caches when nothing changed) and packed once with `npm pack`, from a copy made as `npm publish` packs it
 *    (dist/ must be built: `npm run build`);
 * 3. the tarball is installed, offline, into a throwaway consumer project under .tmp/package/.
 *
 * The consumer sits inside the repository so that the tools the README's examples use (react,
 * vue, zod, ajv, …) resolve from the repository's node_modules, as they would from a user's; the
 * package itself resolves only from the consumer's own node_modules, from the tarball.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { buildPackage } from '../setup.js';
import { copyForPacking, entries, entryFiles, MATRIX_DIR, PACKAGE_TMP, root } from './context.js';

const exec = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed tarball. */
    tarball: string;
    /** The consumer project the tarball is installed in. */
    consumer: string;
  }
}

async function run(args: string[], cwd: string): Promise<string> {
  try {
    return (await exec(npm, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } })).stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

/**
 * Installs the matrices' tools from their lockfile, unless what is installed came from that very
 * lockfile. In CI (`CI` set) they are always installed: a commit could hold the stamp and the tools.
 */
async function installMatrixTools(): Promise<void> {
  const lock = await readFile(path.join(MATRIX_DIR, 'package-lock.json'));
  const want = createHash('sha256').update(lock).digest('hex');
  const stamp = path.join(MATRIX_DIR, 'node_modules', '.installed-from-lock');
  if (!process.env.CI && existsSync(stamp) && (await readFile(stamp, 'utf8')) === want) return;
  await run(['ci', '--no-audit', '--no-fund', '--prefix', MATRIX_DIR], MATRIX_DIR);
  await writeFile(stamp, want);
}

/**
 * Installs the matrices' tools, packs the package and installs the tarball into the consumer.
 *
 * @throws If dist/ is not built, or npm fails (its output is in the message).
 */
export default async function setup(project: TestProject): Promise<void> {
  await buildPackage();
  const missing = entries
    .flatMap((entry) => [...entryFiles(entry).types, ...entryFiles(entry).code])
    .filter((file) => !existsSync(path.join(root, file)));
  if (missing.length > 0)
    throw new Error(`${[...new Set(missing)].join(', ')} missing: run \`npm run build\` first (npm test does)`);
  await installMatrixTools();
  await rm(PACKAGE_TMP, { recursive: true, force: true });
  const source = path.join(PACKAGE_TMP, 'source');
  await mkdir(source, { recursive: true });
  await copyForPacking(source);
  const [packed] = JSON.parse(
    await run(['pack', '--json', '--ignore-scripts', '--pack-destination', PACKAGE_TMP], source),
  ) as { filename: string }[];
  const tarball = path.join(PACKAGE_TMP, packed!.filename);
  const consumer = path.join(PACKAGE_TMP, 'consumer');
  await mkdir(consumer);
  await writeFile(
    path.join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  await run(
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball],
    consumer,
  );
  project.provide('tarball', tarball);
  project.provide('consumer', consumer);
}
