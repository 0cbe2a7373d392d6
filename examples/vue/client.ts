/// <reference lib="dom" />
/**
 * Hydrates the server-rendered Vue page (bundled to examples/out/vue.js): the page's locale is its
 * `<html data-locale>` (its `lang` is the language's tag, which may say more: `zh-Hans` for `zh`).
 */
import type { Locale } from 'north-korean-escapees/locales';
import { createSSRApp } from 'vue';
import { App } from './App.js';

createSSRApp(App, { locale: document.documentElement.dataset.locale as Locale }).mount('#app');
