/**
 * What the build reads of the package itself: its name, version and licence (package.json) and the
 * date the content last changed in a release (content.lock.json's `updated`). The `meta` export is
 * made of them; all come from committed files, never from the clock, so the output is the same on
 * every machine. The lock's format is the release tooling's (release/lock.ts); only its date is read here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageLicense } from '../emit/license.js';
import type { MetaInfo } from '../emit/meta.js';
import { LOCK_FILE } from './paths.js';

/** The fields of package.json the tooling uses. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly license: unknown;
}

/**
 * Reads the package.json at `rootDir`.
 *
 * @returns Its `name`, `version` and `license`.
 * @throws If package.json cannot be read or lacks a name or a version.
 */
export async function readPackage(rootDir: string): Promise<PackageInfo> {
  const file = path.join(rootDir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown; license?: unknown };
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string')
    throw new Error(`${file}: needs a name and a version`);
  return { name: pkg.name, version: pkg.version, license: pkg.license };
}

/**
 * Reads the date of the last release that changed the content: the lock's `updated`.
 *
 * @returns A `YYYY-MM-DD` date.
 * @throws If the lock cannot be read or has no such date.
 */
export async function readReleaseDate(rootDir: string): Promise<string> {
  const file = path.join(rootDir, LOCK_FILE);
  const { updated } = JSON.parse(readFileSync(file, 'utf8')) as { updated?: unknown };
  if (typeof updated !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(updated))
    throw new Error(`${file}: "updated" must be a date written YYYY-MM-DD`);
  return updated;
}

/**
 * Reads what `meta` holds: the version and the licence from `rootDir/package.json` and the date
 * from `rootDir/content.lock.json`.
 *
 * @returns The version, the date and the licence.
 * @throws If either file cannot be read or is invalid, or package.json's `license` does not match
 *   the parts in license.ts.
 */
export async function readMetaInfo(rootDir: string): Promise<MetaInfo> {
  const [pkg, updated] = await Promise.all([readPackage(rootDir), readReleaseDate(rootDir)]);
  return { version: pkg.version, updated, license: packageLicense(pkg.license) };
}
