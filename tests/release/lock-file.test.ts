import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../release/cli.js';
import { serializeLock } from '../../release/lock.js';
import { fixture } from '../helpers.js';
import { lockOf, packageRoot } from './helpers.js';

/** So many keys that comparing them pair by pair, as the shape was compared, took minutes. */
const MANY = 100_000;

/** `MANY` made-up keys, `k0`, `k1`, …, each with `value`. */
const manyKeys = (value: unknown) => Object.fromEntries(Array.from({ length: MANY }, (_, i) => [`k${i}`, value]));

/** The end of every refusal: what to do about it. */
const FIX = 'restore content.lock.json from git, or write it again with `npm run version-packages`';

/**
 * Runs `command` of release/cli.ts on the good fixture with a lock whose text `edit` makes from the
 * fixture's lock (as JSON, or as text).
 */
async function run(
  command: 'check' | 'semver',
  edit: (lock: Record<string, unknown>) => Record<string, unknown> | string,
) {
  const rootDir = await packageRoot({});
  const lockFile = path.join(rootDir, 'content.lock.json');
  const edited = edit(JSON.parse(serializeLock(await lockOf(fixture('good')))));
  const text = typeof edited === 'string' ? edited : `${JSON.stringify(edited, null, 2)}\n`;
  await writeFile(lockFile, text);
  const out = { stdout: [] as string[], stderr: [] as string[] };
  const code = await main([command, '--root', rootDir, '--content-dir', fixture('good'), '--lock', lockFile], {
    stdout: (line) => out.stdout.push(line),
    stderr: (line) => out.stderr.push(line),
    cwd: rootDir,
  });
  return { code, ...out, text };
}

/** The 1-based line and column of the first occurrence of `what` in `text`. */
function placeOf(text: string, what: string): string {
  const before = text.slice(0, text.indexOf(what));
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}

describe('a lock that is not one is refused at once, with one located line', () => {
  it(`a shape of ${MANY.toLocaleString('en-US')} made-up fields: too many, at "shape"; nothing is compared`, async () => {
    const result = await run('semver', (lock) => ({
      ...lock,
      shape: { ...(lock.shape as object), ...manyKeys('string') },
    }));
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    const fields = Object.keys(JSON.parse(result.text).shape).length.toLocaleString('en-US');
    expect(result.stderr).toEqual([
      `content.lock.json:${placeOf(result.text, '{\n    "article"')}: shape: ${fields} fields, at most 10,000; ${FIX} [lock-too-many]`,
    ]);
  });

  it(`${MANY.toLocaleString('en-US')} unknown keys at the top: the first named, the rest counted`, async () => {
    const result = await run('check', (lock) => ({ ...lock, ...manyKeys(1) }));
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `content.lock.json:${placeOf(result.text, '"k0"')}: unknown key "k0" (and 99,999 more); ${FIX} [lock-unknown-key]`,
    ]);
  });

  // An edition's collections are any names (a kind the lock has not seen is read), but bounded.
  it(`${MANY.toLocaleString('en-US')} made-up collections in an edition: too many, where the edition is`, async () => {
    const result = await run('semver', (lock) => {
      const editions = lock.editions as Record<string, object>;
      return { ...lock, editions: { ...editions, en: { ...editions.en, ...manyKeys([]) } } };
    });
    expect(result.code).toBe(1);
    const collections = Object.keys(JSON.parse(result.text).editions.en).length.toLocaleString('en-US');
    expect(result.stderr).toEqual([
      `content.lock.json:${placeOf(result.text, '{\n      "article": [')}: editions.en: ${collections} collections, at most 100; ${FIX} [lock-too-many]`,
    ]);
  });

  it(`an item of ${MANY.toLocaleString('en-US')} made-up fields: too many`, async () => {
    const result = await run('semver', (lock) => {
      const editions = lock.editions as Record<string, { faq: object[] }>;
      const faq = editions.en!.faq.map((entry, index) => (index === 0 ? { ...entry, ...manyKeys('x') } : entry));
      return { ...lock, editions: { ...editions, en: { ...editions.en, faq } } };
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(
      new RegExp(
        `^content\\.lock\\.json:${placeOf(result.text, '{\n          "id": "is-test"')}: editions\\.en\\.faq\\.0: 100,00\\d fields, at most 100; .* \\[lock-too-many\\]$`,
      ),
    );
  });

  it('text that is not JSON: where it goes wrong, nothing of it quoted', async () => {
    const result = await run('check', (lock) => serializeLock(lock as never).replace('"package"', '"package",,'));
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `content.lock.json:${placeOf(result.text, ',,')}: not valid JSON: expected ":"; ${FIX} [lock-json]`,
    ]);
  });

  it('a value of the wrong form: the field and where its value is', async () => {
    const result = await run('semver', (lock) => ({ ...lock, updated: 'yesterday' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `content.lock.json:${placeOf(result.text, '"yesterday"')}: updated: Invalid ISO date; ${FIX} [lock-value]`,
    ]);
  });
});
