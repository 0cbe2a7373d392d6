/**
 * Content semver: compares two content locks and says which release the difference needs, with
 * reasons in readers' terms. Pure: no I/O.
 *
 * - major: something users compile against or look up is gone or changed incompatibly: an id
 *   removed or renamed (`getFaq('…')` stops compiling), an edition removed, a field of the data
 *   removed, retyped or newly required.
 * - minor: something new, or a changed fact: an id or edition added, an optional field added, a
 *   union of literals widened, a figure (the estimate's value, qualifier, year, destinations,
 *   attribution), a challenge's phase or any other `fact` field changed.
 * - patch: wording: a question, an answer, a label, a paragraph; or the order of items.
 */
import { COLLECTIONS, type CollectionName, type ContentLock, type EditionLock, type LockItem } from './lock.js';

/** A release type, from none to major. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** The release types in increasing order. */
export const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The outcome of a comparison. */
export interface SemverResult {
  /** The least release that covers every change. */
  readonly bump: Bump;
  /** One line per change, most severe first, e.g. `major: faq "what-is-a-defector" removed`. */
  readonly reasons: readonly string[];
}

/**
 * Compares the released content (`before`) with the current content (`after`).
 *
 * @returns The required bump and its reasons; `none` with no reasons when nothing changed. Never throws.
 */
export function diffLocks(before: ContentLock, after: ContentLock): SemverResult {
  const changes: Change[] = [];
  const locales = new Set([...Object.keys(before.editions), ...Object.keys(after.editions)]);
  const suffix = (locale: string) => (locales.size > 1 ? ` (${locale})` : '');
  for (const locale of [...locales].sort()) {
    const old = before.editions[locale];
    const now = after.editions[locale];
    if (!now) changes.push(['major', `edition "${locale}" removed`]);
    else if (!old) changes.push(['minor', `edition "${locale}" added`]);
    else changes.push(...diffEdition(old, now).map(([bump, reason]): Change => [bump, reason + suffix(locale)]));
  }
  changes.push(...diffShape(before.shape, after.shape));
  const bump = changes.reduce<Bump>((max, [b]) => maxBump(max, b), 'none');
  const reasons = [...changes]
    .sort((a, b) => BUMPS.indexOf(b[0]) - BUMPS.indexOf(a[0]))
    .map(([b, reason]) => `${b}: ${reason}`);
  return { bump, reasons };
}

/**
 * The greater of two release types.
 *
 * @returns `a` or `b`, whichever is more severe.
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

type Change = [Exclude<Bump, 'none'>, string];

function diffEdition(before: EditionLock, after: EditionLock): Change[] {
  const changes: Change[] = [];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    changes.push(...diffCollection(name, before[name], after[name]));
  }
  return changes;
}

function diffCollection(name: CollectionName, before: readonly LockItem[], after: readonly LockItem[]): Change[] {
  const { noun, fields } = COLLECTIONS[name];
  const texts = Object.entries(fields)
    .filter(([, kind]) => kind === 'text')
    .map(([field]) => field);
  const afterIds = new Set(after.map((item) => item.id));
  const beforeIds = new Set(before.map((item) => item.id));
  const removed = before.filter((item) => !afterIds.has(item.id));
  const added = after.filter((item) => !beforeIds.has(item.id));
  const changes: Change[] = [];

  // A removed item and an added one that share a text (the same answer, the same words) were renamed.
  for (const old of removed) {
    const index = added.findIndex((item) => texts.some((field) => same(old[field], item[field])));
    if (index === -1) {
      changes.push(['major', `${noun} "${old.id}" removed`]);
    } else {
      changes.push(['major', `${noun} "${old.id}" renamed to "${added[index]!.id}"`]);
      added.splice(index, 1);
    }
  }
  for (const item of added) changes.push(['minor', `${noun} "${item.id}" added`]);

  const byId = new Map(before.map((item) => [item.id, item]));
  for (const item of after) {
    const old = byId.get(item.id);
    if (!old) continue;
    for (const [field, kind] of Object.entries(fields)) {
      if (!Object.hasOwn(old, field) || same(old[field], item[field])) continue;
      const what = `${noun} "${item.id}" ${field} changed`;
      const detail = isVerbatim(old[field]) && isVerbatim(item[field]) ? ` from ${show(old[field])} to ${show(item[field])}` : '';
      changes.push([kind === 'fact' ? 'minor' : 'patch', what + detail]);
    }
  }

  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeIds.has(item.id)).map((item) => item.id);
  if (keptBefore.join('\n') !== keptAfter.join('\n')) changes.push(['patch', `${name} order changed`]);
  return changes;
}

function diffShape(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): Change[] {
  const changes: Change[] = [];
  const removed = Object.keys(before).filter((key) => !Object.hasOwn(after, key));
  const added = Object.keys(after).filter((key) => !Object.hasOwn(before, key));
  const covered = (key: string, others: readonly string[]) => others.some((other) => other !== key && /^[.[|]/.test(key.slice(other.length)) && key.startsWith(other));
  for (const key of removed) {
    if (!covered(key, removed)) changes.push(['major', `data field "${key}" removed`]);
  }
  for (const key of added) {
    if (covered(key, added)) continue;
    const optional = after[key]!.endsWith('?');
    changes.push([optional ? 'minor' : 'major', `data field "${key}" added (${optional ? 'optional' : 'required'})`]);
  }
  for (const key of Object.keys(after)) {
    const [old, now] = [before[key], after[key]!];
    if (old === undefined || old === now) continue;
    const widened = literals(old) && literals(now) && literals(old)!.every((value) => literals(now)!.includes(value));
    changes.push(
      widened
        ? ['minor', `data field "${key}" accepts more values: ${literals(now)!.filter((v) => !literals(old)!.includes(v)).join(', ')}`]
        : ['major', `data field "${key}" changed from ${old} to ${now}`],
    );
  }
  return changes;
}

/** The members of a union of string literals (`"a" | "b"`), or undefined for any other type. */
function literals(type: string): string[] | undefined {
  const parts = type.split(' | ');
  return parts.every((part) => /^"[^"]*"$/.test(part)) ? parts : undefined;
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
