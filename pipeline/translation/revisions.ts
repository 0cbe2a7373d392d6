/**
 * Revisions of the source's items: what a translation records, in its frontmatter (`translated:`),
 * for each item it translates, so that a change to the source item makes the translation stale.
 * A revision is the first 8 hexadecimal digits of the sha256 of what a translation translates of
 * the item (a question and its answer; a label; a heading and its body), as validated.
 */
import { createHash } from 'node:crypto';
import { TranslatedRevisions, type TranslatedRevisions as TranslatedRevisionsType } from '../../src/schema.js';
import type { ArticleDraft } from '../extract/article-draft.js';
import { ALL_KINDS, type EditionContent, itemsOf } from '../kinds/index.js';
import type { ItemRef } from './parity.js';

/** The key of the frontmatter that holds a translation's revisions. */
export const REVISIONS_KEY = 'translated';

/** A source item and its current revision. */
export interface RevisedItem extends ItemRef {
  readonly revision: string;
}

/**
 * The revision of a value: the first 8 hexadecimal digits of the sha256 of its JSON.
 *
 * @returns E.g. `1a2b3c4d`; the same for equal values on any machine.
 */
export function revisionOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);
}

/**
 * Every translatable item of the source's validated content with its revision, in article order:
 * the article (title, description, intro, conclusion), each section (heading, body), then each
 * kind's items (what the kind `translates`).
 *
 * @returns The items; never throws.
 */
export function sourceRevisions(content: EditionContent): RevisedItem[] {
  const { title, description, intro, conclusion, sections, slug } = content.article;
  const items: RevisedItem[] = [
    { collection: 'article', id: slug, revision: revisionOf({ title, description, intro, conclusion }) },
    ...sections.map(({ id, heading, body }) => ({
      collection: 'sections' as const,
      id,
      revision: revisionOf({ heading, body }),
    })),
  ];
  for (const kind of ALL_KINDS) {
    for (const item of itemsOf(content[kind.collection]))
      items.push({ collection: kind.collection, id: item.id, revision: revisionOf(kind.translates(item)) });
  }
  return items;
}

/**
 * The revisions a translation records in its frontmatter, if they are well formed (a malformed
 * `translated:` is reported by the frontmatter's validation).
 *
 * @returns The revisions by collection and id, or `undefined` when none are recorded or they are malformed.
 */
export function recordedRevisions(draft: ArticleDraft): TranslatedRevisionsType | undefined {
  const value = (draft.frontmatter?.value as Record<string, unknown> | undefined)?.[REVISIONS_KEY];
  if (value === undefined) return undefined;
  const result = TranslatedRevisions.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * The revision recorded for an item.
 *
 * @returns The revision, or `undefined`.
 */
export function recordedRevision(recorded: TranslatedRevisionsType | undefined, item: ItemRef): string | undefined {
  const byId = recorded?.[item.collection];
  return byId && Object.hasOwn(byId, item.id) ? byId[item.id] : undefined;
}
