/**
 * `dist/` switches whole, as `src/generated` does (pipeline/write/write.ts): it is a link to a generation
 * beside it (`.dist.<hash>`); every build writes a complete new one (`.dist.staging.<pid>.tmp`,
 * then renamed) and switches the link with one `rename`, so a reader, or a build killed at any
 * moment, finds the whole old `dist/` or the whole new one.
 *
 * `npm pack` packs no links: before packing (`prepack`, and `npm run release`), `materializeDist`
 * puts a real copy of the generation in the link's place. That is the one moment `dist/` is absent,
 * between two renames; the next build makes it a link again.
 */
import { cp, lstat, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { withOutDirLock } from '../pipeline/write/out-dir-lock.js';
import { leftoverName } from '../pipeline/write/owned.js';
import { switchToDirectory } from '../pipeline/write/write.js';

/** Where a path of package.json's exports (`dist/...`) is written when `dist/` is being made at `distDir`. */
export function inDist(root: string, distDir: string, file: string): string {
  const relative = path.relative(path.join(root, 'dist'), path.join(root, file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new Error(`${file} is not inside dist/`);
  return path.join(distDir, relative);
}

/**
 * Makes `root/dist` anew: `write` fills an empty directory (with a copy of today's `dist/` in it
 * when `keep` is set, for an update that writes only part), which `dist/` then shows.
 *
 * @returns What `write` returned.
 * @throws What `write` throws; `dist/` is then as it was, and the new one is removed.
 */
export async function replaceDist<T>(
  root: string,
  write: (distDir: string) => Promise<T>,
  options: { keep?: boolean } = {},
): Promise<T> {
  const dist = path.join(root, 'dist');
  const staging = path.join(root, leftoverName('dist', 'staging'));
  await rm(staging, { recursive: true, force: true });
  try {
    if (options.keep) await cp(dist, staging, { recursive: true, dereference: true }).catch(() => undefined);
    await mkdir(staging, { recursive: true });
    const value = await write(staging);
    await switchToDirectory(dist, staging);
    return value;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Puts a real copy of what `dist/` shows in its place, for `npm pack` (it packs no links).
 *
 * @returns Whether `dist/` was a link (a real `dist/` is left as it is).
 * @throws If there is no `dist/` (`npm run build` first).
 */
export async function materializeDist(root: string): Promise<boolean> {
  const dist = path.join(root, 'dist');
  const stats = await lstat(dist).catch(() => undefined);
  if (!stats) throw new Error('dist/ is missing: run `npm run build` first');
  if (!stats.isSymbolicLink()) return false;
  const copy = path.join(root, leftoverName('dist', 'replaced'));
  await rm(copy, { recursive: true, force: true });
  await cp(dist, copy, { recursive: true, dereference: true });
  await withOutDirLock(dist, async () => {
    await rm(dist);
    await rename(copy, dist);
  });
  return true;
}
