import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  arrivalChart,
  FRAMEWORKS,
  languageName,
  languageTag,
  pageFile,
  SOURCE_LANGUAGE,
} from '../../examples/shared/page.js';
import { wordsOf } from '../../examples/shared/words.js';
import { arrivalSources, arrivals } from '../../src/index.js';
import { getContent, type Locale, locales } from '../../src/locales.js';
import { root } from '../helpers.js';

/** The pages `npm run examples` writes (run by `npm test`'s pretest step). */
const PAGES = FRAMEWORKS;
const OUT = path.join(root, 'examples', 'out');

/** The HTML without comments (Vue and Svelte leave hydration markers). */
const uncommented = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** The text a reader sees: tags removed, character references decoded, white space collapsed. */
function visibleText(html: string): string {
  return uncommented(html.slice(html.indexOf('<body>')))
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex, dec, name) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp']!,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const pages: Record<string, string> = {};
beforeAll(async () => {
  for (const [framework, name] of Object.entries(PAGES)) {
    for (const locale of locales) {
      const file = path.join(OUT, pageFile(name, locale));
      if (!existsSync(file))
        throw new Error(`${path.relative(root, file)} is missing: run npm run examples (npm test does it first)`);
      pages[`${framework}:${locale}`] = await readFile(file, 'utf8');
    }
  }
});

/** The text of a page without its chart (whose year labels are text too). */
const withoutChart = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '');

const cases = Object.keys(PAGES).flatMap((framework) =>
  locales.map((locale) => [framework, locale] as [string, Locale]),
);

describe.each(cases)('the %s example page in %s', (framework, locale) => {
  const page = () => uncommented(pages[`${framework}:${locale}`]!);
  const { article, challengesByPhase, factors, faq, getFaq, toArticleJsonLd, toFaqPageJsonLd } = getContent(locale);
  const rendered = `${wordsOf(locale).rendered} ${framework}.`;

  it('is a complete document in its language, made by that framework', () => {
    // lang is the language tag the package gives (zh-Hans for zh), the locale is for the script that hydrates it.
    expect(page()).toMatch(
      new RegExp(
        `^<!doctype html>\\n<html lang="${article.language}" data-locale="${locale}" data-framework="${framework}">`,
      ),
    );
    expect(visibleText(page())).toContain(rendered);
    expect(page()).toContain(`<h1>${article.title}</h1>`);
  });

  it('links to the same page in the other languages, each link in its language, named by its tag', () => {
    const name = PAGES[framework as keyof typeof PAGES];
    for (const other of locales) {
      const tag = languageTag(other);
      const link = other === locale ? 'aria-current="page"' : `hreflang="${tag}"`;
      expect(page()).toContain(`<a href="${pageFile(name, other)}" ${link} lang="${tag}">${languageName(other)}</a>`);
    }
    // The arrival figures' sources are in the source's language, whatever the page's.
    expect(page()).toMatch(new RegExp(`<ul lang="${SOURCE_LANGUAGE}"><li id="source-`));
  });

  it('has every section heading with its anchor id, and the arrival figures', () => {
    const ids = [...page().matchAll(/<h2 id="([^"]+)">/g)].map((match) => match[1]);
    expect(ids).toEqual([...article.sections.map((section) => section.id), 'arrivals']);
    const rows = [...page().matchAll(/<tr><td>([^<]*)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td>/g)];
    expect(rows.map((row) => Number(row[4]))).toEqual(arrivals.map((row) => row.total));
    expect(rows.map((row) => row[1])).toContain('1999–2001');
  });

  it('has the factors and the challenges grouped by phase, each with its id, and the sources of the figures', () => {
    const ids = [...page().matchAll(/<(li|h3) id="([^"]+)"/g)].map((match) => match[2]);
    expect(ids).toEqual([
      ...factors.map((factor) => factor.id),
      'challenges-journey',
      ...challengesByPhase('journey').map((challenge) => challenge.id),
      'challenges-after-crossing',
      ...challengesByPhase('after-crossing').map((challenge) => challenge.id),
      ...arrivalSources.map((source) => `source-${source.id}`),
    ]);
  });

  it('draws the yearly arrivals as a bar chart, with its text alternative as the caption it is named by', () => {
    const bars = [...page().matchAll(/<rect [^>]*height="(\d+)"[^>]*><title>([^<]*)<\/title>/g)];
    const chart = arrivalChart(locale);
    expect(bars.map((bar) => bar[2])).toEqual(chart.bars.map((bar) => bar.label));
    expect(bars.length).toBe(arrivals.filter((row) => row.from === row.to).length);
    expect(Math.max(...bars.map((bar) => Number(bar[1])))).toBe(100);
    expect(page()).toMatch(/<svg role="img" aria-labelledby="arrivals-chart"/);
    expect(page()).toContain(`<figcaption id="arrivals-chart">${chart.alternative}</figcaption>`);
  });

  it('draws every label of the chart inside its drawing (a 4-digit year centred on the last bar was cut)', () => {
    const [, width, height] = /<svg [^>]*viewBox="0 0 (\d+) (\d+)"/.exec(page())!.map(Number);
    const labels = [
      ...page().matchAll(
        /<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" font-size="(\d+)"[^>]*>([^<]*)<\/text>/g,
      ),
    ];
    expect(labels.length).toBeGreaterThan(0);
    for (const [, x, y, size, text] of labels) {
      // A digit is at most 0.6 em wide in the fonts a browser picks for numbers.
      const half = (Number(size) * 0.6 * text!.length) / 2;
      expect(Number(x) - half, text).toBeGreaterThanOrEqual(0);
      expect(Number(x) + half, text).toBeLessThanOrEqual(width!);
      expect(Number(y), text).toBeLessThanOrEqual(height!);
    }
  });

  it('has the four FAQ entries as <details> with the question in <summary>, closed', () => {
    const entries = [...page().matchAll(/<details id="([^"]+)"><summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g)];
    expect(entries.map((match) => match[1])).toEqual(faq.map((entry) => entry.id));
    expect(entries.map((match) => visibleText(`<body>${match[2]}`))).toEqual(faq.map((entry) => entry.question.text));
    expect(entries.map((match) => visibleText(`<body>${match[3]}`))).toEqual(
      faq.map((entry) => entry.answer.text.replace(/\s+/g, ' ')),
    );
    expect(page()).not.toMatch(/<details[^>]* open/);
  });

  it('links to #what-is-a-defector from its contents', () => {
    expect(page()).toContain(`<a href="#what-is-a-defector">${getFaq('what-is-a-defector').question.text}</a>`);
  });

  it('carries the JSON-LD of the package and the script that hydrates it, no other script or event handler', () => {
    const scripts = [...page().matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((match) => match[1])).toEqual([
      ' type="application/ld+json"',
      ' type="application/ld+json"',
      ` defer src="${PAGES[framework as keyof typeof PAGES]}.js"`,
    ]);
    expect(scripts.slice(0, 2).map((match) => JSON.parse(match[2]!))).toEqual([toArticleJsonLd(), toFaqPageJsonLd()]);
    expect(scripts[2]![2]).toBe('');
    expect(page()).not.toMatch(/\son[a-z]+=/i);
    expect(page()).toContain('<div id="app">');
  });

  it('shows the same text as the other frameworks', () => {
    expect(visibleText(withoutChart(page())).replace(rendered, '')).toBe(
      visibleText(withoutChart(uncommented(pages[`React:${locale}`]!))).replace(
        `${wordsOf(locale).rendered} React.`,
        '',
      ),
    );
  });
});

describe('the example sources', () => {
  const sources = [
    'render.ts',
    'react/App.tsx',
    'react/render.tsx',
    'react/client.tsx',
    'vue/App.ts',
    'vue/render.ts',
    'vue/client.ts',
    'svelte/App.svelte',
    'svelte/render.ts',
    'svelte/client.ts',
    'shared/page.ts',
    'shared/svelte.ts',
    'shared/words.ts',
  ];

  it('use the built package by its name and its renderers, never inject HTML, and need no unified', async () => {
    for (const source of sources) {
      const file = await readFile(path.join(root, 'examples', source), 'utf8');
      const text = file.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|^\s*\/\/.*$/gm, '');
      expect(text, source).not.toMatch(/innerHTML|dangerouslySetInnerHTML|v-html|\{@html/);
      expect(text, source).not.toMatch(/from ['"][./]*\/src\//);
      expect(text, source).not.toMatch(/mdast-util-to-hast|hast-util-to-jsx-runtime/);
    }
    for (const [app, entry] of [
      ['react/App.tsx', 'react'],
      ['vue/App.ts', 'vue'],
      ['svelte/App.svelte', 'svelte'],
    ]) {
      const text = await readFile(path.join(root, 'examples', app!), 'utf8');
      expect(text).toMatch(new RegExp(`import \\{ RichText \\} from 'north-korean-escapees/${entry}';`));
      expect(text).toMatch(/from 'north-korean-escapees(\/locales)?'/);
    }
  });
});

describe('the site', () => {
  it('has a landing page linking to every page, and the scripts that hydrate them', async () => {
    const index = await readFile(path.join(OUT, 'index.html'), 'utf8');
    expect(index).toMatch(new RegExp(`^<!doctype html>\n<html lang="${SOURCE_LANGUAGE}">`));
    const links = [...index.matchAll(/<a href="([^"]+)" hreflang="([\w-]+)" lang="\2">/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(links).toEqual(
      Object.values(PAGES).flatMap((name) => locales.map((locale) => [pageFile(name, locale), languageTag(locale)])),
    );
    for (const name of Object.values(PAGES)) expect(existsSync(path.join(OUT, `${name}.js`)), name).toBe(true);
  });
});
