/**
 * Resource limits: rejects input that would make the markdown parser or the build's own tree walks
 * take unbounded time, memory or stack, with a located message, before any of them runs.
 *
 * micromark (under remark-parse) is quadratic in the nesting of containers (`> > > …`, `- - - …`)
 * and in the number of emphasis delimiters of one paragraph: 10,000 nested list levels take over a
 * minute, 10,000 nested emphases tens of seconds. The limits below are far above anything the
 * article needs (it nests nothing and has a few dozen delimiters a paragraph).
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** The most characters a content file may have (8 MiB of ASCII; the article has about 4,500). */
export const MAX_FILE_CHARS = 8 * 1024 * 1024;
/** The most block containers (`>` quotes, list items) one line may open. */
export const MAX_CONTAINER_DEPTH = 32;
/** The most leading white space a line may have (deeper indentation is how lists nest across lines). */
export const MAX_INDENT = 4 * MAX_CONTAINER_DEPTH;
/** The most `*` and `_` characters one paragraph (a run of non-blank lines) may hold. */
export const MAX_DELIMITERS_PER_BLOCK = 1000;
/** The deepest a node may sit in the parsed tree (root = 0). */
export const MAX_TREE_DEPTH = 64;

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;
const MARKER = />|[-*+]|\d{1,9}[.)]/g;

/**
 * Checks normalised text against the size, container-nesting and delimiter limits.
 * Problems are reported on `file` at the line and column where the limit is crossed.
 *
 * @returns `true` when the text is safe to parse.
 */
export function checkTextLimits(text: string, file: VFile): boolean {
  if (text.length > MAX_FILE_CHARS) {
    file.message(
      `file too large: ${text.length} characters; the limit is ${MAX_FILE_CHARS}: split or shorten the content`,
      { place: { line: 1, column: 1 } },
    );
    return false;
  }
  let ok = true;
  let delimiters = 0;
  let line = 0;
  for (const content of text.split('\n')) {
    line += 1;
    if (content.trim() === '') {
      delimiters = 0;
      continue;
    }
    const indent = /^[ \t]*/.exec(content)![0].length;
    if (indent > MAX_INDENT) {
      file.message(`nesting too deep: the line is indented ${indent} characters; the limit is ${MAX_INDENT}`, {
        place: { line, column: MAX_INDENT + 1 },
      });
      return false;
    }
    const prefix = CONTAINER_PREFIX.exec(content)?.[0] ?? '';
    const markers = [...prefix.matchAll(MARKER)];
    if (markers.length > MAX_CONTAINER_DEPTH) {
      const column = markers[MAX_CONTAINER_DEPTH]!.index + 1;
      file.message(
        `nesting too deep: ${markers.length} nested block quotes or list levels on one line; the limit is ${MAX_CONTAINER_DEPTH}`,
        { place: { line, column } },
      );
      ok = false;
    }
    for (let index = 0; index < content.length && ok; index++) {
      const char = content[index];
      if (char !== '*' && char !== '_') continue;
      delimiters += 1;
      if (delimiters > MAX_DELIMITERS_PER_BLOCK) {
        file.message(
          `too many * and _ in one paragraph (over ${MAX_DELIMITERS_PER_BLOCK}): emphasis this dense cannot be parsed in bounded time`,
          { place: { line, column: index + 1 } },
        );
        ok = false;
      }
    }
    if (!ok) return false;
  }
  return ok;
}

/**
 * Checks the depth of a parsed tree without recursion, so that the build's recursive walks
 * (rich text, directives) can never overflow the stack.
 *
 * @returns `true` when no node is deeper than `MAX_TREE_DEPTH`; otherwise reports the first one on `file`.
 */
export function checkTreeDepth(tree: Root, file: VFile): boolean {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      file.message(`nesting too deep: more than ${MAX_TREE_DEPTH} levels of nested markup`, { place: node.position });
      return false;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return true;
}
