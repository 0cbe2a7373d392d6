/**
 * Stage 2, parse: markdown to mdast with remark-parse, remark-frontmatter (YAML) and
 * remark-directive (the `:estimate[…]`, `:factor[…]` marks of the authoring conventions). Every
 * content file is parsed the same way, so the same syntax and the same rules hold everywhere;
 * the figures' table is read from its lines (`datasets/table.ts`), not with GFM, whose autolinks,
 * footnotes and strikethrough the content does not use.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

/**
 * Parses a loaded file.
 *
 * @returns The mdast tree, with positions.
 */
export function parseContent(file: VFile): Root {
  return processor.parse(file);
}
