/**
 * Marks whose syntax is broken. The directive parser reads `:factor[words` (no `]`) as a bare
 * `:factor` followed by the text `[words`, and `:challenge[words]{phase=journey` (no `}`) as a mark
 * without attributes followed by the text `{phase=journey`; checked later, they would be reported
 * as an empty mark or a missing phase. This pass finds them first and says what is wrong, where
 * the `[` or `{` is; the marks are then left out of the items, so nothing else is said about them.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { report } from '../shared/rules.js';
import { toPlain } from './document.js';

const leftOut = new WeakSet<TextDirective>();

/**
 * Leaves a mark out of the items: what is wrong with it has been reported, and reading it as an
 * item would only report the same mistake again as something else.
 *
 * @returns Nothing.
 */
export function leaveOut(node: TextDirective): void {
  leftOut.add(node);
}

/**
 * Whether a mark was left out (`leaveOut`).
 *
 * @returns `true` for a mark that is not read as an item.
 */
export function isLeftOut(node: TextDirective): boolean {
  return leftOut.has(node);
}

/**
 * Reports every mark whose words are not closed by `]` or whose attributes cannot be read. One walk
 * over the tree, without recursion.
 *
 * @returns Nothing; problems are reported on `file`.
 */
export function checkMarkSyntax(tree: Root, file: VFile): void {
  const stack: Parent[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const children = parent.children as PhrasingContent[];
    children.forEach((node, index) => {
      if ('children' in node) stack.push(node as Parent);
      if (node.type === 'textDirective') checkFollower(node, children[index + 1], file);
    });
  }
}

/** A mark's words as written in messages, `[…]`, shortened. */
function label(node: TextDirective): string {
  if (node.children.length === 0) return '';
  const words = toPlain(node.children);
  return `[${words.length > 30 ? `${words.slice(0, 30)}…` : words}]`;
}

/** Checks the text right after a mark for the `[` or `{` the parser could not read as part of it. */
function checkFollower(node: TextDirective, next: PhrasingContent | undefined, file: VFile): void {
  if (next?.type !== 'text' || next.position?.start.offset !== node.position?.end.offset) return;
  const at = next.position?.start;
  if (next.value.startsWith('[') && node.children.length === 0) {
    leaveOut(node);
    report(
      file,
      'mark-unclosed',
      `the words of :${node.name}[ are not closed: add ] after them, in the same paragraph (a [ inside them needs its ])`,
      at,
    );
  } else if (next.value.startsWith('{')) {
    leaveOut(node);
    const written = next.value.slice(0, 31).split('\n')[0]!;
    const quoted = written.length > 30 ? `${written.slice(0, 30)}…` : written;
    report(
      file,
      'mark-attributes-syntax',
      `the attributes of :${node.name}${label(node)} cannot be read from "${quoted}": write {#id} or {key=value}, separated by spaces, and close them with }`,
      at,
    );
  }
}
