/**
 * The probe of the runtime matrix: a module that imports the package's entries from the installed
 * tarball (JSON with import attributes) and computes what the runtime must agree on — the estimate
 * from every edition's entry and from the locale picker, every FAQ id in every language, the arrivals total, the JSON data — and, for each renderer entry,
 * the rendering of every rich-text field of every language. The same text runs in every runtime;
 * the test compares the values with the source's and the renderings with `toHtml`'s DOM.
 */
import type { PackageEntry } from './context.js';

/** Where a probe runs: a server runtime (Node, Bun, Deno) or a browser with no bundler. */
export type Target = 'server' | 'browser';

/** What the probe of a renderer entry imports (ESM, CommonJS) and how it renders `value` with the entry `m`. */
interface Renderer {
  readonly esm: string;
  readonly cjs: string;
  readonly render: (m: string) => string;
}

/** How each renderer entry renders a field, by target: an HTML string (hast: the tree as JSON). */
const RENDERERS: Readonly<Record<string, Readonly<Partial<Record<Target, Renderer>>>>> = {
  './hast': {
    server: { esm: '', cjs: '', render: (m) => `async (value) => JSON.stringify(${m}.toHast(value))` },
    browser: { esm: '', cjs: '', render: (m) => `async (value) => JSON.stringify(${m}.toHast(value))` },
  },
  './react': {
    server: {
      esm: "import { createElement } from 'react';\nimport { renderToStaticMarkup } from 'react-dom/server';",
      cjs: "const { createElement } = require('react');\nconst { renderToStaticMarkup } = require('react-dom/server');",
      render: (m) => `async (value) => renderToStaticMarkup(createElement(${m}.RichText, { value }))`,
    },
  },
  './vue': {
    server: {
      esm: "import * as vue from 'vue';\nimport { renderToString } from 'vue/server-renderer';",
      cjs: "const vue = require('vue');\nconst { renderToString } = require('vue/server-renderer');",
      render: (m) => `(value) => renderToString(vue.createSSRApp({ render: () => vue.h(${m}.RichText, { value }) }))`,
    },
    // In a browser, Vue renders into the DOM: the probe mounts the component and reads the HTML.
    browser: {
      esm: "import * as vue from 'vue';",
      cjs: '',
      render: (m) =>
        `async (value) => { const el = document.createElement('div'); vue.createApp({ render: () => vue.h(${m}.RichText, { value }) }).mount(el); return el.innerHTML; }`,
    },
  },
};

/**
 * Entries a browser without a bundler cannot load, and why (the Compatibility table says so). A
 * Svelte entry loads nowhere: it is compiled (tests/package/runtime.test.ts compiles it).
 */
export const NOT_IN_BROWSER: Readonly<Record<string, string>> = {
  './react': 'React ships CommonJS only',
};

/**
 * The entries a probe of `kind` loads on `target`: every JavaScript and JSON entry, but the Svelte
 * ones, the ESM-only ones under `require`, and in a browser those of `NOT_IN_BROWSER`.
 *
 * @returns The entries, in the exports map's order.
 */
export function probedEntries(entries: readonly PackageEntry[], kind: 'esm' | 'cjs', target: Target): PackageEntry[] {
  return entries.filter(
    (entry) =>
      entry.kind !== 'svelte' &&
      (kind === 'esm' || entry.require !== null) &&
      (target === 'server' || !NOT_IN_BROWSER[entry.subpath]),
  );
}

/**
 * The renderer entries a probe renders with on `target`.
 *
 * @returns Their subpaths.
 */
export function renderedBy(entries: readonly PackageEntry[], kind: 'esm' | 'cjs', target: Target): string[] {
  return probedEntries(entries, kind, target)
    .map((entry) => entry.subpath)
    .filter((subpath) => RENDERERS[subpath]?.[target]);
}

/**
 * The probe's text.
 *
 * @returns A module that exports `result` (ESM) or a script that prints it as JSON (CommonJS).
 */
export function probe(entries: readonly PackageEntry[], kind: 'esm' | 'cjs', target: Target = 'server'): string {
  const loaded = probedEntries(entries, kind, target);
  const load = loaded.map((entry, index) => {
    const spec = JSON.stringify(entry.specifier);
    if (kind === 'cjs') return `const m${index} = require(${spec});`;
    return entry.kind === 'json'
      ? `import m${index} from ${spec} with { type: 'json' };`
      : `import * as m${index} from ${spec};`;
  });
  const renderers = loaded.flatMap((entry, index) => {
    const renderer = RENDERERS[entry.subpath]?.[target];
    return renderer ? [{ subpath: entry.subpath, imports: renderer[kind], render: renderer.render(`m${index}`) }] : [];
  });
  const table = `const mods = { ${loaded.map((entry, index) => `${JSON.stringify(entry.subpath)}: m${index}`).join(', ')} };`;
  const renderTable = `const renderers = { ${renderers.map((r) => `${JSON.stringify(r.subpath)}: ${r.render}`).join(', ')} };`;
  const body = `
const main = mods['.'], picker = mods['./locales'], data = mods['./data.json'];
const ids = (faq) => faq.map((entry) => entry.id);
const fields = [];
const walk = (value) => {
  if (typeof value !== 'object' || value === null) return;
  if ('text' in value && 'nodes' in value) return void fields.push(value);
  for (const key of Object.keys(value)) walk(value[key]);
};
for (const locale of picker.locales) walk(picker.getContent(locale));
const rendered = {};
for (const [subpath, render] of Object.entries(renderers)) {
  rendered[subpath] = [];
  for (const field of fields) rendered[subpath].push(await render(field));
}
const result = {
  entries: Object.fromEntries(Object.entries(mods).map(([subpath, mod]) => [subpath, mod != null && Object.keys(mod).length > 0])),
  estimate: { value: main.estimate.value, editions: Object.fromEntries(picker.locales.map((locale, index) => [locale, { entry: (index === 0 ? main : mods['./' + locale]).formatEstimate(), picker: picker.formatEstimate({ locale }) }])) },
  faq: Object.fromEntries(picker.locales.map((locale) => [locale, ids(picker.getContent(locale).faq)])),
  arrivalsTotal: main.totalArrivals(),
  json: { faq: Object.fromEntries(Object.entries(data.content).map(([locale, content]) => [locale, ids(content.faq)])), arrivalsTotal: data.arrivals.rows.reduce((sum, row) => sum + row.total, 0), license: data.meta.license.spdx },
  schemaAcceptsData: mods['./schema'].Dataset.safeParse(data).success,
  frozen: Object.isFrozen(main.faq[0].answer.nodes[0]),
  rendered,
};
`;
  const head = [...load, ...renderers.map((r) => r.imports).filter(Boolean), table, renderTable].join('\n');
  return kind === 'cjs'
    ? `${head}\n(async () => {\n${body}\nconsole.log(JSON.stringify(result));\n})();\n`
    : `${head}\n${body}\nexport { result };\n`;
}
