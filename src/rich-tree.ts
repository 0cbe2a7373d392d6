/**
 * Rich text walked as `toHtml` writes it, for the renderers (React, Vue, Svelte) and the hast
 * bridge: one walk, so every one of them shows what `toHtml` shows — the same elements, the same
 * text (spaces around line endings and after hard breaks dropped), the same links (only `http:`,
 * `https:`, `mailto:` and relative ones, percent-encoded; any other becomes its text). Each caller
 * says how an element is made (a React element, a Vue vnode, a hast node, …). Not an entry of the
 * package: each entry that needs it carries its own copy.
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
const TAG_OF = {
  paragraph: 'p',
  emphasis: 'em',
  strong: 'strong',
  inlineCode: 'code',
  break: 'br',
  link: 'a',
} as const satisfies { readonly [Kind in ElementKind]: string };

/** An HTML element of rich text. */
export type RichTag = (typeof TAG_OF)[ElementKind];

/** What an element is made of: its node and tag, a link's checked address and title, its place among its siblings. */
export interface RichElement<Child> {
  /** The node it renders. */
  readonly node: NodeOfKind<ElementKind>;
  /** Its HTML element: `p`, `em`, `strong`, `code`, `br` or `a`. */
  readonly tag: RichTag;
  /** What it holds: text (adjacent texts joined) and elements; empty for `br`. */
  readonly children: (string | Child)[];
  /** Its place among its siblings (a stable key). */
  readonly key: number;
  /** For a link: its address, percent-encoded (not escaped for HTML). */
  readonly href?: string | undefined;
  /** For a link with a title: the title. */
  readonly title?: string | undefined;
}

/** Makes one element of the output, e.g. a React element. */
export type MakeElement<Child> = (element: RichElement<Child>) => Child;

/** What is left to walk: a node with where its output goes, or something to do (leave a node, add a line ending). */
type Step<Child> =
  | { readonly node: RichNode; readonly trim: boolean; readonly into: (string | Child)[] }
  | (() => void);

/**
 * Walks a rich-text field as `toHtml` writes it: paragraphs separated by a line ending (`'\n'`),
 * a hard break followed by one, adjacent texts joined, a link that must not be one replaced by its
 * children, a node inside itself (possible only in nodes made by hand) and what is not a node
 * skipped. `make` is called for each element once its children are made. Like `toHtml`, it walks
 * with its own stack rather than recursion: no depth of nesting overflows it, and its time is linear
 * in the number of nodes.
 *
 * @returns The top-level children: text and what `make` made of the elements. It does not throw
 *   (unless `make` does).
 */
export function walkRich<Child>(field: RichText | RichBlocks, make: MakeElement<Child>): (string | Child)[] {
  const nodes: readonly RichNode[] = Array.isArray(field?.nodes) ? field.nodes : [];
  const out: (string | Child)[] = [];
  const open = new Set<object>();
  const steps: Step<Child>[] = [];
  if (nodes.every(isParagraph)) {
    for (let index = nodes.length - 1; index >= 0; index--) {
      steps.push({ node: nodes[index]!, trim: false, into: out });
      if (index > 0) steps.push(() => appendText(out, '\n'));
    }
  } else {
    queueSiblings(steps, nodes as readonly PhrasingNode[], false, out);
  }
  while (steps.length > 0) {
    const step = steps.pop()!;
    if (typeof step === 'function') step();
    else walk(step, open, steps, make);
  }
  return out;
}

function appendText(into: unknown[], text: string): void {
  if (text === '') return;
  if (typeof into[into.length - 1] === 'string') into[into.length - 1] += text;
  else into.push(text);
}

/**
 * Queues siblings, last first. As `toHtml` (and the reference pipeline), a node after a hard break
 * has the leading spaces and tabs of its text dropped, and so has the first when `trimHead` is set
 * and it is text.
 */
function queueSiblings<Child>(
  steps: Step<Child>[],
  nodes: readonly PhrasingNode[],
  trimHead: boolean,
  into: (string | Child)[],
): void {
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
 * Walks one node: text is added at once, a code span or a break made at once; any other element
 * takes its place among its siblings now and is made when the walk leaves it (its children made).
 */
function walk<Child>(
  { node, trim, into }: Exclude<Step<Child>, () => void>,
  open: Set<object>,
  steps: Step<Child>[],
  make: MakeElement<Child>,
): void {
  if (typeof node !== 'object' || node === null || open.has(node)) return;
  if (node.type === 'text') {
    appendText(into, textOf(node, trim));
    return;
  }
  if (!Object.hasOwn(TAG_OF, node.type)) return;
  // The shipped data never holds another address; nodes made by hand are checked again here.
  const href =
    node.type === 'link' && typeof node.url === 'string' && isSafeUrl(node.url) ? normalizeUri(node.url) : undefined;
  // A link that must not be one is written as its text: its children go where it would have.
  const unwrapped = node.type === 'link' && href === undefined;
  const title = node.type === 'link' && typeof node.title === 'string' ? node.title : undefined;
  const element = { node, tag: TAG_OF[node.type], children: unwrapped ? into : [], key: into.length, href, title };
  if (node.type === 'inlineCode') appendText(element.children, textOf(node, trim));
  if (node.type === 'inlineCode' || node.type === 'break') {
    into.push(make(element));
    if (node.type === 'break') appendText(into, '\n');
    return;
  }
  // Its place, filled when the walk leaves it (a node open is skipped inside itself).
  if (!unwrapped) into.push(undefined as Child);
  open.add(node);
  steps.push(() => {
    if (!unwrapped) into[element.key] = make(element);
    open.delete(node);
  });
  queueSiblings(steps, node.children, trim, element.children);
}
