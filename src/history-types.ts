/**
 * The public types of the content's release history: a release, an item's history (when it came and
 * last changed) and what a release changed. Plain declarations, re-exported by `types.ts`;
 * `src/schemas/history.ts` declares the zod schemas of the same shapes.
 */

/** A release of the content: its version and the day it was versioned (`YYYY-MM-DD`). */
export interface Release {
  readonly version: string;
  readonly date: string;
}

/**
 * When an item came and when it last changed: the release in which it first appeared and the
 * release in which it last changed (`added` until it changes). Derived from the content lock when a
 * release is versioned, never written by hand; a translation's item has its own, apart from the
 * English item's. An item changed since the last release shows its last released history.
 */
export interface ItemHistory {
  readonly added: Release;
  readonly changed: Release;
}

/** The ids of one collection that were added, changed and removed (by a release, or since one). */
export interface CollectionChanges<Id extends string = string> {
  readonly added: readonly Id[];
  readonly changed: readonly Id[];
  /** Removed ids are no longer ids of the content: plain strings. */
  readonly removed: readonly string[];
}

/**
 * A release of the content and what it changed: by edition (locale) and collection, and by dataset
 * (`arrivals`, `refugees`) and collection (`rows`: the arrivals' by period, e.g. `'2025'` or
 * `'1999–2001'`, the refugees' by year and place, e.g. `'2019'` or `'2019-CA'`; `sources` by id);
 * only the collections it changed.
 */
export interface ContentRelease extends Release {
  readonly editions: { readonly [locale: string]: { readonly [collection: string]: CollectionChanges } };
  readonly datasets: { readonly [dataset: string]: { readonly [collection: string]: CollectionChanges } };
}

/** What every item a consumer can show has (the article, a section, the estimate, a factor, …, a row of figures, a source). */
export interface HasHistory {
  /**
   * When it first appeared and when it last changed, in its own edition's releases (a translation's
   * item has its own); `null` only for an item no release has had yet (content not yet versioned).
   */
  readonly history: ItemHistory | null;
}
