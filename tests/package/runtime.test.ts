/**
 * The runtime matrix: the installed tarball loads, every entry of the exports map, and gives the
 * same values (the estimate, every FAQ id in every language, the arrivals total, the JSON data)
 * and, with each renderer entry, the same HTML as `toHtml` for every rich-text field of every
 * language, under Node 20, 22 and 24, Bun and Deno, and in Chromium with no bundler
 * (`<script type="module">` with an import map: every entry but /react, React being CommonJS only).
 * The Svelte entry is compiled from the tarball by the Svelte compiler, for the server and the
 * browser, and server-rendered. The expected values come from the source, not from the tarball.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Component } from 'svelte';
import { render as renderSvelte } from 'svelte/server';
import { describe, expect, inject, it } from 'vitest';
import { bundleSvelte } from '../../examples/shared/svelte.js';
import { toHast } from '../../src/hast.js';
import * as en from '../../src/index.js';
import { formatEstimate, getContent, locales } from '../../src/locales.js';
import { BROWSER_ARGS, findBrowser } from '../browser.js';
import { expectSameDom } from '../render/same-html.js';
import { richFields } from '../render/trees.js';
import { entries, pkg, runCommand } from './context.js';
import { RUNTIMES, SVELTE } from './matrices.js';
import { probe, probedEntries, renderedBy, type Target } from './probe.js';

const consumer = inject('consumer');
const require = createRequire(import.meta.url);

/** The values every runtime must print, from the source (which entries it loads: `probedEntries`). */
const expected = {
  entries: {},
  estimate: {
    value: en.estimate.value,
    // Every edition's entry and the picker write it alike: in that edition's words.
    editions: Object.fromEntries(
      locales.map((locale) => [
        locale,
        { entry: getContent(locale).formatEstimate(), picker: formatEstimate({ locale }) },
      ]),
    ),
  },
  faq: Object.fromEntries(locales.map((locale) => [locale, getContent(locale).faq.map((entry) => entry.id)])),
  arrivalsTotal: en.totalArrivals(),
  json: {
    faq: Object.fromEntries(locales.map((locale) => [locale, getContent(locale).faq.map((entry) => entry.id)])),
    arrivalsTotal: en.totalArrivals(),
    license: en.meta.license.spdx,
  },
  schemaAcceptsData: true,
  frozen: true,
};

async function writeProbes(): Promise<void> {
  await writeFile(path.join(consumer, 'probe.mjs'), probe(entries, 'esm'));
  await writeFile(
    path.join(consumer, 'probe-run.mjs'),
    "import { result } from './probe.mjs';\nconsole.log(JSON.stringify(result));\n",
  );
  await writeFile(path.join(consumer, 'probe.cjs'), probe(entries, 'cjs'));
  await writeFile(path.join(consumer, 'probe-browser.mjs'), probe(entries, 'esm', 'browser'));
}

/** Every rich-text field of the content, in the order the probe walks them. */
// Every rich-text field of every kind's data (richFields passes over the helpers), as the probe walks them.
const fields = locales.flatMap((locale) => richFields(getContent(locale), locale));

/**
 * Checks what a probe printed: the same values as the source, the entries it loaded, and each
 * renderer's rendering of every field — hast the same tree as the source's `toHast`, the others the
 * DOM of `toHtml` (React's and Vue's escaping and markers aside).
 */
function expectProbe(printed: unknown, kind: 'esm' | 'cjs', target: Target): void {
  const {
    rendered,
    entries: loaded,
    ...values
  } = printed as {
    rendered: Record<string, string[]>;
    entries: Record<string, boolean>;
  };
  const { entries: _, ...expectedValues } = expected;
  expect(values).toEqual(expectedValues);
  expect(loaded).toEqual(Object.fromEntries(probedEntries(entries, kind, target).map((e) => [e.subpath, true])));
  expect(Object.keys(rendered)).toEqual(renderedBy(entries, kind, target));
  for (const [subpath, htmls] of Object.entries(rendered)) {
    expect(htmls.length, subpath).toBe(fields.length);
    fields.forEach(([where, field], index) => {
      if (subpath === './hast') expect(JSON.parse(htmls[index]!), where).toEqual(toHast(field));
      else expectSameDom(htmls[index]!, field, `${subpath} ${where}`);
    });
  }
}

const probes = writeProbes();

describe.concurrent.each(RUNTIMES.filter((r) => r.bin).map((r) => [r.name, r] as const))('%s', (_, runtime) => {
  const bin = runtime.bin!;
  const env = {
    NO_COLOR: '1',
    DENO_NO_UPDATE_CHECK: '1',
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0',
    DENO_DIR: path.join(os.tmpdir(), 'nke-deno-cache'),
  };

  it('is the version it says', async () => {
    const ran = await runCommand(bin, ['--version'], { cwd: consumer, env });
    expect(ran.stdout).toContain(runtime.name.split(' ').at(-1)!);
  });

  it('import: every entry loads and gives the same values', async () => {
    await probes;
    const args =
      runtime.kind === 'deno'
        ? ['run', '--quiet', '--no-prompt', '--allow-read', '--allow-env', 'probe-run.mjs']
        : ['probe-run.mjs'];
    const ran = await runCommand(bin, args, { cwd: consumer, env });
    expect(ran.stderr).toBe('');
    expectProbe(JSON.parse(ran.stdout), 'esm', 'server');
  });

  if (runtime.kind !== 'deno') {
    it('require: every entry loads and gives the same values', async () => {
      await probes;
      const ran = await runCommand(bin, ['probe.cjs'], { cwd: consumer, env });
      expect(ran.stderr).toBe('');
      expectProbe(JSON.parse(ran.stdout), 'cjs', 'server');
    });
  }
});

describe('Chromium, no bundler', () => {
  it('loads every entry with <script type="module"> and an import map, and gives the same values', async () => {
    await probes;
    const origin = 'http://package.test';
    const installed = path.join(consumer, 'node_modules', pkg.name);
    const zod = path.dirname(require.resolve('zod/package.json'));
    const vue = path.dirname(require.resolve('vue/package.json'));
    // The import map a page without a bundler writes: each entry to its ESM file, zod (for /schema)
    // and Vue's browser build (for /vue).
    const imports: Record<string, string> = Object.fromEntries(
      probedEntries(entries, 'esm', 'browser').map((entry) => [
        entry.specifier,
        `/node_modules/${pkg.name}/${entry.import.default}`,
      ]),
    );
    imports.zod = '/zod/index.js';
    imports.vue = '/vue/dist/vue.runtime.esm-browser.prod.js';
    const html = `<!doctype html><meta charset="utf-8"><title>probe</title>
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module">import { result } from '/probe.mjs'; window.probeResult = result;</script>`;
    const files: [string, string][] = [
      [`/node_modules/${pkg.name}/`, installed],
      ['/zod/', zod],
      ['/vue/', vue],
    ];
    const browser = await findBrowser();
    const instance = await chromium.launch({
      executablePath: browser.executablePath,
      args: [...BROWSER_ARGS, ...browser.args],
      headless: true,
    });
    try {
      const page = await instance.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) return route.abort();
        if (url.pathname === '/') return route.fulfill({ body: html, contentType: 'text/html' });
        if (url.pathname === '/probe.mjs')
          return route.fulfill({ path: path.join(consumer, 'probe-browser.mjs'), contentType: 'text/javascript' });
        const match = files.find(([prefix]) => url.pathname.startsWith(prefix));
        if (!match) return route.fulfill({ status: 404, body: 'not found' });
        const file = path.join(match[1], decodeURIComponent(url.pathname.slice(match[0].length)));
        if (!file.startsWith(match[1])) return route.fulfill({ status: 403 });
        const body = await readFile(file).catch(() => undefined);
        if (!body) return route.fulfill({ status: 404, body: 'not found' });
        return route.fulfill({ body, contentType: file.endsWith('.json') ? 'application/json' : 'text/javascript' });
      });
      await page.goto(`${origin}/`);
      const result = await page.waitForFunction(
        () => (window as unknown as { probeResult?: unknown }).probeResult,
        undefined,
        { timeout: 30_000 },
      );
      expect(errors).toEqual([]);
      expectProbe(await result.jsonValue(), 'esm', 'browser');
    } finally {
      await instance.close();
    }
  });
});

describe(`${SVELTE.name}, on the tarball's /svelte`, () => {
  it('compiles the components for the server and the browser without a warning; they write what toHtml writes', async () => {
    const stdin = { contents: `export { RichText } from '${pkg.name}/svelte';`, resolveDir: consumer };
    const outfile = path.join(consumer, 'svelte-probe.mjs');
    const server = await bundleSvelte('server', { stdin, outfile, format: 'esm', metafile: true });
    // The tarball's components, through the `svelte` condition of its exports map.
    const inputs = Object.keys(server.metafile!.inputs);
    expect(inputs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/node_modules\/north-korean-escapees\/dist\/svelte\/RichText\.svelte$/),
      ]),
    );
    expect(inputs.filter((file) => file.includes('/src/'))).toEqual([]);
    await bundleSvelte('client', { stdin, format: 'esm', write: false });
    const { RichText } = (await import(pathToFileURL(outfile).href)) as { RichText: Component<object> };
    for (const [where, field] of fields)
      expectSameDom(renderSvelte(RichText, { props: { value: field } }).body, field, where);
  });
});

describe('an entry used where it cannot work says why', () => {
  it('north-korean-escapees/svelte imported in Node, outside Svelte tooling: the cause and what to use instead', async () => {
    await writeFile(path.join(consumer, 'svelte-outside.mjs'), "await import('north-korean-escapees/svelte');\n");
    const ran = await runCommand(process.execPath, ['svelte-outside.mjs'], { cwd: consumer });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('north-korean-escapees/svelte ships Svelte components as source');
    expect(ran.stderr).toContain('"svelte" export condition');
    expect(ran.stderr).not.toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

describe('the runtime matrix itself', () => {
  it('fails a runtime whose values differ (the comparison is load-bearing)', async () => {
    await probes;
    const broken = (await readFile(path.join(consumer, 'probe.mjs'), 'utf8')).replace(
      'arrivalsTotal: main.totalArrivals()',
      'arrivalsTotal: main.totalArrivals() + 1',
    );
    await writeFile(path.join(consumer, 'probe-broken.mjs'), broken);
    await writeFile(
      path.join(consumer, 'probe-broken-run.mjs'),
      "import { result } from './probe-broken.mjs';\nconsole.log(JSON.stringify(result));\n",
    );
    const ran = await runCommand(process.execPath, ['probe-broken-run.mjs'], { cwd: consumer });
    expect(() => expectProbe(JSON.parse(ran.stdout), 'esm', 'server')).toThrow();
    expect(JSON.parse(ran.stdout).arrivalsTotal).toBe(expected.arrivalsTotal + 1);
  });

  it('fails a renderer whose HTML differs from toHtml', async () => {
    await probes;
    const printed = JSON.parse((await runCommand(process.execPath, ['probe-run.mjs'], { cwd: consumer })).stdout);
    expect(() => expectProbe(printed, 'esm', 'server')).not.toThrow();
    printed.rendered['./react'][0] = printed.rendered['./react'][0].replace('<p>', '<p><em>x</em>');
    expect(() => expectProbe(printed, 'esm', 'server')).toThrow();
  });
});
