/**
 * Type declarations, one readable file per entry: `dist/<name>.d.ts` and `dist/<name>.d.cts`.
 *
 * TypeScript emits the declarations of every entry's source once (one program), then each entry's
 * declarations are bundled on their own with rollup-plugin-dts, so no entry imports a shared,
 * hash-named chunk. A module entry's `.d.cts` is the same text as its `.d.ts` (the CommonJS build
 * has the same named exports). A JSON entry is typed by `src/<name>.ts`, which declares the file's
 * value as its default export; its one declaration file, `.d.cts`, says `export =` instead, which
 * every resolution mode reads right: the value of `require()`, the default import of ESM and bundlers.
 * A Svelte entry's one declaration file is `.d.ts` (it is ESM only).
 *
 * Run by `npm run build` (scripts/build.ts) beside the JavaScript build.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';
import { isEntryScript } from '../pipeline/io.js';
import { entryFiles, type PackageEntry, readEntries } from './entries.js';

/**
 * The compiler options of the declaration emit: the entries' own code, no ambient types. The emit
 * does not type-check the code (`noCheck`): the declarations are the same either way, and
 * `npm run typecheck` (in CI) checks it; checking here too took most of the build's time.
 */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: [],
  strict: true,
  declaration: true,
  emitDeclarationOnly: true,
  noCheck: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * Emits the declarations of `sources` (paths relative to `root`) into `outDir`, keeping `src/`'s layout.
 *
 * @throws {Error} With TypeScript's messages if the sources cannot be parsed or their declarations written.
 */
function emit(root: string, sources: readonly string[], outDir: string): void {
  const program = ts.createProgram(
    sources.map((source) => path.join(root, source)),
    { ...OPTIONS, rootDir: path.join(root, 'src'), outDir },
  );
  const result = program.emit();
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    };
    throw new Error(`declarations: TypeScript reports\n${ts.formatDiagnostics(diagnostics, host)}`);
  }
}

/**
 * Bundles one entry's emitted declarations into one self-contained text (packages stay imports).
 *
 * @returns The declaration text.
 */
async function bundle(file: string): Promise<string> {
  const build = await rollup({
    input: file,
    plugins: [dts({ compilerOptions: { ...OPTIONS, emitDeclarationOnly: false, noCheck: false } })],
    logLevel: 'silent',
  });
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

/**
 * Writes the declaration files of every entry of the package at `root` into `root/dist`.
 *
 * @returns The paths written, relative to `root`.
 * @throws {Error} If the sources do not compile or an entry cannot be bundled.
 */
export async function buildDeclarations(root: string): Promise<string[]> {
  const { entries } = readEntries(root);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'nke-declarations-'));
  try {
    emit(
      root,
      entries.map((entry) => entry.source),
      tmp,
    );
    const written: string[] = [];
    await Promise.all(
      entries.map(async (entry: PackageEntry) => {
        const emitted = path.join(tmp, path.relative('src', entry.source).replace(/\.ts$/, '.d.ts'));
        const esm = await bundle(emitted);
        if (entry.kind === 'json') {
          await writeFile(path.join(root, entry.import.types), jsonCommonJs(esm, entry.subpath));
          written.push(entry.import.types);
        } else {
          // An ESM-only (Svelte) entry has no `require`, so no `.d.cts`.
          for (const file of entryFiles(entry).types) {
            await writeFile(path.join(root, file), esm);
            written.push(file);
          }
        }
      }),
    );
    return written.sort();
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
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
