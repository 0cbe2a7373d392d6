/**
 * `npm run content -- --watch`: rebuilds when a file of the content directory changes. A build
 * that finds problems prints them and writes nothing, so the last good output stays; nothing
 * that happens to the content ends the watch, only the abort signal (Ctrl-C) does.
 */
import { watch, type FSWatcher } from 'node:fs';

/** How to watch. */
export interface WatchOptions {
  /** The directory to watch. */
  readonly dir: string;
  /** Runs one build; may print. A rejection is reported with `onError` and the watch goes on. */
  readonly build: () => Promise<unknown>;
  /** Reports an error thrown by `build` or by the file watcher. */
  readonly onError: (error: unknown) => void;
  /** Stops the watch. */
  readonly signal: AbortSignal;
  /** Quiet time after the last change before rebuilding, in milliseconds (default 100). */
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
  const { dir, build, onError, signal, debounceMs = 100 } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let queued = false;

  // Queues one build after the current one; a build already queued (not started) covers new changes too.
  const enqueue = (): Promise<void> => {
    if (queued) return running;
    queued = true;
    return (running = running.then(async () => {
      queued = false;
      if (signal.aborted) return;
      try {
        await build();
      } catch (error) {
        onError(error);
      }
    }));
  };

  const schedule = () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void enqueue(), debounceMs);
  };

  await enqueue();
  let watcher: FSWatcher | undefined;
  const start = () => {
    if (signal.aborted) return;
    try {
      watcher = watch(dir, { signal }, schedule);
      watcher.on('error', (error) => {
        onError(error);
        watcher?.close();
        // The directory may have been replaced (some editors save by renaming): watch it again.
        if (!signal.aborted) setTimeout(start, debounceMs);
      });
    } catch (error) {
      onError(error);
      if (!signal.aborted) setTimeout(start, debounceMs * 10);
    }
  };
  start();
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  clearTimeout(timer);
  watcher?.close();
  await running;
}
