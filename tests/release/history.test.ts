/**
 * The release history as `npm run version-packages` keeps it: each release's record is the diff of
 * the lock it replaces and its own (release/history.ts), appended by `release/cli.ts lock`; items
 * get their `history` from it, and `changesSince(previous)` is exactly the last release's lock diff.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../pipeline/build.js';
import { TRANSLATED_COLLECTIONS } from '../../pipeline/kinds/index.js';
import { type ContentHistory, parseHistory } from '../../pipeline/shared/history-file.js';
import type { Io } from '../../pipeline/shared/io.js';
import { HISTORY_FILE, LOCK_FILE } from '../../pipeline/shared/paths.js';
import { main } from '../../release/cli.js';
import { historyMismatches, recordRelease, releaseChanges } from '../../release/history.js';
import { parseLock } from '../../release/lock-file.js';
import type { ContentLock } from '../../release/lock-schema.js';
import { diffLocks } from '../../release/semver.js';
import { seedHistory } from '../../scripts/seed-history.js';
import { changesSinceFor } from '../../src/history.js';
import { fixture } from '../helpers.js';
import { contentDir, lockOf, packageRoot } from './helpers.js';

/** Runs `release/cli.ts lock` in a package root on a content directory, on a given day. */
async function lock(root: string, content: string, day: string): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const io: Io = { stdout: (line) => out.push(line), stderr: (line) => out.push(line), cwd: root };
  const epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${day}T12:00:00Z`) / 1000);
  try {
    return { code: await main(['lock', '--root', root, '--content-dir', content], io), out };
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
}

const readJson = async (root: string, file: string) => readFile(path.join(root, file), 'utf8');
const setVersion = (root: string, version: string) =>
  writeFile(path.join(root, 'package.json'), `${JSON.stringify({ name: 'nke-fixture', version })}\n`);

/** The good fixture with a question removed, a factor added and a challenge's words changed. */
const EDITS: [string, string][] = [
  ['### Why write one?\n\nBecause.\n\n', ''],
  [':factor[Hunger]{#hunger}', ':factor[Hunger]{#hunger}, :factor[debt]'],
  [':challenge[rivers]{phase=journey}', ':challenge[wide rivers]{phase=journey #rivers}'],
];

/**
 * The ids a lock diff names, as `npm run semver` reports them (`faq "why-write-one" removed`, `factor
 * "debt" added`, `challenge "rivers" label changed …`): per collection noun, what happened to each.
 */
function semverIds(before: ContentLock, after: ContentLock): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const reason of diffLocks(before, after).reasons) {
    const match = /^\w+: (\w+) "([^"]+)" (added|removed|\w+ changed)/.exec(reason);
    if (!match) continue;
    const [, noun, id, what] = match as unknown as [string, string, string, string];
    const kind = what === 'added' || what === 'removed' ? what : 'changed';
    out[noun] ??= {};
    out[noun][kind] = [...new Set([...(out[noun][kind] ?? []), id])];
  }
  return out;
}

describe('npm run version-packages records each release from the lock diff', () => {
  it('appends a record per version; changesSince(previous) is exactly the last lock diff', async () => {
    const root = await packageRoot({});
    const first = await contentDir();
    expect((await lock(root, first, '2024-01-02')).code).toBe(0);
    const before = parseLock(await readJson(root, LOCK_FILE));
    const one = parseHistory(await readJson(root, HISTORY_FILE));
    expect(one.releases.map((r) => [r.version, r.date])).toEqual([['1.0.0', '2024-01-02']]);
    // The first release added everything the lock records, nothing else.
    expect(one.releases[0]!.editions.en!.faq).toEqual({
      added: ['is-test', 'why-write-one'],
      changed: [],
      removed: [],
    });
    expect(historyMismatches(one, before)).toEqual([]);

    await setVersion(root, '1.1.0');
    const { code, out } = await lock(root, await contentDir(...EDITS), '2024-03-04');
    expect(code).toBe(0);
    expect(out[1]).toBe(`${HISTORY_FILE} written (release 1.1.0 of 2024-03-04: 5 items added, changed or removed)`);
    const after = parseLock(await readJson(root, LOCK_FILE));
    const history = parseHistory(await readJson(root, HISTORY_FILE));
    const changes = changesSinceFor<{
      until: string;
      editions: Record<string, Record<string, Record<string, string[]>>>;
    }>(history.releases, { editions: { en: TRANSLATED_COLLECTIONS }, datasets: {} })('1.0.0');
    expect(changes.until).toBe('1.1.0');
    const en = changes.editions.en!;
    expect(Object.keys(en)).toEqual([...TRANSLATED_COLLECTIONS]);
    // The same ids, collection by collection, as the lock diff `npm run semver` reads.
    const semver = semverIds(before, after);
    expect({ faq: en.faq, factors: en.factors, challenges: en.challenges }).toEqual({
      faq: { added: [], changed: [], removed: semver.faq?.removed },
      factors: { added: semver.factor?.added, changed: [], removed: [] },
      challenges: { added: [], changed: semver.challenge?.changed, removed: [] },
    });
    expect(semver.section?.changed).toEqual(['why-they-leave', 'hardships']);
    expect(en.sections).toEqual({ added: [], changed: ['why-they-leave', 'hardships'], removed: [] });
    expect([en.article, en.estimate]).toEqual([
      { added: [], changed: [], removed: [] },
      { added: [], changed: [], removed: [] },
    ]);
    expect(historyMismatches(history, after)).toEqual([]);
  });

  it('gives every item the history of its releases; an item not yet released has none', async () => {
    const root = await packageRoot({});
    await lock(root, await contentDir(), '2024-01-02');
    await setVersion(root, '1.1.0');
    const edited = await contentDir(...EDITS);
    await lock(root, edited, '2024-03-04');
    const { releases } = parseHistory(await readJson(root, HISTORY_FILE));
    const unreleased = await contentDir(...EDITS, [':factor[debt]', ':factor[debt] and :factor[rumours]']);
    const built = await buildContent({ contentDir: unreleased, outDir: unreleased, check: true, releases });
    const en = built.dataset!.content.en!;
    const first = { version: '1.0.0', date: '2024-01-02' };
    const second = { version: '1.1.0', date: '2024-03-04' };
    expect(en.factors.map((f) => [f.id, f.history])).toEqual([
      ['hunger', { added: first, changed: first }],
      ['debt', { added: second, changed: second }],
      ['rumours', null],
      ['fear-of-arrest', { added: first, changed: first }],
    ]);
    expect(en.challenges.find((c) => c.id === 'rivers')!.history).toEqual({ added: first, changed: second });
    // Changed since the last release, not yet released: it shows what was released of it.
    expect(en.article.sections.find((s) => s.id === 'why-they-leave')!.history).toEqual({
      added: first,
      changed: second,
    });
    const arrivals = built.dataset!.arrivals;
    expect(arrivals.rows.every((row) => row.history?.changed.version === '1.0.0')).toBe(true);
    expect(arrivals.sources[0]!.history).toEqual({ added: first, changed: first });
    // A row cites the very source object `sources` holds, history and all.
    expect(arrivals.rows[0]!.source).toBe(arrivals.sources[0]);
  });

  it('a lock written again before release sums into its record; versioning again changes nothing', async () => {
    const root = await packageRoot({});
    await lock(root, await contentDir(), '2024-01-02');
    await setVersion(root, '1.1.0');
    await lock(root, await contentDir(EDITS[0]!), '2024-03-04');
    const again = await lock(root, await contentDir(EDITS[0]!, EDITS[1]!), '2024-03-05');
    expect(again.code).toBe(0);
    const history = parseHistory(await readJson(root, HISTORY_FILE));
    expect(history.releases.map((r) => [r.version, r.date])).toEqual([
      ['1.0.0', '2024-01-02'],
      ['1.1.0', '2024-03-05'],
    ]);
    expect(history.releases[1]!.editions.en!.faq!.removed).toEqual(['why-write-one']);
    expect(history.releases[1]!.editions.en!.factors!.added).toEqual(['debt']);
    const text = await readJson(root, HISTORY_FILE);
    const same = await lock(root, await contentDir(EDITS[0]!, EDITS[1]!), '2024-03-06');
    expect(same.out[1]).toMatch(/^content\.history\.json unchanged \(release 1\.1\.0 of 2024-03-05/);
    expect(await readJson(root, HISTORY_FILE)).toBe(text);
  });

  it('refuses, writing nothing, a history that is missing or does not end at the lock, and a lock missing beside a history', async () => {
    const root = await packageRoot({});
    const content = await contentDir();
    await lock(root, content, '2024-01-02');
    const lockText = await readJson(root, LOCK_FILE);
    const history = parseHistory(await readJson(root, HISTORY_FILE));
    const faq = history.releases[0]!.editions.en!.faq!;
    const wrong: ContentHistory = {
      ...history,
      releases: [
        {
          ...history.releases[0]!,
          editions: { en: { ...history.releases[0]!.editions.en, faq: { ...faq, added: [] } } },
        },
      ],
    };
    await writeFile(path.join(root, HISTORY_FILE), JSON.stringify(wrong));
    await setVersion(root, '1.1.0');
    const refused = await lock(root, content, '2024-03-04');
    expect(refused.code).toBe(1);
    expect(refused.out).toEqual([
      `error: ${HISTORY_FILE} does not match ${LOCK_FILE}, which it must continue; restore both from git:\nfaq (edition en): in the lock but not the history: is-test, why-write-one`,
    ]);
    expect(await readJson(root, LOCK_FILE)).toBe(lockText);

    await writeFile(path.join(root, HISTORY_FILE), '{"historyVersion": 1, "package": "nke-fixture", "releases": [}');
    expect((await lock(root, content, '2024-03-04')).out[0]).toMatch(
      /^content\.history\.json:1:\d+: not valid JSON: .* \[history-json\]$/,
    );
    await writeFile(path.join(root, HISTORY_FILE), JSON.stringify(history));
    await rm(path.join(root, LOCK_FILE));
    expect((await lock(root, content, '2024-03-04')).out).toEqual([
      `error: ${LOCK_FILE} is missing while ${HISTORY_FILE} records releases: restore it from git (RELEASING.md)`,
    ]);
    expect(await readJson(root, HISTORY_FILE)).toBe(JSON.stringify(history));
    await writeFile(path.join(root, LOCK_FILE), lockText);
    await rm(path.join(root, HISTORY_FILE));
    expect((await lock(root, content, '2024-03-04')).out).toEqual([
      `error: ${HISTORY_FILE} is missing while ${LOCK_FILE} exists: restore it from git (RELEASING.md)`,
    ]);
    expect(await readJson(root, LOCK_FILE)).toBe(lockText);
  });
});

describe('a release record', () => {
  const fixtureLock = async (edits: [string, string][] = []) => lockOf(await contentDir(...edits));

  it('counts a reworded paragraph as its section’s change, as npm run semver does, not its items’', async () => {
    const before = await fixtureLock();
    const after = await fixtureLock([['drive them.', 'drive them away.']]);
    expect(diffLocks(before, after).reasons).toEqual(['patch: section "why-they-leave" body changed']);
    expect(releaseChanges(before, after)).toEqual({
      editions: { en: { sections: { added: [], changed: ['why-they-leave'], removed: [] } } },
      datasets: {},
    });
  });

  it('a field new to a whole collection changes no item (a change of shape, which semver reports); a field one item gains does', async () => {
    const before = await fixtureLock();
    const withField = (lock: ContentLock, pick: (id: string) => boolean) => ({
      ...lock,
      editions: Object.fromEntries(
        Object.entries(lock.editions).map(([locale, collections]) => [
          locale,
          {
            ...collections,
            faq: collections.faq!.map((item) => (pick(String(item.id)) ? { ...item, language: 'en' } : item)),
          },
        ]),
      ),
    });
    expect(
      releaseChanges(
        before,
        withField(before, () => true),
      ),
    ).toEqual({ editions: {}, datasets: {} });
    const one = String(before.editions.en!.faq![0]!.id);
    const some = withField(before, (id) => id !== one);
    expect(
      releaseChanges(
        some,
        withField(before, () => true),
      ).editions.en?.faq?.changed,
    ).toEqual([one]);
  });

  it('against a lock of version 1, compares only what it recorded, and not the sources it did not record', async () => {
    const old = parseLock(await readFile(fixture('locks', 'version-1.json'), 'utf8'));
    const now = await fixtureLock();
    // `npm run semver` sees only the data fields added since (the items' history), no item.
    expect(diffLocks(old, now).reasons.every((reason) => reason.includes('data field'))).toBe(true);
    expect(releaseChanges(old, now)).toEqual({ editions: {}, datasets: {} });
  });

  it('the seeding records past releases from their locks as version-packages would have, dated by each lock', async () => {
    const first = { ...(await fixtureLock()), version: '1.0.0' };
    const second = { ...(await lockOf(await contentDir(...EDITS), '2024-03-04')), version: '1.1.0' };
    const history = seedHistory([first, second], 'nke-fixture')!;
    expect(history.releases.map((release) => [release.version, release.date])).toEqual([
      ['1.0.0', '2024-01-02'],
      ['1.1.0', '2024-03-04'],
    ]);
    expect(history.releases[1]).toEqual({ version: '1.1.0', date: '2024-03-04', ...releaseChanges(first, second) });
    expect(historyMismatches(history, second)).toEqual([]);
    expect(historyMismatches(history, first)).not.toEqual([]);
  });

  it('sums an item across a relock: added then removed is nothing, changed then removed is removed', () => {
    const release = { version: '1.0.0', date: '2024-01-02' };
    const first = recordRelease(
      undefined,
      { editions: { en: { faq: { added: ['a', 'b'], changed: [], removed: [] } } }, datasets: {} },
      release,
      'x',
    );
    const second = recordRelease(
      first,
      { editions: { en: { faq: { added: ['c'], changed: ['a'], removed: ['b'] } } }, datasets: {} },
      { ...release, date: '2024-01-03' },
      'x',
    );
    expect(second.releases).toEqual([
      {
        ...release,
        date: '2024-01-03',
        editions: { en: { faq: { added: ['a', 'c'], changed: [], removed: [] } } },
        datasets: {},
      },
    ]);
  });
});
