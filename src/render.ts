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
 * @returns The HTML fragment; never throws.
 */
export function toHtml(field: RichText | RichBlocks): string {
  const nodes: readonly (PhrasingNode | ParagraphNode)[] = field.nodes;
  // Paragraphs are separated by a line ending, as the reference pipeline does for a root's children.
  return nodes.every(isParagraph) ? nodes.map((node) => one(node, false)).join('\n') : all(nodes as readonly PhrasingNode[], false);
}

function isParagraph(node: PhrasingNode | ParagraphNode): node is ParagraphNode {
  return node.type === 'paragraph';
}

/**
 * Renders a list of siblings. As in the reference pipeline, a node that follows a hard break has the
 * leading spaces and tabs of its text dropped; so does the first child when `trimHead` is set and it is text.
 */
function all(nodes: readonly PhrasingNode[], trimHead: boolean): string {
  let html = '';
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const trim = index === 0 ? trimHead && node.type === 'text' : nodes[index - 1]!.type === 'break';
    html += one(node, trim);
  }
  return html;
}

/** One node; `trim` drops the leading spaces and tabs of its (first) text. */
function one(node: PhrasingNode | ParagraphNode, trim: boolean): string {
  switch (node.type) {
    case 'text': {
      const value = trimLines(node.value);
      return escapeText(trim ? trimStart(value) : value);
    }
    case 'inlineCode': {
      const value = node.value.replace(/\r?\n|\r/g, ' ');
      return `<code>${escapeText(trim ? trimStart(value) : value)}</code>`;
    }
    case 'break':
      return '<br>\n';
    case 'paragraph':
      return `<p>${all(node.children, trim)}</p>`;
    case 'emphasis':
      return `<em>${all(node.children, trim)}</em>`;
    case 'strong':
      return `<strong>${all(node.children, trim)}</strong>`;
    case 'link': {
      // The shipped data never holds another address; nodes made by hand are checked again here.
      if (!isSafeUrl(node.url)) return all(node.children, trim);
      const title = node.title === null || node.title === undefined ? '' : ` title="${escapeAttribute(node.title)}"`;
      return `<a href="${escapeAttribute(normalizeUri(node.url))}"${title}>${all(node.children, trim)}</a>`;
    }
    default:
      // Unreachable with the shipped data, whose nodes are checked when it is built.
      return '';
  }
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

/** Spaces and tabs around line endings are dropped, as markdown does. */
function trimLines(value: string): string {
  return value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1');
}

function trimStart(value: string): string {
  return value.replace(/^[ \t]+/, '');
}

/**
 * Percent-encodes what must not appear raw in a URL, leaving valid `%XX` escapes alone and
 * replacing lone surrogates with U+FFFD — CommonMark's normalisation (micromark-util-sanitize-uri).
 */
function normalizeUri(value: string): string {
  return value.replace(/%(?![\da-zA-Z]{2})|[\ud800-\udbff][\udc00-\udfff]|[^!#$%&-;=?-Z_a-z~]/g, (match) =>
    /^[\ud800-\udfff]$/.test(match) ? '%EF%BF%BD' : encodeURIComponent(match),
  );
}
