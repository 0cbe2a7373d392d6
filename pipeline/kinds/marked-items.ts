/**
 * Items named by marks in a section's paragraphs (factors, challenges): each mark's words are the
 * item's label, its paragraph is its context, and its id is explicit (`{#id}`) or the label's slug.
 */
import type { TextDirective } from 'mdast-util-directive';
import type { RichText } from '../../src/types.js';
import type { ItemDraft, Located } from '../extract/draft.js';
import { slug } from '../parse/document.js';
import { isLeftOut } from '../parse/mark-syntax.js';
import { explicitId, labelOf, marksIn } from '../parse/marks.js';
import type { SectionInput } from './kind.js';

/** An item read from a mark: what every marked item has. */
export interface MarkedItem extends ItemDraft {
  readonly label: RichText;
  readonly context: RichText;
  readonly sectionId: string;
}

/**
 * Reads every mark of a section as an item. `more` adds a kind's own fields, or reports why the
 * mark is not an item (then it returns `undefined`). Empty and malformed marks are skipped (already reported).
 *
 * @returns The located items, in document order.
 */
export function extractMarkedItems<Extra extends object = Record<never, never>>(
  { paragraphs, sectionId }: Pick<SectionInput, 'paragraphs' | 'sectionId'>,
  more: (node: TextDirective, item: MarkedItem) => Extra | undefined = () => ({}) as Extra,
): Located<MarkedItem & Extra>[] {
  const items: Located<MarkedItem & Extra>[] = [];
  for (const { paragraph, rich } of paragraphs) {
    for (const node of marksIn(paragraph)) {
      if (isLeftOut(node)) continue;
      const label = labelOf(node);
      if (label.text.trim() === '') continue;
      const item: MarkedItem = { id: explicitId(node) ?? slug(label.text), label, context: rich, sectionId };
      const extra = more(node, item);
      if (extra === undefined) continue;
      items.push({
        value: { ...item, ...extra },
        place: node.position,
        // Every field is written in the mark: its words, its id, its attributes (a challenge's phase).
        fields: Object.fromEntries(['id', 'label', ...Object.keys(extra)].map((field) => [field, node.position])),
      });
    }
  }
  return items;
}
