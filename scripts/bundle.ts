/**
 * The JavaScript of every module entry of package.json's exports map, `dist/<name>.js` (ESM) and
 * `dist/<name>.cjs` (CommonJS), bundled by tsup with the options of tsup.config.ts, called in this
 * process (its `build()`), not as a command of its own. Then every CommonJS entry is frozen (below).
 */
import { appendFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { tsupOptions } from '../tsup.config.js';
import { readEntries } from './entries.js';

/**
 * The end of every CommonJS entry: its exports are plain properties of one object that every
 * `require()` shares, so it is frozen, with the functions on it, and no consumer can replace, add
 * or delete an export for the others. (ES module namespaces are immutable already, and the data is
 * deep-frozen where it is made.) Appended after tsup rather than as its `footer`, so it is the
 * file's last statement whatever tsup's passes move (its rollup tree-shaking pass, when on, puts
 * the export statements after any footer).
 */
const FREEZE_COMMONJS_EXPORTS =
  '\nfor (const value of Object.values(module.exports)) if (typeof value === "function") Object.freeze(value);\nObject.freeze(module.exports);\n';

/**
 * Appends `FREEZE_COMMONJS_EXPORTS` to every `.cjs` file of `distDir` that does not end with it yet.
 *
 * @returns The paths changed.
 * @throws If a file cannot be read or written.
 */
async function freezeCommonJsExports(distDir: string): Promise<string[]> {
  const changed: string[] = [];
  for (const name of (await readdir(distDir)).filter((n) => n.endsWith('.cjs')).sort()) {
    const file = path.join(distDir, name);
    if ((await readFile(file, 'utf8')).endsWith(FREEZE_COMMONJS_EXPORTS)) continue;
    await appendFile(file, FREEZE_COMMONJS_EXPORTS);
    changed.push(file);
  }
  return changed;
}

/** One tsup build at a time: tsup works in the process's working directory, which each build sets. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Bundles every module entry of the package at `root` into `distDir` (`root/dist`) with tsup (tsup.config.ts's
 * options, without its `onSuccess`: the caller writes the declarations) and freezes the CommonJS
 * entries. tsup runs with `root` as the working directory, restored afterwards. `dist/` is not
 * emptied first: the declarations may be being written beside (the caller empties it when it must).
 *
 * @returns The JavaScript files of `dist/`, sorted by name.
 * @throws If tsup reports an error (its messages are printed), or `dist/` cannot be read or written.
 */
export function bundleJavaScript(root: string, distDir = path.join(root, 'dist')): Promise<string[]> {
  const run = queue.then(async () => {
    const { build } = await import('tsup');
    const previous = process.cwd();
    process.chdir(root);
    try {
      await build({
        ...tsupOptions(root),
        outDir: distDir,
        clean: false,
        onSuccess: undefined,
        config: false,
        silent: true,
      });
    } finally {
      process.chdir(previous);
    }
    await freezeCommonJsExports(distDir);
    // What tsup wrote: the module entries' files (distDir may hold others, copied from the last build).
    const modules = readEntries(root).entries.filter((entry) => entry.kind === 'module');
    return modules.flatMap((entry) => [`${entry.name}.cjs`, `${entry.name}.js`]).sort();
  });
  queue = run.catch(() => undefined);
  return run;
}
