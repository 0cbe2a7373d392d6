/**
 * The role of a `##` section: the kind its marks belong to, or that recognises it (the FAQ by its
 * `###` questions). Each mark is checked against the kind that owns it; a mark no kind owns is
 * reported with what the section could hold instead.
 */
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { ALL_KINDS, type AnyKind, MARKS } from '../kinds/index.js';
import { report } from '../shared/rules.js';
import type { RawSection } from './document.js';
import { checkMark, reportUnknownMark } from './marks.js';

/**
 * The kind of a section, from the marks in it and what the kinds recognise. A section with no
 * role, or with the marks of two kinds, is reported.
 *
 * @param label The section in messages, e.g. `section "Why they leave"`.
 * @param translation Whether the article is a translation (then inherited marks may be bare).
 * @returns The kind, or `undefined`.
 */
export function roleOf(
  section: RawSection,
  marks: readonly TextDirective[],
  label: string,
  file: VFile,
  translation: boolean,
): AnyKind | undefined {
  const kinds = new Set<AnyKind>();
  const unknown: TextDirective[] = [];
  for (const node of marks) {
    const known = MARKS.get(node.name);
    if (!known) unknown.push(node);
    else {
      checkMark(node, known.spec, file, translation);
      kinds.add(known.owner);
    }
  }
  for (const kind of ALL_KINDS) if (kind.recognize?.(section)) kinds.add(kind);
  const only = kinds.size === 1 ? [...kinds][0] : undefined;
  const names = [...MARKS.keys()];
  const here = only && { kind: only.kind, marks: Object.keys(only.marks) };
  for (const node of unknown) reportUnknownMark(node, names, here, file);
  if (kinds.size === 0) {
    report(
      file,
      'section-without-role',
      `${label} has no role: no mark and no ### question says what it holds (AUTHORING.md lists the kinds of section)`,
      section.heading.position,
    );
    return undefined;
  }
  if (kinds.size > 1) {
    report(
      file,
      'section-mixed',
      `${label} mixes ${[...kinds].map((k) => k.kind).join(' and ')}: give each its own ## section`,
      section.heading.position,
    );
    return undefined;
  }
  return only;
}
