/**
 * Keeps the package's `dist/` current while `npm run content -- --watch` runs, for a consumer that
 * links the package (`npm link`, a workspace, a `file:` dependency) and so imports `dist/`, not
 * `src/generated/`. After each content rebuild: the JavaScript of every entry is bundled again by
 * tsup (bundle.ts, the options of tsup.config.ts, in this process), `data.json` is written
 * again, and the declarations are written again when the types the content defines changed (its
 * ids and its locales: the `export type` and `as const` lines of the generated modules; the data
 * itself is typed by declarations that do not change with it). One line per update, with its time.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { clock } from '../pipeline/commands/cli.js';
import { duration, type Io } from '../pipeline/shared/io.js';
import { writeAssets } from './assets.js';
import { replaceDist } from './dist.js';

/** Updates `dist/` after a content build. */
export interface DistUpdater {
  /** Brings `dist/` up to date with `src/generated/`; prints what it did. */
  update(): Promise<void>;
  /** Waits for an update under way to end. */
  stop(): Promise<void>;
}

/**
 * The types the generated modules define: their `export type` lines and the lines holding `as const`
 * (the locale list), in file order. The rest of the generated code is data, typed by declarations
 * that do not depend on it.
 *
 * @returns One string; equal strings mean equal declarations.
 */
async function typeSignature(generatedDir: string): Promise<string> {
  const parts: string[] = [];
  for (const name of (await readdir(generatedDir)).filter((n) => n.endsWith('.ts')).sort()) {
    const text = await readFile(path.join(generatedDir, name), 'utf8');
    const lines = text.split('\n').filter((line) => line.startsWith('export type ') || line.includes(' as const'));
    parts.push(`${name}\n${lines.join('\n')}`);
  }
  return parts.join('\n');
}

/**
 * A `dist/` updater for the package at `root`. Its first update writes everything (the declarations
 * too); later ones what the change needs.
 *
 * @returns The updater.
 */
export function distUpdater(root: string, io: Io): DistUpdater {
  const generated = path.join(root, 'src', 'generated');
  const dist = path.join(root, 'dist');
  let types: string | undefined;
  let current: Promise<void> = Promise.resolve();
  // Each update makes a whole new dist/ from a copy of the current one (dist.ts): a reader never
  // sees a new index.js beside an old data.json. Its lines are printed once the new dist/ is in place.
  const update = async () => {
    const lines = await replaceDist(root, (staging) => write(staging), { keep: true });
    for (const line of lines) io.stdout(line);
  };
  const write = async (staging: string): Promise<string[]> => {
    const started = performance.now();
    const { bundleJavaScript } = await import('./bundle.js');
    const files = [...(await bundleJavaScript(root, staging)), ...(await writeAssets(generated, staging, root))];
    if (types === undefined) {
      // The first update: the Svelte entries' files too (their sources are code, not content).
      const { buildSvelteEntries } = await import('./svelte.js');
      files.push(...(await buildSvelteEntries(root, staging)));
    }
    const names = files.map((f) => path.basename(f)).join(', ');
    const lines = [`${clock()} dist updated in ${duration(performance.now() - started)}: ${names}`];
    const signature = await typeSignature(generated);
    if (signature === types && existsSync(path.join(dist, 'index.d.ts'))) return lines;
    const start = performance.now();
    const { buildDeclarations } = await import('./declarations.js');
    await buildDeclarations(root, undefined, staging);
    types = signature;
    lines.push(`${clock()} dist: declarations written in ${duration(performance.now() - start)} (the types changed)`);
    return lines;
  };
  return {
    update() {
      current = update();
      return current;
    },
    async stop() {
      await current.catch(() => undefined);
    },
  };
}
