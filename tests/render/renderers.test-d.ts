import type { Element, Root } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { createElement, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Component as SvelteComponent } from 'svelte';
import { describe, expectTypeOf, it } from 'vitest';
import { type FunctionalComponent, h } from 'vue';
import { type HastRoot, toHast } from '../../src/hast.js';
import { faq } from '../../src/index.js';
import * as react from '../../src/react.js';
import type * as svelte from '../../src/svelte.js';
import type { EmphasisNode, LinkNode } from '../../src/types.js';
import * as vue from '../../src/vue.js';

describe('the hast bridge', () => {
  it('gives trees that hast utilities take without a cast', () => {
    const tree = toHast(faq[0]!.answer);
    const root: Root = tree; // hast's own Root: what mdast-util-to-hast returns
    hastToHtml(tree);
    toJsxRuntime(tree, { Fragment, jsx, jsxs });
    expectTypeOf(root).toEqualTypeOf<Root>();
    const element = tree.children[0];
    if (element?.type === 'element') {
      const asHast: Element = element;
      expectTypeOf(asHast.tagName).toBeString();
    }
    // Mutable, as hast's arrays are: a plugin may change the tree.
    tree.children.push({ type: 'text', value: 'x' });
    expectTypeOf<HastRoot['children']>().not.toEqualTypeOf<readonly HastRoot['children'][number][]>();
  });
});

describe('the React renderer', () => {
  it('takes inline and block fields, and components for some kinds', () => {
    createElement(react.RichText, { value: faq[0]!.question });
    createElement(react.RichText, {
      value: faq[0]!.answer,
      components: { link: ({ href, children }) => createElement('a', { href }, children) },
    });
    // @ts-expect-error — a value is required
    createElement(react.RichText, {});
    // @ts-expect-error — not a kind of node
    createElement(react.RichText, { value: faq[0]!.answer, components: { image: () => null } });
  });

  it('types each component by its kind: a link gets its node, href and title; others no href', () => {
    expectTypeOf<react.RichNodeProps<'link'>['node']>().toEqualTypeOf<LinkNode>();
    expectTypeOf<react.RichNodeProps<'link'>['href']>().toEqualTypeOf<string>();
    expectTypeOf<react.RichNodeProps<'emphasis'>['node']>().toEqualTypeOf<EmphasisNode>();
    // @ts-expect-error — only a link has an href
    expectTypeOf<react.RichNodeProps<'emphasis'>['href']>();
    expectTypeOf<react.RichNodeProps<'emphasis'>['children']>().toEqualTypeOf<ReactNode>();
  });

  it('makes a complete map that misses a kind a compile error', () => {
    const span = () => null;
    const complete: react.RichTextComponents = {
      paragraph: span,
      emphasis: span,
      strong: span,
      inlineCode: span,
      break: span,
      link: span,
    };
    // @ts-expect-error — `link` is missing
    const incomplete: react.RichTextComponents = {
      paragraph: span,
      emphasis: span,
      strong: span,
      inlineCode: span,
      break: span,
    };
    expectTypeOf(complete).toEqualTypeOf(incomplete);
  });
});

describe('the Vue renderer', () => {
  it('takes components for some kinds, typed by kind; a complete map names every kind', () => {
    const Link: FunctionalComponent<vue.RichNodeProps<'link'>> = (props, { slots }) =>
      h('a', { href: props.href }, slots.default?.());
    h(vue.RichText, { value: faq[0]!.answer, components: { link: Link } });
    expectTypeOf<vue.RichTextProps['value']>().toEqualTypeOf<
      (typeof faq)[number]['answer'] | (typeof faq)[number]['question']
    >();
    // @ts-expect-error — the value is a rich-text field, not a string
    h(vue.RichText, { value: 'text' });
    expectTypeOf<vue.RichNodeProps<'link'>['href']>().toEqualTypeOf<string>();
    // @ts-expect-error — only a link has an href
    expectTypeOf<vue.RichNodeProps<'strong'>['href']>();
    const any: FunctionalComponent<{ node: unknown }> = () => null;
    // @ts-expect-error — `break` and `link` are missing
    const incomplete: vue.RichTextComponents = { paragraph: any, emphasis: any, strong: any, inlineCode: any };
    expectTypeOf(incomplete).not.toBeAny();
  });
});

describe('the Svelte renderer', () => {
  it('is a Svelte component of a value and components for some kinds', () => {
    expectTypeOf<typeof svelte.RichText>().toEqualTypeOf<SvelteComponent<svelte.RichTextProps>>();
    expectTypeOf<svelte.RichTextProps['value']>().toEqualTypeOf<
      (typeof faq)[number]['answer'] | (typeof faq)[number]['question']
    >();
    expectTypeOf<svelte.RichNodeProps<'link'>['href']>().toEqualTypeOf<string>();
    const Link = {} as SvelteComponent<svelte.RichNodeProps<'link'>>;
    const components: Partial<svelte.RichTextComponents> = { link: Link };
    // @ts-expect-error — a link component does not render emphasis
    const wrong: Partial<svelte.RichTextComponents> = { emphasis: Link };
    expectTypeOf(components).toEqualTypeOf(wrong);
  });
});
