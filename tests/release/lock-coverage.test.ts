import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../pipeline/build.js';
import { LOCK_FILE } from '../../pipeline/shared/paths.js';
import { checkRelease } from '../../release/check.js';
import { createLock, serializeLock } from '../../release/lock.js';
import { diffLocks } from '../../release/semver.js';
import type { BuiltDataset } from '../../src/schema.js';
import { fixture, root } from '../helpers.js';
import { contentDir, lockOf, packageRoot } from './helpers.js';

const INFO = { package: 'nke-fixture', version: '1.0.0', updated: '2024-01-02' };

/** The lock of a dataset, as data.json holds it. */
const lockOfData = (data: BuiltDataset) => createLock(Object.values(data.content), INFO, data);

/** Every leaf of a value (a string, number, boolean or null), with its path. */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, [...at, Array.isArray(value) ? Number(key) : key]),
  );
}

/** A path with its list indices left out, e.g. `content.en.faq[].answer.text`: one leaf of each is changed. */
const pattern = (at: readonly (string | number)[]) =>
  at.map((step) => (typeof step === 'number' ? '[]' : `.${step}`)).join('');

/** A deep copy of `data` with the leaf at `at` changed (`'change'`) or its key removed (`'remove'`). */
function edited(data: BuiltDataset, at: readonly (string | number)[], how: 'change' | 'remove'): BuiltDataset {
  const copy = structuredClone(data) as unknown as Record<string | number, unknown>;
  const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((node, step) => node[step] as never, copy);
  const key = at.at(-1)!;
  const value = parent[key];
  if (how === 'remove') delete parent[key];
  else
    parent[key] =
      typeof value === 'string'
        ? `${value} (changed)`
        : typeof value === 'number'
          ? value + 1
          : value === null
            ? 1
            : !value;
  return copy as unknown as BuiltDataset;
}

describe('the lock records every field of the data readers get', () => {
  it('changing or removing any leaf of data.json (both editions, the figures) needs a release', async () => {
    const built = await buildContent({ contentDir: path.join(root, 'content'), outDir: root, check: true });
    const data = built.dataset!;
    const before = lockOfData(data);
    const seen = new Set<string>();
    const unseen: string[] = [];
    for (const at of leaves(data)) {
      const where = pattern(at);
      // A cited source is a copy of one of its dataset's `sources`, whose every field is changed on its own.
      if (seen.has(where) || /^\.(arrivals|refugees)\.(rows\[\]|statedTotal)\.source\.(?!id$)/.test(where)) continue;
      // An item's history and the releases are derived from the lock's history, never recorded in the
      // lock: recorded, they would change the lock at every release (tests/release/history.test.ts).
      if (/\.history(\.|$)|^\.releases/.test(where)) continue;
      seen.add(where);
      for (const how of ['change', 'remove'] as const) {
        // A field that is null and a field that is missing read the same: whether it exists is the shape's part.
        if (how === 'remove' && at.reduce<unknown>((node, step) => (node as never)[step], data) === null) continue;
        if (diffLocks(before, lockOfData(edited(data, at, how))).bump === 'none') unseen.push(`${how} ${where}`);
      }
    }
    expect(seen.size).toBeGreaterThan(100);
    expect(unseen).toEqual([]);
  });
});

describe('the bump a change of the figures beside their rows needs', () => {
  /** The fixture's content with its arrivals.md edited; the replacement must apply. */
  async function withArrivals(from: string | RegExp, to: string) {
    const dir = await contentDir();
    const file = path.join(dir, 'arrivals.md');
    const text = await readFile(file, 'utf8');
    expect(text.replace(from, to)).not.toBe(text);
    await writeFile(file, text.replace(from, to));
    return dir;
  }
  const bumpFor = async (from: string | RegExp, to: string) =>
    diffLocks(await lockOf(fixture('good')), await lockOf(await withArrivals(from, to)));

  it("patch for a source's address (to any host), the date it was read, a note, its name; patch for the title", async () => {
    expect(await bumpFor('url: https://example.org/census', 'url: https://attacker.example/census')).toEqual({
      bump: 'patch',
      reasons: [
        'patch: source "census" url changed from "https://example.org/census" to "https://attacker.example/census"',
      ],
    });
    expect(await bumpFor('retrieved: 2024-01-02', 'retrieved: 2024-03-04')).toEqual({
      bump: 'patch',
      reasons: ['patch: source "census" retrieved changed from "2024-01-02" to "2024-03-04"'],
    });
    expect(await bumpFor('retrieved: 2024-01-02', 'retrieved: 2024-01-02\n    note: Read twice.')).toEqual({
      bump: 'patch',
      reasons: ['patch: source "census" note changed from null to "Read twice."'],
    });
    expect(await bumpFor('name: The test census', 'name: The census')).toEqual({
      bump: 'patch',
      reasons: ['patch: source "census" name changed from "The test census" to "The census"'],
    });
    expect(await bumpFor('title: Test arrivals', 'title: Test arrivals by year')).toEqual({
      bump: 'patch',
      reasons: ['patch: figures "arrivals" title changed from "Test arrivals" to "Test arrivals by year"'],
    });
  });

  it("the stated total's source: patch; a source added: minor", async () => {
    const other =
      '  - id: register\n    name: The test register\n    url: https://example.org/register\n    retrieved: 2024-01-02\nstatedTotal:';
    const result = await bumpFor(/statedTotal:([\s\S]*)source: census/, `${other}$1source: register`);
    expect(result).toEqual({
      bump: 'minor',
      reasons: [
        'minor: source "register" added',
        'patch: figures "arrivals" statedTotal.source changed from "census" to "register"',
      ],
    });
  });

  it('check:release fails on a changed source address with no changeset', async () => {
    const rootDir = await packageRoot({});
    const lockFile = path.join(rootDir, LOCK_FILE);
    await writeFile(lockFile, serializeLock(await lockOf(fixture('good'))));
    const changed = await withArrivals('url: https://example.org/census', 'url: https://attacker.example/census');
    const result = await checkRelease({ rootDir, lockFile, contentDir: changed });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(
      'patch bump required (source "census" url changed from "https://example.org/census" to "https://attacker.example/census") but no pending changeset releases nke-fixture',
    );
  });
});
