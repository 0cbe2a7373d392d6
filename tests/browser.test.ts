import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateBrowser } from './browser.js';
import { tempDir } from './helpers.js';

describe('finding a browser for the browser tests', () => {
  it('takes CHROMIUM_PATH first, and fails if it is not an executable', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'my-chrome');
    await writeFile(file, '#!/bin/sh\n');
    await expect(locateBrowser({ CHROMIUM_PATH: file, PATH: '' })).rejects.toThrow(
      `CHROMIUM_PATH=${file} is not an executable file`,
    );
    await chmod(file, 0o755);
    expect(await locateBrowser({ CHROMIUM_PATH: file, PATH: '' })).toEqual({
      executablePath: file,
      source: 'CHROMIUM_PATH',
      args: [],
    });
  });

  it('then a chromium or chrome on the PATH', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'google-chrome');
    await writeFile(file, '#!/bin/sh\n', { mode: 0o755 });
    expect(await locateBrowser({ PATH: dir })).toEqual({ executablePath: file, source: 'system', args: [] });
  });

  it('else the Chromium of the @sparticuz/chromium dev dependency, which runs', async () => {
    const found = await locateBrowser({ PATH: '' });
    if (found.source === 'system') {
      // A system browser at a fixed place (/usr/bin/chromium, …) is found even without PATH.
      expect(found.executablePath).toMatch(/^\/(usr|opt)\//);
      return;
    }
    expect(found.source).toBe('@sparticuz/chromium');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: found.executablePath,
      args: ['--no-sandbox', ...found.args],
      headless: true,
    });
    try {
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
