/**
 * The content lock (`content.lock.json`): a small, deterministic, human-diffable record of the
 * released content, which `semver.ts` compares with the current content to compute the bump.
 *
 * It records everything `data.json` gives readers but the release's own version and date and the
 * history derived from the lock itself (each item's `history`, the `releases`): per
 * edition (keyed by locale), every collection's items in order, each with its id and every field,
 * facts and short values verbatim (the estimate's figure, a challenge's phase, …) and anything else
 * as a short hash; the arrival figures' rows, own fields and sources; the licence; and the public
 * data shape, flattened from the JSON Schema (`z.toJSONSchema`) to one line per field, so a shape
 * change says which field changed.
 */
import { createHash } from 'node:crypto';
import { periodOf } from '../pipeline/datasets/arrivals.js';
import type { BuiltDatasets } from '../pipeline/datasets/index.js';
import { LICENSE_PARTS, licenseExpression } from '../pipeline/emit/license.js';
import type { EditionContent } from '../pipeline/kinds/index.js';
import type { LockedItem } from '../pipeline/kinds/lock-spec.js';
import { compareStrings as compare } from '../pipeline/shared/diagnostics.js';
import type { Arrivals } from '../src/schema.js';
import { COLLECTIONS, type CollectionSpec, FIGURE_COLLECTIONS, type LockCollection } from './collections.js';
import {
  type ContentLock,
  type EditionLock,
  type FiguresLock,
  LOCK_VERSION,
  type LockItem,
  type LockValue,
} from './lock-schema.js';
import { dataShape } from './shape.js';

/**
 * Describes one edition of validated content as the lock records it.
 *
 * @returns The edition's collections; never throws.
 */
export function lockEdition(content: EditionContent): EditionLock {
  return lockCollections(COLLECTIONS, content);
}

/**
 * Describes the datasets as the lock records them besides the arrival figures' rows: each one's
 * collections (the arrival figures' own fields and sources, the refugee figures and their rows, …).
 *
 * @returns The collections; never throws.
 */
export function lockFigures(datasets: BuiltDatasets): FiguresLock {
  return lockCollections(FIGURE_COLLECTIONS, datasets);
}

/** Every collection of `collections`, each read from `from`, item by item. */
function lockCollections<From>(
  collections: Readonly<Record<string, LockCollection<From>>>,
  from: From,
): Record<string, LockItem[]> {
  const locked: Record<string, LockItem[]> = {};
  for (const [name, collection] of Object.entries(collections))
    locked[name] = collection.read(from).map((item) => lockItem(item, collection));
  return locked;
}

/**
 * One item as the lock records it: its id, its name for readers, then every field of it, those the
 * collection names first (so a field added to the data is recorded without being named anywhere).
 */
function lockItem(item: LockedItem, spec: CollectionSpec): LockItem {
  const named = item[spec.nameField] as string | { readonly text?: string } | undefined;
  const entry: LockItem = { id: String(item.id), name: typeof named === 'string' ? named : String(named?.text ?? '') };
  for (const field of new Set([...Object.keys(spec.fields), ...Object.keys(item)])) {
    // A field called `name` is the name itself (a source's, its `nameField`), kept verbatim. The
    // `history` is derived from the lock's own history: recording it would change it with every release.
    if (field !== 'id' && field !== 'name' && field !== 'history') entry[field] = lockValue(item[field]);
  }
  return entry;
}

/**
 * Builds a lock from the content of every edition.
 *
 * @param editions The validated content, one per edition (keyed by their `article.locale`).
 * @param datasets Every dataset's value (a lock without them records the editions alone).
 * @returns The lock; `shape` is computed from the kinds' and the datasets' schemas, `license` from license.ts.
 * @throws {Error} If two editions share a locale.
 */
export function createLock(
  editions: readonly EditionContent[],
  info: { readonly package: string; readonly version: string; readonly updated: string },
  datasets?: BuiltDatasets,
): ContentLock {
  const byLocale: Record<string, EditionLock> = {};
  for (const content of [...editions].sort((a, b) => compare(a.article.locale, b.article.locale))) {
    const locale = content.article.locale;
    if (Object.hasOwn(byLocale, locale)) throw new Error(`two editions have the locale "${locale}"`);
    byLocale[locale] = lockEdition(content);
  }
  const lock: ContentLock = {
    lockVersion: LOCK_VERSION,
    package: info.package,
    version: info.version,
    updated: info.updated,
    shape: dataShape(),
    editions: byLocale,
  };
  if (datasets) {
    lock.arrivals = lockArrivals(datasets.arrivals);
    lock.arrivalsDescription = String(lockValue(datasets.arrivals.description.text));
    lock.figures = lockFigures(datasets);
  }
  lock.license = String(lockValue({ spdx: licenseExpression(), parts: LICENSE_PARTS }));
  return lock;
}

/**
 * Describes the arrival figures as the lock records them: one row per period, with its source's id.
 *
 * @returns The rows in order; never throws.
 */
export function lockArrivals(arrivals: Arrivals): NonNullable<ContentLock['arrivals']> {
  return arrivals.rows.map((row) => ({
    period: periodOf(row),
    men: row.men,
    women: row.women,
    total: row.total,
    source: row.source.id,
  }));
}

/**
 * Serialises a lock: two-space JSON, one line per field, `\n` endings, so diffs read per item.
 *
 * @returns The file's text, byte-identical for equal locks.
 */
export function serializeLock(lock: ContentLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** Primitives and lists of primitives are kept verbatim; anything else becomes a 16-hex-digit sha256 of its JSON. */
function lockValue(value: unknown): LockValue {
  if (value === undefined) return null;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return [...value];
  if (typeof value === 'string' && value.length <= 40) return value;
  return `sha256:${createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)}`;
}
