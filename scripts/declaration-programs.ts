/**
 * Which TypeScript program emits which entries' declarations, and the cache of what each wrote.
 * No TypeScript here: `npm run build` reads the cache in its own thread and starts a worker (with
 * TypeScript) only for a program whose declarations must be made again (scripts/declarations.ts).
 *
 * Programs: an entry's declarations are inferred from a package's types only where PACKAGES_READ says
 * so (the schema entry's from zod's); every other package a source imports (React, Vue, Svelte) is
 * left unresolved, its types — megabytes of them, Vue's with Babel's and csstype's — unread: those
 * sources declare their exports' types, which the emit copies as written (the import stays in the
 * declarations). Entries that read the same packages share a program (the schema's reads zod, the slow
 * part). Whenever any program's cache does not answer, all are emitted together (`writeCached`), so the
 * output never depends on what was cached.
 * tests/scripts/declarations.test.ts checks the declarations are those of one program that reads
 * every package.
 *
 * Cache: a program's declarations are a function of the files it read (its sources, the generated
 * modules, TypeScript's libraries, the packages' types), the names of `src/`'s files (a new file can
 * change what an import resolves to), the code that makes them and the lockfile (TypeScript's,
 * rollup-plugin-dts' and the packages' versions). A program's record holds a hash of each and the
 * files it wrote; it answers only when every hash is the same again. Like the content's cache, it is
 * an author's convenience: in CI or a release (`CI` set) it is neither read nor written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { cacheTrusted } from '../pipeline/write/cache.js';
import { inDist } from './dist.js';
import { type PackageEntry, readEntries } from './entries.js';

/** The packages whose types the declarations of an entry (by subpath) are inferred from; none for the others. */
export const PACKAGES_READ: Readonly<Record<string, readonly string[]>> = { './schema': ['zod'] };

/** One program of the declaration emit. */
export interface DeclarationProgram {
  /** The entries it writes the declarations of. */
  readonly entries: readonly PackageEntry[];
  /** The packages it resolves (their types read); `undefined`: every package. */
  readonly packagesRead: readonly string[] | undefined;
}

/**
 * The programs of the declaration emit: entries that read the same packages share one, in the
 * order of the entries' first appearance.
 *
 * @returns The programs.
 */
export function declarationPrograms(entries: readonly PackageEntry[]): DeclarationProgram[] {
  const programs = new Map<string, { entries: PackageEntry[]; packagesRead: readonly string[] }>();
  for (const entry of entries) {
    const packagesRead = PACKAGES_READ[entry.subpath] ?? [];
    const key = JSON.stringify(packagesRead);
    const program = programs.get(key) ?? { entries: [], packagesRead };
    program.entries.push(entry);
    programs.set(key, program);
  }
  return [...programs.values()];
}

/** The code and data every program's output depends on besides the files it reads. */
const CODE = [
  'scripts/declarations.ts',
  'scripts/declaration-programs.ts',
  'scripts/entries.ts',
  'package.json',
  'package-lock.json',
];

/** A program's cache record. */
const CacheRecord = z.object({
  key: z.string(),
  /** Every file the program read (relative to the root, or absolute outside it) with its hash. */
  inputs: z.array(z.tuple([z.string(), z.string()])),
  /** The declaration files it wrote (relative to the root) and their texts. */
  files: z.array(z.tuple([z.string(), z.string()])),
  /** A hash of what TypeScript emitted, before bundling (`emittedHash`). */
  emitted: z.string(),
});
type CacheRecord = z.infer<typeof CacheRecord>;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The names of `src/`'s files (generations' directories not followed: `src/generated` stands for them). */
function sourceNames(root: string): string[] {
  return readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.startsWith('.generated'))
    .sort();
}

/** The key of `program`: its entries, the packages it reads, the code, the lockfile, `src/`'s file names. */
function programKey(root: string, program: DeclarationProgram): string {
  return sha256(
    JSON.stringify({
      entries: program.entries.map((entry) => entry.source),
      packagesRead: program.packagesRead ?? null,
      code: CODE.map((file) => sha256(readFileSync(path.join(root, file)))),
      src: sourceNames(root),
    }),
  );
}

/** Where `program`'s record is kept. */
function recordFile(root: string, program: DeclarationProgram): string {
  const name = program.entries.map((entry) => entry.name).join('+');
  return path.join(root, '.compiled', 'declarations', `${sha256(name).slice(0, 16)}.json`);
}

/**
 * The declaration files `program` wrote last time, if nothing it depends on has changed since.
 *
 * @returns The texts by file (relative to `root`), or `undefined` (no record, a change, or not
 * `trusted`: by default, when `CI` is set).
 */
export function cachedDeclarations(
  root: string,
  program: DeclarationProgram,
  trusted: boolean = cacheTrusted(),
): Map<string, string> | undefined {
  const record = trusted ? currentRecord(root, program) : undefined;
  if (!record) return undefined;
  try {
    for (const [file, hash] of record.inputs) {
      if (sha256(readFileSync(path.resolve(root, file))) !== hash) return undefined;
    }
  } catch {
    return undefined;
  }
  return new Map(record.files);
}

/** `program`'s record, if there is one and the code it was made by is the code now. */
function currentRecord(root: string, program: DeclarationProgram): CacheRecord | undefined {
  try {
    const record = CacheRecord.parse(JSON.parse(readFileSync(recordFile(root, program), 'utf8')));
    return record.key === programKey(root, program) ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The declaration files `program` wrote last time, if TypeScript has just emitted for it exactly
 * what it emitted then (`emitted`, from `emittedHash`) with the same code: bundling would write the
 * same files again. A change to the article's text changes the editions' modules but rarely their
 * declarations (only new ids do).
 *
 * @returns The texts by file (relative to `root`), or `undefined`.
 */
export function bundledBefore(
  root: string,
  program: DeclarationProgram,
  emitted: string,
  trusted: boolean = cacheTrusted(),
): Map<string, string> | undefined {
  const record = trusted ? currentRecord(root, program) : undefined;
  return record?.emitted === emitted ? new Map(record.files) : undefined;
}

/**
 * A hash of the files TypeScript emitted (their names relative to `dir`, and texts).
 *
 * @returns Hexadecimal.
 * @throws If `dir` cannot be read.
 */
export function emittedHash(dir: string): string {
  const hash = createHash('sha256');
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.d.ts'));
  for (const name of names.sort())
    hash
      .update(`${name}\0`)
      .update(readFileSync(path.join(dir, name)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * Records what `program` wrote, the files it read (absolute paths) and the hash of what TypeScript
 * emitted (`emittedHash`), for `cachedDeclarations` and `bundledBefore`.
 * Nothing is recorded unless `trusted` (by default, not with `CI` set); a record that cannot be
 * written is only a slower next build.
 */
export function saveDeclarations(
  root: string,
  program: DeclarationProgram,
  read: readonly string[],
  files: ReadonlyMap<string, string>,
  emitted: string,
  trusted: boolean = cacheTrusted(),
): void {
  if (!trusted) return;
  try {
    const inputs = read.map((file): [string, string] => {
      const relative = path.relative(root, file);
      return [relative.startsWith('..') ? file : relative, sha256(readFileSync(file))];
    });
    const record: CacheRecord = { key: programKey(root, program), inputs, files: [...files], emitted };
    const target = recordFile(root, program);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(`${target}.${process.pid}.tmp`, JSON.stringify(record));
    renameSync(`${target}.${process.pid}.tmp`, target);
  } catch {
    // Only slower next time.
  }
}

/**
 * Writes the cached declarations (`cachedDeclarations`) of the programs numbered `indexes` of the
 * package at `root` (all of them when `undefined`), when every one of them has its cache's answer.
 * Otherwise it writes nothing and all of them are to be emitted together: a program emitted alone
 * can print a type differently (a union's members in the order TypeScript met them) than emitted
 * with the others, as a build with nothing cached, and CI, emit them, and the output must not depend
 * on what was cached.
 *
 * @returns The paths written, and the indexes of the programs that have to be emitted (all or none).
 * @throws {Error} If there is no program of an index, or a file cannot be written.
 */
export async function writeCached(
  root: string,
  indexes?: readonly number[],
  trusted: boolean = cacheTrusted(),
  distDir = path.join(root, 'dist'),
): Promise<{ written: string[]; missing: number[] }> {
  const programs = declarationPrograms(readEntries(root).entries);
  const wanted = [...(indexes ?? programs.keys())];
  const cached: ReadonlyMap<string, string>[] = [];
  for (const index of wanted) {
    const program = programs[index];
    if (!program) throw new Error(`declarations: no program ${index}`);
    const files = cachedDeclarations(root, program, trusted);
    if (!files) return { written: [], missing: wanted };
    cached.push(files);
  }
  const written: string[] = [];
  for (const files of cached) written.push(...(await writeDeclarations(root, files, distDir)));
  return { written, missing: [] };
}

/**
 * Writes declaration files (paths relative to `root`, inside `dist/`) into `distDir`, the `dist/` being made.
 *
 * @returns The paths relative to `root`, sorted.
 * @throws If a file cannot be written.
 */
export async function writeDeclarations(
  root: string,
  files: ReadonlyMap<string, string>,
  distDir = path.join(root, 'dist'),
): Promise<string[]> {
  await Promise.all([...files].map(([file, text]) => writeFile(inDist(root, distDir, file), text)));
  return [...files.keys()].sort();
}
