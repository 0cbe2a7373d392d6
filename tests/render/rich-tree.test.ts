/**
 * The walk every renderer shares (src/rich-tree.ts), on nodes made by hand as an app could make them:
 * adjacent texts joined and empty ones dropped, spaces after a hard break dropped, a field mixing
 * paragraphs and inline nodes, what is not a node or not a link skipped or plain, and a node used twice.
 * Each case is checked against `toHtml`, which the renderers must match.
 */
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { toHast } from '../../src/hast.js';
import { toHtml } from '../../src/render.js';
import { type RichElement, walkRich } from '../../src/rich-tree.js';
import { richTree } from '../../src/svelte/tree.js';
import type { PhrasingNode, RichText } from '../../src/types.js';

const inline = (...nodes: unknown[]): RichText => ({ text: '', nodes: nodes as PhrasingNode[] });
const text = (value: string): PhrasingNode => ({ type: 'text', value });

/** The walk as plain data: text, and `[tag, children, href?, title?]` for an element. */
type Plain = string | [string, Plain[], ...string[]];
function plain(field: RichText): Plain[] {
  const make = ({ tag, children, href, title }: RichElement<Plain>): Plain => [
    tag,
    children,
    ...(href === undefined ? [] : [href]),
    ...(title === undefined ? [] : [title]),
  ];
  const out = walkRich<Plain>(field, make);
  // Every renderer writes what toHtml writes.
  expect(hastToHtml(toHast(field))).toBe(toHtml(field));
  return out;
}

describe('walkRich', () => {
  it('joins adjacent texts and drops empty ones', () => {
    expect(plain(inline(text('a'), text('b'), text(''), text('c')))).toEqual(['abc']);
    expect(plain(inline(text(''), { type: 'strong', children: [text('')] }, text('')))).toEqual([['strong', []]]);
    expect(plain(inline({ type: 'text' }, text('x')))).toEqual(['x']);
    expect(plain(inline(text('a'), { type: 'emphasis', children: [text('b')] }, text('c'), text('d')))).toEqual([
      'a',
      ['em', ['b']],
      'cd',
    ]);
  });

  it('ends a hard break with a line ending and drops the spaces that start the next text, inside elements too', () => {
    expect(plain(inline(text('a'), { type: 'break' }, text(' \t b')))).toEqual(['a', ['br', []], '\nb']);
    expect(
      plain(inline({ type: 'break' }, { type: 'emphasis', children: [text('  c'), text('  d')] }, text('  e'))),
    ).toEqual([['br', []], '\n', ['em', ['c  d']], '  e']);
    // Into an element after a break, only as far as its first node is text.
    expect(
      plain(inline({ type: 'break' }, { type: 'emphasis', children: [{ type: 'strong', children: [text('  x')] }] })),
    ).toEqual([['br', []], '\n', ['em', [['strong', ['  x']]]]]);
    expect(plain(inline({ type: 'break' }, { type: 'emphasis', children: [null, text('  y')] }))).toEqual([
      ['br', []],
      '\n',
      ['em', ['  y']],
    ]);
    // Only after a break: the first text of a field keeps its spaces.
    expect(plain(inline(text('  a'), { type: 'strong', children: [text('  b')] }))).toEqual([
      '  a',
      ['strong', ['  b']],
    ]);
  });

  it('writes a field that mixes paragraphs and inline nodes inline, with no line ending between them', () => {
    const field = inline({ type: 'paragraph', children: [text('p')] }, text('t'), { type: 'paragraph', children: [] });
    expect(plain(field)).toEqual([['p', ['p']], 't', ['p', []]]);
  });

  it('skips what is not a node: null, undefined, strings, numbers, unknown types', () => {
    expect(
      plain(
        inline(
          null,
          text('a'),
          undefined,
          'b',
          7,
          { type: 'image', url: '/x' },
          { type: 'emphasis', children: [null] },
        ),
      ),
    ).toEqual(['a', ['em', []]]);
    expect(plain(inline(null))).toEqual([]);
    expect(plain({ text: '', nodes: undefined } as unknown as RichText)).toEqual([]);
    expect(walkRich(undefined as unknown as RichText, () => 'x')).toEqual([]);
  });

  it('gives an address and a title only to a link, and a text value only to inline code', () => {
    const stray = { url: '/x', title: 'T', value: 'v' };
    expect(
      plain(
        inline(
          { type: 'emphasis', children: [text('e')], ...stray },
          { type: 'break', ...stray },
          { type: 'inlineCode', value: 'c\nd', title: 'T' },
          { type: 'link', url: '/y', title: 7, children: [] },
        ),
      ),
    ).toEqual([['em', ['e']], ['br', []], '\n', ['code', ['c d']], ['a', [], '/y']]);
  });

  it('writes a node used twice twice, and a node inside itself once', () => {
    const twice = { type: 'strong', children: [text('s')] };
    expect(plain(inline(twice, text('-'), twice))).toEqual([['strong', ['s']], '-', ['strong', ['s']]]);
    const cyclic = { type: 'emphasis', children: [text('a')] as unknown[] };
    cyclic.children.push(cyclic);
    expect(plain(inline(cyclic))).toEqual([['em', ['a']]]);
  });

  it('keys each element by its place among its siblings', () => {
    const keys: number[] = [];
    walkRich(inline(text('a'), { type: 'break' }, { type: 'strong', children: [{ type: 'break' }] }), (element) => {
      keys.push(element.key);
      return { tag: element.tag };
    });
    expect(keys).toEqual([1, 0, 3]);
  });
});

describe('richTree (the Svelte component’s walk)', () => {
  it('is the walk, each element as it is made', () => {
    const field = inline(text('a'), { type: 'link', url: '/b c', title: 'T', children: [text('b')] });
    const [first, link] = richTree(field);
    expect(first).toBe('a');
    expect(link).toMatchObject({ tag: 'a', href: '/b%20c', title: 'T', key: 1, children: ['b'] });
  });
});
