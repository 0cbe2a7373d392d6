/**
 * Marks: the text directives (`:factor[…]{#id}`) that say which words of the prose are data.
 * Each kind of section owns its marks (see `kinds/`); this module checks them and reads their words.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { VFile } from 'vfile';
import type { RichText } from '../src/types.js';
import { toPlain } from './document.js';
import { isLeftOut, leaveOut } from './mark-syntax.js';
import { toRichText } from './rich-text.js';
import { report } from './rules.js';
import { closest } from './suggest.js';

/** What a mark takes. */
export interface MarkSpec {
  /** The attributes it takes, e.g. `id` and `phase`. */
  readonly attributes: readonly string[];
  /** A translation writes it bare (`:estimate{#id}`) and takes the source's figure. */
  readonly inherited?: boolean;
}

/**
 * Checks a mark's name and attributes against the marks the kinds own.
 *
 * @param owners Each known mark's spec and the kind that owns it.
 * @param translation Whether the article is a translation (then inherited marks may be bare).
 * @returns The owner of the mark, if it is known; problems are reported on `file`.
 */
export function checkMark<Owner>(
  node: TextDirective,
  owners: ReadonlyMap<string, { readonly spec: MarkSpec; readonly owner: Owner }>,
  file: VFile,
  translation: boolean,
): Owner | undefined {
  const known = owners.get(node.name);
  if (!known) {
    const names = [...owners.keys()];
    const suggestion = closest(node.name, names);
    const hint = suggestion
      ? `did you mean :${suggestion}?`
      : `known marks are ${names.map((n) => `:${n}`).join(', ')}`;
    report(file, 'unknown-mark', `unknown mark :${node.name}; ${hint}`, node.position);
    return undefined;
  }
  const { spec, owner } = known;
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
  if (translation && spec.inherited) return owner;
  if (isLeftOut(node)) return owner;
  if (toPlain(node.children).trim() === '') {
    report(file, 'empty-mark', `:${node.name}[] is empty: put the article's words inside the brackets`, node.position);
  }
  return owner;
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
