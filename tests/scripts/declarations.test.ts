/**
 * The declaration emit (scripts/declarations.ts, scripts/declaration-programs.ts): each program reads
 * the types of only the packages PACKAGES_READ names (the schema's, zod's) — a source whose exported
 * type were inferred from React's, Vue's or Svelte's types would be emitted wrong (`any`) without
 * them — and ES5's library only (a type inferred from a newer built-in would be `any`), so the
 * declarations are compared with those of one program that reads every package and ES2023's library. And
 * the cache: what a program's record depends on, and when it answers.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundledBefore,
  cachedDeclarations,
  declarationPrograms,
  PACKAGES_READ,
  saveDeclarations,
  writeCached,
} from '../../scripts/declaration-programs.js';
import { emitDeclarations, filesOf } from '../../scripts/declarations.js';
import { readEntries } from '../../scripts/entries.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the declaration programs', () => {
  it('write the declarations one program reading every package and the whole library writes, and record what each depends on', async () => {
    expect(PACKAGES_READ).toEqual({ './schema': ['zod'] });
    const entries = readEntries(ROOT).entries;
    const programs = declarationPrograms(entries);
    expect(programs.map((p) => [p.entries.map((e) => e.subpath), p.packagesRead])).toEqual([
      [entries.map((e) => e.subpath).filter((s) => s !== './schema'), []],
      [['./schema'], ['zod']],
    ]);
    // The reference: every package and the whole library the code is type-checked with (tsconfig.json's ES2023).
    const all = await emitDeclarations(ROOT, { entries, packagesRead: undefined }, { lib: ['lib.es2023.d.ts'] });
    const together = await emitDeclarations(ROOT, { entries, packagesRead: ['zod'] });
    const alone = await emitDeclarations(ROOT, programs[0]!);
    // Emitted as before: the files given for that emit are taken, nothing is bundled.
    const given = new Map([['dist/index.d.ts', 'given\n']]);
    const again = await emitDeclarations(ROOT, programs[0]!, {
      bundled: (emitted) => (emitted === alone.emitted ? given : undefined),
    });
    expect(again.emitted).toBe(alone.emitted);
    expect(again.files).toBe(given);
    expect(all.files.size).toBeGreaterThan(10);
    expect([...together.files.keys()]).toEqual([...all.files.keys()]);
    for (const [file, text] of all.files) expect(together.files.get(file), file).toBe(text);
    for (const [file, text] of alone.files) expect(text, file).toBe(all.files.get(file));
    // The frameworks' types are imported, never inlined, and never read.
    expect(all.files.get('dist/vue.d.ts')).toMatch(/^import \{[^}]*DefineComponent[^}]*\} from 'vue';$/m);
    expect(all.files.get('dist/react.d.ts')).toMatch(/from 'react';$/m);
    expect(all.files.get('dist/svelte.d.ts')).toMatch(/from 'svelte';$/m);
    expect(all.reads.files.some((file) => file.includes('/node_modules/vue/'))).toBe(true);
    expect(all.reads.files.some((file) => file.endsWith('lib.es2023.array.d.ts'))).toBe(true);
    // ES5's library only (and the decorators' it references), not ES2023's.
    const libraries = together.reads.files.filter((file) => /\/lib\.[^/]*\.d\.ts$/.test(file));
    expect(libraries.map((file) => path.basename(file)).sort()).toEqual([
      'lib.decorators.d.ts',
      'lib.decorators.legacy.d.ts',
      'lib.es5.d.ts',
    ]);
    expect(together.reads.files.some((file) => /\/node_modules\/(vue|react|svelte|@types\/react)\//.test(file))).toBe(
      false,
    );
    // Emitted together, each program's record names only what its own sources reach (and the libraries).
    const [own, schema] = programs.map((program) => filesOf(ROOT, program, programs, together.reads));
    const generated = (files: string[]) => files.filter((file) => file.includes('/src/generated/'));
    const zod = (files: string[]) => files.filter((file) => file.includes('/node_modules/zod/'));
    expect(generated(own!).length).toBeGreaterThan(3);
    expect(zod(own!)).toEqual([]);
    expect(generated(schema!)).toEqual([]);
    expect(zod(schema!).length).toBeGreaterThan(10);
    for (const files of [own!, schema!]) expect(files.some((file) => file.endsWith('lib.es5.d.ts'))).toBe(true);
    expect(new Set([...own!, ...schema!])).toEqual(new Set(together.reads.files));
  }, 120_000);
});

describe('the declaration cache', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nke-declaration-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const file of ['package.json', 'package-lock.json', 'scripts', 'src/types.ts', 'src/index.ts']) {
    cpSync(path.join(ROOT, file), path.join(root, file), { recursive: true });
  }
  const [program] = declarationPrograms(readEntries(root).entries);
  const read = [path.join(root, 'src/types.ts'), path.join(root, 'src/index.ts')];
  const files = new Map([['dist/index.d.ts', 'export {};\n']]);

  it('answers with what was recorded while nothing it depends on changes', () => {
    saveDeclarations(root, program!, read, files, 'emitted-1', true);
    expect(cachedDeclarations(root, program!, true)).toEqual(files);
    expect(cachedDeclarations(root, program!, false)).toBeUndefined();
  });

  it('does not answer after a file read changes, a file is added to src/, or the code changes', () => {
    const change = (file: string, text: string) => {
      saveDeclarations(root, program!, read, files, 'emitted-1', true);
      expect(cachedDeclarations(root, program!, true)).toEqual(files);
      writeFileSync(path.join(root, file), text);
      expect(cachedDeclarations(root, program!, true), file).toBeUndefined();
    };
    change('src/types.ts', 'export type Changed = 1;\n');
    change('src/added.ts', 'export {};\n');
    change('scripts/declarations.ts', '// changed\n');
    change('package-lock.json', '{}\n');
  });

  it('gives last time’s files for the same emitted declarations, from changed sources, while the code is the same', () => {
    saveDeclarations(root, program!, read, files, 'emitted-1', true);
    writeFileSync(path.join(root, 'src/types.ts'), 'export type ChangedAgain = 2;\n');
    expect(cachedDeclarations(root, program!, true)).toBeUndefined();
    expect(bundledBefore(root, program!, 'emitted-1', true)).toEqual(files);
    expect(bundledBefore(root, program!, 'emitted-2', true)).toBeUndefined();
    expect(bundledBefore(root, program!, 'emitted-1', false)).toBeUndefined();
    writeFileSync(path.join(root, 'scripts/entries.ts'), '// changed\n');
    expect(bundledBefore(root, program!, 'emitted-1', true)).toBeUndefined();
  });

  it('answers for all the programs or for none: one emitted alone could print a type differently', async () => {
    const programs = declarationPrograms(readEntries(root).entries);
    expect(programs).toHaveLength(2);
    const reads = [[path.join(root, 'src/types.ts')], [path.join(root, 'src/index.ts')]];
    const outputs = [new Map([['dist/index.d.ts', 'export {};\n']]), new Map([['dist/schema.d.ts', 'export {};\n']])];
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    for (const [i, p] of programs.entries()) saveDeclarations(root, p, reads[i]!, outputs[i]!, 'emitted-1', true);
    expect(await writeCached(root, undefined, true)).toEqual({
      written: ['dist/index.d.ts', 'dist/schema.d.ts'],
      missing: [],
    });
    // Only the second program's input changes: both are emitted again, together.
    writeFileSync(path.join(root, 'src/index.ts'), 'export const changed = 1;\n');
    expect(await writeCached(root, undefined, true)).toEqual({ written: [], missing: [0, 1] });
    expect(await writeCached(root, undefined, false)).toEqual({ written: [], missing: [0, 1] });
  });

  it('records nothing when not trusted (CI)', () => {
    rmSync(path.join(root, '.compiled'), { recursive: true, force: true });
    saveDeclarations(root, program!, read, files, 'emitted-1', false);
    expect(cachedDeclarations(root, program!, true)).toBeUndefined();
  });
});
