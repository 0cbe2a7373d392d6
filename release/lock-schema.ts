/**
 * The schema of `content.lock.json`. Every key, list and map it holds is bounded, far above what the
 * content needs (two editions of tens of items, a shape of about 200 fields), so that a damaged or
 * hostile lock is refused as soon as it is read, never compared for minutes. An edition or a
 * collection is any name of its form: a lock written before a kind existed (or after one was
 * removed) is read, and the difference is a change like any other (`semver.ts`).
 */
import { z } from 'zod';
import { Locale } from '../src/schema.js';

/** The most entries of each part of a lock. */
export const LOCK_LIMITS = {
  /** Editions (locales). */
  editions: 100,
  /** Collections of an edition, or of the figures. */
  collections: 100,
  /** Items of one collection of an edition. */
  items: 10_000,
  /** Fields of one item. */
  fields: 100,
  /** Fields of the data shape. */
  shape: 10_000,
  /** Rows of the arrival figures (as many as `arrivals.md` may have). */
  rows: 1_000,
  /** Characters of a key (a field's name, a field path of the shape). */
  keyLength: 1_000,
} as const;

/** A map of at most `max` entries, counted before any entry is parsed. */
function boundedRecord<V extends z.ZodType>(key: z.ZodType<string>, value: V, max: number, what: string) {
  const isMap = (input: unknown): input is object =>
    typeof input === 'object' && input !== null && !Array.isArray(input);
  return z
    .custom<unknown>((input) => !isMap(input) || Object.keys(input).length <= max, {
      error: (issue) =>
        `${Object.keys(issue.input as object).length.toLocaleString('en-US')} ${what}, at most ${max.toLocaleString('en-US')}`,
      params: { rule: 'lock-too-many' },
    })
    .pipe(z.record(key, value));
}

/** A list of at most `max` items. */
const boundedArray = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `more than ${max.toLocaleString('en-US')} ${what}`);

/** A value as stored in the lock: primitives and lists of them verbatim, anything else as a hash. */
export const LockValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);
export type LockValue = z.infer<typeof LockValue>;

const FieldName = z
  .string()
  .max(LOCK_LIMITS.keyLength)
  .regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/, 'is not a field name (words joined by dots)');

/** One item of a collection: its id, its name for readers (the question, the label) and its compared fields. */
export const LockItem = boundedRecord(FieldName, LockValue, LOCK_LIMITS.fields, 'fields').and(
  z.object({ id: z.string(), name: z.string() }),
);
export type LockItem = z.infer<typeof LockItem>;

/** The name of a collection: a kind's (`faq`), the article's parts', the figures'. */
const CollectionName = z
  .string()
  .max(LOCK_LIMITS.keyLength)
  .regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'is not a collection name (a letter, then letters, digits and hyphens)');

/** Collections of items, by name, each in the article's order. */
const Collections = boundedRecord(
  CollectionName,
  boundedArray(LockItem, LOCK_LIMITS.items, 'items'),
  LOCK_LIMITS.collections,
  'collections',
);

/** One edition of the content (one locale): every collection's items, in the article's order. */
export const EditionLock = Collections;
export type EditionLock = z.infer<typeof EditionLock>;

/** The arrival figures' collections besides their rows: the figures' own fields, and their sources. */
export const FiguresLock = Collections;
export type FiguresLock = z.infer<typeof FiguresLock>;

/**
 * The format of the locks this version writes. Version 2 records every field of every item, the
 * figures' own fields and sources, their data shape and the licence; a version 1 lock is read, and
 * compared on what it recorded.
 */
export const LOCK_VERSION = 2;

const ShapeText = z.string().max(LOCK_LIMITS.keyLength);

/** The whole lock file. */
export const ContentLock = z.strictObject({
  /** The format of this file; bumped if the format changes (`LOCK_VERSION`). */
  lockVersion: z.union([z.literal(1), z.literal(LOCK_VERSION)]),
  /** The package the lock belongs to. */
  package: z.string(),
  /** The package version the content was last released (or versioned) as. */
  version: z.string(),
  /** The date (YYYY-MM-DD) the content last changed in a release; `meta.updated`. */
  updated: z.iso.date(),
  /** The public data shape: one entry per field path, e.g. `faq[].answer.text: string` (the figures' `arrivals.…` since version 2). */
  shape: boundedRecord(ShapeText, ShapeText, LOCK_LIMITS.shape, 'fields'),
  /** The content, per edition, keyed by locale. */
  editions: boundedRecord(Locale, EditionLock, LOCK_LIMITS.editions, 'editions'),
  /** The official arrival figures, one row per period (absent in locks written before they existed). */
  arrivals: boundedArray(
    z.strictObject({ period: z.string(), men: z.number(), women: z.number(), total: z.number(), source: z.string() }),
    LOCK_LIMITS.rows,
    'rows',
  ).optional(),
  /** The arrival figures' description, as a hash of its text (absent in locks written before it was shipped). */
  arrivalsDescription: z.string().optional(),
  /** The figures' own fields and their sources (since version 2). */
  figures: FiguresLock.optional(),
  /** `meta.license`, as a hash (since version 2). */
  license: z.string().optional(),
});
export type ContentLock = z.infer<typeof ContentLock>;
