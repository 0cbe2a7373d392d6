/**
 * "The same HTML": two serialisations of the same DOM. Frameworks escape differently (`&amp;` or
 * `&#x26;`, `<br/>` or `<br>`) and leave hydration markers (comments), so both texts are parsed
 * as HTML fragments (parse5, as browsers do), comments taken out, and written again with one
 * serialiser; the comments must all be hydration markers, never text of the content.
 */
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { expect } from 'vitest';
import { toHtml as richTextToHtml } from '../../src/render.js';
import type { RichBlocks, RichText } from '../../src/types.js';

/** The comments React, Vue and Svelte leave for hydration: `[`, `]`, `[!`, `[0`, `[-1`, empty or a space. */
export const HYDRATION_MARKER = /^(?:\[!?|\[-?\d+|\]| ?)$/;

function removeComments(node: Nodes, comments: string[]): void {
  if (!('children' in node)) return;
  node.children = node.children.filter((child) => {
    if (child.type !== 'comment') return true;
    comments.push(child.value);
    return false;
  }) as typeof node.children;
  for (const child of node.children) removeComments(child, comments);
}

/**
 * An HTML fragment as the DOM a browser builds of it, written back with `hast-util-to-html`.
 *
 * @returns That text, and the comments taken out of it.
 */
export function domOf(html: string): { html: string; comments: string[] } {
  const tree = fromHtml(html, { fragment: true });
  const comments: string[] = [];
  removeComments(tree, comments);
  return { html: toHtml(tree), comments };
}

/** Expects `html` to be the DOM `toHtml(field)` writes, with no comment but hydration markers. */
export function expectSameDom(html: string, field: RichText | RichBlocks, where: string): void {
  const { html: dom, comments } = domOf(html);
  expect(dom, where).toBe(domOf(richTextToHtml(field)).html);
  expect(
    comments.filter((comment) => !HYDRATION_MARKER.test(comment)),
    where,
  ).toEqual([]);
}
