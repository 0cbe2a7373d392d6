/**
 * The changes between two sets of collections of the lock (an edition's, the figures'): each
 * collection both have compared item by item (`diff-collection.ts`), a collection only the new one
 * has added (minor: a kind of content is new), one only the old one has removed (major: what users
 * read or look up is gone). A collection the kinds no longer describe is compared by its fields.
 */
import type { CollectionSpec } from './collections.js';
import { type CollectionChange, diffCollection } from './diff-collection.js';
import type { LockItem } from './lock-schema.js';

export type { CollectionChange };

/** How a collection no spec describes is compared: every field a patch, named by its id. */
const UNKNOWN: Omit<CollectionSpec, 'noun'> = { readerNoun: 'item', nameField: 'name', fields: {} };

/**
 * Compares two sets of collections, in the order of `specs`, then of any other collection.
 *
 * @param recordedOnly Compare only the fields `before` recorded (see `diffCollection`).
 * @returns The changes, in discovery order; never throws.
 */
export function diffCollections(
  specs: Readonly<Record<string, CollectionSpec>>,
  before: Readonly<Record<string, readonly LockItem[]>>,
  after: Readonly<Record<string, readonly LockItem[]>>,
  recordedOnly = false,
): CollectionChange[] {
  const names = new Set([...Object.keys(specs), ...Object.keys(before), ...Object.keys(after)]);
  const changes: CollectionChange[] = [];
  for (const name of names) {
    const [old, now] = [before[name], after[name]];
    const spec = specs[name] ?? { noun: name, ...UNKNOWN };
    if (old && now) changes.push(...diffCollection(name, spec, old, now, recordedOnly));
    else if (now) changes.push(collectionChange('minor', 'added', name, now.length));
    else if (old) changes.push(collectionChange('major', 'removed', name, old.length));
  }
  return changes;
}

/** A collection added or removed as a whole, with the count of its items. */
function collectionChange(
  bump: 'minor' | 'major',
  what: 'added' | 'removed',
  name: string,
  count: number,
): CollectionChange {
  const items = `${count} ${count === 1 ? 'item' : 'items'}`;
  const verb = what === 'added' ? 'Added' : 'Removed';
  return {
    bump,
    reason: `collection "${name}" ${what} (${items})`,
    note: `${verb} the collection \`${name}\` (${items}).`,
  };
}
