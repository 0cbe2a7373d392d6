/** The walk the Svelte components render, built to dist/svelte/tree.js beside them. */
export { richTree } from '../rich-tree.js';
