/**
 * The facts of a translated estimate compared with its source's: the figure (value and qualifier),
 * the year counting starts from, and each destination by its id, in order.
 */
import type { ItemDraft, Located } from '../draft.js';
import type { Place } from '../rules.js';
import type { Mismatch } from './kind.js';

/** A destination as extracted: its id (explicit, or the slug of its words) and where it is written. */
export interface DestinationMark {
  readonly id: string;
  readonly place: Place;
}

/**
 * Compares a translated estimate with its source estimate.
 *
 * @returns One mismatch per differing fact, each located in both files.
 */
export function compareEstimates(source: Located<ItemDraft>, translation: Located<ItemDraft>): Mismatch[] {
  const [a, b] = [source.value, translation.value];
  const out: Mismatch[] = [];
  const figure = (value: ItemDraft) => `${String(value.qualifier)} ${String(value.value)}`;
  if (figure(a) !== figure(b))
    out.push({
      what: "the estimate's figure is",
      here: figure(b),
      there: figure(a),
      place: translation.place,
      sourcePlace: source.place,
    });
  if (a.since !== b.since)
    out.push({
      what: "the estimate's since is",
      here: String(b.since),
      there: String(a.since),
      place: translation.fields.since ?? translation.place,
      sourcePlace: source.fields.since ?? source.place,
    });
  const there = destinationsOf(a);
  const here = destinationsOf(b);
  for (let index = 0; index < Math.max(there.length, here.length); index++) {
    const [x, y] = [there[index], here[index]];
    if (x?.id === y?.id) continue;
    out.push({
      what: `the estimate's destination ${index + 1} is`,
      here: y ? `"${y.id}"` : 'missing',
      there: x ? `"${x.id}"` : 'none',
      place: y?.place ?? translation.place,
      sourcePlace: x?.place ?? source.place,
      ...(x && y ? { hint: `if it names the same place, write its id: {#${x.id}}` } : {}),
    });
  }
  return out;
}

function destinationsOf(value: ItemDraft): readonly DestinationMark[] {
  return (value.destinationMarks as readonly DestinationMark[] | undefined) ?? [];
}
