/**
 * A translation against its source, as translation tools treat it: each translated item records
 * the revision of the source item it translates (`translated:` in its frontmatter). An item whose
 * source changed since is **stale**; one the translation lacks is **missing** and the source's
 * stands in (a **fallback**). Both are warnings: the build goes on, and `npm run check:release`
 * fails on them unless a pending changeset declares the translation pending. A fact stated
 * differently (a figure, a year, a place, a phase) is an error in a current item; in a stale one
 * it is the source that changed, so the source's item stands in until the translation is updated.
 */
import type { VFile } from 'vfile';
import type { TranslationState } from '../../src/schema.js';
import type { ArticleDraft } from '../extract/article-draft.js';
import { ALL_KINDS, type EditionContent, itemsOf, type TranslatedCollection } from '../kinds/index.js';
import type { Mismatch } from '../kinds/kind.js';
import { hasErrors, report } from '../shared/rules.js';
import { compareArticles, itemKey, type ParityResult, type PlacedItem, placeIn } from './parity.js';
import { type RevisedItem, recordedRevision, recordedRevisions, sourceRevisions } from './revisions.js';

/** One edition's side of the comparison: its drafts (with places), its validated content and its file. */
export interface TranslationSide {
  readonly draft: ArticleDraft;
  readonly content: EditionContent | undefined;
  readonly file: VFile;
}

/** Where a translation stands on one item of its source. */
export interface TranslationItemStatus extends RevisedItem {
  /** `current`, `stale` or `fallback` (missing, or stale with facts that no longer agree). */
  readonly state: Exclude<TranslationState, 'source'>;
  /** The revision the translation records, if any. */
  readonly recorded: string | undefined;
  /** Whether the translation has the item at all. */
  readonly present: boolean;
}

/** Where a translation stands on every item of its source. */
export interface TranslationReport {
  readonly locale: string;
  /** The translation's file name in the content directory, e.g. `article.ko.md`. */
  readonly name: string;
  /** The translation's path as diagnostics show it. */
  readonly path: string;
  /** The source's items in article order, with the translation's state of each. */
  readonly items: readonly TranslationItemStatus[];
  /** The translation's items the source lacks (left out of the data). */
  readonly extra: readonly string[];
  /** The datasets' descriptions its language lacks (`refugees.ko.md`): the English stands in. */
  readonly missingDescriptions: readonly string[];
}

/**
 * Compares a translation with its source (which must be valid), reports on the translation every
 * warning and error, and gives the translation's content with each item's `translation` state: the
 * source's items in the source's order, a missing or fallen-back item being the source's own.
 *
 * @param sourceName The source's file name, for messages (e.g. `article.en.md`).
 * @returns The content (`undefined` if the translation has errors) and the report.
 */
export function reconcileTranslation(
  source: TranslationSide & { readonly content: EditionContent },
  translation: TranslationSide,
  locale: string,
  sourceName: string,
): { content: EditionContent | undefined; report: TranslationReport } {
  const { file } = translation;
  // An item the translation's own errors kept out of its draft is not reported missing as well.
  const ownErrors = hasErrors(file);
  const parity = compareArticles(source.draft, translation.draft);
  const recorded = recordedRevisions(translation.draft);
  const revisions = new Map(sourceRevisions(source.content).map((item) => [itemKey(item), item]));
  const at = (item: PlacedItem) => placeIn(sourceName, item.place);
  const mark = `npm run translations -- --locale ${locale} --mark-current`;
  if (!recorded)
    report(
      file,
      'translation-stale',
      `no revisions recorded: every item counts as stale until checked against ${placeIn(sourceName, undefined)} and marked current with \`${mark}\``,
      translation.draft.frontmatter?.locate(['translationOf']),
    );

  const items: TranslationItemStatus[] = [];
  for (const { source: item, translation: here } of parity.items) {
    const revised = revisions.get(itemKey(item));
    if (!revised) continue;
    const was = recordedRevision(recorded, item);
    const name = `${item.noun} "${item.id}"`;
    if (!here) {
      if (!ownErrors)
        report(
          file,
          'translation-missing-item',
          `${name} of ${at(item)} is missing here: the source's stands in until it is translated (with the same id)`,
          parity.whereMissing(item.collection),
        );
      items.push({ ...revised, state: 'fallback', recorded: was, present: false });
      continue;
    }
    const mismatches = parity.mismatches.get(itemKey(item)) ?? [];
    if (was === revised.revision) {
      for (const m of mismatches) report(file, 'translation-mismatch', describe(m, sourceName), m.place);
      items.push({ ...revised, state: 'current', recorded: was, present: true });
      continue;
    }
    const state = mismatches.length > 0 ? 'fallback' : 'stale';
    if (mismatches.length > 0)
      report(
        file,
        'translation-stale',
        `${name} is stale and no longer agrees with ${at(item)} (${mismatches.map((m) => describe(m, sourceName)).join('; ')}): the source's stands in until it is updated`,
        here.place,
      );
    else if (recorded)
      report(
        file,
        'translation-stale',
        `${name} is stale: ${at(item)} ${was === undefined ? 'has no recorded revision here' : 'changed since it was translated'}; update the translation, then \`${mark} ${itemKey(item)}\``,
        here.place,
      );
    items.push({ ...revised, state, recorded: was, present: true });
  }
  reportExtra(parity, file, sourceName);
  const states = new Map(items.map((item) => [itemKey(item), item.state]));
  const content =
    translation.content && !hasErrors(file) ? merge(source.content, translation.content, states) : undefined;
  return {
    content,
    report: {
      locale,
      name: String(file.data.loaded?.name ?? file.basename),
      path: file.path,
      items,
      extra: parity.extra.map((item) => itemKey(item)),
      // The build, which reads the datasets, fills this in.
      missingDescriptions: [],
    },
  };
}

/**
 * A mismatch in words, naming both files' places.
 *
 * @returns E.g. `the estimate's since is 1950 here but 1953 in article.en.md:13:130`.
 */
function describe(mismatch: Mismatch, sourceName: string): string {
  const hint = mismatch.hint ? ` (${mismatch.hint})` : '';
  return `${mismatch.what} ${mismatch.here} here but ${mismatch.there} in ${placeIn(sourceName, mismatch.sourcePlace)}${hint}`;
}

function reportExtra(parity: ParityResult, file: VFile, sourceName: string): void {
  for (const item of parity.extra) {
    report(
      file,
      'translation-extra-item',
      `${item.noun} "${item.id}" is not in ${sourceName} (its ${item.collection} are at ${placeIn(sourceName, parity.sourceSection(item.collection))}): it is left out; every edition has the source's ids (write the source's id as {#id})`,
      item.place,
    );
  }
}

/** The translation's content, completed from the source's and stamped with each item's state. */
function merge(
  source: EditionContent,
  translation: EditionContent,
  states: ReadonlyMap<string, TranslationState>,
): EditionContent {
  const pick = <T extends { readonly id: string }>(
    collection: TranslatedCollection,
    mine: T,
    theirs: readonly T[],
  ): T & { translation: TranslationState } => {
    const state = states.get(itemKey({ collection, id: mine.id })) ?? 'fallback';
    const translated = theirs.find((item) => item.id === mine.id);
    if (state === 'fallback' || !translated) return { ...mine, translation: 'fallback' };
    // The section an item is in is the source's (a renamed source section stands in whole).
    const section = 'sectionId' in mine ? { sectionId: mine.sectionId } : {};
    return { ...translated, ...section, translation: state };
  };
  const article = translation.article;
  const merged: Record<string, unknown> = {
    article: {
      ...article,
      sections: source.article.sections.map((section) => pick('sections', section, article.sections)),
      translation: states.get(itemKey({ collection: 'article', id: source.article.slug })) ?? 'stale',
    },
  };
  for (const kind of ALL_KINDS) {
    const [mine, theirs] = [source[kind.collection], translation[kind.collection]];
    const picked = itemsOf(mine).map((item) => pick(kind.collection, item, itemsOf(theirs)));
    // A kind of one item keeps its one item; a kind of many, the source's list in its order.
    merged[kind.collection] = Array.isArray(mine) ? picked : picked[0];
  }
  // Each collection is the source's, item by item: the kinds' own shapes.
  return merged as EditionContent;
}
