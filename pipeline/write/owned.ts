/**
 * What the build owns beside and at its out-dir, told by name and kind alone: the out-dir itself
 * when it is absent, an empty directory or a link to a generation beside it; generations
 * (`.<out-dir>.<hex>`) and its own leftovers (`.<out-dir>.<what>.<pid>.tmp`). Everything else is
 * the user's.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';

/** A file the build writes: its name inside the out-dir and its contents. */
export interface OutputFile {
  readonly name: string;
  readonly contents: string;
}

/** A file's name and the bytes it is written with. */
export interface EncodedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** An I/O problem with the out-dir that the user can fix (exit status 1, one `error:` line). */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

const HEX = /^[0-9a-f]{1,64}$/;

/** The directory name of generation `id` of the out-dir `base`. */
export function generationName(base: string, id: string): string {
  if (!HEX.test(id)) throw new Error(`a generation id is lower-case hexadecimal, not ${JSON.stringify(id)}`);
  return `.${base}.${id}`;
}

/** The name of a leftover of this process beside the out-dir `base` (removed once the process is gone). */
export function leftoverName(base: string, what: 'staging' | 'link' | 'replaced' | 'previous'): string {
  return `.${base}.${what}.${process.pid}.tmp`;
}

/** Each file's bytes, made once: compared with what is there, hashed for the name, written. */
export function encodeFiles(files: readonly OutputFile[]): EncodedFile[] {
  return files.map((file) => ({ name: file.name, bytes: Buffer.from(file.contents, 'utf8') }));
}

/** A short hash of a generation's file names and bytes, in name order: equal output, equal hash. */
export function generationHash(files: readonly EncodedFile[]): string {
  const hash = createHash('sha256');
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of sorted) hash.update(`${file.name}\0${file.bytes.length}\0`).update(file.bytes);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The names beside the out-dir `base` that the build made and may remove: generations other than
 * `keep`, and leftovers (with the process that left them).
 */
export function staleNames(names: readonly string[], base: string, keep: string): { name: string; pid?: number }[] {
  const prefix = `.${base}.`;
  const stale: { name: string; pid?: number }[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || name === keep) continue;
    const rest = name.slice(prefix.length);
    const leftover = /^(?:staging|link|replaced|previous)\.(\d+)\.tmp$/.exec(rest);
    if (leftover) stale.push({ name, pid: Number(leftover[1]) });
    else if (HEX.test(rest)) stale.push({ name });
  }
  return stale;
}

/**
 * What is at the out-dir's path: nothing, an empty directory, a link to `generation` beside it, or
 * a directory the build adopts (only where asked: `dist/`, whose place is the build's own).
 */
export interface OutDirState {
  readonly kind: 'none' | 'empty-directory' | 'link' | 'directory';
  readonly generation?: string;
}

/**
 * What is at the out-dir's path, if the build may replace it.
 *
 * @throws {OutputError} If it is the user's: a file, a directory with anything in it, a link
 *   anywhere but to a generation beside it, or below a file.
 */
export async function inspectOutDir(outDir: string, options: { adopt?: boolean } = {}): Promise<OutDirState> {
  const stats = await lstat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'ENOTDIR')
      throw new OutputError(`cannot write the output to ${outDir}: a parent of it is a file`);
    throw error;
  });
  if (!stats) return { kind: 'none' };
  const refuse = (what: string) =>
    new OutputError(
      `the out-dir ${outDir} is ${what}, which the build did not make: it writes only to a new or empty directory, or to one of its own; name another out-dir`,
    );
  if (stats.isSymbolicLink()) {
    const to = await readlink(outDir);
    const name = path.basename(to);
    const beside = path.resolve(path.dirname(outDir), to) === path.join(path.dirname(outDir), name);
    const base = path.basename(outDir);
    if (!beside || !name.startsWith(`.${base}.`) || !HEX.test(name.slice(base.length + 2))) {
      throw refuse(`a link to ${to}`);
    }
    return { kind: 'link', generation: name };
  }
  if (stats.isDirectory()) {
    const entries = await readdir(outDir);
    if (entries.length > 0 && options.adopt) return { kind: 'directory' };
    if (entries.length > 0)
      throw refuse(`a directory with ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`);
    return { kind: 'empty-directory' };
  }
  throw new OutputError(`cannot write the output to ${outDir}: it is a file, not a directory`);
}

/** Whether `dir` is a directory itself, not a link to one (a generation is only ever shown so). */
export async function isRealDirectory(dir: string): Promise<boolean> {
  return (await lstat(dir).catch(() => undefined))?.isDirectory() === true;
}
