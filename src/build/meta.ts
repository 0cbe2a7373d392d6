/**
 * The `meta` export: the package version (from package.json), the date the content last changed
 * in a release (from content.lock.json) and the licence of each part of the package (license.ts,
 * checked against package.json's `license`), written as `src/generated/meta.ts`. All come from
 * committed files, never from the clock, so the output is the same on every machine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { packageLicense } from './license.js';
import { LOCK_FILE } from './lock.js';
import type { MetaInfo } from './meta-module.js';
import { readLock, readPackage } from './release.js';

/**
 * Reads what `meta` holds: the version and the licence from `rootDir/package.json` and the date
 * from `rootDir/content.lock.json`.
 *
 * @returns The version, the date and the licence.
 * @throws If either file cannot be read or is invalid, or package.json's `license` does not match
 *   the parts in license.ts.
 */
export async function readMetaInfo(rootDir: string): Promise<MetaInfo> {
  const [{ version }, { updated }, pkg] = await Promise.all([
    readPackage(rootDir),
    readLock(path.join(rootDir, LOCK_FILE)),
    readFile(path.join(rootDir, 'package.json'), 'utf8').then((text) => JSON.parse(text) as { license?: unknown }),
  ]);
  return { version, updated, license: packageLicense(pkg.license) };
}
