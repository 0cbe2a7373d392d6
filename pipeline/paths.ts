/**
 * Where the package's files are: the one place that knows the repository's layout.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: where package.json, content.lock.json, content/ and .changeset/ are. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The content directory the commands read when not told otherwise. */
export const CONTENT_DIR = path.join(PACKAGE_ROOT, 'content');

/** The directory the content build writes the generated modules to when not told otherwise. */
export const GENERATED_DIR = path.join(PACKAGE_ROOT, 'src', 'generated');

/** The name of the content lock, at the package root. */
export const LOCK_FILE = 'content.lock.json';

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
  'tsconfig.json',
  'package-lock.json',
  'tsup.config.ts',
];
