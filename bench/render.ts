/**
 * Rendering cost: what each renderer adds to a consumer's bundle (esbuild, minified, gzip -9) to
 * render the whole FAQ (every question and answer), over a bundle that renders the same FAQ as
 * plain text with the same framework — the framework itself left out (external), as the consumer
 * has it already. Compared with the unified route (mdast-util-to-hast + hast-util-to-jsx-runtime)
 * measured the same way in the same run. And a consumer that imports none of them pays nothing:
 * the main entry bundles to the same bytes with the renderer entries imported and unused.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleSvelte } from '../examples/shared/svelte.js';
import { report, root, temp } from './lib.js';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const EXTERNAL = ['react', 'react/*', 'react-dom', 'vue', 'svelte', 'svelte/*'];

async function bundle(contents: string, loader: 'js' | 'jsx' = 'js'): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: `entry.${loader}`, loader },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: EXTERNAL,
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** A Svelte component (its markup after the imports), compiled for the browser and bundled. */
async function bundleSvelteApp(imports: string, markup: string): Promise<string> {
  const file = path.join(temp('svelte-'), 'App.svelte');
  writeFileSync(file, `<script>\n${imports}\n</script>\n\n${markup}\n`);
  const result = await bundleSvelte('client', {
    entryPoints: [file],
    format: 'esm',
    minify: true,
    external: EXTERNAL,
    write: false,
  });
  return result.outputFiles![0]!.text;
}

const FAQ = "import { faq } from 'north-korean-escapees';";

/** The FAQ as text, and with each renderer: React, Vue, Svelte, and the unified route on React's JSX runtime. */
const APPS = {
  react: {
    text: `${FAQ}\nexport const page = faq.map((e) => <details key={e.id}><summary>{e.question.text}</summary><p>{e.answer.text}</p></details>);`,
    rich: `${FAQ}\nimport { RichText } from 'north-korean-escapees/react';\nexport const page = faq.map((e) => <details key={e.id}><summary><RichText value={e.question} /></summary><RichText value={e.answer} /></details>);`,
  },
  vue: {
    text: `${FAQ}\nimport { h } from 'vue';\nexport const page = () => faq.map((e) => h('details', { key: e.id }, [h('summary', e.question.text), h('p', e.answer.text)]));`,
    rich: `${FAQ}\nimport { h } from 'vue';\nimport { RichText } from 'north-korean-escapees/vue';\nexport const page = () => faq.map((e) => h('details', { key: e.id }, [h('summary', h(RichText, { value: e.question })), h(RichText, { value: e.answer })]));`,
  },
  unified: {
    text: `${FAQ}\nexport const page = faq.map((e) => <details key={e.id}><summary>{e.question.text}</summary><p>{e.answer.text}</p></details>);`,
    rich: `${FAQ}
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { toHast } from 'mdast-util-to-hast';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
const tree = (field) => field.nodes.every((node) => node.type === 'paragraph')
  ? toHast({ type: 'root', children: field.nodes })
  : { type: 'root', children: toHast({ type: 'paragraph', children: field.nodes }).children };
const Rich = ({ value }) => toJsxRuntime(tree(value), { Fragment, jsx, jsxs });
export const page = faq.map((e) => <details key={e.id}><summary><Rich value={e.question} /></summary><Rich value={e.answer} /></details>);`,
  },
};

const SVELTE = {
  text: [
    FAQ,
    '{#each faq as e (e.id)}<details><summary>{e.question.text}</summary><p>{e.answer.text}</p></details>{/each}',
  ],
  rich: [
    `${FAQ}\nimport { RichText } from 'north-korean-escapees/svelte';`,
    '{#each faq as e (e.id)}<details><summary><RichText value={e.question} /></summary><RichText value={e.answer} /></details>{/each}',
  ],
};

/** Measures and prints the rendering figures. @returns Whether every goal was met. */
export async function measureRender(): Promise<boolean> {
  const cost = async (app: { text: string; rich: string }) =>
    gzip(await bundle(app.rich, 'jsx')) - gzip(await bundle(app.text, 'jsx'));
  const unified = await cost(APPS.unified);
  const costs: Record<string, number> = {
    'north-korean-escapees/react': await cost(APPS.react),
    'north-korean-escapees/vue': await cost(APPS.vue),
    'north-korean-escapees/svelte':
      gzip(await bundleSvelteApp(SVELTE.rich[0]!, SVELTE.rich[1]!)) -
      gzip(await bundleSvelteApp(SVELTE.text[0]!, SVELTE.text[1]!)),
  };
  let met = true;
  for (const [name, bytes] of Object.entries(costs)) {
    met = report(`render: ${name} over the FAQ as text / 1 kB`, bytes / 1024, 1, `${bytes} B min+gzip`) && met;
    met =
      report(
        `render: ${name} / mdast-util-to-hast + hast-util-to-jsx-runtime`,
        bytes / unified,
        0.1,
        `${bytes} B vs ${unified} B min+gzip, each over the FAQ as text`,
      ) && met;
  }
  const hast =
    gzip(
      await bundle(
        `${FAQ}\nimport { toHast } from 'north-korean-escapees/hast';\nexport const trees = faq.map((e) => [toHast(e.question), toHast(e.answer)]);`,
      ),
    ) - gzip(await bundle(`${FAQ}\nexport const trees = faq.map((e) => [e.question, e.answer]);`));
  report(
    'render: north-korean-escapees/hast (toHast) over the FAQ / 1 kB',
    hast / 1024,
    undefined,
    `${hast} B min+gzip`,
  );
  const main = await bundle("export * from 'north-korean-escapees';");
  const withUnused = await bundle(
    "export * from 'north-korean-escapees';\nimport 'north-korean-escapees/react';\nimport 'north-korean-escapees/vue';\nimport 'north-korean-escapees/hast';",
  );
  const same = main === withUnused && !/\bfrom\s*["'](react|vue|svelte)\b/.test(main);
  met =
    report(
      'render: main entry with the renderers imported unused / alone',
      gzip(withUnused) / gzip(main),
      1,
      `${gzip(main)} B min+gzip, ${same ? 'the same bytes, no framework imported' : 'DIFFERENT bytes or a framework import'}`,
    ) && met;
  return met && same;
}
