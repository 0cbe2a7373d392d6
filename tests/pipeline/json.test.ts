/**
 * pipeline/emit/json.ts: data.json is made from the texts the editions' modules already wrote; it must be
 * the very text JSON.stringify writes, whatever the data and whichever parts are known.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonTexts, stringifyWith } from '../../pipeline/emit/json.js';

describe('stringifyWith', () => {
  it('writes what JSON.stringify writes, with any of the objects inside already written', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 8 }), (value, picks) => {
        const texts = jsonTexts();
        const objects: object[] = [];
        const collect = (v: unknown) => {
          if (v !== null && typeof v === 'object') {
            objects.push(v);
            for (const item of Object.values(v)) collect(item);
          }
        };
        collect(value);
        for (const pick of picks) if (objects.length > 0) texts.json(objects[pick % objects.length]);
        expect(stringifyWith(value, texts)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('leaves out what JSON leaves out, and writes null where JSON does', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Number.NaN, -0], d: new Date(0), e: 'x' };
    expect(stringifyWith(value, jsonTexts())).toBe(JSON.stringify(value));
  });

  it('takes a known text as it is, once per object', () => {
    const shared = { id: 'a' };
    const texts = jsonTexts();
    expect(texts.json(shared)).toBe('{"id":"a"}');
    expect(texts.known(shared)).toBe('{"id":"a"}');
    expect(stringifyWith({ x: shared, y: [shared] }, texts)).toBe('{"x":{"id":"a"},"y":[{"id":"a"}]}');
  });
});
