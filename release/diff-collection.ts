/**
 * The changes between two versions of one collection of the lock (an edition's FAQ, the figures'
 * sources): items removed, renamed or added, fields changed, items reordered. Linear in the
 * collections' size, so that a lock of many made-up items is compared in bounded time.
 */

import type { Change } from './change.js';
import type { CollectionSpec } from './collections.js';
import type { LockItem } from './lock-schema.js';

/** A change of a collection; a changed `context` names the section whose body holds it. */
export interface CollectionChange extends Change {
  /** For a change of an item's `context`: the id of its section. */
  readonly within?: string;
}

/**
 * Compares a collection's items.
 *
 * @param recordedOnly Compare only the fields `before` recorded (a lock of an older version, which
 *   recorded fewer); otherwise a field either side lacks counts as `null`.
 * @returns The changes, in discovery order; never throws.
 */
export function diffCollection(
  name: string,
  spec: CollectionSpec,
  before: readonly LockItem[],
  after: readonly LockItem[],
  recordedOnly = false,
): CollectionChange[] {
  const afterIds = new Set(after.map((item) => item.id));
  const beforeIds = new Set(before.map((item) => item.id));
  const removed = before.filter((item) => !afterIds.has(item.id));
  const added = after.filter((item) => !beforeIds.has(item.id));
  const changes: CollectionChange[] = diffIds(spec, removed, added);
  const byId = new Map(before.map((item) => [item.id, item]));
  for (const item of after) {
    const old = byId.get(item.id);
    if (old) changes.push(...diffFields(spec, old, item, recordedOnly));
  }
  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeIds.has(item.id)).map((item) => item.id);
  if (keptBefore.join('\n') !== keptAfter.join('\n'))
    changes.push({ bump: 'patch', reason: `${name} order changed`, note: `Changed the order of the ${name}.` });
  return changes;
}

/** The item as a changelog names it, e.g. `the question "What is a defector?"`. */
const theItem = (spec: CollectionSpec, item: LockItem) => `the ${spec.readerNoun} "${inMarkdown(item.name)}"`;

/** Items removed (major), renamed (a removed item and an added one that share a text: major) and added (minor). */
function diffIds(spec: CollectionSpec, removed: readonly LockItem[], added: readonly LockItem[]): Change[] {
  const { noun } = spec;
  const renamed = renames(spec, removed, added);
  const changes: Change[] = [];
  for (const old of removed) {
    const now = renamed.get(old);
    if (now === undefined)
      changes.push({
        bump: 'major',
        reason: `${noun} "${old.id}" removed`,
        note: `Removed ${theItem(spec, old)} (id \`${old.id}\`).`,
      });
    else
      changes.push({
        bump: 'major',
        reason: `${noun} "${old.id}" renamed to "${now.id}"`,
        note: `Renamed the id of ${theItem(spec, now)}: \`${old.id}\` is now \`${now.id}\`.`,
      });
  }
  const taken = new Set(renamed.values());
  for (const item of added.filter((one) => !taken.has(one)))
    changes.push({
      bump: 'minor',
      reason: `${noun} "${item.id}" added`,
      note: `Added ${theItem(spec, item)} (id \`${item.id}\`).`,
    });
  return changes;
}

/**
 * Pairs each removed item with the first added one not yet paired that shares a text with it (the
 * same answer, the same words), through an index of the added items' texts: one look-up per text,
 * where searching every added item for every removed one was quadratic.
 */
function renames(spec: CollectionSpec, removed: readonly LockItem[], added: readonly LockItem[]) {
  const texts = Object.keys(spec.fields).filter((field) => spec.fields[field] === 'text');
  const key = (field: string, item: LockItem) => `${field}\0${JSON.stringify(item[field])}`;
  const holding = new Map<string, { readonly indices: number[]; next: number }>();
  added.forEach((item, index) => {
    for (const field of texts) {
      const entry = holding.get(key(field, item)) ?? { indices: [], next: 0 };
      entry.indices.push(index);
      holding.set(key(field, item), entry);
    }
  });
  const paired = new Set<number>();
  const pairs = new Map<LockItem, LockItem>();
  for (const old of removed) {
    let first = Number.POSITIVE_INFINITY;
    for (const field of texts) {
      const entry = holding.get(key(field, old));
      // Each list is walked past paired items once in all: linear overall.
      while (entry && entry.next < entry.indices.length && paired.has(entry.indices[entry.next]!)) entry.next += 1;
      if (entry && entry.next < entry.indices.length) first = Math.min(first, entry.indices[entry.next]!);
    }
    if (first === Number.POSITIVE_INFINITY) continue;
    paired.add(first);
    pairs.set(old, added[first]!);
  }
  return pairs;
}

/** The changed fields of an item kept under its id: facts minor, everything else a patch. */
function diffFields(spec: CollectionSpec, old: LockItem, item: LockItem, recordedOnly: boolean): CollectionChange[] {
  const names = recordedOnly ? Object.keys(old) : [...new Set([...Object.keys(old), ...Object.keys(item)])];
  const changes: CollectionChange[] = [];
  for (const field of names) {
    if (field === 'id' || (field === 'name' && spec.nameField !== 'name')) continue;
    const [was, now] = [old[field] ?? null, item[field] ?? null];
    if (same(was, now)) continue;
    const values = isVerbatim(was) && isVerbatim(now) ? ` from ${show(was)} to ${show(now)}` : '';
    const kind = spec.fields[field];
    const change = {
      bump: kind === 'fact' ? ('minor' as const) : ('patch' as const),
      reason: `${spec.noun} "${item.id}" ${field} changed${values}`,
      note: fieldNote(spec, field, old, item, values),
    };
    changes.push(kind === 'context' ? { ...change, within: String(item.sectionId ?? '') } : change);
  }
  return changes;
}

/** A changed field in readers' words: a fact or another value from what to what, a text reworded. */
function fieldNote(spec: CollectionSpec, field: string, old: LockItem, item: LockItem, values: string): string {
  const the = theItem(spec, item);
  if ((old[field] ?? null) === null) return `Added the ${field} of ${the}.`;
  if ((item[field] ?? null) === null) return `Removed the ${field} of ${the}.`;
  const kind = spec.fields[field];
  if (kind === 'fact' || kind === undefined) return `Changed the ${field} of ${the}${inMarkdown(values)}.`;
  if (field === spec.nameField && old.name !== item.name)
    return `Reworded ${theItem(spec, old)} as "${inMarkdown(item.name)}".`;
  return `Reworded ${field === 'answer' ? 'the answer to' : `the ${field} of`} ${the}.`;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isVerbatim(value: unknown): boolean {
  return !(typeof value === 'string' && value.startsWith('sha256:'));
}

function show(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
}

/**
 * Content text as it may stand inside one line of a changelog: on one line (white space collapsed)
 * and with every character markdown or HTML would read as markup escaped, so that a question or a
 * label is shown as written and can neither start a heading or list nor hold a tag, a link or code.
 *
 * @returns The text, for markdown.
 */
export function inMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>&!~|#]/g, '\\$&');
}
