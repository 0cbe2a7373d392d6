/**
 * `npm publish` runs this first (package.json's `prepublishOnly`): `dist/` is a link to its
 * generation, and npm packs no links, so a real copy takes its place (dist.ts). `npm pack` by hand
 * needs it too: `node scripts/run.mjs scripts/materialize.ts && npm pack`.
 */
import { type Io, processIo } from '../pipeline/shared/io.js';
import { PACKAGE_ROOT } from '../pipeline/shared/paths.js';
import { materializeDist } from './dist.js';

/**
 * Runs the command.
 *
 * @returns The exit code: 0, or 1 with one `error:` line (no `dist/`).
 */
export async function main(args: readonly string[] = [], io: Io = processIo()): Promise<number> {
  if (args.length > 0) {
    io.stderr('usage: node scripts/run.mjs scripts/materialize.ts');
    return 2;
  }
  try {
    const changed = await materializeDist(PACKAGE_ROOT);
    io.stdout(changed ? 'dist: a real copy of the current build, for npm pack' : 'dist: already a real directory');
    return 0;
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
