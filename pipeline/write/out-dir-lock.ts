/**
 * One build at a time per out-dir: two builds switching the same link and removing each other's
 * generations could leave the link pointing at a generation the other had just removed.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutputError } from './owned.js';

/** How long a build waits for another one writing the same out-dir (a build writes in milliseconds). */
const WAIT_MS = 30_000;

/**
 * Runs `work` holding the out-dir's lock, `.<out-dir>.lock` beside it (the process id inside). A lock
 * left by a process that is gone is taken over.
 *
 * @throws {OutputError} If another running build holds the lock for longer than `WAIT_MS`.
 */
export async function withOutDirLock<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(path.dirname(outDir), `.${path.basename(outDir)}.lock`);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const holder = await tryLock(lock);
    if (holder === undefined) break;
    // A lock without a process id yet is being written: it counts as held until the deadline.
    const late = Date.now() > deadline;
    if (holder === 0 ? late : !isRunning(holder)) await rm(lock, { force: true });
    else if (late)
      throw new OutputError(`another build (process ${holder}) is writing ${outDir}; try again when it ends`);
    else await sleep(20);
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

/** Creates the lock file; `undefined` when taken, else the process id of its holder (0 if unreadable). */
async function tryLock(lock: string): Promise<number | undefined> {
  try {
    await writeFile(lock, String(process.pid), { flag: 'wx' });
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const text = await readFile(lock, 'utf8').catch(() => '');
    return /^\d+$/.test(text) ? Number(text) : 0;
  }
}

/** Whether a process is running (`kill(pid, 0)` succeeds, or is refused for want of permission). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
