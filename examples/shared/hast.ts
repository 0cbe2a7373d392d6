/**
 * Rich text → hast with the unified pipeline (mdast-util-to-hast), for any framework that renders
 * hast through hast-util-to-jsx-runtime (React, Preact, Solid, Vue). No HTML strings are involved.
 */
import type { Root } from 'hast';
import type { Root as MdastRoot, Paragraph, PhrasingContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { RichBlocks, RichText } from 'north-korean-escapees';

/**
 * The hast tree of a rich-text field: paragraphs for `RichBlocks`, inline content for `RichText`.
 *
 * @returns A hast root.
 */
export function richTextToHast(field: RichText | RichBlocks): Root {
  const nodes = field.nodes as readonly { type: string }[];
  if (nodes.length > 0 && nodes.every((node) => node.type === 'paragraph')) {
    return toHast({ type: 'root', children: nodes as Paragraph[] } satisfies MdastRoot) as Root;
  }
  // Inline content is converted as a paragraph's children, so no line endings are put between the nodes.
  const paragraph = toHast({ type: 'paragraph', children: nodes as PhrasingContent[] });
  return { type: 'root', children: 'children' in paragraph ? (paragraph.children as Root['children']) : [] };
}
