/**
 * Rich text as a safe HTML string, without dependencies. The output is byte-for-byte what the
 * unified reference pipeline (`mdast-util-to-hast` then `hast-util-to-html`, default options)
 * makes of the same nodes; `tests/render/html.test.ts` checks that over every shipped field and over
 * hostile input. Every text and attribute value is escaped; nothing is passed through raw.
 */
import type { ParagraphNode, PhrasingNode, RichBlocks, RichText } from './types.js';
import { isSafeUrl } from './url.js';

/**
 * Renders rich text as HTML: paragraphs as `<p>` (joined by a newline), emphasis as `<em>`,
 * strong as `<strong>`, inline code as `<code>`, hard breaks as `<br>` and links as
 * `<a href="…">` (the address percent-encoded as CommonMark does). `<`, `&` in text and
 * NUL, `"`, `'`, `&`, `` ` `` in attributes become character references, so the result is safe to
 * insert into an HTML element. Only `http:`, `https:`, `mailto:` and relative links are rendered
 * as links (the build already rejects others; for nodes made by hand, another link becomes its text).
 *
 * @param field A rich-text field, e.g. `getFaq('what-is-a-defector').answer`.
 * @returns The HTML fragment. It never throws and takes time linear in the size of the nodes, at any depth of nesting.
 */
export const toHtml = /* @__PURE__ */ Object.freeze((field: RichText | RichBlocks): string => {
  const nodes: readonly (PhrasingNode | ParagraphNode)[] = Array.isArray(field?.nodes) ? field.nodes : [];
  const stack: Task[] = [];
  if (nodes.every(isParagraph)) {
    // Paragraphs are separated by a line ending, as the reference pipeline does for a root's children.
    for (let index = nodes.length - 1; index >= 0; index--) {
      stack.push({ node: nodes[index]!, trim: false });
      if (index > 0) stack.push('\n');
    }
  } else {
    pushSiblings(stack, nodes as readonly PhrasingNode[], false);
  }
  return render(stack);
});

/** What is left to write: text as it is, a node to render, or the end of an element. */
type Task =
  | string
  | { readonly node: PhrasingNode | ParagraphNode; readonly trim: boolean }
  | { readonly close: string; readonly node: object };

/**
 * Tells whether a node is a paragraph: a field whose nodes are all paragraphs is block text.
 *
 * @returns `true` for a paragraph.
 */
export function isParagraph(node: PhrasingNode | ParagraphNode): node is ParagraphNode {
  return node?.type === 'paragraph';
}

/**
 * Queues a list of siblings (last first, so the first is written first). As in the reference
 * pipeline, a node that follows a hard break has the leading spaces and tabs of its text dropped;
 * so does the first child when `trimHead` is set and it is text.
 */
function pushSiblings(stack: Task[], nodes: readonly PhrasingNode[], trimHead: boolean): void {
  if (!Array.isArray(nodes)) return;
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!;
    const trim = index === 0 ? trimHead && node?.type === 'text' : nodes[index - 1]?.type === 'break';
    stack.push({ node, trim });
  }
}

const TAGS = { paragraph: 'p', emphasis: 'em', strong: 'strong' } as const;

/**
 * Writes the queued tasks. The walk uses an explicit stack, not recursion, so no depth of nesting
 * can overflow the call stack; a node that contains itself (possible only in nodes made by hand)
 * is written once and its repetition skipped, so every input ends.
 */
function render(stack: Task[]): string {
  let html = '';
  const open = new Set<object>();
  while (stack.length > 0) {
    const task = stack.pop()!;
    if (typeof task === 'string') {
      html += task;
      continue;
    }
    if ('close' in task) {
      open.delete(task.node);
      html += task.close;
      continue;
    }
    const { node, trim } = task;
    if (typeof node !== 'object' || node === null || open.has(node)) continue;
    switch (node.type) {
      case 'text': {
        const value = trimLines(String(node.value ?? ''));
        html += escapeText(trim ? trimStart(value) : value);
        break;
      }
      case 'inlineCode': {
        const value = String(node.value ?? '').replace(/\r?\n|\r/g, ' ');
        html += `<code>${escapeText(trim ? trimStart(value) : value)}</code>`;
        break;
      }
      case 'break':
        html += '<br>\n';
        break;
      case 'paragraph':
      case 'emphasis':
      case 'strong': {
        const tag = TAGS[node.type];
        html += `<${tag}>`;
        open.add(node);
        stack.push({ close: `</${tag}>`, node });
        pushSiblings(stack, node.children, trim);
        break;
      }
      case 'link': {
        open.add(node);
        // The shipped data never holds another address; nodes made by hand are checked again here.
        if (typeof node.url !== 'string' || !isSafeUrl(node.url)) {
          stack.push({ close: '', node });
        } else {
          const title = typeof node.title === 'string' ? ` title="${escapeAttribute(node.title)}"` : '';
          html += `<a href="${escapeAttribute(normalizeUri(node.url))}"${title}>`;
          stack.push({ close: '</a>', node });
        }
        pushSiblings(stack, node.children, trim);
        break;
      }
      default:
        // Unreachable with the shipped data, whose nodes are checked when it is built.
        break;
    }
  }
  return html;
}

/**
 * Escapes text for an HTML element's content: `&` and `<` become character references.
 *
 * @returns The escaped text.
 */
function escapeText(value: string): string {
  return value.replace(/[&<]/g, reference);
}

/**
 * Escapes text for a double-quoted HTML attribute value: NUL, `"`, `&`, `'` and `` ` `` become
 * character references.
 *
 * @returns The escaped text.
 */
function escapeAttribute(value: string): string {
  return value.replace(/[\0"&'`]/g, reference);
}

function reference(character: string): string {
  return `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;
}

/**
 * Spaces and tabs around line endings are dropped, as markdown does. Each run of spaces and tabs is
 * matched once (nothing to backtrack over): a text of any number of spaces costs no more than its length.
 *
 * @returns The text without them.
 */
export function trimLines(value: string): string {
  return value.replace(/[ \t]+/g, (run, at: number) =>
    /[\n\r]/.test(value[at - 1] ?? '') || /[\n\r]/.test(value[at + run.length] ?? '') ? '' : run,
  );
}

/**
 * Drops the spaces and tabs at the start of a text (the pattern is anchored: one attempt).
 *
 * @returns The text without them.
 */
export function trimStart(value: string): string {
  return value.replace(/^[ \t]+/, '');
}

/**
 * Percent-encodes what must not appear raw in a URL, leaving valid `%XX` escapes alone and
 * replacing lone surrogates with U+FFFD — CommonMark's normalisation (micromark-util-sanitize-uri).
 *
 * @returns The encoded address.
 */
export function normalizeUri(value: string): string {
  return value.replace(/%(?![\da-zA-Z]{2})|[\ud800-\udbff][\udc00-\udfff]|[^!#$%&-;=?-Z_a-z~]/g, (match) =>
    /^[\ud800-\udfff]$/.test(match) ? '%EF%BF%BD' : encodeURIComponent(match),
  );
}
