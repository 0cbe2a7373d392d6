import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMeta } from '../../src/build/meta-module.js';
import { meta } from '../../src/index.js';
import { root } from '../helpers.js';

describe('meta', () => {
  it('is the package version and the lock date, frozen', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const lock = JSON.parse(await readFile(path.join(root, 'content.lock.json'), 'utf8'));
    expect(meta).toEqual({ version: pkg.version, updated: lock.updated });
    expect(Object.isFrozen(meta)).toBe(true);
  });

  it('is generated from its inputs only (no clock), as a pure expression', () => {
    const text = renderMeta({ version: '2.3.4', updated: '2030-01-02' });
    expect(text).toBe(renderMeta({ version: '2.3.4', updated: '2030-01-02' }));
    expect(text).toContain('export const meta: Meta = /* @__PURE__ */ deepFreeze({\n  "version": "2.3.4",\n  "updated": "2030-01-02"\n});');
  });
});
