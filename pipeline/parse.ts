/**
 * Stage 2, parse: markdown to mdast with remark-parse, remark-frontmatter (YAML) and
 * remark-directive (the `:estimate[…]`, `:factor[…]` marks of the authoring conventions);
 * datasets (`arrivals.md`) with remark-gfm for their table.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

const datasetProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * Parses a loaded file.
 *
 * @returns The mdast tree, with positions.
 */
export function parseContent(file: VFile): Root {
  return processor.parse(file);
}

/**
 * Parses a dataset file: markdown with frontmatter and a GFM table.
 *
 * @returns The mdast tree, with positions.
 */
export function parseDataset(file: VFile): Root {
  return datasetProcessor.parse(file);
}
