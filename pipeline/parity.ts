/**
 * Checks that a translation matches its source article: the same sections and, through the
 * kinds of `kinds/`, the same items, phases and figures. Problems are reported on the
 * translation, where they are.
 */
import type { VFile } from 'vfile';
import { compareIds } from './checks.js';
import type { ArticleDraft } from './draft.js';
import { KINDS } from './kinds/index.js';

/**
 * Compares a translation's draft with its source's and reports every difference on `file`.
 *
 * @param sourceName The source's file name, for messages (e.g. `article.en.md`).
 */
export function checkParity(source: ArticleDraft, translation: ArticleDraft, file: VFile, sourceName: string): void {
  compareIds('section', source.sections, translation.sections, { file, sourceName, whereMissing: translation.end });
  for (const kind of KINDS) {
    const section = translation.sections.find((s) => s.value.kind === kind.kind);
    kind.parity({
      source: source.items[kind.collection],
      translation: translation.items[kind.collection],
      file,
      sourceName,
      whereMissing: section?.place ?? translation.end ?? { line: 1, column: 1 },
    });
  }
}
