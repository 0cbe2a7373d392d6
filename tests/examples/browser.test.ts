/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faq as koFaq } from '../../src/generated/ko.js';
import { faq, toFaqPageJsonLd } from '../../src/index.js';
import { BROWSER_ARGS, findBrowser } from '../browser.js';
import { root } from '../helpers.js';

/**
 * Drives a headless Chromium over the three server-rendered example pages. It never skips: the
 * browser is `CHROMIUM_PATH`, a system Chromium or Chrome, or the one `npm ci` installs with the
 * dev dependencies (`@sparticuz/chromium`), in that order (tests/browser.ts).
 */
const PAGES = ['react', 'vue', 'svelte'];

let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  const browser = await findBrowser();
  profile = await mkdtemp(path.join(os.tmpdir(), 'nke-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    headless: true,
    args: [...BROWSER_ARGS, ...browser.args],
    offline: true,
    viewport: { width: 800, height: 480 },
  });
});

afterAll(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** Opens a page, recording every console error, page error and failed request. */
async function open(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request: ${request.url()} ${request.failure()?.errorText}`));
  await page.goto(pathToFileURL(path.join(root, 'examples', 'out', `${name}.html`)).href, { waitUntil: 'load' });
  return { page, errors };
}

describe.each(PAGES)('the %s page in Chromium', (name) => {
  it('shows four FAQ entries, opens one, follows an anchor, with no console error', async () => {
    const { page, errors } = await open(name);
    try {
      // Four entries, each a closed <details> with its question as the visible summary.
      const details = page.locator('details');
      await expect.poll(() => details.count()).toBe(4);
      expect(await page.locator('details > summary').allInnerTexts()).toEqual(faq.map((entry) => entry.question.text));
      expect(await details.evaluateAll((all) => all.map((d) => [d.id, (d as HTMLDetailsElement).open]))).toEqual(
        faq.map((entry) => [entry.id, false]),
      );

      // Opening one by clicking its summary shows the answer.
      const entry = faq[2]!;
      const answer = page.locator(`#${entry.id} > p`).first();
      expect(await answer.isVisible()).toBe(false);
      await page.locator(`#${entry.id} > summary`).click();
      expect(await page.locator(`#${entry.id}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await answer.isVisible()).toBe(true);
      // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees (innerText), not the source's text nodes
      expect((await answer.innerText()).trim()).toBe(entry.answer.text);

      // Following the contents link moves to the entry: the URL fragment, :target, and the scroll position.
      const target = page.locator('#what-is-a-defector');
      const inView = () =>
        target.evaluate((d) => {
          const box = d.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await inView()).toBe(false);
      await page.locator('nav a[href="#what-is-a-defector"]').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#what-is-a-defector');
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('what-is-a-defector');
      expect(await inView()).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

      // The JSON-LD the browser sees is the package's.
      const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(JSON.parse(jsonLd[1]!)).toEqual(toFaqPageJsonLd());

      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('switches to the Korean page by its language link', async () => {
    const { page, errors } = await open(name);
    try {
      await page.locator('a[hreflang="ko"]').click();
      await page.waitForURL(/\.ko\.html$/);
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      expect(await page.locator('details > summary').allInnerTexts()).toEqual(
        koFaq.map((entry) => entry.question.text),
      );
      expect(await page.locator('a[hreflang="en"]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
