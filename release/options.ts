/**
 * Where the release commands read and write: the content, the lock, its history and the package root.
 */
import path from 'node:path';
import { CONTENT_DIR, HISTORY_FILE, LOCK_FILE, PACKAGE_ROOT } from '../pipeline/shared/paths.js';

/** Where the release commands read and write. */
export interface ReleaseOptions {
  /** The directory holding the content. */
  readonly contentDir: string;
  /** The lock file. */
  readonly lockFile: string;
  /** The release history (default: content.history.json in `rootDir`). */
  readonly historyFile?: string;
  /** The directory of package.json and .changeset/. */
  readonly rootDir: string;
  /** The directory diagnostics' paths are shown relative to. */
  readonly cwd?: string;
}

/** The default options: this package's content, lock and root. */
export const RELEASE_DEFAULTS: ReleaseOptions = {
  contentDir: CONTENT_DIR,
  lockFile: path.join(PACKAGE_ROOT, LOCK_FILE),
  historyFile: path.join(PACKAGE_ROOT, HISTORY_FILE),
  rootDir: PACKAGE_ROOT,
};
