/**
 * The schemas of the content's release history: a release, an item's history (when it came and last
 * changed) and what each release changed. The release tooling derives them from the content lock.
 */
import { z } from 'zod';
import { IsoDate, Locale, nonEmpty } from './text.js';

/** A release of the content: its version and the day it was versioned. */
export const Release = z.strictObject({ version: nonEmpty, date: IsoDate }).readonly();
export type Release = z.infer<typeof Release>;

/** When an item first appeared and when it last changed, as releases (`changed` is `added` until it changes). */
export const ItemHistory = z.strictObject({ added: Release, changed: Release }).readonly();
export type ItemHistory = z.infer<typeof ItemHistory>;

/** An item's `history`: `null` only for an item no release has had yet (a build of content not yet versioned). */
export const HistoryField = ItemHistory.nullable();

/** The id of an item in a list of changes: a kind's id, a section's, the article's slug, a period of figures (`1999–2001`). */
const ItemKey = nonEmpty;

/** The name of a collection or a dataset, as the content lock names it (`faq`, `rows`). */
const CollectionKey = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'must be a collection name');

/** The ids of one collection that were added, changed and removed. */
export const CollectionChanges = z
  .strictObject({
    added: z.array(ItemKey).readonly(),
    changed: z.array(ItemKey).readonly(),
    removed: z.array(ItemKey).readonly(),
  })
  .readonly();
export type CollectionChanges = z.infer<typeof CollectionChanges>;

/** Changes by collection. */
const ChangesByCollection = z.record(CollectionKey, CollectionChanges).readonly();

/** A release of the content and what it changed: by edition and collection, by dataset and collection. */
export const ContentRelease = z
  .strictObject({
    version: nonEmpty,
    date: IsoDate,
    editions: z.record(Locale, ChangesByCollection).readonly(),
    datasets: z.record(CollectionKey, ChangesByCollection).readonly(),
  })
  .readonly();
export type ContentRelease = z.infer<typeof ContentRelease>;
