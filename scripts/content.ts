/**
 * `npm run content`: the content command (pipeline/commands/cli.ts, run compiled by scripts/run.mjs). With
 * `--watch` on the package's own content it also keeps `dist/` current after each rebuild
 * (develop.ts), so a consumer that links the package sees the new content without `npm run build`.
 */
import { main as content } from '../pipeline/commands/cli.js';
import { type Io, processIo } from '../pipeline/shared/io.js';
import { GENERATED_DIR, PACKAGE_ROOT } from '../pipeline/shared/paths.js';
import type { DistUpdater } from './develop.js';

/**
 * Runs the content command; under `--watch`, with the hooks that keep `dist/` current when the
 * out-dir is the package's own `src/generated/`.
 *
 * @returns The exit code, as pipeline/commands/cli.ts's.
 */
export async function main(args: readonly string[], io: Io = processIo(), signal?: AbortSignal): Promise<number> {
  let updater: DistUpdater | undefined;
  return content(args, io, signal, {
    afterBuild: async (outDir) => {
      if (outDir !== GENERATED_DIR) return;
      // Loaded on the first rebuild only: a single build never needs the bundler or TypeScript.
      const { distUpdater } = await import('./develop.js');
      updater ??= distUpdater(PACKAGE_ROOT, io);
      await updater.update();
    },
    stop: async () => updater?.stop(),
  });
}
