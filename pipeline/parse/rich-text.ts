/**
 * Turns mdast phrasing content into the package's rich text: a position-free subset of mdast
 * plus a plain-text string. Anything outside that subset (raw HTML, images, unsafe links) is
 * reported at its position and left out.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type { ParagraphNode, PhrasingNode, RichBlocks, RichText } from '../../src/types.js';
import { isProtocolRelative, isSafeUrl } from '../../src/url.js';
import { report } from '../shared/rules.js';

/**
 * Called for each `:name[…]` directive met in the text. By default the directive's words stay in
 * the text; a visitor may return nodes to stand in its place instead (e.g. a figure formatted for
 * the article's language, for a bare `:estimate`).
 */
export type DirectiveVisitor = (node: TextDirective) => PhrasingNode[] | undefined;

/**
 * Converts phrasing content to rich text.
 *
 * @param onDirective Called for every text directive, outermost first; without it a directive is an error.
 * @returns The rich text; problems are reported on `file`.
 */
export function toRichText(
  children: readonly PhrasingContent[],
  file: VFile,
  onDirective?: DirectiveVisitor,
): RichText {
  const nodes = convertAll(children, file, onDirective);
  return { text: plainText(nodes), nodes };
}

/**
 * Converts paragraphs to block rich text.
 *
 * @returns The rich blocks; paragraphs are joined by a blank line in `text`.
 */
export function toRichBlocks(
  paragraphs: readonly Paragraph[],
  file: VFile,
  onDirective?: DirectiveVisitor,
): RichBlocks {
  const nodes: ParagraphNode[] = paragraphs.map((paragraph) => ({
    type: 'paragraph',
    children: convertAll(paragraph.children, file, onDirective),
  }));
  return { text: nodes.map((node) => plainText(node.children)).join('\n\n'), nodes };
}

/**
 * The text of rich-text nodes without markup; a hard break is a newline.
 *
 * @returns The plain text.
 */
export function plainText(nodes: readonly PhrasingNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += '\n';
    else text += plainText(node.children);
  }
  return text;
}

function convertAll(children: readonly PhrasingContent[], file: VFile, onDirective?: DirectiveVisitor): PhrasingNode[] {
  const out: PhrasingNode[] = [];
  for (const child of children) convertInto(out, child, file, onDirective);
  return out;
}

/** Appends a converted node to `out`, joining adjacent text (no array per node: at a hundred times the article's size, that garbage was measurable). */
function push(out: PhrasingNode[], node: PhrasingNode): void {
  const previous = out[out.length - 1];
  if (node.type === 'text' && previous?.type === 'text') {
    out[out.length - 1] = { type: 'text', value: previous.value + node.value };
  } else {
    out.push(node);
  }
}

/** Converts `node` onto the end of `out`: nothing for what is reported and left out, its children for a mark or an unsafe link. */
function convertInto(out: PhrasingNode[], node: PhrasingContent, file: VFile, onDirective?: DirectiveVisitor): void {
  const place = node.position;
  switch (node.type) {
    case 'text':
      push(out, { type: 'text', value: node.value });
      return;
    case 'inlineCode':
      out.push({ type: 'inlineCode', value: node.value });
      return;
    case 'break':
      out.push({ type: 'break' });
      return;
    case 'emphasis':
    case 'strong':
      out.push({ type: node.type, children: convertAll(node.children, file, onDirective) });
      return;
    case 'link':
      if (!isSafeUrl(node.url)) {
        const why = isProtocolRelative(node.url)
          ? 'it names another host without a scheme (//host): write https:// for another site, or a path for this one'
          : 'links may only use http:, https:, mailto: or a relative address';
        report(file, 'unsafe-link', `unsafe link "${node.url}": ${why}`, place);
        for (const child of node.children) convertInto(out, child, file, onDirective);
        return;
      }
      out.push({
        type: 'link',
        url: node.url,
        title: node.title ?? null,
        children: convertAll(node.children, file, onDirective),
      });
      return;
    case 'textDirective': {
      if (!onDirective) {
        report(
          file,
          'mark-outside-section',
          `unexpected :${node.name}[…] here: marks are only used in the article's sections`,
          place,
        );
        for (const child of node.children) convertInto(out, child, file, onDirective);
        return;
      }
      const replacement = onDirective(node);
      if (replacement) for (const child of replacement) push(out, child);
      else for (const child of node.children) convertInto(out, child, file, onDirective);
      return;
    }
    case 'html':
      report(file, 'raw-html', rawHtmlMessage(node.value), place);
      return;
    case 'image':
    case 'imageReference':
      report(file, 'image', 'images are not allowed in the text', place);
      return;
    case 'linkReference':
      report(file, 'reference-link', 'reference links are not supported: write [text](address)', place);
      return;
    default:
      // The parser (parse.ts) makes no other phrasing node: no GFM strikethrough or footnotes.
      throw new Error(`the content build cannot convert a ${node.type} node (parse.ts makes none)`);
  }
}

/**
 * The message for raw HTML in markdown, which is never passed through.
 *
 * @returns A message quoting the start of the HTML.
 */
export function rawHtmlMessage(html: string): string {
  return `raw HTML is not allowed: write markdown instead of ${JSON.stringify(abbreviate(html))}`;
}

function abbreviate(text: string): string {
  const line = text.split('\n')[0]!;
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
