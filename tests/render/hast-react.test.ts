/**
 * The hast and React renderers' own output (src/hast.ts, src/react.ts), beyond the HTML they share
 * with toHtml (renderers.test.ts): the exact hast tree, properties only where a link has them, and
 * what a React override component is given.
 */
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toHast } from '../../src/hast.js';
import * as react from '../../src/react.js';
import type { PhrasingNode, RichBlocks, RichText } from '../../src/types.js';

const inline = (...nodes: PhrasingNode[]): RichText => ({ text: '', nodes });
const text = (value: string): PhrasingNode => ({ type: 'text', value });

describe('toHast', () => {
  it('is the exact tree: elements with their properties, text between them', () => {
    const value = inline(
      text('a '),
      { type: 'emphasis', children: [text('e')] },
      { type: 'break' },
      { type: 'inlineCode', value: 'c' },
      { type: 'link', url: '/x y', title: null, children: [text('l')] },
      { type: 'link', url: 'https://example.org', title: 'T', children: [] },
    );
    expect(toHast(value)).toEqual({
      type: 'root',
      children: [
        { type: 'text', value: 'a ' },
        { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'e' }] },
        { type: 'element', tagName: 'br', properties: {}, children: [] },
        { type: 'text', value: '\n' },
        { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'c' }] },
        { type: 'element', tagName: 'a', properties: { href: '/x%20y' }, children: [{ type: 'text', value: 'l' }] },
        { type: 'element', tagName: 'a', properties: { href: 'https://example.org', title: 'T' }, children: [] },
      ],
    });
  });

  it('gives no property an element does not have, not even as undefined', () => {
    const tree = toHast(
      inline({ type: 'strong', children: [] }, { type: 'link', url: '/a', title: null, children: [] }),
    );
    const [strong, link] = tree.children as { properties: object }[];
    expect(Object.keys(strong!.properties)).toEqual([]);
    expect(Object.keys(link!.properties)).toEqual(['href']);
  });

  it('separates paragraphs with a line ending', () => {
    const value: RichBlocks = {
      text: '',
      nodes: [
        { type: 'paragraph', children: [text('one')] },
        { type: 'paragraph', children: [text('two')] },
      ],
    };
    expect(toHast(value).children).toEqual([
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'one' }] },
      { type: 'text', value: '\n' },
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'two' }] },
    ]);
  });
});

/** What the spying override below was given, in order. */
const seen: unknown[] = [];
const Spy = (props: { node: { type: string }; href?: string; title?: string; children?: ReactNode }) => {
  seen.push({ type: props.node.type, href: props.href, title: props.title, children: props.children });
  return createElement('i', null, props.children);
};

describe('React RichTextView', () => {
  it('is named RichTextView, frozen with its prototype, and RichText is the same component', () => {
    expect(react.RichTextView.name).toBe('RichTextView');
    expect(react.RichText).toBe(react.RichTextView);
    expect(Object.isFrozen(react.RichTextView)).toBe(true);
    expect(Object.isFrozen(react.RichTextView.prototype)).toBe(true);
  });

  it('gives an override the node, the address, the title, and children only for a node that holds something', () => {
    seen.length = 0;
    const value = inline(
      { type: 'break' },
      { type: 'emphasis', children: [] },
      { type: 'emphasis', children: [text('x')] },
      { type: 'link', url: '/a b', title: 'T', children: [text('y')] },
      { type: 'link', url: '/c', title: null, children: [] },
    );
    const components = { break: Spy, emphasis: Spy, link: Spy } as never;
    const html = renderToStaticMarkup(createElement(react.RichTextView, { value, components }));
    expect(html).toBe('<i></i>\n<i></i><i>x</i><i>y</i><i></i>');
    expect(seen).toEqual([
      { type: 'break', href: undefined, title: undefined, children: undefined },
      { type: 'emphasis', href: undefined, title: undefined, children: undefined },
      { type: 'emphasis', href: undefined, title: undefined, children: ['x'] },
      { type: 'link', href: '/a%20b', title: 'T', children: ['y'] },
      { type: 'link', href: '/c', title: undefined, children: undefined },
    ]);
  });

  it('renders the default elements, with an address and title only on links', () => {
    const value = inline(
      { type: 'strong', children: [] },
      { type: 'break' },
      { type: 'link', url: '/a', title: null, children: [text('a')] },
      { type: 'link', url: '/b', title: 'B', children: [text('b')] },
    );
    expect(renderToStaticMarkup(createElement(react.RichTextView, { value }))).toBe(
      '<strong></strong><br/>\n<a href="/a">a</a><a href="/b" title="B">b</a>',
    );
  });
});
