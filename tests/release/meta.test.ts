import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LICENSE_PARTS, licenseExpression, packageLicense } from '../../pipeline/emit/license.js';
import { renderMeta } from '../../pipeline/emit/meta.js';
import { meta } from '../../src/index.js';
import { root } from '../helpers.js';

describe('meta', () => {
  it('is the package version, the lock date and the licence, frozen', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const lock = JSON.parse(await readFile(path.join(root, 'content.lock.json'), 'utf8'));
    expect(meta).toEqual({
      version: pkg.version,
      updated: lock.updated,
      license: { spdx: pkg.license, parts: LICENSE_PARTS },
    });
    expect(Object.isFrozen(meta)).toBe(true);
    expect(Object.isFrozen(meta.license.parts[0])).toBe(true);
  });

  it('is generated from its inputs only (no clock), as a pure expression', () => {
    const license = { spdx: 'MIT', parts: [] };
    const text = renderMeta({ version: '2.3.4', updated: '2030-01-02', license });
    expect(text).toBe(renderMeta({ version: '2.3.4', updated: '2030-01-02', license }));
    expect(text).toContain(
      'export const meta: Meta = /* @__PURE__ */ deepFreeze({\n  "version": "2.3.4",\n  "updated": "2030-01-02",\n  "license": {\n    "spdx": "MIT",\n    "parts": []\n  }\n});',
    );
  });

  it('refuses a package.json licence that is not the expression of the parts', () => {
    const spdx = 'MIT AND CC-BY-4.0 AND LicenseRef-Not-Licensed-See-NOTICE';
    expect(licenseExpression()).toBe(spdx);
    expect(packageLicense(spdx).spdx).toBe(spdx);
    // The expression of the owned parts alone claims the English article: refused.
    expect(() => packageLicense('MIT AND CC-BY-4.0')).toThrow(
      `package.json "license" is "MIT AND CC-BY-4.0", but the parts in pipeline/emit/license.ts are licensed as "${spdx}"`,
    );
    expect(() => packageLicense(undefined)).toThrow(/package.json "license" is undefined/);
  });
});
