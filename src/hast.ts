/**
 * north-korean-escapees/hast: rich text as a hast tree (https://github.com/syntax-tree/hast), for
 * unified users. The tree is the one `toHtml` writes (the same elements, text and links), as new,
 * mutable objects, so hast utilities (`hast-util-to-html`, `hast-util-to-jsx-runtime`, rehype
 * plugins) take it as it is. The node types are declared here (no dependency on `@types/hast`) and
 * are assignable to hast's own `Root`, `Element` and `Text`.
 */
import { type RichElement, walkRich } from './rich-tree.js';
import type { RichBlocks, RichText } from './types.js';

/** A hast text node. */
export interface HastText {
  type: 'text';
  value: string;
}

/** The properties of a hast element of rich text: a link's `href` and `title`, nothing else. */
export type HastProperties = { href?: string; title?: string };

/** A hast element of rich text: `p`, `em`, `strong`, `code`, `br` or `a`. */
export interface HastElement {
  type: 'element';
  tagName: 'p' | 'em' | 'strong' | 'code' | 'br' | 'a';
  properties: HastProperties;
  children: HastElementContent[];
}

/** What a hast element (or the root) of rich text holds. */
export type HastElementContent = HastElement | HastText;

/** The hast root of a rich-text field. */
export interface HastRoot {
  type: 'root';
  children: HastElementContent[];
}

/**
 * A rich-text field as a hast tree: paragraphs as `p` elements separated by a line ending (a
 * `'\n'` text), emphasis `em`, strong `strong`, inline code `code`, hard breaks `br` and links `a`
 * with `href` (and `title`), exactly what `toHtml(field)` writes: `hast-util-to-html` makes the same
 * HTML of it. Only `http:`, `https:`, `mailto:` and relative links are links; any other is its text.
 *
 * @param field A rich-text field, e.g. `getFaq('what-is-a-defector').answer`.
 * @returns A new tree (mutable, not shared with the data). It never throws, and takes time linear
 *   in the size of the nodes at any depth of nesting.
 */
export const toHast = /* @__PURE__ */ Object.freeze(
  (field: RichText | RichBlocks): HastRoot => ({ type: 'root', children: walkRich(field, hastElement).map(hastChild) }),
);

function hastChild(child: string | HastElement): HastElementContent {
  return typeof child === 'string' ? { type: 'text', value: child } : child;
}

function hastElement({ tag, children, href, title }: RichElement<HastElement>): HastElement {
  const properties: HastProperties = {};
  if (href !== undefined) properties.href = href;
  if (title !== undefined) properties.title = title;
  return { type: 'element', tagName: tag, properties, children: children.map(hastChild) };
}
