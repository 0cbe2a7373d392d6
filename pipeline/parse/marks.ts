/**
 * Marks: the text directives (`:factor[…]{#id}`) that say which words of the prose are data.
 * Each kind of section owns its marks (see `kinds/`); this module checks them and reads their words.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { VFile } from 'vfile';
import type { RichText } from '../../src/types.js';
import { report } from '../shared/rules.js';
import { closest } from '../shared/suggest.js';
import { toPlain } from './document.js';
import { isLeftOut, leaveOut } from './mark-syntax.js';
import { toRichText } from './rich-text.js';

/** What a mark takes. */
export interface MarkSpec {
  /** The attributes it takes, e.g. `id` and `phase`. */
  readonly attributes: readonly string[];
  /** A translation writes it bare (`:estimate{#id}`) and takes the source's figure. */
  readonly inherited?: boolean;
}

/**
 * Reports a mark no kind owns, with the known mark its name is closest to, else the marks of the
 * section's kind (a list that does not grow with the kinds: what this section could hold).
 *
 * @param names Every known mark.
 * @param section The section's kind and its marks, when its other marks or its questions give it one.
 */
export function reportUnknownMark(
  node: TextDirective,
  names: readonly string[],
  section: { readonly kind: string; readonly marks: readonly string[] } | undefined,
  file: VFile,
): void {
  const suggestion = closest(node.name, names);
  const hint = suggestion
    ? `did you mean :${suggestion}?`
    : section && section.marks.length > 0
      ? `the ${section.kind} section takes ${section.marks.map((n) => `:${n}`).join(', ')}`
      : 'no kind of section takes it';
  report(file, 'unknown-mark', `unknown mark :${node.name}; ${hint}`, node.position);
}

/**
 * Checks a known mark's attributes and words against its spec.
 *
 * @param translation Whether the article is a translation (then inherited marks may be bare).
 */
export function checkMark(node: TextDirective, spec: MarkSpec, file: VFile, translation: boolean): void {
  for (const name of Object.keys(node.attributes ?? {})) {
    if (!spec.attributes.includes(name)) {
      const suggestion = closest(name, spec.attributes);
      // A misspelt attribute is the mistake: the mark is not read further (no "needs a phase").
      if (suggestion) leaveOut(node);
      const allowed = suggestion
        ? `; did you mean "${suggestion}"?`
        : spec.attributes.length > 0
          ? `; it takes ${spec.attributes.join(', ')}`
          : '';
      report(file, 'mark-attribute', `:${node.name} does not take the attribute "${name}"${allowed}`, node.position);
    }
  }
  if (translation && spec.inherited) return;
  if (isLeftOut(node)) return;
  if (toPlain(node.children).trim() === '') {
    report(file, 'empty-mark', `:${node.name}[] is empty: put the article's words inside the brackets`, node.position);
  }
}

/**
 * Whether a mark has no words: `:estimate` or `:estimate[]`.
 *
 * @returns `true` for a bare mark.
 */
export function isBare(node: TextDirective): boolean {
  return node.children.length === 0;
}

/**
 * The words of a mark as plain text, trimmed.
 *
 * @returns The text.
 */
export function wordsOf(node: TextDirective): string {
  return toPlain(node.children).trim();
}

/**
 * The rich text of a mark's words. Problems inside them were already reported when the
 * paragraph around them was converted, so they are not reported twice.
 *
 * @returns The rich text.
 */
export function labelOf(node: TextDirective): RichText {
  return toRichText(node.children, new VFile(), () => undefined);
}

/**
 * The marks directly or indirectly inside a paragraph, in document order.
 *
 * @returns The text directives.
 */
export function marksIn(paragraph: Paragraph): TextDirective[] {
  const out: TextDirective[] = [];
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'textDirective') out.push(node);
      if ('children' in node) walk(node.children);
    }
  };
  walk(paragraph.children);
  return out;
}

/**
 * The mark's explicit id (`{#id}`), if it has one.
 *
 * @returns The id, or `undefined`.
 */
export function explicitId(node: TextDirective): string | undefined {
  const id = node.attributes?.id;
  return typeof id === 'string' ? id : undefined;
}
