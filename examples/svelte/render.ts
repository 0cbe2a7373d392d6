/**
 * Server-renders the Svelte example to a complete HTML page (svelte/server). The `.svelte` files are
 * compiled for the server with svelte/compiler through a small esbuild plugin, into one module.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { Locale } from 'north-korean-escapees/locales';
import type { Component } from 'svelte';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';
import { renderDocument } from '../shared/page.js';

const svelte: Plugin = {
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const { js, warnings } = compile(source, {
        filename: path.relative(process.cwd(), args.path),
        generate: 'server',
      });
      return {
        contents: js.code,
        loader: 'js',
        warnings: warnings.map((warning) => ({ text: `${warning.code}: ${warning.message}` })),
      };
    });
  },
};

/**
 * The example page's HTML.
 *
 * @param buildDir Where the compiled server module is written; inside the package, so that it
 *   resolves `svelte` and `north-korean-escapees` from there.
 * @returns The document's text.
 * @throws If a component does not compile (with the compiler's message) or warns.
 */
export async function renderSveltePage(buildDir: string, locale: Locale): Promise<string> {
  const outfile = path.join(buildDir, 'svelte-app.js');
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'App.svelte')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile,
    plugins: [svelte],
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(result.warnings.map((warning) => warning.text).join('\n'));
  const module = (await import(`${pathToFileURL(outfile).href}?${Date.now()}`)) as {
    default: Component<{ locale: Locale }>;
  };
  return renderDocument('Svelte', 'svelte', locale, render(module.default, { props: { locale } }).body);
}
