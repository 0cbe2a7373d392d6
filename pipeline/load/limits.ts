/**
 * Resource limits: input that would make normalisation, the markdown parser, the build's own tree
 * walks or its outputs take unbounded time, memory or stack is rejected, with a located message,
 * before that work runs. Each limit is measured in the work it bounds.
 *
 * micromark (under remark-parse) is quadratic in the nesting of containers (`> > > …`, `- - - …`),
 * in the number of emphasis delimiters of one paragraph, in the nesting of `[` and in the number
 * of unresolved `[`…`](` constructs; each block quote or list level costs it work on every line
 * that opens or continues it. Measured before these limits: 10,000 nested list levels took over a
 * minute, 40,000 nested `[` 7 s, 1 MB of links 20 s and 2.5 GB, a 100,000-row table 50 s and
 * 3.7 GB, 1,000 lines of 31 nested list markers 8 s and 480 MB. The limits are far above anything
 * the article needs (it nests nothing, has a few dozen marks, and the figures have 25 rows).
 *
 * The text limits are one linear pass (`text-limits.ts`); this file holds the limits themselves,
 * the size check on the bytes and the checks on the parsed tree and the extracted items.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { ItemDraft, Located } from '../extract/draft.js';
import { report } from '../shared/rules.js';

/** The most bytes a content file may have (1 MiB; the article has about 4,500). Checked before decoding. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * The most characters (UTF-16 code units, not bytes) a dataset file (`arrivals.md`, `refugees.md`, and their descriptions in other languages) may have:
 * 65,536. The figures have 3,500, and a thousand-row table fits.
 */
export const MAX_DATASET_CHARS = 64 * 1024;
/** The most characters a frontmatter may have (16 KiB); YAML's duplicate-key check is quadratic in the keys of a mapping. */
export const MAX_FRONTMATTER_CHARS = 16 * 1024;
/** The most lines a content file may have (the article has about 50). */
export const MAX_LINES = 20_000;
/**
 * The most markup characters (`MARKUP`) a content file may hold. Each one can open a construct the
 * parser tracks; a file made of them costs seconds and gigabytes per megabyte, where prose costs
 * milliseconds. The article has about 80; prose with emphasis on every sentence, about 25,000 a megabyte.
 */
export const MAX_MARKUP = 50_000;
/** The characters `MAX_MARKUP` counts (a tab is read as up to four spaces, one token each). */
export const MARKUP = '\\`<&[]!*_:{}|~\t';
/** The most block containers (`>` quotes, list items) one line may open. */
export const MAX_CONTAINER_DEPTH = 32;
/** The most leading white space a line may have (deeper indentation is how lists nest across lines). */
export const MAX_INDENT = 4 * MAX_CONTAINER_DEPTH;
/** The most `*` and `_` characters one paragraph (a run of non-blank lines) may hold. */
export const MAX_DELIMITERS_PER_BLOCK = 1000;
/** The deepest `[` may nest inside `[` in one paragraph. */
export const MAX_BRACKET_DEPTH = 32;
/** The most `[` one file may hold: every link and every mark (`:factor[…]`) opens one. */
export const MAX_BRACKETS = 2000;
/**
 * The most marks (`:name`, a colon then a letter: how every directive starts) one file may hold; the
 * article has about 30. Each costs the parser about 60 µs: at the markup limit, seconds.
 */
export const MAX_MARKS = 2000;
/** The most backslash escapes one file may hold (the article has none; each costs the parser about 20 µs). */
export const MAX_ESCAPES = 10_000;
/** The most backticks one file may hold (code spans open and close with them; the article has none). */
export const MAX_BACKTICKS = 10_000;
/**
 * The most block quote and list levels a file's lines may open or continue, each level counted on
 * every line it may be open on (no content file may hold either: each is reported, but 1,000 lines
 * of 31 nested list markers cost the parser 8 s and 480 MB first, and one 31-level list continued by
 * 5,000 indented paragraphs 4 s). A thousand lines of one block quote are within it.
 */
export const MAX_CONTAINER_LEVELS = 1000;
/**
 * The most lines one paragraph (a run of non-blank lines) may have. A paragraph's lines cost the
 * parser more than the same text on fewer lines, and each unclosed link title (`[a](b "`) is
 * looked for across all of them: 1,900 of them before a 19,500-line paragraph took 2 s. The
 * article's paragraphs are one line each.
 */
export const MAX_PARAGRAPH_LINES = 1000;
/** The most lines a dataset file's table may have (`arrivals.md`, `refugees.md`; every non-blank line after the frontmatter counts). */
export const MAX_TABLE_ROWS = 1000;
/**
 * The most combining marks (accents and the like) one character may carry: Unicode's stream-safe
 * limit, 30. Normalisation puts a run of marks in order, quadratic in its length (a megabyte of
 * them took minutes), so runs are limited on the text as read, before it is normalised.
 */
export const MAX_COMBINING_MARKS = 30;
/** The deepest a node may sit in the parsed tree (root = 0). */
export const MAX_TREE_DEPTH = 64;
/**
 * How many times its own characters a file's item contexts may add up to. Each marked item (a
 * factor, a challenge, the estimate) ships its whole paragraph as its context, in every output:
 * 1,000 factors in one 119 KB paragraph wrote 813 MB. The article's add up to 1.4 times its size.
 */
export const MAX_CONTEXT_RATIO = 4;
/** The contexts any file may hold whatever its size (16 Ki characters), so that a short article can mark many items in one paragraph. */
export const MIN_CONTEXT_BUDGET = 16 * 1024;
/** The most problems printed for one file; the rest are counted in one line. */
export const MAX_MESSAGES_PER_FILE = 50;

/**
 * Checks a file's size before anything else reads it.
 *
 * @returns `true` when the file is within `MAX_FILE_BYTES`; otherwise reports it on `file` at 1:1.
 */
export function checkSize(byteLength: number, file: VFile): boolean {
  if (byteLength <= MAX_FILE_BYTES) return true;
  report(
    file,
    'file-too-large',
    `file too large: ${byteLength} bytes; the limit is ${MAX_FILE_BYTES}: split or shorten the content`,
  );
  return false;
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
      report(
        file,
        'markup-too-deep',
        `nesting too deep: more than ${MAX_TREE_DEPTH} levels of nested markup`,
        node.position,
      );
      return false;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return true;
}

/**
 * Checks that the contexts the items of an article ship (each its mark's paragraph, copied into
 * every output once per item) add up to at most `MAX_CONTEXT_RATIO` times the file's characters
 * (or `MIN_CONTEXT_BUDGET`), before validation and the outputs copy them: what the build writes
 * stays within a small multiple of what it reads.
 *
 * @returns `true` within the budget; otherwise reports the first item past it on `file`.
 */
export function checkContexts(
  draft: { readonly items: Readonly<Record<string, readonly Located<ItemDraft>[]>> },
  file: VFile,
): boolean {
  const budget = Math.max(MIN_CONTEXT_BUDGET, MAX_CONTEXT_RATIO * String(file.value).length);
  let total = 0;
  for (const items of Object.values(draft.items)) {
    for (const item of items) {
      const context = item.value.context as { text?: unknown } | undefined;
      if (typeof context?.text !== 'string') continue;
      total += context.text.length;
      if (total > budget) {
        report(file, 'too-much-context', contextMessage(budget), item.place);
        return false;
      }
    }
  }
  return true;
}

function contextMessage(budget: number): string {
  return `too many items in long paragraphs: each mark ships its whole paragraph as its context, and these add up to over ${budget} characters (${MAX_CONTEXT_RATIO} times the file's, at least ${MIN_CONTEXT_BUDGET}); split the paragraph, or mark fewer items in it`;
}
