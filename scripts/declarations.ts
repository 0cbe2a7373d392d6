/**
 * Type declarations, one readable file per entry: `dist/<name>.d.ts` and `dist/<name>.d.cts`.
 *
 * TypeScript emits the declarations of the entries' sources once — in one program per set of
 * packages read (scripts/declaration-programs.ts) — then each entry's declarations are bundled on
 * their own with rollup-plugin-dts, so no entry imports a shared, hash-named chunk. A module entry's `.d.cts` is the same text as its `.d.ts` (the CommonJS build
 * has the same named exports). A JSON entry is typed by `src/<name>.ts`, which declares the file's
 * value as its default export; its one declaration file, `.d.cts`, says `export =` instead, which
 * every resolution mode reads right: the value of `require()`, the default import of ESM and bundlers.
 * A Svelte entry's one declaration file is `.d.ts` (it is ESM only).
 *
 * Run by `npm run build` (scripts/build.ts) in worker threads, beside the JavaScript build.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type RollupCache, rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';
import { isEntryScript } from '../pipeline/shared/io.js';
import {
  bundledBefore,
  type DeclarationProgram,
  declarationPrograms,
  emittedHash,
  saveDeclarations,
  writeCached,
  writeDeclarations,
} from './declaration-programs.js';
import { entryFiles, readEntries } from './entries.js';

/**
 * The compiler options of the declaration emit: the entries' own code, no ambient types. The emit
 * does not type-check the code (`noCheck`): the declarations are the same either way, and
 * `npm run typecheck` (in CI) checks it; checking here too took most of the build's time. It reads
 * only ES5's library, not the ES2023 the code is checked with (a third of the files it parsed):
 * the declarations are printed from the code's own annotations and what is inferred from them, and
 * tests/scripts/declarations.test.ts proves them the same as with the whole library (a type inferred
 * from a newer built-in would come out `any` without it, and differ).
 */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es5.d.ts'],
  types: [],
  strict: true,
  declaration: true,
  emitDeclarationOnly: true,
  noCheck: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
};

/** The package a bare import specifier names (`zod/v4` → `zod`, `@scope/name/x` → `@scope/name`), or `undefined` for a relative one. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** What a declaration program read. */
export interface ProgramReads {
  /** Every file it read (absolute paths). */
  readonly files: readonly string[];
  /** The files each file's imports resolved to. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Emits the declarations of `sources` (paths relative to `root`) into `outDir`, keeping `src/`'s
 * layout. Only the packages of `packagesRead` are resolved (all of them when it is `undefined`).
 *
 * @returns What the program read.
 * @throws {Error} With TypeScript's messages if the sources cannot be parsed or their declarations written.
 */
function emit(
  root: string,
  sources: readonly string[],
  outDir: string,
  packagesRead: readonly string[] | undefined,
  lib: readonly string[] | undefined,
): ProgramReads {
  const options = { ...OPTIONS, ...(lib ? { lib: [...lib] } : {}), rootDir: path.join(root, 'src'), outDir };
  const host = ts.createCompilerHost(options);
  const cache = ts.createModuleResolutionCache(root, (f) => f, options);
  const imports = new Map<string, Set<string>>();
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, compilerOptions, containingSource) =>
    literals.map((literal) => {
      const name = packageOf(literal.text);
      if (packagesRead && name !== undefined && !packagesRead.includes(name)) return { resolvedModule: undefined };
      const mode = ts.getModeForUsageLocation(containingSource, literal, compilerOptions);
      const resolved = ts.resolveModuleName(
        literal.text,
        containingFile,
        compilerOptions,
        host,
        cache,
        redirected,
        mode,
      );
      const file = resolved.resolvedModule?.resolvedFileName;
      if (file) imports.set(containingFile, (imports.get(containingFile) ?? new Set()).add(file));
      return resolved;
    });
  const program = ts.createProgram({ rootNames: sources.map((source) => path.join(root, source)), options, host });
  const result = program.emit();
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const formatHost: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    };
    throw new Error(`declarations: TypeScript reports\n${ts.formatDiagnostics(diagnostics, formatHost)}`);
  }
  return { files: program.getSourceFiles().map((file) => file.fileName), imports };
}

/**
 * The files of `reads` that `program`'s declarations can depend on, when it was emitted together
 * with the programs of `together`: all but those only the others' sources import (directly or not).
 * A file no source imports (TypeScript's libraries) counts for every program.
 *
 * @returns Absolute paths.
 */
export function filesOf(
  root: string,
  program: DeclarationProgram,
  together: readonly DeclarationProgram[],
  reads: ProgramReads,
): string[] {
  const reach = (programs: readonly DeclarationProgram[]) => {
    const seen = new Set(programs.flatMap((p) => p.entries.map((entry) => path.join(root, entry.source))));
    for (const file of seen) for (const next of reads.imports.get(file) ?? []) seen.add(next);
    return seen;
  };
  const own = reach([program]);
  const others = reach(together.filter((other) => other !== program));
  return reads.files.filter((file) => own.has(file) || !others.has(file));
}

/**
 * Bundles one entry's emitted declarations into one self-contained text (packages stay imports).
 *
 * @returns The declaration text.
 */
async function bundle(file: string, cache?: { value?: RollupCache }): Promise<string> {
  const build = await rollup({
    input: file,
    plugins: [dts({ compilerOptions: { ...OPTIONS, emitDeclarationOnly: false, noCheck: false } })],
    logLevel: 'silent',
    ...(cache?.value ? { cache: cache.value } : {}),
  });
  if (cache) cache.value = build.cache;
  try {
    const { output } = await build.generate({ format: 'es' });
    return output[0].code;
  } finally {
    await build.close();
  }
}

/**
 * The CommonJS declaration of a JSON entry: its default export becomes `export =`.
 *
 * @returns The text.
 * @throws {Error} If the ESM declaration has anything but one default export.
 */
export function jsonCommonJs(esm: string, entry: string): string {
  const exportLine = /^export \{ (\w+) as default \};\n/m;
  const match = exportLine.exec(esm);
  const others = esm.replace(exportLine, '').match(/^export\b.*$/gm);
  if (!match || others)
    throw new Error(
      `declarations: ${entry} must declare one default export and nothing else (found ${others?.join(', ') ?? 'no default export'})`,
    );
  return esm.replace(exportLine, `export = ${match[1]};\n`);
}

/** What `emitDeclarations` made. */
export interface EmittedDeclarations {
  /** The declaration files, by path relative to the root, in the order of the entries. */
  readonly files: Map<string, string>;
  /** What the TypeScript program read. */
  readonly reads: ProgramReads;
  /** A hash of what TypeScript emitted, before bundling (`emittedHash`). */
  readonly emitted: string;
}

/**
 * Emits the declarations of `program`'s entries, with one TypeScript program, and bundles each
 * entry's — unless `options.bundled` (given the hash of what TypeScript emitted) has the files already.
 *
 * @param options `bundled`: last time's files for an emit, if any; `lib`: the TypeScript libraries
 *   the program reads (default ES5's: see `OPTIONS`), e.g. `['lib.es2023.d.ts']` to compare with
 *   the whole library the code is checked with.
 * @returns The files, what the program read and the hash of what it emitted.
 * @throws {Error} If the sources do not compile or an entry cannot be bundled.
 */
export async function emitDeclarations(
  root: string,
  program: DeclarationProgram,
  options: {
    readonly bundled?: (emitted: string) => Map<string, string> | undefined;
    readonly lib?: readonly string[];
  } = {},
): Promise<EmittedDeclarations> {
  const { bundled = () => undefined, lib } = options;
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'nke-declarations-'));
  try {
    const sources = program.entries.map((entry) => entry.source);
    const reads = emit(root, sources, tmp, program.packagesRead, lib);
    const emitted = emittedHash(tmp);
    const before = bundled(emitted);
    if (before) return { files: before, reads, emitted };
    // One entry after another, each build taking the modules the ones before it transformed (rollup's cache).
    const cache: { value?: RollupCache } = {};
    const files = new Map<string, string>();
    for (const entry of program.entries) {
      const esm = await bundle(path.join(tmp, path.relative('src', entry.source).replace(/\.ts$/, '.d.ts')), cache);
      if (entry.kind === 'json') files.set(entry.import.types, jsonCommonJs(esm, entry.subpath));
      // An ESM-only (Svelte) entry has no `require`, so no `.d.cts`.
      else for (const file of entryFiles(entry).types) files.set(file, esm);
    }
    return { files, reads, emitted };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Writes the declaration files of the package at `root` into `distDir` (`root/dist`): those of the programs
 * numbered `indexes` (of `declarationPrograms`), or of every program. They come from their caches
 * when nothing any of them depends on changed; otherwise all are emitted together, by one TypeScript
 * program that reads the packages any of them reads (on two cores, one program at a time is faster
 * than two side by side: they would read TypeScript's libraries twice), and each is recorded with
 * what that program read.
 *
 * @returns The paths written, relative to `root`, sorted.
 * @throws {Error} If the sources do not compile or an entry cannot be bundled.
 */
export async function buildDeclarations(
  root: string,
  indexes?: readonly number[],
  distDir = path.join(root, 'dist'),
): Promise<string[]> {
  const { written, missing: indexesMissing } = await writeCached(root, indexes, undefined, distDir);
  const programs = declarationPrograms(readEntries(root).entries);
  const missing = indexesMissing.map((index) => programs[index]!);
  if (missing.length > 0) {
    const read = missing.map((program) => program.packagesRead);
    const together = {
      entries: missing.flatMap((program) => program.entries),
      packagesRead: read.includes(undefined) ? undefined : [...new Set(read.flatMap((names) => names ?? []))],
    };
    // Emitted as last time (the same declarations from changed sources): last time's files.
    const before = (emitted: string) => {
      const found = missing.map((program) => bundledBefore(root, program, emitted));
      return found.every((files) => files !== undefined) ? new Map(found.flatMap((files) => [...files])) : undefined;
    };
    const { files, reads, emitted } = await emitDeclarations(root, together, { bundled: before });
    for (const program of missing) {
      const own = new Set(program.entries.flatMap((entry) => entryFiles(entry).types));
      const ownFiles = new Map([...files].filter(([file]) => own.has(file)));
      saveDeclarations(root, program, filesOf(root, program, missing, reads), ownFiles, emitted);
    }
    written.push(...(await writeDeclarations(root, files, distDir)));
  }
  return written.sort();
}

if (isEntryScript(import.meta.url)) {
  const root = path.resolve(import.meta.dirname, '..');
  buildDeclarations(root).then(
    (written) => console.log(`DTS ${written.join(', ')}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
