/**
 * The package's entries follow the editions: every locale but the source has an entry
 * `north-korean-escapees/<locale>` (its module, `src/generated/<locale>.ts`). The content build adds
 * the entry of a new edition to package.json's `exports` and `typesVersions`, in the same shape as
 * the others, so adding a language needs no hand edit of package.json. Removing an edition is a
 * breaking change, made by hand.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../write/write.js';

type Conditions = {
  readonly import: { types: string; default: string };
  readonly require: { types: string; default: string };
};

/**
 * The `exports` entry of an edition.
 *
 * @returns The conditions, types first, as every module entry of the package has them.
 */
export function editionExport(locale: string): Conditions {
  return {
    import: { types: `./dist/${locale}.d.ts`, default: `./dist/${locale}.js` },
    require: { types: `./dist/${locale}.d.cts`, default: `./dist/${locale}.cjs` },
  };
}

/**
 * Adds the entries of editions package.json lacks, after the entries it has for editions (or after
 * `.`), keeping every other key and its order.
 *
 * @returns The new manifest and the locales added (none: the manifest is returned as it was).
 */
export function withEditionExports(
  manifest: Record<string, unknown>,
  locales: readonly string[],
): { manifest: Record<string, unknown>; added: string[] } {
  const exports = (manifest.exports ?? {}) as Record<string, unknown>;
  const added = locales.filter((locale) => !Object.hasOwn(exports, `./${locale}`));
  if (added.length === 0) return { manifest, added };
  const keys = Object.keys(exports);
  const after = Math.max(0, ...locales.map((locale) => keys.indexOf(`./${locale}`)), keys.indexOf('.'));
  const entries = Object.entries(exports);
  const nextExports = Object.fromEntries([
    ...entries.slice(0, after + 1),
    ...added.map((l) => [`./${l}`, editionExport(l)] as const),
    ...entries.slice(after + 1),
  ]);
  const versions = ((manifest.typesVersions as Record<string, Record<string, string[]>> | undefined)?.['*'] ??
    {}) as Record<string, string[]>;
  const nextVersions = { ...Object.fromEntries(added.map((l) => [l, [`./dist/${l}.d.cts`]])), ...versions };
  return { manifest: { ...manifest, exports: nextExports, typesVersions: { '*': nextVersions } }, added };
}

/**
 * Makes package.json at `rootDir` list an entry for every edition in `locales` (written atomically,
 * with two-space indents and a final newline, only when something was added).
 *
 * @returns The locales whose entries were added.
 * @throws If package.json cannot be read, parsed or written.
 */
export async function syncEditionExports(rootDir: string, locales: readonly string[]): Promise<string[]> {
  const file = path.join(rootDir, 'package.json');
  const { manifest, added } = withEditionExports(
    JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>,
    locales,
  );
  if (added.length > 0) await writeFileAtomic(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return added;
}
