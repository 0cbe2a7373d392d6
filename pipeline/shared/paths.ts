/**
 * Where the package's files are: the one place that knows the repository's layout.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root: where package.json, content.lock.json, content/ and .changeset/ are. Found by
 * going up from this module to the first folder with a package.json, so that it is the same from
 * the source (pipeline/shared/) and from a compiled command (.compiled/).
 */
export const PACKAGE_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** The content directory the commands read when not told otherwise. */
export const CONTENT_DIR = path.join(PACKAGE_ROOT, 'content');

/** The directory the content build writes the generated modules to when not told otherwise. */
export const GENERATED_DIR = path.join(PACKAGE_ROOT, 'src', 'generated');

/** The name of the content lock, at the package root. */
export const LOCK_FILE = 'content.lock.json';

/** The name of the content's release history, at the package root (appended by `npm run version-packages`). */
export const HISTORY_FILE = 'content.history.json';

/**
 * What `npm run build` reads, relative to the package root: a copy of these, with `node_modules`
 * linked in, builds as the repository does (the tests' and the benchmark's copies of the package).
 */
export const BUILD_SOURCES: readonly string[] = [
  'content',
  'src',
  'pipeline',
  'release',
  'scripts',
  'package.json',
  LOCK_FILE,
  HISTORY_FILE,
  'tsconfig.json',
  'package-lock.json',
  'tsup.config.ts',
];
