/**
 * Every dataset's items get a history as the editions' do, from its declaration alone
 * (`pipeline/datasets/`): `npm run version-packages` records its rows and sources from the lock diff,
 * and the build gives each item its releases. The refugee figures are the case: a dataset added after
 * the first lock, with no history code of its own.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../pipeline/build.js';
import { ALL_DATASETS } from '../../pipeline/datasets/index.js';
import { parseHistory } from '../../pipeline/shared/history-file.js';
import { HISTORY_FILE, LOCK_FILE } from '../../pipeline/shared/paths.js';
import { main } from '../../release/cli.js';
import { releaseChanges } from '../../release/history.js';
import { parseLock } from '../../release/lock-file.js';
import { changesSinceFor } from '../../src/history.js';
import { contentDir, packageRoot } from './helpers.js';

/** Runs `release/cli.ts lock` in a package root on a content directory, on a given day. */
async function lock(root: string, content: string, day: string): Promise<number> {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${day}T12:00:00Z`) / 1000);
  try {
    const io = { stdout: () => {}, stderr: (line: string) => console.error(line), cwd: root };
    return await main(['lock', '--root', root, '--content-dir', content], io);
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
}

const setVersion = (root: string, version: string) =>
  writeFile(path.join(root, 'package.json'), `${JSON.stringify({ name: 'nke-fixture', version })}\n`);

/** Edits a content directory's file; the edit must apply. */
async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`edit did not apply: ${from}`);
  await writeFile(path.join(dir, file), text.replace(from, to));
}

describe('a dataset’s rows and sources have a history, from its declaration alone', () => {
  it('version-packages records the refugee rows added and changed; the build gives each its releases', async () => {
    const root = await packageRoot({});
    const dir = await contentDir();
    expect(await lock(root, dir, '2024-01-02')).toBe(0);
    // 2012's count corrected, and 2013 added.
    const [row2012, row2013] = ['| 2012 | World | 1,300 | – | survey |', '| 2013 | World | 1,250 | 40 | survey |'];
    await edit(dir, 'refugees.md', '| 2012 | World | 1,200 | – | survey |', `${row2012}\n${row2013}`);
    await setVersion(root, '1.1.0');
    expect(await lock(root, dir, '2024-03-04')).toBe(0);
    const { releases } = parseHistory(await readFile(path.join(root, HISTORY_FILE), 'utf8'));
    expect(releases[0]!.datasets.refugees).toEqual({
      rows: { added: ['2010', '2010-CA', '2010-GB', '2012'], changed: [], removed: [] },
      sources: { added: ['survey'], changed: [], removed: [] },
    });
    expect(releases[1]!.datasets).toEqual({ refugees: { rows: { added: ['2013'], changed: ['2012'], removed: [] } } });
    const scopes = { editions: {}, datasets: { refugees: ['rows', 'sources'] } };
    expect(changesSinceFor<{ datasets: unknown }>(releases, scopes)('1.0.0').datasets).toEqual({
      refugees: {
        rows: { added: ['2013'], changed: ['2012'], removed: [] },
        sources: { added: [], changed: [], removed: [] },
      },
    });

    const built = await buildContent({ contentDir: dir, outDir: dir, check: true, releases });
    const { rows, sources } = built.dataset!.refugees;
    const [first, second] = [
      { version: '1.0.0', date: '2024-01-02' },
      { version: '1.1.0', date: '2024-03-04' },
    ];
    expect(rows.map((row) => [row.year, row.country, row.history])).toEqual([
      [2010, null, { added: first, changed: first }],
      [2010, 'CA', { added: first, changed: first }],
      [2010, 'GB', { added: first, changed: first }],
      [2012, null, { added: first, changed: second }],
      [2013, null, { added: second, changed: second }],
    ]);
    expect(sources[0]!.history).toEqual({ added: first, changed: first });
    // A row cites the very source object `sources` holds, history and all.
    expect(rows.every((row) => row.source === sources[0])).toBe(true);
  });

  it('against a lock written before a dataset existed, every item of it is added', async () => {
    const root = await packageRoot({});
    const dir = await contentDir();
    await lock(root, dir, '2024-01-02');
    const now = parseLock(await readFile(path.join(root, LOCK_FILE), 'utf8'));
    // Each dataset whose items the lock keeps among its figures, taken out of a lock as if it came later.
    const later = ALL_DATASETS.filter((dataset) =>
      Object.values<{ readonly lock: string | null }>(dataset.history).every((list) => list.lock !== null),
    );
    expect(later.map((dataset) => dataset.name)).toContain('refugees');
    for (const dataset of later) {
      const collections = new Set([...Object.keys(dataset.lock)]);
      const figures = Object.fromEntries(Object.entries(now.figures!).filter(([name]) => !collections.has(name)));
      const before = { ...now, figures };
      const added = releaseChanges(before, now).datasets[dataset.name]!;
      const built = await buildContent({ contentDir: dir, outDir: dir, check: true });
      const value = built.dataset![dataset.name] as unknown as Record<string, readonly never[]>;
      for (const [list, { id }] of Object.entries<{ id(item: never): string }>(dataset.history))
        expect(added[list], `${dataset.name} ${list}`).toEqual({
          added: value[list]!.map((item) => id(item)),
          changed: [],
          removed: [],
        });
    }
  });
});
