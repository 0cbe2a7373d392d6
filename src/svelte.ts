/**
 * north-korean-escapees/svelte: the types of the Svelte `RichTextView` component. The component itself
 * ships as Svelte source (`dist/svelte/*.svelte`, through the `svelte` export condition) for your
 * Svelte compiler, as Svelte libraries do; this module declares what it takes. Svelte 5 is an
 * optional peer dependency; no other entry imports it.
 */
import type { Component, Snippet } from 'svelte';
import type { ElementKind, NodeOfKind } from './rich-tree.js';
import type { RichBlocks, RichText as RichTextField } from './types.js';

export type { ElementKind, NodeOfKind } from './rich-tree.js';

/**
 * The props of a component that renders one kind of node: the node, what it holds (`children`, a
 * snippet: `{@render children?.()}`), and for a link its checked address (`href`, percent-encoded;
 * a link that is not `http:`, `https:`, `mailto:` or relative never reaches the component) and `title`.
 */
export type RichNodeProps<Kind extends ElementKind> = {
  node: NodeOfKind<Kind>;
  children?: Snippet;
} & (Kind extends 'link' ? { href: string; title?: string | undefined } : unknown);

/**
 * A component for every kind of node. `RichTextView` takes any part of it (`Partial<RichTextComponents>`);
 * a complete map must name every kind, so a kind added to the package is a compile error there.
 */
export type RichTextComponents = { [Kind in ElementKind]: Component<RichNodeProps<Kind>> };

/** The props of `RichTextView`. */
export interface RichTextProps {
  /** The field to render: inline (`RichText`) or blocks (`RichBlocks`). */
  value: RichTextField | RichBlocks;
  /** Components that render some kinds of node instead of the default elements, e.g. `{ link: AppLink }`. */
  components?: Partial<RichTextComponents> | undefined;
}

/**
 * Renders a rich-text field: paragraphs as `<p>`, emphasis `<em>`, strong `<strong>`, inline code
 * `<code>`, hard breaks `<br>`, links `<a href>` (only `http:`, `https:`, `mailto:` and relative
 * ones; any other is its text), or with the component `components` gives for that kind. Server-
 * rendered, it is the same HTML as `toHtml(field)` (and Svelte's hydration markers); no `{@html}`.
 * Each `{#each}` is keyed by the place among siblings.
 */
export declare const RichTextView: Component<RichTextProps>;

/**
 * The same component as `RichTextView`, under its first name.
 *
 * @deprecated Use `RichTextView`: `RichText` is also the name of the rich-text type of the main entry,
 * so a file importing both failed to compile (TS2300). This name stays until 1.0.0.
 */
export declare const RichText: Component<RichTextProps>;
