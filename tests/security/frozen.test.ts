import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/locales.js';
import { root } from '../helpers.js';

const exec = promisify(execFile);

/** The JavaScript entries of the package: every `exports` subpath that has an `import` and a `require` file. */
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const ENTRIES = Object.entries(pkg.exports as Record<string, unknown>).flatMap(([subpath, target]) => {
  if (typeof target !== 'object' || target === null) return [];
  const pick = (condition: string) => {
    const value = (target as Record<string, unknown>)[condition];
    return typeof value === 'string' ? value : ((value as { default?: string } | undefined)?.default ?? undefined);
  };
  const [esm, cjs] = [pick('import'), pick('require')];
  return esm && cjs ? [{ subpath, esm: path.join(root, esm), cjs: path.join(root, cjs) }] : [];
});

/**
 * In a fresh process: every object, array and function reachable from an entry's exports (and the
 * exports object itself), and whether each is frozen; then tries the mutations a consumer could try.
 */
const PROBE = `
const [format, file] = process.argv.slice(1);
const m = format === 'cjs' ? require(file) : await import(file);
const unfrozen = [];
// The platform's own constructors a value may point at (a Vue prop's \`type: Object\`) are not the package's.
const seen = new Set([Object, Array, String, Number, Boolean, Function, Symbol, Date, RegExp, Map, Set, Promise]);
const walk = (value, where) => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
  seen.add(value);
  if (!Object.isFrozen(value) && !(where === 'exports' && format === 'esm')) unfrozen.push(where);
  for (const key of Object.getOwnPropertyNames(value)) {
    if (typeof value === 'function' && ['caller', 'callee', 'arguments'].includes(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) walk(descriptor.value, where + '.' + key);
  }
};
walk(m, 'exports');
const attempts = {};
const attempt = (name, fn) => { try { fn(); attempts[name] = 'changed'; } catch { attempts[name] = 'refused'; } };
const first = Object.keys(m).find((key) => key !== 'default');
attempt('replace an export', () => { 'use strict'; m[first] = { value: 1 }; });
attempt('delete an export', () => { 'use strict'; delete m[first]; });
attempt('add an export', () => { 'use strict'; m.extra = 1; });
const target = m.getFaq ?? m.getContent ?? m.Dataset;
attempt('change a function', () => { 'use strict'; target.call = () => 'x'; });
if (m.locales) attempt('extend the locales', () => { 'use strict'; m.locales.push('constructor'); });
process.stdout.write(JSON.stringify({ unfrozen, attempts, isLocale: m.isLocale ? m.isLocale('constructor') : false }));
`;

describe('no consumer can change the package for another', () => {
  it('finds the entries to check', () => {
    expect(ENTRIES.map((entry) => entry.subpath)).toEqual(
      expect.arrayContaining(['.', ...locales.slice(1).map((locale) => `./${locale}`), './locales']),
    );
  });

  for (const entry of ENTRIES) {
    for (const format of ['esm', 'cjs'] as const) {
      it(`${entry.subpath} (${format}): everything reachable is frozen and every change is refused`, async () => {
        const file = format === 'esm' ? `file://${entry[format]}` : entry[format];
        const script = format === 'esm' ? PROBE : `(async () => {${PROBE}})()`;
        const args =
          format === 'esm' ? ['--input-type=module', '-e', script, format, file] : ['-e', script, format, file];
        const { stdout } = await exec(process.execPath, args, { cwd: root });
        const result = JSON.parse(stdout);
        // zod's schemas (the /schema entry) are zod's own objects: only the exports object is checked there.
        const unfrozen =
          entry.subpath === './schema'
            ? result.unfrozen.filter((where: string) => where === 'exports')
            : result.unfrozen;
        expect(unfrozen).toEqual([]);
        for (const [name, outcome] of Object.entries(result.attempts)) {
          if (entry.subpath === './schema' && name === 'change a function') continue;
          expect(outcome, name).toBe('refused');
        }
        expect(result.isLocale).toBe(false);
      });
    }
  }
});
