/**
 * Writing the build's output so that readers only ever see a whole generation, and so that the
 * build never removes anything it did not make.
 *
 * The out-dir (`src/generated`) is a symbolic link to a generation directory beside it
 * (`src/.generated.<id>`). A build writes every file into a new staging directory, renames it
 * to its final name, then replaces the link with one `rename` — the only step that changes what
 * readers see, and an atomic one. A process killed at any point leaves the out-dir pointing at the
 * whole old generation or the whole new one; leftovers of a killed build (`*.tmp`) are removed by
 * the next build, and a build that fails removes its own before it throws.
 *
 * What the build owns (`owned.ts`): an absent out-dir, an empty directory, or a link to a
 * generation beside it. Anything else there (a directory with files, a file, a link elsewhere) is
 * the user's, and is refused, never moved or removed. Beside the out-dir only names of the build's
 * own patterns are ever removed.
 */
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRunning, withOutDirLock } from './out-dir-lock.js';
import {
  type EncodedFile,
  encodeFiles,
  generationHash,
  generationName,
  inspectOutDir,
  isRealDirectory,
  leftoverName,
  OutputError,
  type OutputFile,
  staleNames,
} from './owned.js';

export { OutputError, type OutputFile } from './owned.js';

/**
 * Makes `outDir` show exactly `files`, switching it to a new generation in one atomic step. When the
 * out-dir already shows a generation that holds exactly `files`, nothing is written. A generation's
 * name ends with a hash of its files' bytes, and is never trusted on its own: a directory of that
 * name whose files differ (one edited by hand, or put there by a commit) is replaced, not shown.
 *
 * @param key The content build's cache key (`cache.ts`), lower-case hexadecimal: it starts the
 *   generation's name, so a later build finds the generation by its key.
 * @returns The paths of the files as readers see them (inside `outDir`).
 * @throws {OutputError} If the out-dir is not the build's (see above), or cannot be written; other I/O errors as they are.
 */
export async function switchGeneration(outDir: string, files: readonly OutputFile[], key = ''): Promise<string[]> {
  const parent = path.dirname(outDir);
  // Asked first, before anything is made: a refused out-dir leaves no trace.
  await inspectOutDir(outDir);
  await mkdir(parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new OutputError(`cannot create ${parent} (${error.code ?? error.message})`);
  });
  return withOutDirLock(outDir, async () => {
    const current = await inspectOutDir(outDir);
    const encoded = encodeFiles(files);
    const generation = generationName(path.basename(outDir), `${key}${generationHash(encoded)}`);
    if (current.generation !== generation || !(await holds(path.join(parent, generation), encoded))) {
      await writeGeneration(outDir, generation, encoded, current.kind === 'empty-directory');
    }
    await removeStale(parent, path.basename(outDir), generation);
    return files.map((file) => path.join(outDir, file.name));
  });
}

/** Writes `generation` beside the out-dir unless it holds `files` already, then links the out-dir to it. */
async function writeGeneration(
  outDir: string,
  generation: string,
  files: readonly EncodedFile[],
  emptyDirectory: boolean,
): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const target = path.join(parent, generation);
  const staging = path.join(parent, leftoverName(base, 'staging'));
  const link = path.join(parent, leftoverName(base, 'link'));
  const replaced = path.join(parent, leftoverName(base, 'replaced'));
  try {
    if (!(await holds(target, files))) {
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging);
      await Promise.all(files.map((file) => writeFile(path.join(staging, file.name), file.bytes)));
      // Something of the generation's name with other files (or a link) is moved aside, then removed.
      if (await exists(target)) await rename(target, replaced);
      await rename(staging, target);
    }
    await rm(link, { force: true });
    await symlink(
      process.platform === 'win32' ? target : generation,
      link,
      process.platform === 'win32' ? 'junction' : 'dir',
    );
    // An empty directory cannot be renamed over; `rmdir` removes it only while it is still empty.
    if (emptyDirectory) await rmdir(outDir);
    await rename(link, outDir);
  } catch (error) {
    await Promise.all([staging, link, replaced].map((leftover) => rm(leftover, { recursive: true, force: true })));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') {
      throw new OutputError(`${outDir} received files while the build wrote; nothing of them was touched`);
    }
    if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new OutputError(`cannot write the output to ${outDir} (${code})`);
    }
    throw error;
  }
}

/**
 * The files of the generation of cache key `key`, if the out-dir shows it now and its files are
 * still the ones its name was made from (a hand edit or a planted directory is not answered).
 *
 * @returns Their names and texts, sorted by name, and their paths as readers see them; `undefined`
 *   if the out-dir shows another generation, a directory, nothing, or a generation whose bytes changed.
 */
export async function currentGeneration(
  outDir: string,
  key: string,
): Promise<{ files: OutputFile[]; written: string[] } | undefined> {
  const current = await inspectOutDir(outDir).catch(() => undefined);
  const prefix = generationName(path.basename(outDir), key);
  if (!current?.generation?.startsWith(prefix)) return undefined;
  const dir = path.join(path.dirname(outDir), current.generation);
  const files = await readGeneration(dir);
  if (!files || prefix + generationHash(files) !== current.generation) return undefined;
  return {
    files: files.map((file) => ({ name: file.name, contents: file.bytes.toString('utf8') })),
    written: files.map((file) => path.join(outDir, file.name)),
  };
}

/** The regular files of a generation directory, sorted by name; `undefined` if it holds anything else. */
async function readGeneration(dir: string): Promise<EncodedFile[] | undefined> {
  if (!(await isRealDirectory(dir))) return undefined;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries?.every((entry) => entry.isFile())) return undefined;
  const names = entries.map((entry) => entry.name).sort();
  const read = await Promise.all(names.map((name) => readFile(path.join(dir, name)).catch(() => undefined)));
  if (read.some((bytes) => bytes === undefined)) return undefined;
  return names.map((name, index) => ({ name, bytes: read[index]! }));
}

/**
 * Removes what earlier builds left beside the out-dir: generations no longer linked, and `*.tmp`
 * leftovers of processes that are no longer running. Only names of the build's own patterns.
 */
async function removeStale(parent: string, base: string, keep: string): Promise<void> {
  const names = staleNames(await readdir(parent), base, keep);
  await Promise.all(
    names.map(async ({ name, pid }) => {
      if (pid !== undefined && pid !== process.pid && isRunning(pid)) return;
      await rm(path.join(parent, name), { recursive: true, force: true });
    }),
  );
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Whether `dir` holds exactly `files`: a directory (not a link to one) of the same names, each a
 * regular file (not a link) with the same bytes.
 *
 * @returns `false` as well when `dir` does not exist or cannot be read.
 */
async function holds(dir: string, files: readonly EncodedFile[]): Promise<boolean> {
  const found = await readGeneration(dir);
  if (found?.length !== files.length) return false;
  const expected = new Map(files.map((file) => [file.name, file.bytes]));
  return found.every((file) => expected.get(file.name)?.equals(file.bytes) === true);
}

/**
 * Writes one file atomically: to a temporary name beside it, then renamed into place. On failure the
 * temporary file is removed and the old file stays as it was.
 *
 * @returns The path written.
 * @throws If the file cannot be written.
 */
export async function writeFileAtomic(file: string, contents: string): Promise<string> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, contents);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return file;
}
