/**
 * Content semver: compares two content locks and says which release the difference needs, with
 * reasons in readers' terms. Pure: no I/O.
 *
 * - major: something users compile against or look up is gone or changed incompatibly: an id
 *   removed or renamed (`getFaq('…')` stops compiling), an edition or a collection (a kind of
 *   content) removed, a field of the data removed or retyped.
 * - minor: something new, or a changed fact: an id, an edition or a collection added, a field added to the data
 *   (the data is read, not written, by users, so a new field breaks no reader), a
 *   union of literals widened, a figure (the estimate's value, qualifier, year, destinations,
 *   attribution; an arrival count, the stated total), a challenge's phase or any other `fact` field changed.
 * - patch: wording: a question, an answer, a label, a paragraph, a title; or the order of items; or
 *   any other field readers see: a source's address, note or date read, the source a figure cites,
 *   a translation's state, the licence.
 */
import { ALL_DATASETS } from '../pipeline/datasets/index.js';
import { BUMPS, type Bump, type Change } from './change.js';
import { COLLECTIONS, FIGURE_COLLECTIONS } from './collections.js';
import { type CollectionChange, diffCollections } from './diff-collections.js';
import { diffArrivals, diffDescription, diffLicense } from './diff-figures.js';
import { diffShape } from './diff-shape.js';
import { type ContentLock, type EditionLock, LOCK_VERSION } from './lock-schema.js';

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

/** Every change, most severe first (in discovery order within a bump). */
function compareLocks(before: ContentLock, after: ContentLock): Change[] {
  // A lock of version 1 is compared on what it recorded: a format change alone needs no release.
  const older = before.lockVersion < LOCK_VERSION;
  const changes: Change[] = diffEditions(before, after, older);
  if (before.figures && after.figures)
    changes.push(...diffCollections(FIGURE_COLLECTIONS, before.figures, after.figures));
  changes.push(...diffShape(before.shape, older ? withoutFigures(after.shape) : after.shape));
  changes.push(...diffArrivals(before.arrivals, after.arrivals));
  changes.push(...diffDescription(before, after));
  changes.push(...diffLicense(before, after));
  return changes.sort((a, b) => BUMPS.indexOf(b.bump) - BUMPS.indexOf(a.bump));
}

/** The changes of every edition: added, removed, or its collections' changes, each naming its locale. */
function diffEditions(before: ContentLock, after: ContentLock, older: boolean): Change[] {
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
      for (const change of diffEdition(old, now, older))
        changes.push({
          bump: change.bump,
          reason: change.reason + suffix(locale),
          note: change.note.replace(/\.$/, `${suffix(locale)}.`),
        });
    }
  }
  return changes;
}

/**
 * The changes of one edition's collections. A changed `context` is a paragraph of its section's
 * body: reported with that body, once, and on its own only when the body did not change (an item
 * a translation lacks, which shows the source's paragraph).
 */
function diffEdition(old: EditionLock, now: EditionLock, older: boolean): CollectionChange[] {
  const changes = diffCollections(COLLECTIONS, old, now, older);
  const bodies = new Map((old.sections ?? []).map((section) => [section.id, JSON.stringify(section.body)]));
  const changed = new Set(
    (now.sections ?? [])
      .filter((section) => bodies.has(section.id) && bodies.get(section.id) !== JSON.stringify(section.body))
      .map((section) => section.id),
  );
  return changes.filter((change) => change.within === undefined || !changed.has(change.within));
}

/** A data shape without the datasets' fields, which a lock of version 1 did not record. */
function withoutFigures(shape: Readonly<Record<string, string>>): Record<string, string> {
  const names = ALL_DATASETS.map((dataset) => dataset.name).join('|');
  const figures = new RegExp(`^(?:${names})(?:$|[.[|])`);
  return Object.fromEntries(Object.entries(shape).filter(([key]) => !figures.test(key)));
}
