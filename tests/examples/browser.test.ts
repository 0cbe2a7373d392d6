/// <reference lib="dom" />
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetView } from '../../examples/shared/dataset-view.js';
import { DATASETS } from '../../examples/shared/datasets.js';
import { SCRIPTS, scriptOf } from '../../examples/shared/fonts.js';
import { languageTag } from '../../examples/shared/language.js';
import { FRAMEWORKS, type Framework, pageFile, shownFaq } from '../../examples/shared/page.js';
import { wordsOf } from '../../examples/shared/words.js';
import { getContent, type Locale, locales } from '../../src/locales.js';
import { BROWSER_ARGS, findBrowser } from '../browser.js';
import { root } from '../helpers.js';
import { filterQuery } from './filter-query.js';
import { background, fontsByLanguage, layoutProblems } from './layout.js';

/**
 * Drives a headless Chromium over the example site `npm run examples` builds (examples/out/, opened
 * from the file system as a person would): each framework's page in each language, server-rendered
 * and hydrated by the framework's script, and the landing page. It writes a screenshot of each, at
 * each width and in each colour scheme, to examples/out/shots/ (`<page>-<width>-<scheme>.png`). It
 * never skips: the browser is `CHROMIUM_PATH`, a system Chromium or Chrome, or the one `npm ci`
 * installs with the dev dependencies (tests/browser.ts). The screenshots show the fonts that
 * browser finds: the one `npm ci` installs has no Hangul or Han font of its own.
 */
const OUT = path.join(root, 'examples', 'out');
/** Where the screenshots are written, for a reviewer to look at. */
const SHOTS = path.join(OUT, 'shots');
const SOURCE = locales[0];
/** The FAQ's entries (the datasets' tables open in a <details> too). */
const FAQ = '.faq details';
/** The widths the pages are seen at, desktop and phone, and the colour schemes. */
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;
const CASES = Object.keys(FRAMEWORKS).flatMap((framework) =>
  locales.map((locale) => [framework as Framework, locale] as const),
);

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

/**
 * Before any script of the page runs: records every element that leaves `#app`. Hydration adopts
 * the server's elements; a framework that finds a mismatch throws them away and renders anew.
 */
function watchRemovals() {
  const removed: string[] = [];
  (window as unknown as { removedFromApp: string[] }).removedFromApp = removed;
  new MutationObserver((records) => {
    for (const record of records) {
      if (!(record.target instanceof Element) || !record.target.closest('#app')) continue;
      for (const node of Array.from(record.removedNodes))
        if (node instanceof Element) removed.push(node.outerHTML.slice(0, 80));
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Opens a page, recording every console message (of any type), page error and failed request. */
async function open(file: string): Promise<{ page: Page; messages: string[] }> {
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => messages.push(`request: ${request.url()} ${request.failure()?.errorText}`));
  await page.addInitScript(watchRemovals);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, messages };
}

/**
 * Opens a page, runs `check` on it, and then expects no console message, page error or failed
 * request; the page is closed in any case.
 */
async function onPage(file: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { page, messages } = await open(file);
  try {
    await check(page);
    expect(messages).toEqual([]);
  } finally {
    await page.close();
  }
}

/**
 * What went wrong while the page's framework hydrated it: console messages, elements it threw away,
 * and whether it is live and drives the elements it adopted — filtering the FAQ must show exactly
 * the matching entries, and clearing the filter all of them (a framework that silently adopted the
 * wrong elements hides the wrong ones).
 *
 * @returns The problems; none for a clean hydration.
 */
async function hydrationProblems(page: Page, messages: string[], locale: Locale): Promise<string[]> {
  const { faq } = getContent(locale);
  const ui = wordsOf(locale);
  const problems: string[] = [];
  const visible = () =>
    page.locator(FAQ).evaluateAll((all) => all.filter((d) => !(d as HTMLElement).hidden).map((d) => d.id));
  for (const query of [filterQuery(locale), '']) {
    const expected = shownFaq(locale, query);
    await page.locator('#faq-search').fill(query);
    const status = ui.showing(expected.size, faq.length);
    await page
      .waitForFunction((text) => document.querySelector('[role="status"]')?.textContent === text, status, {
        timeout: 2000,
      })
      .catch(() => problems.push(`status is not "${status}"`));
    const shown = await visible();
    const want = faq.filter((entry) => expected.has(entry.id)).map((entry) => entry.id);
    if (JSON.stringify(shown) !== JSON.stringify(want))
      problems.push(`"${query}" shows ${shown.join(', ')}; expected ${want.join(', ')}`);
  }
  const removed = await page.evaluate(() => (window as unknown as { removedFromApp: string[] }).removedFromApp);
  return [...messages, ...removed.map((element) => `removed: ${element}`), ...problems];
}

/**
 * Sees a page at each width, light and dark: writes a screenshot of the whole page for each (to
 * SHOTS, named after the page), and expects nothing wider than the window and every chart label
 * inside its drawing — as loaded, and again with every <details> open (the answers, the tables).
 * The schemes must change the page's colours.
 */
async function lookAtEveryWidth(page: Page, file: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  const name = path.basename(file, '.html');
  const backgrounds = new Set<string>();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      expect(await layoutProblems(page), `${name} at ${width} px, ${colorScheme}`).toEqual([]);
      backgrounds.add(await background(page));
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
    }
  }
  expect(backgrounds.size, 'the light and the dark page have different backgrounds').toBe(SCHEMES.length);
  await page.locator('details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    expect(await layoutProblems(page), `${name} at ${width} px, every <details> open`).toEqual([]);
  }
  if ((await page.locator('details').count()) > 0)
    await page.screenshot({ path: path.join(SHOTS, `${name}-${WIDTHS.at(-1)}-dark-open.png`), fullPage: true });
}

/**
 * Zero axe violations, with every rule axe runs by default (WCAG 2 A and AA, best practices), or
 * with only `rules`.
 */
async function expectNoAxeViolations(page: Page, where: string, rules?: string[]): Promise<void> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    where,
  ).toEqual([]);
}

describe.each(CASES)('the %s page in %s, in Chromium', (framework, locale) => {
  const file = path.join(OUT, pageFile(FRAMEWORKS[framework], locale));
  const { faq, toFaqPageJsonLd } = getContent(locale);
  const ui = wordsOf(locale);

  it('hydrates the server rendering as it is (no mismatch, no console message), and then it is live', async () => {
    const { page, messages } = await open(file);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe(languageTag(locale));
      expect(await page.getAttribute('html', 'data-locale')).toBe(locale);
      expect(await page.getAttribute('html', 'data-framework')).toBe(framework);
      // The query of the check, a word of this edition's own questions, shows one entry: the filter is seen to work.
      expect(shownFaq(locale, filterQuery(locale)).size).toBe(1);
      expect(await hydrationProblems(page, messages, locale)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('has zero axe violations with every answer and table open (what is closed is checked open), and its contrast holds in every colour scheme', async () => {
    await onPage(file, async (page) => {
      await page.locator('details').evaluateAll((all) => {
        for (const details of all) (details as HTMLDetailsElement).open = true;
      });
      // Every rule in the first scheme; in the others, the colours' (only the colours change with the scheme).
      for (const [index, colorScheme] of SCHEMES.entries()) {
        await page.emulateMedia({ colorScheme });
        const rules = index === 0 ? undefined : ['color-contrast'];
        await expectNoAxeViolations(page, `${colorScheme}, every answer and table open`, rules);
      }
    });
  });

  it('is navigable by keyboard: skip link, language switch, contents, filter, questions, sources — each focus visible', async () => {
    await onPage(file, async (page) => {
      const focused: { tag: string; text: string; href: string | null; outline: string; visible: boolean }[] = [];
      for (let press = 0; press < 60; press++) {
        await page.keyboard.press('Tab');
        const element = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          if (!active || active === document.body) return null;
          const box = active.getBoundingClientRect();
          return {
            tag: active.tagName.toLowerCase(),
            text: (active.textContent ?? '').trim(),
            href: active.getAttribute('href'),
            outline: getComputedStyle(active).outlineStyle,
            visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
          };
        });
        if (!element) break;
        focused.push(element);
      }
      expect(focused[0]).toMatchObject({ tag: 'a', href: '#content', text: ui.skip });
      const hrefs = focused.map((element) => element.href);
      const other = locales.find((l) => l !== locale)!;
      expect(hrefs).toContain(pageFile(FRAMEWORKS[framework], other));
      for (const entry of faq) expect(hrefs).toContain(`#${entry.id}`);
      expect(focused.map((element) => element.tag)).toContain('input');
      // The questions, then each dataset's table, which opens on its rows and their sources' links.
      expect(focused.filter((element) => element.tag === 'summary').map((element) => element.text)).toEqual([
        ...faq.map((entry) => entry.question.text),
        ...DATASETS.map(() => ui.showTable),
      ]);
      for (const dataset of DATASETS) {
        expect(hrefs).toContain(`#${dataset.id}`);
        for (const source of dataset.sources) expect(hrefs).toContain(source.url);
      }
      for (const element of focused) {
        expect(element.visible, JSON.stringify(element)).toBe(true);
        expect(element.outline, JSON.stringify(element)).not.toBe('none');
      }

      // The skip link moves the focus to the article; Enter opens a question; typing filters.
      await page.reload({ waitUntil: 'load' });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
      await page.locator(`#${faq[0]!.id} > summary`).focus();
      await page.keyboard.press('Enter');
      expect(await page.locator(`#${faq[0]!.id}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    });
  });

  it('shows four FAQ entries that open, anchors the contents link to, the chart’s text alternative and the JSON-LD', async () => {
    await onPage(file, async (page) => {
      const details = page.locator(FAQ);
      expect(await page.locator(`${FAQ} > summary`).allInnerTexts()).toEqual(faq.map((entry) => entry.question.text));
      expect(await details.evaluateAll((all) => all.map((d) => [d.id, (d as HTMLDetailsElement).open]))).toEqual(
        faq.map((entry) => [entry.id, false]),
      );
      const entry = faq[2]!;
      const answer = page.locator(`#${entry.id} > p`).first();
      expect(await answer.isVisible()).toBe(false);
      await page.locator(`#${entry.id} > summary`).click();
      expect(await answer.isVisible()).toBe(true);
      // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees (innerText), not the source's text nodes
      expect((await answer.innerText()).trim()).toBe(entry.answer.text);

      // Following the contents link moves to the entry: the URL fragment, :target, and the scroll position.
      const id = faq[0]!.id;
      const target = page.locator(`#${id}`);
      const inView = () =>
        target.evaluate((d) => {
          const box = d.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await inView()).toBe(false);
      await page.locator(`nav a[href="#${id}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      expect(await inView()).toBe(true);

      // Each chart is an image whose accessible name is its text alternative, and its table has every row.
      for (const dataset of DATASETS) {
        const { chart } = datasetView(dataset, locale);
        expect(await page.getByRole('img', { name: chart.alternative, exact: true }).count()).toBe(1);
        expect(await page.locator(`[aria-labelledby="${dataset.id}"] tbody tr`).count()).toBe(dataset.rows.length);
      }

      const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(JSON.parse(jsonLd[1]!)).toEqual(toFaqPageJsonLd());
    });
  });

  it('looks finished at 1280 and 390 px, light and dark (screenshots in examples/out/shots/): nothing overflows, every chart label lies inside its drawing', async () => {
    await onPage(file, async (page) => {
      // Every dataset's chart has labels to measure.
      expect(await page.locator('svg.chart text').count()).toBeGreaterThanOrEqual(DATASETS.length);
      await lookAtEveryWidth(page, file);
    });
  });

  it('sets every language on the page in the fonts of its script, and its text is in that script', async () => {
    await onPage(file, async (page) => {
      const script = SCRIPTS[scriptOf(locale)];
      // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees (innerText), not the source's text nodes
      const letters = [...(await page.locator('article').innerText())].filter((c) => /\p{L}/u.test(c));
      const inScript = letters.filter((letter) => script.letters.test(letter));
      expect(
        inScript.length / letters.length,
        `the share of the article's letters in ${scriptOf(locale)}`,
      ).toBeGreaterThan(0.5);
      const fonts = await fontsByLanguage(page);
      expect(fonts[0]).toEqual({ lang: languageTag(locale), fonts: [...script.fonts] });
      // The language switch names every language, each in its own script's fonts; so is text quoted in another.
      const byTag = new Map(locales.map((l) => [languageTag(l), l]));
      expect(new Set(fonts.map((element) => element.lang))).toEqual(new Set(byTag.keys()));
      for (const element of fonts)
        expect(element.fonts, element.lang).toEqual([...SCRIPTS[scriptOf(byTag.get(element.lang)!)].fonts]);
    });
  });

  it('switches language by its link: the other page, in its language', async () => {
    await onPage(file, async (page) => {
      const other = locales.find((l) => l !== locale)!;
      await page.locator(`a[hreflang="${languageTag(other)}"]`).click();
      await page.waitForURL((url) => url.pathname.endsWith(`/${pageFile(FRAMEWORKS[framework], other)}`));
      expect(await page.getAttribute('html', 'lang')).toBe(languageTag(other));
      expect(await page.locator(`${FAQ} > summary`).allInnerTexts()).toEqual(
        getContent(other).faq.map((entry) => entry.question.text),
      );
      expect(await page.locator(`a[aria-current="page"][lang="${languageTag(other)}"]`).count()).toBe(1);
    });
  });
});

describe.each(Object.keys(FRAMEWORKS) as Framework[])('hydration of a tampered %s page', (framework) => {
  it('is caught: the framework reports the mismatch or renders anew (the hydration check is load-bearing)', async () => {
    const name = FRAMEWORKS[framework];
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nke-tampered-'));
    try {
      // The server's rendering has the first FAQ entry in a <section>, where the app renders a <details>.
      const html = await readFile(path.join(OUT, pageFile(name, SOURCE)), 'utf8');
      const first = getContent(SOURCE).faq[0]!.id;
      const tampered = html.replace(
        new RegExp(`<details( id="${first}"[^>]*>[\\s\\S]*?</)details>`),
        (_, inside: string) => `<section${inside}section>`,
      );
      expect(tampered).not.toBe(html);
      await writeFile(path.join(dir, 'page.html'), tampered);
      await copyFile(path.join(OUT, `${name}.js`), path.join(dir, `${name}.js`));
      const { page, messages } = await open(path.join(dir, 'page.html'));
      try {
        expect(await hydrationProblems(page, messages, SOURCE)).not.toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the landing page', () => {
  it('links to every page in every language, with zero axe violations', async () => {
    await onPage(path.join(OUT, 'index.html'), async (page) => {
      const hrefs = await page.locator('main a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(
        Object.values(FRAMEWORKS).flatMap((name) => locales.map((locale) => pageFile(name, locale as Locale))),
      );
      await expectNoAxeViolations(page, 'index.html');
      await lookAtEveryWidth(page, path.join(OUT, 'index.html'));
    });
  });
});
