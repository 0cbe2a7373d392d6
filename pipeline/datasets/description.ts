/**
 * A dataset's title and description in another edition's language (`content/<name>.<locale>.md`):
 * frontmatter with its `title`, then paragraphs, held to the rules of the article's text. The
 * figures themselves are the source file's: a translation holds no table.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { z } from 'zod';
import type { DatasetText } from '../../src/schema.js';
import { readFrontmatter, reportFrontmatterIssues } from '../load/frontmatter.js';
import { toRichBlocks } from '../parse/rich-text.js';
import { hasErrors, report } from '../shared/rules.js';
import { reportOtherBlocks } from './figures-file.js';
import { readTable } from './table.js';

/** The frontmatter of a dataset's description in another language. */
export const DescriptionFrontmatter = z
  .strictObject({ title: z.string().trim().min(1, 'must not be empty') })
  .readonly();
export type DescriptionFrontmatter = z.infer<typeof DescriptionFrontmatter>;

/**
 * Reads a dataset's title and description in another language; problems are reported on `file`.
 *
 * @param source The dataset's own file name, for messages (`refugees.md`).
 * @returns The text, or `undefined` on any problem.
 */
export function extractDescription(tree: Root, file: VFile, source: string): DatasetText | undefined {
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yaml) {
    report(file, 'frontmatter-missing', 'missing frontmatter: start the file with --- and the title in this language');
    return undefined;
  }
  const frontmatter = readFrontmatter(yaml, file);
  reportOtherBlocks(tree, file);
  const { table, prose, found } = readTable(tree, file);
  if (table || found)
    report(
      file,
      'block-not-allowed',
      `a translation of the description holds no table: the figures are those of ${source}`,
      tree.children.find((node) => node.type === 'paragraph' && !prose.includes(node))?.position,
    );
  const description = toRichBlocks(prose, file);
  if (frontmatter.value === undefined) return undefined;
  const meta = DescriptionFrontmatter.safeParse(frontmatter.value);
  if (!meta.success) {
    reportFrontmatterIssues(meta.error.issues, DescriptionFrontmatter, frontmatter, file);
    return undefined;
  }
  return hasErrors(file) ? undefined : { title: meta.data.title, description };
}
