/**
 * The facts of a translated estimate compared with its source's: the figure (value and qualifier),
 * the year counting starts from, and each destination by its id, in order.
 */
import type { Located } from '../extract/draft.js';
import type { EstimateDraft } from './estimate-extract.js';
import type { Mismatch } from './kind.js';

/**
 * Compares a translated estimate with its source estimate.
 *
 * @returns One mismatch per differing fact, each located in both files.
 */
export function compareEstimates(source: Located<EstimateDraft>, translation: Located<EstimateDraft>): Mismatch[] {
  const [a, b] = [source.value, translation.value];
  const out: Mismatch[] = [];
  const figure = (value: EstimateDraft) => `${value.qualifier} ${value.value}`;
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
  const [there, here] = [a.destinationMarks, b.destinationMarks];
  for (let index = 0; index < Math.max(there.length, here.length); index++) {
    const [x, y] = [there[index], here[index]];
    if (x?.id === y?.id) continue;
    out.push({
      what: `the estimate's destination ${index + 1} is`,
      here: y ? `"${y.id}"` : 'missing',
      there: x ? `"${x.id}"` : 'none',
      place: y?.place ?? translation.place,
      sourcePlace: x?.place ?? source.place,
      ...(x && y ? { hint: `if it names the same country, write its code: {#${x.id}}` } : {}),
    });
  }
  return out;
}
