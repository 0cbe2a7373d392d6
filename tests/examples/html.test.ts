import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetView } from '../../examples/shared/dataset-view.js';
import { DATASETS } from '../../examples/shared/datasets.js';
import { formatCount } from '../../examples/shared/format.js';
import { languageName, languageTag, SOURCE_LANGUAGE } from '../../examples/shared/language.js';
import { FRAMEWORKS, type Framework, frontPage, pageFile } from '../../examples/shared/page.js';
import { arrivals } from '../../src/index.js';
import { getContent, locales } from '../../src/locales.js';
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

/**
 * The app's markup as the frameworks may differ in writing it: without comments (hydration
 * markers) or spacing between tags, character references decoded, attribute names in lower case
 * (React writes `dateTime`), empty attributes and void elements written one way.
 */
function appMarkup(html: string): string {
  const text = uncommented(html);
  return (
    text
      .slice(text.indexOf('<div id="app">'))
      .replace(/>\s+</g, '><')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      // React escapes > in text (the licence's "content.<locale>"), Svelte and Vue need not.
      .replace(/&gt;/g, '>')
      .replace(/<([a-z]+)([^>]*?)\/?>/g, (_, tag: string, attributes: string) => {
        const named = attributes.replace(
          /(\s)([\w-]+)(?==|\s|$)/g,
          (__, space: string, name: string) => `${space}${name.toLowerCase()}`,
        );
        return `<${tag}${named.replace(/=""/g, '')}>`;
      })
  );
}

const cases = Object.keys(PAGES).flatMap((framework) =>
  locales.map((locale) => [framework as Framework, locale] as const),
);

describe.each(cases)('the %s example page in %s', (framework, locale) => {
  const page = () => uncommented(pages[`${framework}:${locale}`]!);
  const { article, challengesByPhase, factors, faq, getFaq, toArticleJsonLd, toFaqPageJsonLd } = getContent(locale);
  const rendered = frontPage(locale).footer.rendered(framework);

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
  });

  it('has every section heading with its anchor id, then each dataset’s', () => {
    const ids = [...page().matchAll(/<h2 id="([^"]+)">/g)].map((match) => match[1]);
    expect(ids).toEqual([...article.sections.map((section) => section.id), ...DATASETS.map((dataset) => dataset.id)]);
  });

  it('shows the estimate as the front page’s figure, and each dataset’s key figure linking to its chart', () => {
    const front = frontPage(locale);
    expect(page()).toContain(`<strong class="key-value">${getContent(locale).formatEstimate()}</strong>`);
    const linked = [...page().matchAll(/<a class="key" href="([^"]+)"><strong class="key-value">([^<]+)<\/strong>/g)];
    expect(linked.map((match) => [match[1], match[2]])).toEqual(
      front.keyFigures.map((figure) => [figure.href, figure.value]),
    );
    expect(front.keyFigures.length).toBe(DATASETS.filter((dataset) => dataset.keyFigure).length);
  });

  it('has each dataset’s table: a row per row of the dataset, its numbers as the language writes them', () => {
    for (const dataset of DATASETS) {
      const section = page().slice(page().indexOf(`<section class="dataset" aria-labelledby="${dataset.id}">`));
      const body = section.slice(section.indexOf('<tbody>'), section.indexOf('</tbody>'));
      const rows = [...body.matchAll(/<tr><th scope="row">([^<]*)<\/th>((?:<td>[^<]*<\/td>)*)<td><a href="([^"]+)">/g)];
      const view = datasetView(dataset, locale);
      expect(
        rows.map((row) => [row[1], [...row[2]!.matchAll(/<td>([^<]*)<\/td>/g)].map((cell) => cell[1])]),
        dataset.id,
      ).toEqual(view.table.rows.map((row) => [row.period, row.cells]));
      for (const row of rows) expect(page(), row[3]).toContain(`<li id="${row[3]!.slice(1)}">`);
    }
    // The ministry's own rows: the multi-year period as it publishes it, each total as the package has it.
    const totals = [...page().matchAll(/<td>([\d,.\s]+)<\/td><td><a href="#arrivals-source-/g)].map(
      (match) => match[1],
    );
    expect(totals).toEqual(arrivals.map((row) => formatCount(locale, row.total)));
    expect(page()).toContain('<th scope="row">1999–2001</th>');
  });

  it('has the factors and the challenges grouped by phase, each with its id, and the sources of the figures', () => {
    const ids = [...page().matchAll(/<(li|h3) id="([^"]+)"/g)].map((match) => match[2]);
    expect(ids).toEqual([
      ...factors.map((factor) => factor.id),
      'challenges-journey',
      ...challengesByPhase('journey').map((challenge) => challenge.id),
      'challenges-after-crossing',
      ...challengesByPhase('after-crossing').map((challenge) => challenge.id),
      ...DATASETS.flatMap((dataset) => dataset.sources.map((source) => `${dataset.id}-source-${source.id}`)),
    ]);
  });

  it('draws each dataset’s single-year rows as a bar chart, named by its caption, the text alternative', () => {
    for (const dataset of DATASETS) {
      const view = datasetView(dataset, locale);
      const start = page().indexOf(`<svg class="chart" role="img" aria-labelledby="${view.captionId}"`);
      expect(start, dataset.id).toBeGreaterThan(0);
      const svg = page().slice(start, page().indexOf('</svg>', start));
      const bars = [...svg.matchAll(/<rect class="bar" [^>]*><title>([^<]*)<\/title>/g)];
      expect(bars.map((bar) => bar[1])).toEqual(view.chart.bars.map((bar) => bar.title));
      expect(bars.length).toBe(dataset.rows.filter((row) => row.from === row.to).length);
      expect(page()).toContain(`<figcaption id="${view.captionId}">${view.chart.alternative}</figcaption>`);
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

  it('renders the same markup as React, charts included (up to how each framework escapes and spaces it)', () => {
    const react = appMarkup(pages[`React:${locale}`]!).replace(frontPage(locale).footer.rendered('React'), '');
    expect(appMarkup(pages[`${framework}:${locale}`]!).replace(rendered, '')).toBe(react);
  });
});

describe('the example sources', () => {
  /** Every source file of the examples (their output aside). */
  const sources = async () =>
    (await readdir(path.join(root, 'examples'), { recursive: true }))
      .filter((file) => /\.(ts|tsx|svelte)$/.test(file) && !file.startsWith(`out${path.sep}`))
      .sort();

  it('use the built package by its name and its renderers, never inject HTML, and need no unified', async () => {
    expect(await sources()).toContain(path.join('shared', 'datasets.ts'));
    for (const source of await sources()) {
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
