/// <reference lib="dom" />
/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Hydrates the server-rendered React page (bundled to examples/out/react.js): the page's language is
 * its `<html lang>`.
 */
import type { Locale } from 'north-korean-escapees/locales';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

hydrateRoot(document.getElementById('app')!, <App locale={document.documentElement.lang as Locale} />);
