/**
 * Finds a Chromium for the browser tests, which never skip. In order:
 *
 * 1. `CHROMIUM_PATH`, when set: that executable (an error if it does not exist);
 * 2. a system Chromium or Chrome on the PATH (`chromium`, `chromium-browser`, `google-chrome`,
 *    `google-chrome-stable`) or at its usual place;
 * 3. the Chromium inside the `@sparticuz/chromium` dev dependency, installed by `npm ci` with the
 *    others: a headless Linux build in its tarball, unpacked to the temporary directory on first use.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A browser the tests can launch. */
export interface FoundBrowser {
  /** The executable. */
  readonly executablePath: string;
  /** Where it was found: `CHROMIUM_PATH`, `system` or `@sparticuz/chromium`. */
  readonly source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Command-line flags it needs besides the tests' own. */
  readonly args: readonly string[];
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
];

async function executable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function onPath(pathVariable: string): Promise<string | undefined> {
  const dirs = pathVariable.split(path.delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      // node_modules/.bin holds no browser; skip it so a stray link there is not taken for one.
      if (dir.includes(`${path.sep}node_modules${path.sep}`)) continue;
      if (await executable(path.join(dir, name))) return path.join(dir, name);
    }
  }
  for (const file of SYSTEM_PATHS) if (await executable(file)) return file;
  return undefined;
}

/**
 * Unpacks `@sparticuz/chromium` once; a lock directory keeps parallel test files from unpacking it
 * at the same time.
 *
 * @returns Its executable and the flags it needs.
 */
async function sparticuz(): Promise<FoundBrowser> {
  const { default: Chromium } = await import('@sparticuz/chromium');
  // No WebGL is needed: skip unpacking the software GL (SwiftShader), and its flags.
  Chromium.setGraphicsMode = false;
  const lock = path.join(os.tmpdir(), 'nke-chromium-unpack.lock');
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > 120_000)
        throw new Error(`${lock} has been held for two minutes; remove it if no test is running`);
      await sleep(100);
    }
  }
  try {
    const executablePath = await Chromium.executablePath();
    return { executablePath, source: '@sparticuz/chromium', args: ['--no-zygote'] };
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Looks for a browser in `env` (see the module comment for the order).
 *
 * @returns Its executable, where it came from and the flags it needs.
 * @throws {Error} If `CHROMIUM_PATH` names no executable file, or `@sparticuz/chromium` cannot be unpacked.
 */
export async function locateBrowser(env: NodeJS.ProcessEnv): Promise<FoundBrowser> {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!(await executable(explicit))) throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file`);
    return { executablePath: explicit, source: 'CHROMIUM_PATH', args: [] };
  }
  const system = await onPath(env.PATH ?? '');
  if (system) return { executablePath: system, source: 'system', args: [] };
  return sparticuz();
}

let found: Promise<FoundBrowser> | undefined;

/**
 * The browser of this process's environment, looked for once.
 *
 * @returns As `locateBrowser(process.env)`.
 * @throws As `locateBrowser`.
 */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= locateBrowser(process.env);
  return found;
}

/** The flags every browser test launches with: headless, offline-friendly, no first-run noise. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
