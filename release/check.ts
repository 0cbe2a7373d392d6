/**
 * The CI check of a release: the content may differ from the lock only if the pending changesets
 * declare at least the release the difference requires, and a release (content changed, or a
 * changeset pending) ships no translation that lags behind its source (stale, missing or extra
 * items) unless a pending changeset declares it (`Translations pending: ko`).
 */
import path from 'node:path';
import { countDiagnostics, type Diagnostic, errorsOf } from '../pipeline/shared/diagnostics.js';
import { readPackage } from '../pipeline/shared/package-info.js';
import type { TranslationReport } from '../pipeline/translation/translations.js';
import { BUMPS, type Bump } from './change.js';
import { pendingBump, pendingTranslations } from './changesets.js';
import { computeSemver } from './current.js';
import type { ReleaseOptions } from './options.js';
import type { SemverResult } from './semver.js';

/** The outcome of `checkRelease`. */
export interface CheckResult {
  /** Whether the pending changesets cover the content's changes and its translations' state. */
  readonly ok: boolean;
  /** What to print: on failure, the first line is the (first) reason. */
  readonly lines: readonly string[];
  /** The content's problems, if it is invalid (then `ok` is false), and its warnings. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The CI check: the content may differ from the lock only if pending changesets declare at least
 * the bump the difference requires; a release may not ship a translation that lags behind its
 * source unless a pending changeset declares it pending.
 *
 * @returns Whether the check passed and what to print.
 * @throws If the lock, package.json or a changeset cannot be read or parsed.
 */
export async function checkRelease(options: ReleaseOptions): Promise<CheckResult> {
  const { result, diagnostics, translations } = await computeSemver(options);
  if (!result) return { ok: false, lines: [contentProblems(diagnostics)], diagnostics };
  const { name } = await readPackage(options.rootDir);
  const pending = await pendingBump(options.rootDir, name);
  const bump = checkBump(result, pending, name, path.basename(options.lockFile));
  const releasing = result.bump !== 'none' || pending.bump !== undefined;
  const lag = checkTranslations(translations, await pendingTranslations(options.rootDir, name), releasing);
  // Failed checks first, so that the first line is a reason.
  const checks = [bump, lag];
  const lines = [...checks.filter((c) => !c.ok), ...checks.filter((c) => c.ok)].flatMap((c) => c.lines);
  return { ok: bump.ok && lag.ok, lines, diagnostics };
}

/** The line saying the content cannot be released as it is: how many problems (errors, each printed before it). */
function contentProblems(diagnostics: readonly Diagnostic[]): string {
  const one = errorsOf(diagnostics).length === 1;
  return `the content has ${countDiagnostics(diagnostics)}; fix ${one ? 'the problem' : 'the problems'} first`;
}

/** The bump the content needs against the bump the pending changesets declare. */
function checkBump(
  result: SemverResult,
  pending: { readonly bump: Bump | undefined; readonly files: readonly string[] },
  name: string,
  lockName: string,
): { ok: boolean; lines: string[] } {
  if (result.bump === 'none') return { ok: true, lines: [`content matches ${lockName}: no release needed`] };
  const { bump: declared, files } = pending;
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
  };
}

/**
 * The translations that lag behind their source, against those the pending changesets declare:
 * a release fails on an undeclared one; with nothing to release, lagging is only reported.
 */
function checkTranslations(
  reports: readonly TranslationReport[],
  declared: ReadonlyMap<string, readonly string[]>,
  releasing: boolean,
): { ok: boolean; lines: string[] } {
  const failures: string[] = [];
  const notes: string[] = [];
  for (const report of reports) {
    const lag = lagOf(report);
    const files = declared.get(report.locale);
    if (lag === undefined) {
      if (files) notes.push(`${report.path} is declared pending (${files.join(', ')}) but is current`);
    } else if (files) notes.push(`${report.path} lags (${lag}); released as pending, as ${files.join(', ')} declares`);
    else if (!releasing) notes.push(`${report.path} lags (${lag}); nothing is to be released`);
    else
      failures.push(
        `${report.path} lags behind its source (${lag}): update it and mark it current (\`npm run translations -- --locale ${report.locale} --mark-current\`), or release it as pending with the line "Translations pending: ${report.locale}" in a pending changeset`,
      );
  }
  return { ok: failures.length === 0, lines: [...failures, ...notes] };
}

/** How a translation lags, in words, or `undefined` if it does not. */
function lagOf(report: TranslationReport): string | undefined {
  const count = (what: string, n: number) => (n > 0 ? `${n} ${what}` : '');
  const stale = report.items.filter((item) => item.state === 'stale').length;
  const missing = report.items.filter((item) => !item.present).length;
  const fallback = report.items.filter((item) => item.present && item.state === 'fallback').length;
  const words = [
    count('stale', stale),
    count('missing', missing),
    count('out of date with the source (the source stands in)', fallback),
    count('not in the source', report.extra.length),
    count('dataset description missing (the English stands in)', report.missingDescriptions.length),
  ].filter(Boolean);
  return words.length > 0 ? words.join(', ') : undefined;
}

/** At most three reasons, joined; the rest counted. */
function summarise(reasons: readonly string[]): string {
  const shown = reasons.slice(0, 3).join('; ');
  return reasons.length > 3 ? `${shown}; and ${reasons.length - 3} more` : shown;
}
