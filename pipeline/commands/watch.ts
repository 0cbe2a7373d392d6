/**
 * `npm run content -- --watch`: rebuilds when a file of the content directory changes. A build
 * that finds problems prints them and writes nothing, so the last good output stays; nothing
 * that happens to the content ends the watch, only the abort signal (Ctrl-C) does — not even the
 * content directory being deleted, made again or replaced by another renamed into its place.
 */
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';

/** How to watch. */
export interface WatchOptions {
  /** The directory to watch. */
  readonly dir: string;
  /**
   * Runs one build; may print. It is told the names of the files that changed since the last build
   * (relative to `dir`; empty for the first build, `.` when the directory itself was replaced), and
   * can ask whether more changes came while it ran (then another build follows it at once: a file
   * read half-written, in the middle of a save, is read again). A rejection is reported with
   * `onError` and the watch goes on.
   */
  readonly build: (changed: readonly string[], superseded: () => boolean) => Promise<unknown>;
  /** Reports an error thrown by `build` or by the file watcher. */
  readonly onError: (error: unknown) => void;
  /** Stops the watch. */
  readonly signal: AbortSignal;
  /**
   * Quiet time after the last change before rebuilding, in milliseconds (default 10: an editor's
   * save is a few file-system events within a millisecond or two; longer would only delay the build).
   */
  readonly debounceMs?: number;
}

/**
 * Builds once, then again after every burst of changes in `dir`, until `signal` aborts.
 * Builds never overlap: changes during a build schedule one more build after it.
 *
 * @returns A promise that settles once the signal has aborted and the current build has finished.
 * @throws Never: build and watcher errors go to `onError`.
 */
export async function watchContent(options: WatchOptions): Promise<void> {
  const { dir, build, onError, signal, debounceMs = 10 } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let waiting = false;
  const changed = new Set<string>();
  const superseded = () => queued || waiting;

  // Queues one build after the current one; a build already queued (not started) covers new changes too.
  const enqueue = (): Promise<void> => {
    if (queued) return running;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if (signal.aborted) return;
      const names = [...changed].sort();
      changed.clear();
      try {
        await build(names, superseded);
      } catch (error) {
        onError(error);
      }
    });
    return running;
  };

  const schedule = (name?: string) => {
    if (signal.aborted) return;
    if (name !== undefined) changed.add(name);
    clearTimeout(timer);
    waiting = true;
    timer = setTimeout(() => {
      waiting = false;
      void enqueue();
    }, debounceMs);
  };

  await enqueue();
  // The directory is watched, and so is its parent, for the directory's own name: a directory that
  // is deleted and made again, or replaced by renaming another into its place, is a new directory,
  // which the old watcher no longer hears; an event on its name in the parent starts a new one.
  let watcher: FSWatcher | undefined;
  const start = () => {
    watcher?.close();
    watcher = undefined;
    if (signal.aborted) return;
    try {
      watcher = watch(dir, { signal }, (_event, filename) => schedule(filename === null ? '.' : String(filename)));
      watcher.on('error', () => {
        watcher?.close();
        watcher = undefined;
      });
    } catch {
      // Not there (yet): the parent's watcher starts this again when it appears.
    }
  };
  const name = path.basename(dir);
  let parentWatcher: FSWatcher | undefined;
  try {
    parentWatcher = watch(path.dirname(dir), { signal }, (_event, filename) => {
      if (filename !== null && String(filename) !== name) return;
      start();
      schedule('.');
    });
    parentWatcher.on('error', (error) => onError(error));
  } catch (error) {
    onError(error);
  }
  start();
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  clearTimeout(timer);
  watcher?.close();
  parentWatcher?.close();
  await running;
}
