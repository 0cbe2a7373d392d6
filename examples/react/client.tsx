/// <reference lib="dom" />
/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Hydrates the server-rendered React page (bundled to examples/out/react.js): the page's locale is
 * its `<html data-locale>` (its `lang` is the language's tag, which may say more: `zh-Hans` for `zh`).
 */
import type { Locale } from 'north-korean-escapees/locales';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

hydrateRoot(document.getElementById('app')!, <App locale={document.documentElement.dataset.locale as Locale} />);
