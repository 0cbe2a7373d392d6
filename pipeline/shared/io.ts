/**
 * Where a command's output goes: the real process by default, a buffer in tests. Shared by the
 * content command (`pipeline/commands/cli.ts`) and the release commands (`release/cli.ts`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A command's output lines and the directory paths are shown relative to. */
export interface Io {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly cwd: string;
}

/**
 * The real process's output.
 *
 * @returns An `Io` that writes lines to stdout and stderr, relative to the working directory.
 */
export function processIo(): Io {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  };
}

/**
 * Whether a module is the script node was started with (`node path/to/module`), for `main` guards.
 *
 * @returns `true` when `moduleUrl` is the entry script.
 */
export function isEntryScript(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

/**
 * A duration for people.
 *
 * @returns Whole milliseconds under a second (`18 ms`), else seconds with one decimal (`2.1 s`).
 */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Parses a command's arguments with `util.parseArgs`; on wrong usage prints `error: …` and the usage line.
 *
 * @returns The parsed arguments, or `undefined` on wrong usage (exit with 2 then).
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  io: Io,
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    io.stderr(usage);
    return undefined;
  }
}
