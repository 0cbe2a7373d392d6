/**
 * The content lock (`content.lock.json`): a small, deterministic, human-diffable record of the
 * released content, which `semver.ts` compares with the current content to compute the bump.
 *
 * It holds, per edition (keyed by locale), every collection's items in order: each item's id,
 * its facts verbatim (the estimate's figure, a challenge's phase, …) and a short hash of each of
 * its texts; plus the public data shape, flattened from the JSON Schema of `Content`
 * (`z.toJSONSchema`) to one line per field, so a shape change says which field changed.
 */
import { createHash } from 'node:crypto';
import { compareStrings as compare } from '../pipeline/diagnostics.js';
import type { Arrivals, Content } from '../src/schema.js';
import { COLLECTIONS, VALUE_OF } from './collections.js';
import type { ContentLock, EditionLock, LockItem, LockValue } from './lock-schema.js';
import { dataShape } from './shape.js';

/**
 * Describes one edition of validated content as the lock records it.
 *
 * @returns The edition's collections; never throws.
 */
export function lockEdition(content: Content): EditionLock {
  const edition: Record<string, LockItem[]> = {};
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    const { fields: kinds, nameField } = spec;
    const fields = Object.keys(kinds);
    const value = content[VALUE_OF[name]!] as unknown;
    const items = spec.items
      ? spec.items(value as never)
      : Array.isArray(value)
        ? (value as Record<string, unknown>[])
        : [value as Record<string, unknown>];
    edition[name] = items.map((item) => {
      const named = item[nameField] as string | { readonly text: string };
      const entry: LockItem = { id: String(item.id), name: typeof named === 'string' ? named : named.text };
      for (const field of fields) entry[field] = lockValue(item[field]);
      return entry;
    });
  }
  return edition;
}

/**
 * Builds a lock from the content of every edition.
 *
 * @param editions The validated content, one per edition (keyed by their `article.locale`).
 * @returns The lock; `shape` is computed from the `Content` schema.
 * @throws {Error} If two editions share a locale.
 */
export function createLock(
  editions: readonly Content[],
  info: { readonly package: string; readonly version: string; readonly updated: string },
  arrivals?: Arrivals,
): ContentLock {
  const byLocale: Record<string, EditionLock> = {};
  for (const content of [...editions].sort((a, b) => compare(a.article.locale, b.article.locale))) {
    const locale = content.article.locale;
    if (Object.hasOwn(byLocale, locale)) throw new Error(`two editions have the locale "${locale}"`);
    byLocale[locale] = lockEdition(content);
  }
  const lock: ContentLock = {
    lockVersion: 1,
    package: info.package,
    version: info.version,
    updated: info.updated,
    shape: dataShape(),
    editions: byLocale,
  };
  if (arrivals) {
    lock.arrivals = lockArrivals(arrivals);
    lock.arrivalsDescription = String(lockValue(arrivals.description.text));
  }
  return lock;
}

/**
 * Describes the arrival figures as the lock records them: one row per period, with its source's id.
 *
 * @returns The rows in order; never throws.
 */
export function lockArrivals(arrivals: Arrivals): NonNullable<ContentLock['arrivals']> {
  return arrivals.rows.map((row) => ({
    period: row.from === null ? `–${row.to}` : row.from === row.to ? String(row.to) : `${row.from}–${row.to}`,
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
