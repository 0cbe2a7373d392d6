/**
 * Runs one of the repository's commands in a copy of it, as a contributor would there.
 */
import { execFile } from 'node:child_process';

/** What a command did: its exit code and its output, colourless. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a command: this one's, without the variables vitest sets for its workers, so
 * that a vitest started in the copy is a run of its own.
 */
function commandEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$)/.test(name)));
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

/**
 * Runs `node <args>` in `cwd`; a failure is a result, not a throw, so that a test shows its output.
 *
 * @returns The exit code and the output.
 */
export function runNode(cwd: string, args: readonly string[], timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...args],
      { cwd, env: commandEnv(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        const timedOut = error?.killed ? `\n(timed out after ${timeoutMs / 1000} s)` : '';
        resolve({ code, stdout, stderr: `${stderr}${timedOut}` });
      },
    );
  });
}

/**
 * What to read of a command's output beside a failed expectation: vitest's failures when it lists
 * them, else the end of the output.
 *
 * @returns At most `chars` characters of its stdout and stderr.
 */
export function tail(result: CommandResult, chars = 8000): string {
  const output = `${result.stdout}\n${result.stderr}`;
  const failures = output.indexOf('Failed Tests');
  return failures >= 0 ? output.slice(failures, failures + chars) : output.slice(-chars);
}
