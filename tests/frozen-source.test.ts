/**
 * Every export of the runtime is frozen, checked in the test's own process on the source modules
 * (tests/security/frozen.test.ts checks the built files, each in a fresh process), and `deepFreeze`,
 * which freezes the data, on values of every kind.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/freeze.js';
import * as ko from '../src/generated/ko.js';
import * as hast from '../src/hast.js';
import * as main from '../src/index.js';
import * as localesEntry from '../src/locales.js';
import * as react from '../src/react.js';
import * as vue from '../src/vue.js';

/** The platform's own objects an export may point at (a Vue prop's `type: Object`), which are not the package's. */
const PLATFORM = [Object, Array, String, Number, Boolean, Function, Symbol, Date, RegExp, Map, Set, Promise];

/** Where every object or function reachable from `value` that is not frozen is, by its path. */
function unfrozen(value: unknown, where: string, seen = new Set<unknown>(PLATFORM)): string[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return [];
  seen.add(value);
  const found = Object.isFrozen(value) ? [] : [where];
  for (const key of Object.getOwnPropertyNames(value)) {
    if (typeof value === 'function' && ['caller', 'callee', 'arguments'].includes(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) found.push(...unfrozen(descriptor.value, `${where}.${key}`, seen));
  }
  return found;
}

describe('every export of the source entries is frozen at every level', () => {
  const entries = { main, ko, locales: localesEntry, hast, react, vue };

  it.each(Object.entries(entries))('%s', (name, entry) => {
    const exports = Object.entries(entry);
    expect(exports.length).toBeGreaterThan(0);
    // A module namespace object is not frozen (its bindings are live), but no consumer can change it.
    for (const [key, value] of exports) expect(unfrozen(value, `${name}.${key}`)).toEqual([]);
  });

  it('the content of every locale, as getContent gives it', () => {
    for (const locale of localesEntry.locales) {
      expect(unfrozen(localesEntry.getContent(locale), locale)).toEqual([]);
    }
  });

  it('refuses a change to the data, at any depth', () => {
    expect(() => {
      (main.meta as { version: string }).version = '9.9.9';
    }).toThrow(TypeError);
    expect(() => {
      (main.arrivals as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(() => {
      (main.arrivals[0]!.source as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (ko.faq[0]!.question.nodes as unknown as unknown[]).push({ type: 'text', value: 'x' });
    }).toThrow(TypeError);
    expect(() => {
      (localesEntry.locales as unknown as string[]).push('constructor');
    }).toThrow(TypeError);
  });
});

describe('deepFreeze', () => {
  it('freezes an object, its arrays and everything nested, and returns the same value', () => {
    const value = { a: [{ b: { c: 1 } }, [2, [3]]], d: { e: null, f: undefined } };
    expect(deepFreeze(value)).toBe(value);
    expect(unfrozen(value, 'value')).toEqual([]);
    expect(Object.isFrozen(value.a[1])).toBe(true);
  });

  it('returns anything that is not an object as it is, without an error', () => {
    for (const value of [null, undefined, 0, 1, '', 'text', true, false, 10n, Symbol.for('x')]) {
      expect(deepFreeze(value)).toBe(value);
    }
  });

  it('freezes a structure with cycles, and ends', () => {
    const cyclic: Record<string, unknown> = { list: [] };
    cyclic.self = cyclic;
    (cyclic.list as unknown[]).push(cyclic);
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(cyclic)).toBe(true);
    expect(Object.isFrozen(cyclic.list)).toBe(true);
  });
});
