/// <reference lib="dom" />
/**
 * Hydrates the server-rendered Vue page (bundled to examples/out/vue.js): the page's language is its
 * `<html lang>`.
 */
import type { Locale } from 'north-korean-escapees/locales';
import { createSSRApp } from 'vue';
import { App } from './App.js';

createSSRApp(App, { locale: document.documentElement.lang as Locale }).mount('#app');
