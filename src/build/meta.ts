/**
 * The `meta` export: the package version (from package.json) and the date the content last
 * changed in a release (from content.lock.json), written as `src/generated/meta.ts`. Both come
 * from committed files, never from the clock, so the output is the same on every machine.
 */
import path from 'node:path';
import { LOCK_FILE } from './lock.js';
import type { MetaInfo } from './meta-module.js';
import { readLock, readPackage } from './release.js';

/**
 * Reads what `meta` holds: the version from `rootDir/package.json` and the date from
 * `rootDir/content.lock.json`.
 *
 * @returns The version and the date.
 * @throws If either file cannot be read or is invalid.
 */
export async function readMetaInfo(rootDir: string): Promise<MetaInfo> {
  const [{ version }, { updated }] = await Promise.all([readPackage(rootDir), readLock(path.join(rootDir, LOCK_FILE))]);
  return { version, updated };
}
