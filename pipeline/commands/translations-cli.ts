/**
 * The `npm run translations` command: where each translation stands on its source, and marking
 * checked items current (the revisions in the translation's frontmatter are written by it, never by hand).
 *
 *   npm run translations                                      the state of every item of every translation
 *   npm run translations -- --mark-current                    records the source's current revision for every item each translation has
 *   npm run translations -- --locale ko --mark-current KEY…   … for the given items only, e.g. faq/what-is-a-defector
 *
 * Options: [--locale LOCALE] [--content-dir DIR]. Exit codes: 0 ok; 1 the content has problems (printed)
 * or a key names no item of the translation; 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TranslatedRevisions } from '../../src/schema.js';
import { buildContent } from '../build.js';
import type { TranslatedCollection } from '../kinds/index.js';
import { errorsOf, formatDiagnostics } from '../shared/diagnostics.js';
import { type Io, isEntryScript, parseCommandArgs, processIo } from '../shared/io.js';
import { CONTENT_DIR } from '../shared/paths.js';
import { itemKey } from '../translation/parity.js';
import { writeRevisionBlock } from '../translation/revisions-file.js';
import type { TranslationReport } from '../translation/translations.js';
import { writeFileAtomic } from '../write/write.js';

/** The usage line of this command. */
export const TRANSLATIONS_USAGE =
  'usage: npm run translations -- [--locale LOCALE] [--mark-current [KEY…]] [--content-dir DIR]';

/**
 * Runs the command.
 *
 * @returns The exit code: 0, 1 (bad content or an unknown key) or 2 (usage). It never throws.
 */
export async function main(args: readonly string[], io: Io = processIo()): Promise<number> {
  const parsed = parseCommandArgs(
    {
      args: [...args],
      options: {
        locale: { type: 'string' },
        'mark-current': { type: 'boolean' },
        'content-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    },
    TRANSLATIONS_USAGE,
    io,
  );
  if (!parsed) return 2;
  const { values, positionals: keys } = parsed;
  if (values.help || (keys.length > 0 && !values['mark-current'])) {
    (values.help ? io.stdout : io.stderr)(TRANSLATIONS_USAGE);
    return values.help ? 0 : 2;
  }
  const contentDir = path.resolve(io.cwd, values['content-dir'] ?? CONTENT_DIR);
  try {
    const result = await buildContent({ contentDir, outDir: contentDir, check: true, cwd: io.cwd });
    if (errorsOf(result.diagnostics).length > 0) {
      for (const line of formatDiagnostics(result.diagnostics)) io.stderr(line);
      io.stderr('the content has problems: fix them first');
      return 1;
    }
    const reports = result.translations.filter((r) => values.locale === undefined || r.locale === values.locale);
    if (reports.length === 0) {
      io.stderr(`error: no translation${values.locale ? ` in "${values.locale}"` : ''} in ${contentDir}`);
      return 1;
    }
    if (!values['mark-current']) {
      for (const report of reports) for (const line of describeReport(report)) io.stdout(line);
      return 0;
    }
    for (const report of reports) {
      const marked = markCurrent(report, keys);
      if (typeof marked === 'string') {
        io.stderr(`error: ${report.name}: ${marked}`);
        return 1;
      }
      const file = path.join(contentDir, report.name);
      const text = await readFile(file, 'utf8');
      const next = writeRevisionBlock(text, marked.revisions, orderOf(report));
      if (next !== text) await writeFileAtomic(file, next);
      io.stdout(
        `${report.path}: ${marked.count} item${marked.count === 1 ? '' : 's'} marked current${next === text ? ' (unchanged)' : ''}`,
      );
    }
    return 0;
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * The revisions a translation records once the given items (every item it has, if none is given)
 * are marked current: the others keep what they recorded; items it lacks record nothing.
 *
 * @returns The revisions and how many items were marked, or why a key cannot be marked.
 */
export function markCurrent(
  report: TranslationReport,
  keys: readonly string[],
): { revisions: TranslatedRevisions; count: number } | string {
  const byKey = new Map(report.items.map((item) => [itemKey(item), item]));
  for (const key of keys) {
    const item = byKey.get(key);
    if (!item) return `"${key}" is no item of the source (keys are collection/id, e.g. faq/what-is-a-defector)`;
    if (!item.present) return `"${key}" is not translated here: translate it (with the same id) first`;
  }
  const chosen = new Set(keys);
  const revisions: Partial<Record<TranslatedCollection, Record<string, string>>> = {};
  let count = 0;
  for (const item of report.items) {
    if (!item.present) continue;
    const mark = chosen.size === 0 || chosen.has(itemKey(item));
    const revision = mark ? item.revision : item.recorded;
    if (mark) count += 1;
    if (revision === undefined) continue;
    const byId = revisions[item.collection] ?? {};
    byId[item.id] = revision;
    revisions[item.collection] = byId;
  }
  return { revisions, count };
}

/** Each collection's ids in the source's order. */
function orderOf(report: TranslationReport): Partial<Record<TranslatedCollection, string[]>> {
  const order: Partial<Record<TranslatedCollection, string[]>> = {};
  for (const item of report.items) order[item.collection] = [...(order[item.collection] ?? []), item.id];
  return order;
}

/** A translation's state in lines: a count per state, then every item that is not current. */
function describeReport(report: TranslationReport): string[] {
  const count = (state: string) => report.items.filter((item) => item.state === state).length;
  const lines = [
    `${report.path} (${report.locale}): ${report.items.length} items: ${count('current')} current, ${count('stale')} stale, ${count('fallback')} fallback (the source stands in)`,
  ];
  for (const item of report.items) {
    if (item.state === 'current') continue;
    const why = item.present ? '' : ' (missing)';
    lines.push(`  ${item.state.padEnd(8)} ${itemKey(item)}${why}`);
  }
  for (const key of report.extra) lines.push(`  extra    ${key} (not in the source: left out)`);
  for (const name of report.missingDescriptions)
    lines.push(`  missing  ${name} (a dataset's description: the English stands in)`);
  return lines;
}

if (isEntryScript(import.meta.url)) {
  // Not a top-level await: `npm run translations` runs this module compiled to CommonJS (scripts/run.mjs).
  void main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
