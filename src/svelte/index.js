// north-korean-escapees/svelte, for Svelte's compiler (the `svelte` export condition); its types are dist/svelte.d.ts.
export { default as RichText } from './RichText.svelte';
