/**
 * The content-hash cache. A build's key is a hash of everything its output depends on: each content
 * file's name and normalised text (hashed once, when loaded), the release information `meta.ts`
 * holds, the build's own code and the Node version (`Intl` writes the figures). The generation a
 * cached build writes is named by its key and the hash of its bytes (`write.ts`), so when the
 * out-dir shows a generation of the key whose files still hash to its name, the output is what a
 * build would write: nothing is parsed or written. A hand edit of a generation is not answered.
 * Nothing else is stored, and a build that finds problems writes no generation, so it is never cached.
 *
 * The cache is an author's convenience, not a source of truth: a name is computable from public
 * inputs, so a commit could plant a consistent one (`git add -f`). `scripts/run.mjs` refuses to
 * start on such a commit, and builds in CI and releases (`CI` set) never answer from the cache
 * (`cacheTrusted`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuiltDataset } from '../../src/schema.js';
import type { InputFile, OutputFile } from '../emit/emit.js';
import type { MetaInfo } from '../emit/meta.js';
import { PACKAGE_ROOT } from '../shared/paths.js';
import { currentGeneration } from './write.js';

/** Set when the pipeline is compiled (`scripts/run.mjs`): a hash of the sources it was compiled from. */
declare const __NKE_PIPELINE_FINGERPRINT__: string | undefined;

let fingerprint: string | undefined;

/**
 * A hash of the build's code: the one the compiled command was made from, or, run from source, of
 * the pipeline's and `src/`'s sources and the lockfile (computed once per process).
 *
 * @returns A hexadecimal hash.
 * @throws If the sources cannot be read.
 */
export function pipelineFingerprint(): string {
  if (typeof __NKE_PIPELINE_FINGERPRINT__ === 'string') return __NKE_PIPELINE_FINGERPRINT__;
  fingerprint ??= hashSources(PACKAGE_ROOT);
  return fingerprint;
}

/** Hashes every `.ts` file of `pipeline/` and `src/` (not `src/generated/`) and package-lock.json. */
function hashSources(root: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory() && relative !== 'src/generated' && !entry.name.startsWith('.')) walk(relative);
      else if (entry.isFile() && entry.name.endsWith('.ts')) files.push(relative);
    }
  };
  walk('pipeline');
  walk('src');
  for (const file of [...files.sort(), 'package-lock.json']) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * The key of a build: its inputs (names and hashes), its release information and releases (the items'
 * histories), the build's code and the Node version.
 *
 * @returns 32 lower-case hexadecimal digits.
 */
export function buildKey(inputs: readonly InputFile[], meta: MetaInfo, releases: readonly unknown[] = []): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ inputs, meta, releases, code: pipelineFingerprint(), node: process.version }));
  return hash.digest('hex').slice(0, 32);
}

/**
 * Whether a build may answer from the cache: not in CI or a release (the `CI` environment variable
 * set, as CI services and the release workflow set it), where the out-dir may hold what a commit put there.
 *
 * @returns `true` on an author's machine.
 */
export function cacheTrusted(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return !env.CI;
}

/** A build answered from the cache: what the out-dir shows, and the data and files a build would have made. */
export interface CachedBuild {
  readonly written: readonly string[];
  readonly dataset: BuiltDataset;
  readonly outputs: readonly OutputFile[];
}

/**
 * The output of the build with this key, if the out-dir shows it now.
 *
 * @returns The files (read back), their paths and the data; `undefined` on a miss.
 */
export async function cachedBuild(outDir: string, key: string): Promise<CachedBuild | undefined> {
  const shown = await currentGeneration(outDir, key);
  const data = shown?.files.find((file) => file.name === 'data.json');
  if (!shown || !data) return undefined;
  try {
    return { written: shown.written, outputs: shown.files, dataset: JSON.parse(data.contents) as BuiltDataset };
  } catch {
    return undefined;
  }
}
