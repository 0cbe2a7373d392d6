/**
 * Writing the build's output so that readers only ever see a whole generation.
 *
 * The out-dir (`src/generated`) is a symbolic link to a generation directory beside it
 * (`src/.generated.<hash>`). A build writes every file into a new staging directory, renames it
 * to its final name, then replaces the link with one `rename` — the only step that changes what
 * readers see, and an atomic one. A process killed at any point leaves the out-dir pointing at the
 * whole old generation or the whole new one; leftovers of a killed build (`*.tmp`) are removed by
 * the next build, and a build that fails removes its own before it throws.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file the build writes: its name inside the out-dir and its contents. */
export interface OutputFile {
  readonly name: string;
  readonly contents: string;
}

/** An I/O problem with the out-dir that the user can fix (exit status 1, one `error:` line). */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/**
 * Makes `outDir` show exactly `files`, switching it to a new generation in one atomic step. When the
 * out-dir already shows a generation that holds exactly `files` (identical output), nothing is written.
 * A generation's name is never trusted on its own: a directory of that name whose files differ (one a
 * commit put there with `git add -f`, or one edited by hand) is replaced, not shown, and a link that
 * points anywhere but at a generation beside it is replaced.
 *
 * @param id The generation's name: by default a hash of the files (equal output, equal name); the
 *   content build names it by its cache key instead (`cache.ts`), lower-case hexadecimal.
 * @returns The paths of the files as readers see them (inside `outDir`).
 * @throws {OutputError} If `outDir` is a file or its parent cannot hold the generation; other I/O errors as they are.
 */
export async function switchGeneration(outDir: string, files: readonly OutputFile[], id?: string): Promise<string[]> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const current = await inspect(outDir);
  const shown = current.kind === 'link' ? current.target : undefined;
  const written = files.map((file) => path.join(outDir, file.name));
  // Each file's bytes, made once: compared with what is there, hashed for a new name, written.
  const encoded = files.map((file) => ({ name: file.name, bytes: Buffer.from(file.contents, 'utf8') }));
  // Already shown (under the name asked for, if any): nothing is hashed or written.
  if (
    shown !== undefined &&
    (id === undefined || shown === generationName(base, id)) &&
    (await holds(path.join(parent, shown), encoded))
  ) {
    await removeStale(parent, base, shown);
    return written;
  }
  await mkdir(parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new OutputError(`cannot create ${parent} (${error.code ?? error.message})`);
  });
  const generation = generationName(base, id ?? generationHash(encoded));
  const target = path.join(parent, generation);
  const own = `${process.pid}.tmp`;
  const staging = path.join(parent, `.${base}.${own}`);
  const link = path.join(parent, `.${base}.link.${own}`);

  const aside = path.join(parent, `.${base}.previous.${own}`);
  const replaced = path.join(parent, `.${base}.replaced.${own}`);
  let movedAside = false;
  try {
    if (!(await holds(target, encoded))) {
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging);
      await Promise.all(encoded.map((file) => writeFile(path.join(staging, file.name), file.bytes)));
      // A directory of the generation's name with other files cannot be renamed over: it is moved aside.
      if (await exists(target)) await rename(target, replaced);
      await rename(staging, target);
    }
    if (shown !== generation) {
      await rm(link, { force: true });
      await symlink(
        process.platform === 'win32' ? target : generation,
        link,
        process.platform === 'win32' ? 'junction' : 'dir',
      );
      // A real directory (an out-dir made before generations, or by hand) cannot be replaced by a
      // rename; it is moved aside first, the one moment the out-dir is briefly absent.
      if (current.kind === 'directory') {
        await rename(outDir, aside);
        movedAside = true;
      }
      await rename(link, outDir);
    }
  } catch (error) {
    if (movedAside && !(await exists(outDir))) await rename(aside, outDir).catch(() => undefined);
    await Promise.all([staging, link, replaced].map((leftover) => rm(leftover, { recursive: true, force: true })));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new OutputError(`cannot write the output to ${outDir} (${code})`);
    }
    throw error;
  }
  await removeStale(parent, base, generation);
  return written;
}

/**
 * The files of generation `id`, if the out-dir shows it now.
 *
 * @returns Their paths as readers see them (inside `outDir`), sorted; `undefined` if the out-dir
 *   shows another generation, a real directory or nothing.
 */
export async function currentGeneration(outDir: string, id: string): Promise<string[] | undefined> {
  const generation = generationName(path.basename(outDir), id);
  const current = await inspect(outDir).catch(() => undefined);
  if (current?.kind !== 'link' || current.target !== generation) return undefined;
  const dir = path.join(path.dirname(outDir), generation);
  if (!(await isRealDirectory(dir))) return undefined;
  const names = await readdir(dir).catch(() => undefined);
  return names?.sort().map((name) => path.join(outDir, name));
}

/** The directory name of generation `id` of the out-dir `base`. */
function generationName(base: string, id: string): string {
  if (!/^[0-9a-f]{1,64}$/.test(id))
    throw new Error(`a generation id is lower-case hexadecimal, not ${JSON.stringify(id)}`);
  return `.${base}.${id}`;
}

/** What is at the out-dir's path now. */
async function inspect(outDir: string): Promise<{ kind: 'none' | 'link' | 'directory'; target?: string }> {
  let stats: Awaited<ReturnType<typeof lstat>>;
  try {
    stats = await lstat(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'none' };
    if (code === 'ENOTDIR') throw new OutputError(`cannot write the output to ${outDir}: a parent of it is a file`);
    throw error;
  }
  if (stats.isSymbolicLink()) {
    // Only a link to a generation directly beside the out-dir names one (on Windows a junction holds
    // the absolute path); a link anywhere else is replaced.
    const parent = path.dirname(outDir);
    const to = await readlink(outDir);
    const name = path.basename(to);
    const generation = /^[0-9a-f]{1,64}$/.test(name.slice(path.basename(outDir).length + 2));
    const beside =
      path.resolve(parent, to) === path.join(parent, name) && name.startsWith(`.${path.basename(outDir)}.`);
    return { kind: 'link', target: beside && generation ? name : undefined };
  }
  if (stats.isDirectory()) return { kind: 'directory' };
  throw new OutputError(`cannot write the output to ${outDir}: it is a file, not a directory`);
}

/**
 * Removes what earlier builds left beside the out-dir: generations no longer linked, directories
 * moved aside, and `*.tmp` leftovers of processes that are no longer running.
 */
async function removeStale(parent: string, base: string, keep: string): Promise<void> {
  const prefix = `.${base}.`;
  const names = (await readdir(parent)).filter((name) => name.startsWith(prefix) && name !== keep);
  await Promise.all(
    names.map(async (name) => {
      const pid = /\.(\d+)\.tmp$/.exec(name)?.[1];
      if (pid !== undefined && Number(pid) !== process.pid && isRunning(Number(pid))) return;
      await rm(path.join(parent, name), { recursive: true, force: true });
    }),
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `dir` is a directory itself, not a link to one (a generation is only ever shown so). */
async function isRealDirectory(dir: string): Promise<boolean> {
  return (await lstat(dir).catch(() => undefined))?.isDirectory() === true;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/** A file's name and the bytes it is written with. */
interface EncodedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/**
 * Whether `dir` holds exactly `files`: a directory (not a link to one) of the same names, each a
 * regular file (not a link) with the same bytes.
 *
 * @returns `false` as well when `dir` does not exist or cannot be read.
 */
async function holds(dir: string, files: readonly EncodedFile[]): Promise<boolean> {
  if (!(await isRealDirectory(dir))) return false;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (entries?.length !== files.length) return false;
  const expected = new Map(files.map((file) => [file.name, file.bytes]));
  const matches = await Promise.all(
    entries.map(async (entry) => {
      const bytes = expected.get(entry.name);
      if (bytes === undefined || !entry.isFile()) return false;
      const found = await readFile(path.join(dir, entry.name)).catch(() => undefined);
      return found?.equals(bytes) === true;
    }),
  );
  return matches.every(Boolean);
}

/** A short hash of a generation's file names and bytes: equal output, equal name. */
function generationHash(files: readonly EncodedFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.name}\0${file.bytes.length}\0`).update(file.bytes);
  return hash.digest('hex').slice(0, 16);
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
