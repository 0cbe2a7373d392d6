/**
 * Server-renders the Svelte example to a complete HTML page (svelte/server), for client.ts to
 * hydrate. The `.svelte` files, the example's and the package's (through the `svelte` export
 * condition), are compiled for the server into one module.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from 'north-korean-escapees/locales';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { renderDocument } from '../shared/document.js';
import { bundleSvelte } from '../shared/svelte.js';

/** Where the compiled server module is written: inside the repository, so that it resolves `svelte`. */
const SERVER_MODULE = path.join(import.meta.dirname, '..', '..', '.tmp', 'examples', 'svelte-server.js');

let app: Promise<Component<{ locale: Locale }>> | undefined;

async function compileApp(): Promise<Component<{ locale: Locale }>> {
  await bundleSvelte('server', {
    entryPoints: [path.join(import.meta.dirname, 'App.svelte')],
    format: 'esm',
    outfile: SERVER_MODULE,
  });
  const module = (await import(`${pathToFileURL(SERVER_MODULE).href}?${Date.now()}`)) as {
    default: Component<{ locale: Locale }>;
  };
  return module.default;
}

/**
 * The example page's HTML (the components are compiled once per process).
 *
 * @returns The document's text.
 * @throws If a component does not compile (with the compiler's message) or warns.
 */
export async function renderSveltePage(locale: Locale): Promise<string> {
  app ??= compileApp();
  return renderDocument('Svelte', locale, render(await app, { props: { locale } }).body);
}
