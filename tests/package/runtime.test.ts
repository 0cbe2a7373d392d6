/**
 * The runtime matrix: the installed tarball loads, every entry of the exports map, and gives the
 * same values (the estimate, every FAQ id in every language, the arrivals total, the JSON data)
 * under Node 20, 22 and 24, Bun and Deno, and in Chromium with no bundler (`<script type="module">`
 * with an import map). The expected values come from the source, not from the tarball.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import * as ko from '../../src/generated/ko.js';
import * as en from '../../src/index.js';
import { getContent, locales } from '../../src/locales.js';
import { BROWSER_ARGS, findBrowser } from '../browser.js';
import { entries, pkg, runCommand } from './context.js';
import { RUNTIMES } from './matrices.js';

const consumer = inject('consumer');
const require = createRequire(import.meta.url);

/** The values every runtime must print, from the source. */
const expected = {
  entries: Object.fromEntries(entries.map((entry) => [entry.subpath, true])),
  estimate: {
    value: en.estimate.value,
    en: en.formatEstimate(),
    ko: ko.formatEstimate(),
    koFromPicker: getContent('ko').formatEstimate(),
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

/**
 * The probe: imports every entry (JSON with import attributes) and computes the values. The same
 * text runs in every runtime; `kind` picks `import` or `require`.
 */
function probe(kind: 'esm' | 'cjs'): string {
  const load = entries.map((entry, index) => {
    const spec = JSON.stringify(entry.specifier);
    if (kind === 'cjs') return `const m${index} = require(${spec});`;
    return entry.kind === 'json'
      ? `import m${index} from ${spec} with { type: 'json' };`
      : `import * as m${index} from ${spec};`;
  });
  const table = `const mods = { ${entries.map((entry, index) => `${JSON.stringify(entry.subpath)}: m${index}`).join(', ')} };`;
  const body = `
const main = mods['.'], ko = mods['./ko'], picker = mods['./locales'], data = mods['./data.json'];
const ids = (faq) => faq.map((entry) => entry.id);
const result = {
  entries: Object.fromEntries(Object.entries(mods).map(([subpath, mod]) => [subpath, mod != null && Object.keys(mod).length > 0])),
  estimate: { value: main.estimate.value, en: main.formatEstimate(), ko: ko.formatEstimate(), koFromPicker: picker.formatEstimate({ locale: 'ko' }) },
  faq: Object.fromEntries(picker.locales.map((locale) => [locale, ids(picker.getContent(locale).faq)])),
  arrivalsTotal: main.totalArrivals(),
  json: { faq: Object.fromEntries(Object.entries(data.content).map(([locale, content]) => [locale, ids(content.faq)])), arrivalsTotal: data.arrivals.rows.reduce((sum, row) => sum + row.total, 0), license: data.meta.license.spdx },
  schemaAcceptsData: mods['./schema'].Dataset.safeParse(data).success,
  frozen: Object.isFrozen(main.faq[0].answer.nodes[0]),
};
`;
  return kind === 'cjs'
    ? `${load.join('\n')}\n${table}\n${body}\nconsole.log(JSON.stringify(result));\n`
    : `${load.join('\n')}\n${table}\n${body}\nexport { result };\n`;
}

async function writeProbes(): Promise<void> {
  await writeFile(path.join(consumer, 'probe.mjs'), probe('esm'));
  await writeFile(
    path.join(consumer, 'probe-run.mjs'),
    "import { result } from './probe.mjs';\nconsole.log(JSON.stringify(result));\n",
  );
  await writeFile(path.join(consumer, 'probe.cjs'), probe('cjs'));
}

const probes = writeProbes();

describe.concurrent.each(RUNTIMES.filter((r) => r.kind !== 'browser').map((r) => [r.name, r] as const))(
  '%s',
  (_, runtime) => {
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
      expect(JSON.parse(ran.stdout)).toEqual(expected);
    });

    if (runtime.kind !== 'deno') {
      it('require: every entry loads and gives the same values', async () => {
        await probes;
        const ran = await runCommand(bin, ['probe.cjs'], { cwd: consumer, env });
        expect(ran.stderr).toBe('');
        expect(JSON.parse(ran.stdout)).toEqual(expected);
      });
    }
  },
);

describe('Chromium, no bundler', () => {
  it('loads every entry with <script type="module"> and an import map, and gives the same values', async () => {
    await probes;
    const origin = 'http://package.test';
    const installed = path.join(consumer, 'node_modules', pkg.name);
    const zod = path.dirname(require.resolve('zod/package.json'));
    // The import map a page without a bundler writes: each entry to its ESM file, and zod (for /schema).
    const imports: Record<string, string> = Object.fromEntries(
      entries.map((entry) => [entry.specifier, `/node_modules/${pkg.name}/${entry.import.default}`]),
    );
    imports.zod = '/zod/index.js';
    const html = `<!doctype html><meta charset="utf-8"><title>probe</title>
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module">import { result } from '/probe.mjs'; window.probeResult = result;</script>`;
    const files: [string, string][] = [
      [`/node_modules/${pkg.name}/`, installed],
      ['/zod/', zod],
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
          return route.fulfill({ path: path.join(consumer, 'probe.mjs'), contentType: 'text/javascript' });
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
      expect(await result.jsonValue()).toEqual(expected);
    } finally {
      await instance.close();
    }
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
    expect(JSON.parse(ran.stdout)).not.toEqual(expected);
    expect(JSON.parse(ran.stdout).arrivalsTotal).toBe(expected.arrivalsTotal + 1);
  });
});
