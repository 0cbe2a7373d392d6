/**
 * Rich text as the tree of elements and text that `toHtml` writes, for the renderers (React, Vue,
 * Svelte) and the hast bridge: one walk, so every one of them shows what `toHtml` shows — the same
 * elements, the same text (spaces around line endings and after hard breaks dropped), the same links
 * (only `http:`, `https:`, `mailto:` and relative ones, percent-encoded; any other becomes its text).
 * Not an entry of the package: each entry that needs it carries its own copy.
 */
import { isParagraph, normalizeUri, trimLines, trimStart } from './render.js';
import type { ParagraphNode, PhrasingNode, RichBlocks, RichText } from './types.js';
import { isSafeUrl } from './url.js';

/** Every kind of rich-text node. */
export type RichNode = PhrasingNode | ParagraphNode;

/** The kinds of node that are written as an element (every kind but `text`). */
export type ElementKind = Exclude<RichNode['type'], 'text'>;

/** The node of one kind, e.g. `NodeOfKind<'link'>` is `LinkNode`. */
export type NodeOfKind<Kind extends RichNode['type']> = Extract<RichNode, { readonly type: Kind }>;

/** The HTML element each kind of node is written as. */
export const TAG_OF = {
  paragraph: 'p',
  emphasis: 'em',
  strong: 'strong',
  inlineCode: 'code',
  break: 'br',
  link: 'a',
} as const satisfies { readonly [Kind in ElementKind]: string };

/** An element to write, with the node it comes from. */
export interface RichElement<Kind extends ElementKind = ElementKind> {
  /** The node it renders. */
  readonly node: NodeOfKind<Kind>;
  /** Its HTML element: `p`, `em`, `strong`, `code`, `br` or `a`. */
  readonly tag: (typeof TAG_OF)[Kind];
  /** For a link: its address, percent-encoded (not escaped for HTML). */
  readonly href?: string;
  /** For a link with a title: the title. */
  readonly title?: string;
  /** What it holds. */
  readonly children: RichChild[];
}

/** A piece of the tree: text (adjacent texts are joined) or an element. */
export type RichChild = string | RichElement;

/** What is left to walk: a node with where its output goes, text to add, or the end of an open node. */
type Step =
  | { readonly node: RichNode; readonly trim: boolean; readonly into: RichChild[] }
  | { readonly text: string; readonly into: RichChild[] }
  | { readonly leave: object };

function appendText(into: RichChild[], text: string): void {
  if (text === '') return;
  const last = into.length - 1;
  if (typeof into[last] === 'string') into[last] += text;
  else into.push(text);
}

/**
 * Queues siblings, last first. As `toHtml` (and the reference pipeline), a node after a hard break
 * has the leading spaces and tabs of its text dropped, and so has the first when `trimHead` is set
 * and it is text.
 */
function queueSiblings(steps: Step[], nodes: readonly PhrasingNode[], trimHead: boolean, into: RichChild[]): void {
  if (!Array.isArray(nodes)) return;
  for (let index = nodes.length - 1; index >= 0; index--) {
    const trim = index === 0 ? trimHead && nodes[0]?.type === 'text' : nodes[index - 1]?.type === 'break';
    steps.push({ node: nodes[index]!, trim, into });
  }
}

/**
 * The text of a `text` node (spaces around line endings dropped) or of an `inlineCode` node (line
 * endings as spaces), without its leading spaces and tabs when `trim` is set: what `toHtml` writes.
 */
function textOf(node: { readonly type: string; readonly value?: unknown }, trim: boolean): string {
  const value = String(node.value ?? '');
  const text = node.type === 'inlineCode' ? value.replace(/\r?\n|\r/g, ' ') : trimLines(value);
  return trim ? trimStart(text) : text;
}

/**
 * The elements and text a rich-text field is written as — what `toHtml(field)` writes, as a tree.
 * Paragraphs are separated by a line ending (`'\n'`), a hard break is followed by one. Like
 * `toHtml`, it walks with its own stack (no depth overflows it), skips a node inside itself (only
 * nodes made by hand can be) and ignores what is not a rich-text node.
 *
 * @returns The top-level children, fresh arrays the caller may keep.
 */
export function richTree(field: RichText | RichBlocks): RichChild[] {
  const nodes: readonly RichNode[] = Array.isArray(field?.nodes) ? field.nodes : [];
  const root: RichChild[] = [];
  const steps: Step[] = [];
  if (nodes.every(isParagraph)) {
    for (let index = nodes.length - 1; index >= 0; index--) {
      steps.push({ node: nodes[index]!, trim: false, into: root });
      if (index > 0) steps.push({ text: '\n', into: root });
    }
  } else {
    queueSiblings(steps, nodes as readonly PhrasingNode[], false, root);
  }
  const open = new Set<object>();
  while (steps.length > 0) {
    const step = steps.pop()!;
    if ('leave' in step) {
      open.delete(step.leave);
      continue;
    }
    if ('text' in step) {
      appendText(step.into, step.text);
      continue;
    }
    const { node, trim, into } = step;
    if (typeof node !== 'object' || node === null || open.has(node)) continue;
    if (node.type === 'text') {
      appendText(into, textOf(node, trim));
      continue;
    }
    if (!Object.hasOwn(TAG_OF, node.type)) continue;
    // The shipped data never holds another address; nodes made by hand are checked again here.
    const href =
      node.type === 'link' && typeof node.url === 'string' && isSafeUrl(node.url) ? normalizeUri(node.url) : undefined;
    // A link that must not be one is written as its text: its children go where it would have.
    const unwrapped = node.type === 'link' && href === undefined;
    const children: RichChild[] = unwrapped ? into : [];
    if (!unwrapped) {
      const element: { -readonly [Key in keyof RichElement]: RichElement[Key] } = {
        node,
        tag: TAG_OF[node.type],
        children,
      };
      if (href !== undefined) element.href = href;
      if (node.type === 'link' && typeof node.title === 'string') element.title = node.title;
      into.push(element);
    }
    if (node.type === 'inlineCode') appendText(children, textOf(node, trim));
    else if (node.type === 'break') appendText(into, '\n');
    else {
      open.add(node);
      steps.push({ leave: node });
      queueSiblings(steps, node.children, trim, children);
    }
  }
  return root;
}
