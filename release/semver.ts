/**
 * Content semver: compares two content locks and says which release the difference needs, with
 * reasons in readers' terms. Pure: no I/O.
 *
 * - major: something users compile against or look up is gone or changed incompatibly: an id
 *   removed or renamed (`getFaq('…')` stops compiling), an edition removed, a field of the data
 *   removed or retyped.
 * - minor: something new, or a changed fact: an id or edition added, a field added to the data
 *   (the data is read, not written, by users, so a new field breaks no reader), a
 *   union of literals widened, a figure (the estimate's value, qualifier, year, destinations,
 *   attribution), a challenge's phase or any other `fact` field changed.
 * - patch: wording: a question, an answer, a label, a paragraph; or the order of items.
 */
import { COLLECTIONS, type CollectionSpec } from './collections.js';
import { diffShape } from './diff-shape.js';
import type { ContentLock, LockItem } from './lock-schema.js';

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
  const changes = compareLocks(before, after);
  return { bump: changes[0]?.bump ?? 'none', reasons: changes.map((change) => `${change.bump}: ${change.reason}`) };
}

/**
 * Describes the changes between two locks for a changelog, in readers' words: which question,
 * which factor, which figure, e.g. `Removed the question "What is a defector?" (id \`what-is-a-defector\`).`
 *
 * @returns The bump, one sentence per change (most severe first), and each change's own bump. Never throws.
 */
export function changelogNotes(
  before: ContentLock,
  after: ContentLock,
): {
  bump: Bump;
  notes: readonly string[];
  changes: readonly { readonly bump: Exclude<Bump, 'none'>; readonly note: string }[];
} {
  const changes = compareLocks(before, after);
  return {
    bump: changes[0]?.bump ?? 'none',
    notes: changes.map((change) => change.note),
    changes: changes.map(({ bump, note }) => ({ bump, note })),
  };
}

/**
 * The greater of two release types.
 *
 * @returns `a` or `b`, whichever is more severe.
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

/** One change: the bump it needs, the reason (ids, for maintainers) and a note (names, for readers). */
export interface Change {
  readonly bump: Exclude<Bump, 'none'>;
  readonly reason: string;
  readonly note: string;
}

/** Every change, most severe first (in discovery order within a bump). */
function compareLocks(before: ContentLock, after: ContentLock): Change[] {
  const changes: Change[] = [];
  const locales = new Set([...Object.keys(before.editions), ...Object.keys(after.editions)]);
  const suffix = (locale: string) => (locales.size > 1 ? ` (${locale})` : '');
  for (const locale of [...locales].sort()) {
    const old = before.editions[locale];
    const now = after.editions[locale];
    if (!now)
      changes.push({ bump: 'major', reason: `edition "${locale}" removed`, note: `Removed the "${locale}" edition.` });
    else if (!old)
      changes.push({ bump: 'minor', reason: `edition "${locale}" added`, note: `Added the "${locale}" edition.` });
    else {
      for (const [name, spec] of Object.entries(COLLECTIONS)) {
        for (const change of diffCollection(name, spec, old[name] ?? [], now[name] ?? [])) {
          changes.push({
            ...change,
            reason: change.reason + suffix(locale),
            note: change.note.replace(/\.$/, `${suffix(locale)}.`),
          });
        }
      }
    }
  }
  changes.push(...diffShape(before.shape, after.shape));
  changes.push(...diffArrivals(before.arrivals, after.arrivals));
  changes.push(...diffDescription(before, after));
  return changes.sort((a, b) => BUMPS.indexOf(b.bump) - BUMPS.indexOf(a.bump));
}

function diffCollection(
  name: string,
  spec: CollectionSpec,
  before: readonly LockItem[],
  after: readonly LockItem[],
): Change[] {
  const { noun, readerNoun, fields, nameField } = spec;
  const texts = Object.entries(fields)
    .filter(([, kind]) => kind === 'text')
    .map(([field]) => field);
  const afterIds = new Set(after.map((item) => item.id));
  const beforeIds = new Set(before.map((item) => item.id));
  const removed = before.filter((item) => !afterIds.has(item.id));
  const added = after.filter((item) => !beforeIds.has(item.id));
  const changes: Change[] = [];
  const the = (item: LockItem) => `the ${readerNoun} "${inMarkdown(item.name)}"`;

  // A removed item and an added one that share a text (the same answer, the same words) were renamed.
  for (const old of removed) {
    const index = added.findIndex((item) => texts.some((field) => same(old[field], item[field])));
    const now = added[index];
    if (now === undefined) {
      changes.push({
        bump: 'major',
        reason: `${noun} "${old.id}" removed`,
        note: `Removed ${the(old)} (id \`${old.id}\`).`,
      });
    } else {
      changes.push({
        bump: 'major',
        reason: `${noun} "${old.id}" renamed to "${now.id}"`,
        note: `Renamed the id of ${the(now)}: \`${old.id}\` is now \`${now.id}\`.`,
      });
      added.splice(index, 1);
    }
  }
  for (const item of added)
    changes.push({
      bump: 'minor',
      reason: `${noun} "${item.id}" added`,
      note: `Added ${the(item)} (id \`${item.id}\`).`,
    });

  const byId = new Map(before.map((item) => [item.id, item]));
  for (const item of after) {
    const old = byId.get(item.id);
    if (!old) continue;
    for (const [field, kind] of Object.entries(fields)) {
      if (!Object.hasOwn(old, field) || same(old[field], item[field])) continue;
      const values =
        isVerbatim(old[field]) && isVerbatim(item[field]) ? ` from ${show(old[field])} to ${show(item[field])}` : '';
      const reason = `${noun} "${item.id}" ${field} changed${values}`;
      if (kind === 'fact')
        changes.push({ bump: 'minor', reason, note: `Changed the ${field} of ${the(item)}${inMarkdown(values)}.` });
      else
        changes.push({
          bump: 'patch',
          reason,
          note:
            field === nameField && old.name !== item.name
              ? `Reworded ${the(old)} as "${inMarkdown(item.name)}".`
              : `Reworded ${field === 'answer' ? 'the answer to' : `the ${field} of`} ${the(item)}.`,
        });
    }
  }

  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeIds.has(item.id)).map((item) => item.id);
  if (keptBefore.join('\n') !== keptAfter.join('\n'))
    changes.push({ bump: 'patch', reason: `${name} order changed`, note: `Changed the order of the ${name}.` });
  return changes;
}

/**
 * Arrival figures: a period added is minor, a period removed is major (a row users may read is
 * gone), changed counts are minor (a changed fact), a changed source alone is a patch.
 */
function diffArrivals(before: ContentLock['arrivals'], after: ContentLock['arrivals']): Change[] {
  if (!after)
    return before ? [{ bump: 'major', reason: 'arrival figures removed', note: 'Removed the arrival figures.' }] : [];
  if (!before) return [{ bump: 'minor', reason: 'arrival figures added', note: 'Added the official arrival figures.' }];
  const changes: Change[] = [];
  const old = new Map(before.map((row) => [row.period, row]));
  const now = new Map(after.map((row) => [row.period, row]));
  for (const row of before) {
    if (!now.has(row.period))
      changes.push({
        bump: 'major',
        reason: `arrivals ${row.period} removed`,
        note: `Removed the arrival figures for ${row.period}.`,
      });
  }
  for (const row of after) {
    const was = old.get(row.period);
    if (!was) {
      changes.push({
        bump: 'minor',
        reason: `arrivals ${row.period} added`,
        note: `Added the arrival figures for ${row.period} (${row.total}).`,
      });
    } else if (was.men !== row.men || was.women !== row.women || was.total !== row.total) {
      changes.push({
        bump: 'minor',
        reason: `arrivals ${row.period} changed`,
        note: `Changed the arrival figures for ${row.period}: ${was.total} → ${row.total}.`,
      });
    } else if (was.source !== row.source) {
      changes.push({
        bump: 'patch',
        reason: `arrivals ${row.period} source changed`,
        note: `Changed the source of the arrival figures for ${row.period}.`,
      });
    }
  }
  return changes;
}

/**
 * The arrival figures' description: added to a lock that lacks it, a data field added (minor);
 * reworded, a patch.
 */
function diffDescription(before: ContentLock, after: ContentLock): Change[] {
  const [was, now] = [before.arrivalsDescription, after.arrivalsDescription];
  if (!before.arrivals || now === undefined || was === now) return [];
  if (was === undefined)
    return [
      {
        bump: 'minor',
        reason: 'arrivals description added',
        note: 'Added the description of the arrival figures (`arrivals.description` in data.json).',
      },
    ];
  return [
    { bump: 'patch', reason: 'arrivals description changed', note: 'Reworded the description of the arrival figures.' },
  ];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isVerbatim(value: unknown): boolean {
  return !(typeof value === 'string' && value.startsWith('sha256:'));
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

function show(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
}
