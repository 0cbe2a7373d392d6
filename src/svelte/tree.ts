/** The walk the Svelte component renders, built to dist/svelte/tree.js beside it. */
import { type RichElement, walkRich } from '../rich-tree.js';
import type { RichBlocks, RichText } from '../types.js';

/** An element of the tree: what `walkRich` gives, as it is. */
export interface SvelteElement extends RichElement<SvelteElement> {}

/**
 * A rich-text field as the tree of text and elements `toHtml` writes, for the template to render.
 *
 * @returns The top-level children.
 */
export function richTree(field: RichText | RichBlocks): (string | SvelteElement)[] {
  return walkRich<SvelteElement>(field, (element) => element);
}
