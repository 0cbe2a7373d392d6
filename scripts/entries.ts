/**
 * The package's entries, read from the `exports` map of package.json: the one list that the build
 * (the JavaScript entries, the declaration files) and the tests of the packed package (the type
 * and runtime matrices) iterate over. A new entry is a new line in `exports`, nothing else.
 *
 * The convention: the entry `dist/<name>` is built from `src/<name>.ts`, or, for an edition of
 * the content (`./ko`, …), from the module the content build writes, `src/generated/<name>.ts`. A JavaScript entry has
 * `import` and `require` conditions (`dist/<name>.js` with `.d.ts`, `dist/<name>.cjs` with `.d.cts`);
 * a JSON entry has `types` (`dist/<name>.d.cts`, the parsed file as `export =`, which is what every
 * resolution mode sees: a default import under ESM, the value under `require`) and `default`.
 * A Svelte entry ships as Svelte libraries do: `types` (`dist/<name>.d.ts`, from `src/<name>.ts`)
 * and `svelte` (`dist/<name>/index.js`, for the user's Svelte compiler), copied with the `.svelte`
 * and `.js` files of `src/<name>/` and its `.ts` modules built beside them; it is ESM only (as
 * Svelte 5 is), so it has no `require`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One subpath of the `exports` map. */
export interface PackageEntry {
  /** The subpath, e.g. `.`, `./ko` or `./data.json`. */
  readonly subpath: string;
  /** The specifier a user writes, e.g. `north-korean-escapees/ko`. */
  readonly specifier: string;
  /** The file name in dist/ without extension, e.g. `index`, `ko`, `data.json`. */
  readonly name: string;
  /** The source its declarations are generated from, relative to the package root, e.g. `src/index.ts` or `src/generated/ko.ts`. */
  readonly source: string;
  /**
   * `module` for a JavaScript entry (ESM `.js` and CommonJS `.cjs`), `json` for a JSON file, `svelte`
   * for Svelte components (the `svelte` condition, ESM only).
   */
  readonly kind: 'module' | 'json' | 'svelte';
  /**
   * The files an `import` resolves to (relative to the package root, no `./`); for JSON, as
   * `require`; for Svelte, what the `svelte` condition gives.
   */
  readonly import: { readonly types: string; readonly default: string };
  /** The files a `require` resolves to; `null` for an ESM-only (Svelte) entry. */
  readonly require: { readonly types: string; readonly default: string } | null;
  /** For a Svelte entry, the directory whose files ship beside its `index.js`, e.g. `src/svelte`. */
  readonly files?: string;
  /**
   * For a Svelte entry, what every other condition resolves to (`default`): a module that throws,
   * saying why the entry is for Svelte's compiler and what to use instead (scripts/svelte.ts).
   */
  readonly outside?: string;
}

interface Conditions {
  readonly types?: unknown;
  readonly default?: unknown;
  readonly svelte?: unknown;
}

const strip = (file: unknown, where: string): string => {
  if (typeof file !== 'string' || !file.startsWith('./'))
    throw new Error(`package.json exports ${where}: expected a "./…" path, got ${JSON.stringify(file)}`);
  return file.slice(2);
};

/**
 * Reads the entries of a package.json's `exports` map (every subpath but `./package.json`).
 * Each must have `import` and `require` conditions, each with `types` then `default`.
 *
 * @returns The entries, in the map's order.
 * @throws {Error} If the map is missing or an entry does not follow that shape and naming.
 */
export function entriesOf(pkg: { readonly name: string; readonly exports?: unknown }): PackageEntry[] {
  if (!pkg.exports || typeof pkg.exports !== 'object') throw new Error('package.json has no exports map');
  const entries: PackageEntry[] = [];
  for (const [subpath, value] of Object.entries(pkg.exports as Record<string, unknown>)) {
    if (subpath === './package.json') continue;
    const map = value as (Conditions & { import?: Conditions; require?: Conditions }) | null;
    let imp: { types: string; default: string };
    let req: { types: string; default: string } | null;
    if (map && typeof map.types === 'string' && typeof map.svelte === 'string') {
      entries.push(svelteEntry(pkg.name, subpath, map));
      continue;
    }
    if (map && typeof map.types === 'string' && typeof map.default === 'string' && map.default.endsWith('.json')) {
      imp = req = {
        types: strip(map.types, `"${subpath}".types`),
        default: strip(map.default, `"${subpath}".default`),
      };
    } else {
      if (!map?.import || !map.require)
        throw new Error(
          `package.json exports "${subpath}": needs "import" and "require" conditions (or, for JSON, "types" and "default")`,
        );
      imp = {
        types: strip(map.import.types, `"${subpath}".import.types`),
        default: strip(map.import.default, `"${subpath}".import.default`),
      };
      req = {
        types: strip(map.require.types, `"${subpath}".require.types`),
        default: strip(map.require.default, `"${subpath}".require.default`),
      };
    }
    const kind = imp.default.endsWith('.json') ? 'json' : 'module';
    const name = path.posix.basename(req!.types).replace(/\.d\.cts$/, '');
    const expected =
      kind === 'json'
        ? { it: `dist/${name}.d.cts`, rt: `dist/${name}.d.cts`, id: `dist/${name}`, rd: `dist/${name}` }
        : { it: `dist/${name}.d.ts`, rt: `dist/${name}.d.cts`, id: `dist/${name}.js`, rd: `dist/${name}.cjs` };
    if (
      imp.types !== expected.it ||
      req!.types !== expected.rt ||
      imp.default !== expected.id ||
      req!.default !== expected.rd
    ) {
      throw new Error(
        `package.json exports "${subpath}": expected ${JSON.stringify(expected)} (the entry "${name}" built from src/${name}.ts)`,
      );
    }
    entries.push({
      subpath,
      specifier: specifierOf(pkg.name, subpath),
      name,
      source: `src/${name}.ts`,
      kind,
      import: imp,
      require: req,
    });
  }
  return entries;
}

const specifierOf = (name: string, subpath: string) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`);

/**
 * A Svelte entry: `{ "types": "./dist/<name>.d.ts", "svelte": "./dist/<name>/index.js",
 * "default": "./dist/<name>.outside.js" }`, nothing else.
 *
 * @throws {Error} If it has other conditions or other file names.
 */
function svelteEntry(packageName: string, subpath: string, map: Conditions): PackageEntry {
  const types = strip(map.types, `"${subpath}".types`);
  const name = path.posix.basename(types).replace(/\.d\.ts$/, '');
  const expected = {
    types: `./dist/${name}.d.ts`,
    svelte: `./dist/${name}/index.js`,
    default: `./dist/${name}.outside.js`,
  };
  if (JSON.stringify(map) !== JSON.stringify(expected))
    throw new Error(
      `package.json exports "${subpath}": expected ${JSON.stringify(expected)} (the Svelte entry "${name}": types from src/${name}.ts, components in src/${name}/)`,
    );
  return {
    subpath,
    specifier: specifierOf(packageName, subpath),
    name,
    source: `src/${name}.ts`,
    kind: 'svelte',
    import: { types: `dist/${name}.d.ts`, default: `dist/${name}/index.js` },
    require: null,
    files: `src/${name}`,
    outside: `dist/${name}.outside.js`,
  };
}

/**
 * Reads package.json at `root` and its entries.
 *
 * @returns The package's name, its whole manifest and its entries.
 * @throws If package.json cannot be read or its exports map is malformed.
 */
export function readEntries(root: string): {
  pkg: Record<string, unknown> & { name: string; version: string };
  entries: PackageEntry[];
} {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown> & {
    name: string;
    version: string;
  };
  const entries = entriesOf(pkg).map((entry) =>
    existsSync(path.join(root, entry.source)) ? entry : { ...entry, source: `src/generated/${entry.name}.ts` },
  );
  return { pkg, entries };
}

/**
 * The files an entry resolves to, each once: its declaration files and its JavaScript or JSON.
 *
 * @returns Paths relative to the package root: `types` the declaration files, `code` the others.
 */
export function entryFiles(entry: PackageEntry): { types: string[]; code: string[] } {
  const conditions = entry.require ? [entry.import, entry.require] : [entry.import];
  return {
    types: [...new Set(conditions.map((c) => c.types))],
    code: [...new Set(conditions.map((c) => c.default))],
  };
}
