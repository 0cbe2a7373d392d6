/// <reference lib="dom" />
/**
 * Hydrates the server-rendered Svelte page (bundled to examples/out/svelte.js): the page's language
 * is its `<html lang>`.
 */
import type { Locale } from 'north-korean-escapees/locales';
import { type Component, hydrate } from 'svelte';
// Typed by svelte's ambient module declaration; esbuild compiles it with svelte/compiler.
import App from './App.svelte';

hydrate(App as Component<{ locale: Locale }>, {
  target: document.getElementById('app')!,
  props: { locale: document.documentElement.lang as Locale },
});
