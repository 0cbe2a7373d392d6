/**
 * north-korean-escapees/react: `<RichText value={field} />` renders a rich-text field as React
 * elements — what `toHtml(field)` writes, without `dangerouslySetInnerHTML`. React is an optional
 * peer dependency; no other entry imports it.
 */
import { type ComponentType, createElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { type ElementKind, type NodeOfKind, type RichElement, walkRich } from './rich-tree.js';
import type { RichBlocks, RichText as RichTextField } from './types.js';

export type { ElementKind, NodeOfKind } from './rich-tree.js';

/**
 * What a component that renders one kind of node receives: the node, what it holds (already
 * rendered; none for a `break`), and for a link its checked address (`href`, percent-encoded; a
 * link that is not `http:`, `https:`, `mailto:` or relative never reaches the component) and `title`.
 */
export type RichNodeProps<Kind extends ElementKind> = {
  readonly node: NodeOfKind<Kind>;
  readonly children?: ReactNode;
} & (Kind extends 'link' ? { readonly href: string; readonly title?: string } : unknown);

/**
 * A component for every kind of node. `RichTextView` takes any part of it (`Partial<RichTextComponents>`);
 * a complete map must name every kind, so a kind added to the package is a compile error there.
 */
export type RichTextComponents = { readonly [Kind in ElementKind]: ComponentType<RichNodeProps<Kind>> };

/** The props of `RichTextView`. */
export interface RichTextProps {
  /** The field to render: inline (`RichText`) or blocks (`RichBlocks`). */
  readonly value: RichTextField | RichBlocks;
  /** Components that render some kinds of node instead of the default elements, e.g. `{ link: AppLink }`. */
  readonly components?: Partial<RichTextComponents> | undefined;
}

/**
 * Renders a rich-text field: paragraphs as `<p>`, emphasis `<em>`, strong `<strong>`, inline code
 * `<code>`, hard breaks `<br>`, links `<a href>` (only `http:`, `https:`, `mailto:` and relative
 * ones; any other is its text), or with the component `components` gives for that kind. Server-
 * rendered, it is the same HTML as `toHtml(field)`. Each element's key is its place among its
 * siblings, the same on every render. Frozen, as every export of the package.
 *
 * @returns A fragment. It does not throw on any field.
 */
export const RichTextView = /* @__PURE__ */ frozen(function RichTextView({
  value,
  components,
}: RichTextProps): ReactElement {
  return createElement(
    Fragment,
    null,
    walkRich<ReactElement>(value, (element) => renderElement(element, components)),
  );
});

/**
 * The same component as `RichTextView`, under its first name.
 *
 * @deprecated Use `RichTextView`: `RichText` is also the name of the rich-text type of the main entry,
 * so a file importing both failed to compile (TS2300). This name stays until 1.0.0.
 */
export const RichText = RichTextView;

/**
 * Freezes a function component and its (unused) `prototype`, as every export of the package is.
 *
 * @returns The same function.
 */
function frozen<Component extends (props: RichTextProps) => ReactElement>(component: Component): Component {
  Object.freeze(component.prototype);
  return Object.freeze(component);
}

function renderElement(
  { node, tag, children, key, href, title }: RichElement<ReactElement>,
  components: RichTextProps['components'],
): ReactElement {
  const props = { key, href, title };
  const content = children.length > 0 ? children : undefined;
  const Override = components?.[node.type] as ComponentType<RichNodeProps<ElementKind>> | undefined;
  return Override
    ? createElement(Override, { ...props, node } as RichNodeProps<ElementKind>, content)
    : createElement(tag, props, content);
}
