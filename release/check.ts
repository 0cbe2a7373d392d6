/**
 * The CI check of a content change: the content may differ from the lock only if the pending
 * changesets declare at least the release the difference requires.
 */
import path from 'node:path';
import type { Diagnostic } from '../pipeline/diagnostics.js';
import { readPackage } from '../pipeline/package-info.js';
import { pendingBump } from './changesets.js';
import { computeSemver } from './current.js';
import type { ReleaseOptions } from './options.js';
import { BUMPS } from './semver.js';

/** The outcome of `checkRelease`. */
export interface CheckResult {
  /** Whether the pending changesets cover the content's changes. */
  readonly ok: boolean;
  /** What to print: on failure, the first line is the reason. */
  readonly lines: readonly string[];
  /** The content's problems, if it is invalid (then `ok` is false). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The CI check: the content may differ from the lock only if pending changesets declare at least
 * the bump the difference requires.
 *
 * @returns Whether the check passed and what to print.
 * @throws If the lock, package.json or a changeset cannot be read or parsed.
 */
export async function checkRelease(options: ReleaseOptions): Promise<CheckResult> {
  const { result, diagnostics } = await computeSemver(options);
  if (!result) return { ok: false, lines: ['the content has problems; fix them first'], diagnostics };
  const lockName = path.basename(options.lockFile);
  if (result.bump === 'none')
    return { ok: true, lines: [`content matches ${lockName}: no release needed`], diagnostics };
  const { name } = await readPackage(options.rootDir);
  const { bump: declared, files } = await pendingBump(options.rootDir, name);
  const required = result.bump;
  const why = summarise(
    result.reasons
      .filter((reason) => reason.startsWith(`${required}:`))
      .map((reason) => reason.slice(required.length + 2)),
  );
  if (declared !== undefined && BUMPS.indexOf(declared) >= BUMPS.indexOf(required)) {
    return {
      ok: true,
      lines: [
        `${required} bump required (${why}); pending changesets declare ${declared} (${files.join(', ')})`,
        ...result.reasons.map((r) => `  ${r}`),
      ],
      diagnostics,
    };
  }
  const have =
    declared === undefined ? `no pending changeset releases ${name}` : `pending changesets declare only ${declared}`;
  return {
    ok: false,
    lines: [
      `${required} bump required (${why}) but ${have}`,
      `add one with \`npm run changeset\` (choose ${required} for ${name}) that tells readers what changed:`,
      ...result.reasons.map((reason) => `  ${reason}`),
    ],
    diagnostics,
  };
}

/** At most three reasons, joined; the rest counted. */
function summarise(reasons: readonly string[]): string {
  const shown = reasons.slice(0, 3).join('; ');
  return reasons.length > 3 ? `${shown}; and ${reasons.length - 3} more` : shown;
}
