/**
 * Server-renders the Vue example to a complete HTML page (vue/server-renderer), for client.ts to hydrate.
 */

import type { Locale } from 'north-korean-escapees/locales';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { renderDocument } from '../shared/document.js';
import { App } from './App.js';

/**
 * The example page's HTML.
 *
 * @returns The document's text.
 */
export async function renderVuePage(locale: Locale): Promise<string> {
  return renderDocument('Vue', locale, await renderToString(createSSRApp(App, { locale })));
}
