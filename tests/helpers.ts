import { copyFile, cp, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { main } from '../pipeline/commands/cli.js';
import { ALL_DATASETS, datasetFile } from '../pipeline/datasets/index.js';
import type { Io } from '../pipeline/shared/io.js';
import { BUILD_SOURCES } from '../pipeline/shared/paths.js';
import { copyForPacking } from './package/context.js';

/** The repository's root directory. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A fixture directory under tests/fixtures. */
export const fixture = (...parts: string[]) => path.join(root, 'tests', 'fixtures', ...parts);

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map(removeWithGenerations));
});

/** Removes a directory and, if it was used as an out-dir, the generations the build keeps beside it. */
async function removeWithGenerations(dir: string): Promise<void> {
  const prefix = `.${path.basename(dir)}.`;
  const siblings = (await readdir(path.dirname(dir))).filter((name) => name.startsWith(prefix));
  await Promise.all(
    [dir, ...siblings.map((name) => path.join(path.dirname(dir), name))].map((p) =>
      rm(p, { recursive: true, force: true }),
    ),
  );
}

/**
 * Copies every dataset's file of the good fixture into a content directory, the datasets read from
 * their registry (a test that writes its own article needs them all), with a description of each
 * in every language of `translations` (an edition needs its own).
 */
export async function copyDatasets(dir: string, translations: readonly string[] = []): Promise<void> {
  for (const { name } of ALL_DATASETS) {
    await copyFile(fixture('good', datasetFile(name)), path.join(dir, datasetFile(name)));
    for (const locale of translations)
      await writeFile(
        path.join(dir, datasetFile(name, locale)),
        `---\ntitle: Test ${name} (${locale})\n---\n\nTest.\n`,
      );
  }
}

/** A temporary directory removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nke-test-'));
  temps.push(dir);
  return dir;
}

/**
 * A copy of the package's sources in a temporary directory (nothing generated, no `dist/`), with
 * the repository's `node_modules` linked in: `npm run build` can be run in it.
 *
 * @returns The copy's directory.
 */
export async function copyPackage(copy?: string): Promise<string> {
  copy ??= await tempDir();
  for (const entry of BUILD_SOURCES) {
    await cp(path.join(root, entry), path.join(copy, entry), {
      recursive: true,
      filter: (from) => !path.basename(from).includes('generated'),
    });
  }
  await symlink(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** What a copy of the repository holds beyond the package's sources: `tsc -p` and `vitest run` work there. */
const REPOSITORY_EXTRAS: readonly string[] = [
  'tests',
  'examples',
  'bench',
  '.changeset',
  'vitest.config.ts',
  ...['README.md', 'AUTHORING.md', 'CONTRIBUTING.md', 'RELEASING.md', 'CHANGELOG.md', 'NOTICE.md', 'LICENSE'],
];

/** What the repository's folders hold that is made, not written: never copied. */
const MADE = new Set(['node_modules', 'out', '.tmp']);

/**
 * A copy of the repository (the package's sources, its tests, examples and their configurations),
 * with the repository's `node_modules` linked in: it builds, renders the examples, type-checks and
 * runs its own tests as the repository does.
 *
 * @param into An empty directory to copy into, which the caller removes (default: a temporary
 *   directory removed after the test).
 * @returns The copy's directory.
 */
export async function copyRepository(into?: string): Promise<string> {
  const copy = await copyPackage(into);
  for (const entry of REPOSITORY_EXTRAS) {
    await cp(path.join(root, entry), path.join(copy, entry), {
      recursive: true,
      filter: (from) => !MADE.has(path.basename(from)),
    });
  }
  return copy;
}

/**
 * A copy of the built package as `npm publish` packs it (`copyForPacking`).
 *
 * @returns The copy's path: run `npm pack --ignore-scripts` there.
 */
export async function packableCopy(): Promise<string> {
  const copy = await tempDir();
  await copyForPacking(copy);
  return copy;
}

/** Runs the content command in-process, capturing its output. */
export async function runContent(
  args: string[],
  cwd = root,
): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
