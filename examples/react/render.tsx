/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Server-renders the React example to a complete HTML page (react-dom/server), for client.tsx to hydrate.
 */

import type { Locale } from 'north-korean-escapees/locales';
import { renderToString } from 'react-dom/server';
import { renderDocument } from '../shared/document.js';
import { App } from './App.js';

/**
 * The example page's HTML.
 *
 * @returns The document's text.
 */
export function renderReactPage(locale: Locale): string {
  return renderDocument('React', locale, renderToString(<App locale={locale} />));
}
