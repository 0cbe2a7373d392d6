/**
 * Checks that a translation matches its source article: the same ids in every collection, the
 * same phases and the same figures. Problems are reported on the translation, where they are.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { ArticleDraft, Located } from './extract.js';

type Place = Position | Point | undefined;

/**
 * Compares a translation's draft with its source's and reports every difference on `file`.
 *
 * @param sourceName The source's file name, for messages (e.g. `article.en.md`).
 */
export function checkParity(source: ArticleDraft, translation: ArticleDraft, file: VFile, sourceName: string): void {
  const sectionOf = (kind: string): Place => translation.sections.find((s) => s.value.kind === kind)?.place ?? translation.end;
  compareIds('section', source.sections, translation.sections, file, sourceName, () => translation.end);
  compareIds('factor', source.factors, translation.factors, file, sourceName, () => sectionOf('factors'));
  compareIds('challenge', source.challenges, translation.challenges, file, sourceName, () => sectionOf('challenges'));
  compareIds('question', source.faq, translation.faq, file, sourceName, () => sectionOf('faq'));

  const phases = new Map(source.challenges.map((c) => [c.value.id, c.value.phase]));
  for (const challenge of translation.challenges) {
    const expected = phases.get(challenge.value.id);
    if (expected !== undefined && expected !== challenge.value.phase) {
      file.message(`challenge "${challenge.value.id}" has phase ${challenge.value.phase} here but ${expected} in ${sourceName}`, {
        place: challenge.fields.phase ?? challenge.place,
      });
    }
  }

  const a = source.estimate?.value;
  const b = translation.estimate;
  if (a && b) {
    const checks: [string, unknown, unknown, Place][] = [
      ['id', a.id, b.value.id, b.fields.id],
      ['figure', `${a.qualifier} ${a.value}`, `${b.value.qualifier} ${b.value.value}`, b.place],
      ['since', a.since, b.value.since, b.fields.since],
      ['number of destinations', a.destinations.length, b.value.destinations.length, b.place],
    ];
    for (const [what, expected, actual, place] of checks) {
      if (expected !== actual) {
        file.message(`the estimate's ${what} is ${String(actual)} here but ${String(expected)} in ${sourceName}`, { place: place ?? b.place });
      }
    }
  }
}

function compareIds(
  what: string,
  source: readonly Located<{ readonly id: string }>[],
  translation: readonly Located<{ readonly id: string }>[],
  file: VFile,
  sourceName: string,
  whereMissing: () => Place,
): void {
  const sourceIds = new Set(source.map((item) => item.value.id));
  const translationIds = new Set(translation.map((item) => item.value.id));
  for (const item of translation) {
    if (!sourceIds.has(item.value.id)) {
      file.message(`${what} "${item.value.id}" is not in ${sourceName}: every locale has the same ids (write the source's id as {#id})`, {
        place: item.fields.id ?? item.place,
      });
    }
  }
  for (const item of source) {
    if (!translationIds.has(item.value.id)) {
      file.message(`${what} "${item.value.id}" of ${sourceName} is missing here: translate it with the same id`, {
        place: whereMissing() ?? { line: 1, column: 1 },
      });
    }
  }
}
