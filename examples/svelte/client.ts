/// <reference lib="dom" />
/**
 * Hydrates the server-rendered Svelte page (bundled to examples/out/svelte.js): the page's locale
 * is its `<html data-locale>` (its `lang` is the language's tag, which may say more: `zh-Hans` for `zh`).
 */
import type { Locale } from 'north-korean-escapees/locales';
import { type Component, hydrate } from 'svelte';
// Typed by svelte's ambient module declaration; esbuild compiles it with svelte/compiler.
import App from './App.svelte';

hydrate(App as Component<{ locale: Locale }>, {
  target: document.getElementById('app')!,
  props: { locale: document.documentElement.dataset.locale as Locale },
});
