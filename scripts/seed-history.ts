/**
 * Seeds content.history.json once, from the releases made before it existed (0.2.0, 0.2.1, 0.3.0):
 *
 *   npx tsx scripts/seed-history.ts
 *
 * The releases are the versions CHANGELOG.md has; each one's lock is content.lock.json in the first
 * commit whose lock has that version (`npm run version-packages` wrote it there). Those locks (of
 * version 1) did not record the figures' sources, so each release's sources are read from its own
 * commit's content/arrivals.md (built as today's code builds it: a source is its frontmatter, word for word).
 * Each record is then what `npm run version-packages` appends (release/history.ts): the diff of the
 * lock before and the release's own, dated with the release's lock (`updated`). The script refuses
 * to write a history that does not end at the current content.lock.json's items. It is the only
 * tool that reads git; the output is committed, and from then on `npm run version-packages` appends.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildContent } from '../pipeline/build.js';
import { type ContentHistory, serializeHistory } from '../pipeline/shared/history-file.js';
import { isEntryScript } from '../pipeline/shared/io.js';
import { CONTENT_DIR, HISTORY_FILE, LOCK_FILE, PACKAGE_ROOT } from '../pipeline/shared/paths.js';
import { historyMismatches, recordRelease, releaseChanges } from '../release/history.js';
import { lockFigures } from '../release/lock.js';
import { parseLock } from '../release/lock-file.js';
import type { ContentLock } from '../release/lock-schema.js';

/**
 * The history of a sequence of released locks, oldest first, as `npm run version-packages` would
 * have recorded it release after release.
 *
 * @returns The history; never throws.
 */
export function seedHistory(locks: readonly ContentLock[], name: string): ContentHistory | undefined {
  let history: ContentHistory | undefined;
  locks.forEach((lock, index) => {
    const release = { version: lock.version, date: lock.updated };
    history = recordRelease(history, releaseChanges(locks[index - 1], lock), release, name);
  });
  return history;
}

/** Runs git in the repository. */
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: PACKAGE_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The released versions, oldest first: CHANGELOG.md's `## x.y.z` headings. */
function releasedVersions(): string[] {
  const changelog = readFileSync(path.join(PACKAGE_ROOT, 'CHANGELOG.md'), 'utf8');
  return [...changelog.matchAll(/^## (\S+)$/gm)].map((match) => match[1]!).reverse();
}

/** Each released version's lock: content.lock.json in the first commit that has it, with its sources. */
async function releasedLocks(versions: readonly string[]): Promise<ContentLock[]> {
  const commits = git('log', '--reverse', '--format=%H', '--', LOCK_FILE).trim().split('\n');
  const locks: ContentLock[] = [];
  for (const version of versions) {
    for (const commit of commits) {
      // Locks written before the first release may not be locks of today's form: only the version is read first.
      const text = git('show', `${commit}:${LOCK_FILE}`);
      if ((JSON.parse(text) as { version?: unknown }).version !== version) continue;
      const lock = parseLock(text, `${commit.slice(0, 7)}:${LOCK_FILE}`);
      locks.push({ ...lock, figures: lock.figures ?? (await figuresAt(commit)) });
      break;
    }
    if (locks.at(-1)?.version !== version) throw new Error(`no commit has a ${LOCK_FILE} of version ${version}`);
  }
  return locks;
}

/**
 * The arrival figures' sources as a commit's `arrivals.md` gives them, built in a directory of its
 * own beside today's other content files (an old article does not build with today's rules, and the
 * datasets that came later have no file there); the only figures' collection those locks lacked.
 */
async function figuresAt(commit: string): Promise<NonNullable<ContentLock['figures']>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nke-seed-'));
  try {
    for (const file of readdirSync(CONTENT_DIR))
      writeFileSync(path.join(dir, file), readFileSync(path.join(CONTENT_DIR, file)));
    writeFileSync(path.join(dir, 'arrivals.md'), git('show', `${commit}:content/arrivals.md`));
    const built = await buildContent({ contentDir: dir, outDir: dir, check: true, cwd: dir });
    if (!built.dataset) throw new Error(`the arrival figures of ${commit.slice(0, 7)} do not build`);
    return { sources: lockFigures(built.dataset).sources ?? [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes content.history.json from git. @returns The exit code. */
export async function main(): Promise<number> {
  const locks = await releasedLocks(releasedVersions());
  const history = seedHistory(locks, locks[0]?.package ?? '');
  const current = parseLock(readFileSync(path.join(PACKAGE_ROOT, LOCK_FILE), 'utf8'));
  const mismatches = historyMismatches(history, current);
  if (!history || mismatches.length > 0) {
    console.error(`the history does not end at ${LOCK_FILE}:\n${mismatches.join('\n')}`);
    return 1;
  }
  writeFileSync(path.join(PACKAGE_ROOT, HISTORY_FILE), serializeHistory(history));
  console.log(`${HISTORY_FILE} written: ${history.releases.map((r) => `${r.version} (${r.date})`).join(', ')}`);
  return 0;
}

if (isEntryScript(import.meta.url)) process.exitCode = await main();
