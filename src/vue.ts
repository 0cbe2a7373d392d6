/**
 * north-korean-escapees/vue: `<RichText :value="field" />` (or `h(RichText, { value })`) renders a
 * rich-text field as Vue vnodes — what `toHtml(field)` writes, without `v-html`. Vue is an optional
 * peer dependency; no other entry imports it.
 */
import { type Component, type DefineComponent, defineComponent, h, type VNode } from 'vue';
import { type ElementKind, type NodeOfKind, type RichElement, walkRich } from './rich-tree.js';
import type { RichBlocks, RichText as RichTextField } from './types.js';

export type { ElementKind, NodeOfKind } from './rich-tree.js';

/**
 * The props of a component that renders one kind of node: the node, and for a link its checked
 * address (`href`, percent-encoded; a link that is not `http:`, `https:`, `mailto:` or relative
 * never reaches the component) and `title`. What the node holds comes as the default slot.
 */
export type RichNodeProps<Kind extends ElementKind> = {
  readonly node: NodeOfKind<Kind>;
} & (Kind extends 'link' ? { readonly href: string; readonly title?: string } : unknown);

/**
 * A component for every kind of node. `RichTextView` takes any part of it (`Partial<RichTextComponents>`);
 * a complete map must name every kind, so a kind added to the package is a compile error there.
 */
export type RichTextComponents = { readonly [Kind in ElementKind]: Component<RichNodeProps<Kind>> };

/** The props of `RichTextView`. */
export interface RichTextProps {
  /** The field to render: inline (`RichText`) or blocks (`RichBlocks`). */
  readonly value: RichTextField | RichBlocks;
  /** Components that render some kinds of node instead of the default elements, e.g. `{ link: AppLink }`. */
  readonly components?: Partial<RichTextComponents> | undefined;
}

/**
 * Renders a rich-text field (prop `value`): paragraphs as `<p>`, emphasis `<em>`, strong `<strong>`,
 * inline code `<code>`, hard breaks `<br>`, links `<a href>` (only `http:`, `https:`, `mailto:` and
 * relative ones; any other is its text), or with the component the prop `components` gives for
 * that kind (its content in the default slot). Server-rendered, it is the same HTML as
 * `toHtml(field)` (and Vue's fragment markers). Each element's key is its place among its siblings.
 * Its type is declared, not inferred: `DefineComponent<RichTextProps>` means the same on every Vue the
 * package supports (3.3 on; tests/package/types.test.ts compiles it against 3.3's types), where the
 * type Vue 3.5 infers names type parameters older Vues do not have.
 */
export const RichTextView: DefineComponent<RichTextProps> = /* @__PURE__ */ frozen(
  defineComponent(
    (props: RichTextProps) => () => walkRich<VNode>(props.value, (element) => renderElement(element, props.components)),
    {
      name: 'RichTextView',
      props: {
        value: { type: Object, required: true },
        components: { type: Object, default: undefined },
      },
    },
    // The setup-function form's own type (DefineSetupFnComponent) is Vue 3.4's; the declared one is 3.3's too.
  ) as unknown as DefineComponent<RichTextProps>,
);

/**
 * The same component as `RichTextView`, under its first name.
 *
 * @deprecated Use `RichTextView`: `RichText` is also the name of the rich-text type of the main entry,
 * so a file importing both failed to compile (TS2300). This name stays until 1.0.0.
 */
export const RichText: DefineComponent<RichTextProps> = RichTextView;

/**
 * Freezes a component as every export of the package is: the options, the prop definitions and
 * `setup` (not the built-in constructors the props name as their `type`). Vue only reads them.
 *
 * @returns The same component.
 */
function frozen<Component extends object>(component: Component): Component {
  // defineComponent returns the options it is given, typed as a constructor.
  const options = component as unknown as { props: Record<string, object>; setup: object };
  for (const definition of Object.values(options.props)) Object.freeze(definition);
  Object.freeze(options.props);
  Object.freeze(options.setup);
  return Object.freeze(component);
}

function renderElement(
  { node, tag, children, key, href, title }: RichElement<VNode>,
  components?: Partial<RichTextComponents>,
): VNode {
  const content = children.length > 0 ? children : undefined;
  const Override = components?.[node.type] as Component | undefined;
  return Override
    ? h(Override, { key, node, href, title }, content && { default: () => content })
    : h(tag, { key, href, title }, content);
}
