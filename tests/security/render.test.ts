import { describe, expect, it } from 'vitest';
import type { LinkNode, ParagraphNode, PhrasingNode, RichBlocks } from '../../src/index.js';
import { toHtml } from '../../src/index.js';
import { isSafeUrl } from '../../src/url.js';

const link = (url: string): LinkNode => ({ type: 'link', url, title: null, children: [{ type: 'text', value: 'x' }] });
const inline = (...nodes: PhrasingNode[]) => ({ text: '', nodes });

describe('what a relative link is', () => {
  it.each([
    '//evil.example',
    '\\\\evil.example',
    '/\\evil.example',
    '\\/evil.example',
    ' //evil.example',
    '  \\\\evil.example/a',
  ])('%j names another host: not safe, rendered as its text', (url) => {
    expect(isSafeUrl(url)).toBe(false);
    expect(toHtml(inline(link(url)))).toBe('x');
  });

  it.each([
    '/a/b',
    'a/b',
    './c:d',
    '../up',
    '?q=1',
    '#frag',
    '/a//b',
    'a\\b',
    'https://example.org',
    'mailto:a@b.example',
  ])('%j stays on the site or says its scheme: safe', (url) => {
    expect(isSafeUrl(url)).toBe(true);
    expect(toHtml(inline(link(url)))).toMatch(/^<a href="[^"]*">x<\/a>$/);
  });
});

describe('toHtml answers every input in bounded time without throwing', () => {
  it('renders 100,000 nested emphasis nodes (the recursive version overflowed the stack at 3,725)', () => {
    let node: PhrasingNode = { type: 'text', value: 'deep' };
    for (let i = 0; i < 100_000; i++) node = { type: i % 2 ? 'emphasis' : 'strong', children: [node] };
    const html = toHtml(inline(node));
    expect(html.startsWith('<em><strong><em>')).toBe(true);
    expect(html).toContain('deep');
    expect(html.length).toBe('deep'.length + 50_000 * ('<em></em>'.length + '<strong></strong>'.length));
  });

  it('renders a text of 400,000 spaces and x, keeping the spaces (a quadratic trim took minutes)', () => {
    const value = `${' '.repeat(400_000)}x`;
    expect(toHtml(inline({ type: 'text', value }))).toBe(value);
    const lines = `a${' '.repeat(200_000)}\n${' '.repeat(200_000)}b`;
    expect(toHtml(inline({ type: 'text', value: lines }))).toBe('a\nb');
  });

  it('ends on nodes that contain themselves (made by hand), writing each once', () => {
    const cyclic = { type: 'emphasis', children: [] as PhrasingNode[] } as {
      type: 'emphasis';
      children: PhrasingNode[];
    };
    cyclic.children.push({ type: 'text', value: 'a' }, cyclic);
    expect(toHtml(inline(cyclic))).toBe('<em>a</em>');
    const paragraph = { type: 'paragraph', children: [cyclic] } as ParagraphNode;
    const blocks: RichBlocks = { text: '', nodes: [paragraph, paragraph] };
    expect(toHtml(blocks)).toBe('<p><em>a</em></p>\n<p><em>a</em></p>');
  });

  it('skips what is not a node instead of throwing', () => {
    const junk = [
      null,
      1,
      'x',
      { type: 'text' },
      { type: 'nope', children: [] },
      { type: 'link', url: 42, children: null },
    ] as unknown as PhrasingNode[];
    expect(() => toHtml(inline(...junk))).not.toThrow();
    expect(toHtml(inline(...junk))).toBe('');
    expect(toHtml({ text: '', nodes: null } as unknown as RichBlocks)).toBe('');
  });
});
