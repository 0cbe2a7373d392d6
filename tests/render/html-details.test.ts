/**
 * toHtml (src/render.ts) character by character, on nodes made by hand: each escape in text and in
 * attributes, addresses normalised as micromark (the reference's) normalises them, white space around line endings and
 * after hard breaks, inline code's line endings, and what is not a node, not a link or not a title.
 */
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/render.js';
import type { PhrasingNode, RichBlocks, RichText } from '../../src/types.js';

const inline = (...nodes: unknown[]): RichText => ({ text: '', nodes: nodes as PhrasingNode[] });
const text = (value: string): PhrasingNode => ({ type: 'text', value });
const link = (url: unknown, title: unknown = null, children: PhrasingNode[] = []) =>
  ({ type: 'link', url, title, children }) as unknown as PhrasingNode;

describe('escaping', () => {
  it('escapes & and < in text as upper-case hexadecimal references, and nothing else', () => {
    expect(toHtml(inline(text('a & b < c > d " e \' f ` g')))).toBe('a &#x26; b &#x3C; c > d " e \' f ` g');
    expect(toHtml(inline({ type: 'inlineCode', value: '<&>' }))).toBe('<code>&#x3C;&#x26;></code>');
  });

  it('escapes NUL, ", &, \' and ` in attributes, and leaves < and > as they are', () => {
    expect(toHtml(inline(link('/a', '\u0000"&\'`<>x')))).toBe(
      '<a href="/a" title="&#x0;&#x22;&#x26;&#x27;&#x60;<>x"></a>',
    );
    expect(toHtml(inline(link('/a', '')))).toBe('<a href="/a" title=""></a>');
  });
});

describe('addresses', () => {
  // What micromark's normalizeUri (which mdast-util-to-hast uses) writes for each.
  it.each([
    ['%', '%25'],
    ['%2', '%252'],
    ['%zz', '%zz'],
    ['%41', '%41'],
    ['%4g', '%4g'],
    ['%%41', '%25%41'],
    ['/a b', '/a%20b'],
    ['/\ud800', '/%EF%BF%BD'],
    ['/\udc00x', '/%EF%BF%BDx'],
    ['/😀', '/%F0%9F%98%80'],
    ['/ü', '/%C3%BC'],
    ['/[]{}|^"<>`\\', '/%5B%5D%7B%7D%7C%5E%22%3C%3E%60%5C'],
    ["/!#$&'()*+,-./09:;=?@AZ_az~", '/!#$&#x26;&#x27;()*+,-./09:;=?@AZ_az~'],
  ])('%j is written %j', (url, href) => {
    expect(toHtml(inline(link(url)))).toBe(`<a href="${href}"></a>`);
  });

  it('writes exactly these', () => {
    expect(toHtml(inline(link('/%'), link('/%41%zz'), link('/a b'), link('/\ud800'), link('/😀')))).toBe(
      '<a href="/%25"></a><a href="/%41%zz"></a><a href="/a%20b"></a><a href="/%EF%BF%BD"></a><a href="/%F0%9F%98%80"></a>',
    );
  });

  it('writes a link whose address is not a string, or not safe, as its children, and a title only if it is a string', () => {
    expect(toHtml(inline(link(undefined, null, [text('a')]), link(7, null, [text('b')])))).toBe('ab');
    expect(toHtml(inline(link('javascript:x', 'T', [{ type: 'emphasis', children: [text('c')] }])))).toBe('<em>c</em>');
    expect(toHtml(inline(link('/x', 5, [text('d')])))).toBe('<a href="/x">d</a>');
  });
});

describe('white space', () => {
  it('drops spaces and tabs next to a line ending, and keeps the others', () => {
    expect(toHtml(inline(text('a \t\n\t b')))).toBe('a\nb');
    expect(toHtml(inline(text('a  \r\n  b  \r  c')))).toBe('a\r\nb\rc');
    expect(toHtml(inline(text('  a  b  ')))).toBe('  a  b  ');
    expect(toHtml(inline(text('a \n')))).toBe('a\n');
    expect(toHtml(inline(text('\n b')))).toBe('\nb');
  });

  it('drops the spaces that start a text after a hard break, and only those', () => {
    expect(toHtml(inline(text('a'), { type: 'break' }, text(' \t b  c ')))).toBe('a<br>\nb  c ');
    expect(toHtml(inline({ type: 'break' }, text('b  c')))).toBe('<br>\nb  c');
    expect(toHtml(inline({ type: 'break' }, { type: 'inlineCode', value: '  x' }))).toBe('<br>\n<code>x</code>');
    expect(toHtml(inline({ type: 'break' }, { type: 'strong', children: [text('  s'), text('  t')] }))).toBe(
      '<br>\n<strong>s  t</strong>',
    );
    expect(toHtml(inline(text('  a'), { type: 'break' }))).toBe('  a<br>\n');
    // Into an element after a break, only as far as its first node is text.
    expect(
      toHtml(inline({ type: 'break' }, { type: 'emphasis', children: [{ type: 'strong', children: [text('  x')] }] })),
    ).toBe('<br>\n<em><strong>  x</strong></em>');
    expect(toHtml(inline({ type: 'break' }, { type: 'emphasis', children: [null, text('  y')] }))).toBe(
      '<br>\n<em>  y</em>',
    );
  });

  it('writes the line endings of inline code as spaces', () => {
    expect(toHtml(inline({ type: 'inlineCode', value: 'a\r\nb\rc\nd' }))).toBe('<code>a b c d</code>');
  });
});

describe('structure', () => {
  it('separates paragraphs with one line ending, none before the first or after the last', () => {
    const blocks: RichBlocks = {
      text: '',
      nodes: [
        { type: 'paragraph', children: [text('one')] },
        { type: 'paragraph', children: [text('two')] },
        { type: 'paragraph', children: [] },
      ],
    };
    expect(toHtml(blocks)).toBe('<p>one</p>\n<p>two</p>\n<p></p>');
  });

  it('writes a field that mixes paragraphs and inline nodes inline', () => {
    expect(toHtml(inline({ type: 'paragraph', children: [text('p')] }, text('t')))).toBe('<p>p</p>t');
  });

  it('skips what is not a node, writes a text without a value as nothing, and a node used twice twice', () => {
    expect(toHtml(inline(null, undefined, 'x', 3, { type: 'image' }, { type: 'text' }, text('a')))).toBe('a');
    expect(toHtml({ text: '', nodes: 'nope' } as unknown as RichText)).toBe('');
    expect(toHtml(undefined as unknown as RichText)).toBe('');
    const twice = { type: 'emphasis', children: [text('e')] };
    expect(toHtml(inline(twice, twice))).toBe('<em>e</em><em>e</em>');
    expect(toHtml(inline({ type: 'emphasis', children: 'nope' }))).toBe('<em></em>');
    expect(toHtml(inline({ type: 'inlineCode' }))).toBe('<code></code>');
    // A link written as its text, used twice, is written twice; a link inside itself, once.
    const unsafe = link('javascript:x', null, [text('u')]);
    expect(toHtml(inline(unsafe, unsafe))).toBe('uu');
    const safe = link('/s', null, [text('s')]) as unknown as { children: unknown[] };
    safe.children.push(safe);
    expect(toHtml(inline(safe))).toBe('<a href="/s">s</a>');
    const hidden = link('javascript:y', null, [text('h')]) as unknown as { children: unknown[] };
    hidden.children.push(hidden);
    expect(toHtml(inline(hidden))).toBe('h');
  });
});
