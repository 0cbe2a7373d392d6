// north-korean-escapees/svelte, for Svelte's compiler (the `svelte` export condition); its types are dist/svelte.d.ts.
// RichText is RichTextView's first name, deprecated: it is also the rich-text type of the main entry.
export { default as RichTextView, default as RichText } from './RichText.svelte';
