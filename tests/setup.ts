/**
 * Global set-up of the `source` tests (`npm test`): what they read is made first, so that the tests
 * need nothing from an earlier command. `npm run build` (answered from its caches when nothing
 * changed: about a second), then the example site (`npm run examples`, into examples/out/).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs one step; its output is shown only when it fails. */
async function step(what: string, args: readonly string[]): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`the tests' set-up could not ${what}:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

/** `npm run build`, for the tests' set-ups (the package gate's too). */
export function buildPackage(): Promise<void> {
  return step('build the package (npm run build)', ['scripts/run.mjs', 'scripts/build.ts']);
}

export default async function setup(): Promise<void> {
  await buildPackage();
  await step('render the example site (npm run examples)', [tsx, 'examples/render.ts']);
}
