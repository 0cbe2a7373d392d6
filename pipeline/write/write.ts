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
  type OutDirState,
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
  const encoded = encodeFiles(files);
  await switchTo(outDir, encoded, key, async (staging) => {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging);
    await Promise.all(encoded.map((file) => writeFile(path.join(staging, file.name), file.bytes)));
  });
  return files.map((file) => path.join(outDir, file.name));
}

/**
 * Makes `outDir` show the directory `staging` (its files and folders, made by other tools), as
 * `switchGeneration` does: `staging` becomes the generation, or is removed when the out-dir shows
 * the same files already. For an out-dir whose place is the build's own (`dist/`): a real directory
 * there, one made before generations or by `npm pack` (`scripts/dist.ts`), is replaced too.
 *
 * @throws {OutputError} As `switchGeneration`; also if `staging` holds a link or a special file.
 */
export async function switchToDirectory(outDir: string, staging: string): Promise<void> {
  const files = await readGeneration(staging);
  if (!files) throw new OutputError(`${staging} holds a link or a special file; nothing was switched`);
  await switchTo(outDir, files, '', async (to) => (to === staging ? undefined : rename(staging, to)), { adopt: true });
}

/**
 * The switch itself, holding the out-dir's lock: unless the out-dir shows these `files` already,
 * `stage` makes them in a staging directory, which becomes the generation, and the link is switched.
 */
async function switchTo(
  outDir: string,
  files: readonly EncodedFile[],
  key: string,
  stage: (staging: string) => Promise<void>,
  options: { adopt?: boolean } = {},
): Promise<void> {
  const parent = path.dirname(outDir);
  // Asked first, before anything is made: a refused out-dir leaves no trace.
  await inspectOutDir(outDir, options);
  await mkdir(parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new OutputError(`cannot create ${parent} (${error.code ?? error.message})`);
  });
  await withOutDirLock(outDir, async () => {
    const current = await inspectOutDir(outDir, options);
    const generation = generationName(path.basename(outDir), `${key}${generationHash(files)}`);
    const target = path.join(parent, generation);
    const shown = current.generation === generation && (await holds(target, files));
    // A whole generation of that name (one the out-dir showed before) is linked again as it is.
    if (!shown) await install(outDir, generation, current, (await holds(target, files)) ? undefined : stage);
    await removeStale(parent, path.basename(outDir), generation);
  });
}

/** Makes the generation beside the out-dir with `stage` (none: it is whole there already), then links the out-dir to it. */
async function install(
  outDir: string,
  generation: string,
  current: OutDirState,
  stage: ((staging: string) => Promise<void>) | undefined,
): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const target = path.join(parent, generation);
  const leftover = (what: Parameters<typeof leftoverName>[1]) => path.join(parent, leftoverName(base, what));
  const [staging, link, replaced, aside] = [
    leftover('staging'),
    leftover('link'),
    leftover('replaced'),
    leftover('previous'),
  ];
  try {
    if (stage) {
      await stage(staging);
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
    // A directory cannot be renamed over: an empty one is removed (`rmdir` only while it is still
    // empty), an adopted one moved aside, the one moment the out-dir is absent.
    if (current.kind === 'empty-directory') await rmdir(outDir);
    if (current.kind === 'directory') await rename(outDir, aside);
    await rename(link, outDir);
  } catch (error) {
    if (current.kind === 'directory' && !(await exists(outDir))) await rename(aside, outDir).catch(() => undefined);
    await Promise.all([staging, link, replaced].map((leftover) => rm(leftover, { recursive: true, force: true })));
    throw outputError(outDir, error);
  }
}

/** An error of the switch as the user can act on it. */
function outputError(outDir: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTEMPTY' || code === 'EEXIST') {
    return new OutputError(`${outDir} received files while the build wrote; nothing of them was touched`);
  }
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new OutputError(`cannot write the output to ${outDir} (${code})`);
  }
  return error;
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

/**
 * The regular files of a generation directory and its folders, by path inside it (with `/`), sorted;
 * `undefined` if it is not a real directory or holds a link or a special file.
 */
async function readGeneration(dir: string): Promise<EncodedFile[] | undefined> {
  if (!(await isRealDirectory(dir))) return undefined;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (!entries?.every((entry) => entry.isFile() || entry.isDirectory())) return undefined;
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
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
