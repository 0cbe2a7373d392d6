/** What the extract stage makes of one article: its prose, its sections and each kind's items, located. */
import type { Point } from 'unist';
import type { RichBlocks, RichText } from '../../src/types.js';
import type { KindDrafts, KindName } from '../kinds/index.js';
import type { FrontmatterData } from '../load/frontmatter.js';
import type { Located } from './draft.js';

/** A section as extracted, before validation. */
export interface SectionDraft {
  readonly id: string;
  readonly kind: KindName;
  readonly heading: RichText;
  readonly body: RichBlocks;
}

/** Everything extracted from one article. */
export interface ArticleDraft {
  readonly frontmatter: FrontmatterData | undefined;
  /** The end of the file, where missing parts are reported. */
  readonly end: Point | undefined;
  readonly intro: RichBlocks;
  readonly sections: readonly Located<SectionDraft>[];
  readonly conclusion: RichBlocks;
  /** Each kind's items, by collection (empty for a kind the article leaves out). */
  readonly items: KindDrafts;
}
