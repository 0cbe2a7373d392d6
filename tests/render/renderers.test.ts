import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import type { Component as SvelteComponent } from 'svelte';
import { render as renderSvelte } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSSRApp, type FunctionalComponent, h } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';
import { bundleSvelte } from '../../examples/shared/svelte.js';
import { toHast } from '../../src/hast.js';
import { getContent, locales } from '../../src/locales.js';
import * as react from '../../src/react.js';
import { toHtml } from '../../src/render.js';
import type { LinkNode, PhrasingNode, RichBlocks, RichText } from '../../src/types.js';
import * as vue from '../../src/vue.js';
import { root } from '../helpers.js';
import { domOf, expectSameDom } from './same-html.js';
import { HOSTILE_TEXTS, hostileNodes, randomTrees, richFields, SAFE_URLS, UNSAFE_URLS } from './trees.js';

type Field = RichText | RichBlocks;
/** A renderer: a field (and, for the override test, a link component) to server-rendered HTML. */
type Render = (field: Field, withLinkOverride?: boolean) => Promise<string>;

/** A link override as an app writes one (a router's link), in each framework. */
const ReactLink = ({ href, node, children }: react.RichNodeProps<'link'>) =>
  createElement('a', { href: `/app${href}`, 'data-router': node.type }, children);
const VueLink: FunctionalComponent<vue.RichNodeProps<'link'>> = (props, { slots }) =>
  h('a', { href: `/app${props.href}`, 'data-router': props.node.type }, slots.default?.());

/** What a spying link override was given. */
const seen: unknown[] = [];
const Spy = (props: react.RichNodeProps<'link'>) => {
  seen.push({ href: props.href, title: props.title, url: props.node.url });
  return createElement('a', null, props.children);
};

let svelte: { RichText: SvelteComponent<object>; AppLink: SvelteComponent<object> };

beforeAll(async () => {
  // The Svelte components as a Svelte app's bundler compiles them: from src/svelte, for the server.
  const outfile = path.join(root, '.tmp', 'tests', `svelte-renderer-${process.pid}.js`);
  await mkdir(path.dirname(outfile), { recursive: true });
  const fixture = path.join(root, 'tests', 'fixtures', 'svelte', 'AppLink.svelte');
  await bundleSvelte('server', {
    stdin: {
      contents: `export { RichText } from './src/svelte/index.js';\nexport { default as AppLink } from ${JSON.stringify(fixture)};`,
      resolveDir: root,
    },
    outfile,
    format: 'esm',
  });
  svelte = await import(pathToFileURL(outfile).href);
});

const RENDERERS: Record<string, Render> = {
  'React (renderToStaticMarkup)': async (value, link) =>
    renderToStaticMarkup(createElement(react.RichText, { value, components: link ? { link: ReactLink } : undefined })),
  'React (renderToString)': async (value) => renderToString(createElement(react.RichText, { value })),
  Vue: (value, link) =>
    renderVue(
      createSSRApp({ render: () => h(vue.RichText, { value, components: link ? { link: VueLink } : undefined }) }),
    ),
  Svelte: async (value, link) =>
    renderSvelte(svelte.RichText, { props: { value, components: link ? { link: svelte.AppLink } : {} } }).body,
  'hast (hast-util-to-html)': async (value) => hastToHtml(toHast(value)),
};

// Every rich-text field of every kind's data (richFields passes over the helpers).
const content = locales.flatMap((locale) => richFields(getContent(locale), locale));

const inline = (...nodes: PhrasingNode[]): RichText => ({ text: '', nodes });
const link = (url: string, title: string | null = null): LinkNode => ({
  type: 'link',
  url,
  title,
  children: [{ type: 'text', value: 'click <me>' }],
});

describe('every renderer shows what toHtml writes', () => {
  it('finds every rich-text field of the content, in every language', () => {
    expect(content.length).toBe(38 * locales.length);
  });

  it('hast: hast-util-to-html writes every field of the content byte for byte as toHtml', () => {
    for (const [where, field] of content) expect(hastToHtml(toHast(field)), where).toBe(toHtml(field));
  });

  describe.each(Object.entries(RENDERERS))('%s', (_, render) => {
    it('renders every field of the content, in every language, as the DOM of toHtml', async () => {
      for (const [where, field] of content) expectSameDom(await render(field), field, where);
    });

    it('renders hostile texts and addresses, safe and unsafe, as toHtml does', async () => {
      for (const value of HOSTILE_TEXTS) {
        for (const url of [...SAFE_URLS, ...UNSAFE_URLS]) {
          const nodes = hostileNodes(value, url);
          const blocks: RichBlocks = { text: '', nodes: [{ type: 'paragraph', children: nodes }] };
          expectSameDom(await render(inline(...nodes)), inline(...nodes), `${value} ${url}`);
          expectSameDom(await render(blocks), blocks, `${value} ${url} (blocks)`);
        }
      }
    });

    it('renders 200 random trees as toHtml does', async () => {
      for (const nodes of randomTrees(200, [...SAFE_URLS, ...UNSAFE_URLS], 13)) {
        expectSameDom(await render(inline(...nodes)), inline(...nodes), JSON.stringify(nodes));
      }
    });

    it('renders a link that is not http:, https:, mailto: or relative as its text', async () => {
      for (const url of UNSAFE_URLS) {
        const html = await render(inline(link(url)));
        expect(domOf(html).html, url).toBe('click &#x3C;me>');
      }
    });

    it('renders nothing for an empty field, and skips what is not a node', async () => {
      expect(domOf(await render({ text: '', nodes: [] })).html).toBe('');
      const junk = [null, 1, 'x', { type: 'nope', children: [] }, { type: 'link', url: 42, children: null }];
      expect(domOf(await render(inline(...(junk as unknown as PhrasingNode[])))).html).toBe('');
    });
  });
});

describe('a link override (e.g. the app router’s link)', () => {
  const field = inline({ type: 'text', value: 'see ' }, link('/faq#what-is-a-defector', 'FAQ'), {
    type: 'emphasis',
    children: [link('javascript:alert(1)')],
  });

  it.each(['React (renderToStaticMarkup)', 'Vue', 'Svelte'])(
    '%s: gets safe links with their checked address; unsafe ones never reach it; other kinds stay',
    async (name) => {
      const html = domOf(await RENDERERS[name]!(field, true)).html;
      expect(html).toBe(
        'see <a href="/app/faq#what-is-a-defector" data-router="link">click &#x3C;me></a><em>click &#x3C;me></em>',
      );
    },
  );

  it('React: receives the node, the percent-encoded href and the title', () => {
    seen.length = 0;
    renderToStaticMarkup(
      createElement(react.RichText, { value: inline(link('/a b?q=ü', 'T')), components: { link: Spy } }),
    );
    expect(seen).toEqual([{ href: '/a%20b?q=%C3%BC', title: 'T', url: '/a b?q=ü' }]);
  });

  it('React: a component for every kind replaces every element', () => {
    const tagged =
      (tag: string) =>
      ({ children }: { children?: ReactNode }) =>
        createElement('span', { 'data-kind': tag }, children);
    const components: react.RichTextComponents = {
      paragraph: tagged('paragraph'),
      emphasis: tagged('emphasis'),
      strong: tagged('strong'),
      inlineCode: tagged('inlineCode'),
      break: tagged('break'),
      link: tagged('link'),
    };
    const value: RichBlocks = {
      text: '',
      nodes: [
        {
          type: 'paragraph',
          children: [
            { type: 'emphasis', children: [{ type: 'text', value: 'a' }] },
            { type: 'strong', children: [{ type: 'inlineCode', value: 'b' }] },
            { type: 'break' },
            link('/c'),
          ],
        },
      ],
    };
    const html = renderToStaticMarkup(createElement(react.RichText, { value, components }));
    expect(html.match(/data-kind="(\w+)"/g)).toEqual(
      ['paragraph', 'emphasis', 'strong', 'inlineCode', 'break', 'link'].map((kind) => `data-kind="${kind}"`),
    );
    expect(html).not.toMatch(/<(p|em|strong|code|br|a)\b/);
  });
});

describe('keys', () => {
  const [answer] = randomTrees(1, SAFE_URLS, 7).map(
    (nodes): RichBlocks => ({
      text: '',
      nodes: [
        { type: 'paragraph', children: nodes },
        { type: 'paragraph', children: [{ type: 'text', value: 'b' }, ...nodes] },
      ],
    }),
  );

  /** Each element's key and its place among its siblings, all the way down. */
  function keysAndPlaces(children: unknown, read: (child: object) => { key: unknown; children: unknown }): unknown[][] {
    if (!Array.isArray(children)) return [];
    return children.flatMap((child, place) => {
      if (typeof child !== 'object' || child === null) return [];
      const { key, children: inner } = read(child);
      return [[key, place], ...keysAndPlaces(inner, read)];
    });
  }

  it('React: every element is keyed by its place among its siblings, the same on every render', () => {
    const read = (child: object) => {
      const element = child as ReactElement<{ children?: unknown }>;
      return { key: element.key, children: element.props.children };
    };
    const pairs = keysAndPlaces(
      (react.RichText({ value: answer! }) as ReactElement<{ children: unknown }>).props.children,
      read,
    );
    expect(pairs.length).toBeGreaterThan(3);
    for (const [key, place] of pairs) expect(key).toBe(String(place));
    expect(
      keysAndPlaces((react.RichText({ value: answer! }) as ReactElement<{ children: unknown }>).props.children, read),
    ).toEqual(pairs);
  });

  it('React: rendering warns about no missing key', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      renderToString(createElement('div', null, createElement(react.RichText, { value: answer! })));
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });

  it('Vue: every element vnode is keyed by its place among its siblings', () => {
    const { setup } = vue.RichText as unknown as { setup: (props: { value: Field }) => () => unknown[] };
    const read = (child: object) => child as { key: unknown; children: unknown };
    const pairs = keysAndPlaces(setup({ value: answer! })(), read);
    expect(pairs.length).toBeGreaterThan(3);
    for (const [key, place] of pairs) expect(key).toBe(place);
  });
});

describe('toHast', () => {
  it('returns new, mutable trees that share nothing with the data', () => {
    const field = getContent('en').faq[0]!.answer;
    const tree = toHast(field);
    expect(Object.isFrozen(tree)).toBe(false);
    tree.children.push({ type: 'text', value: 'x' });
    expect(toHast(field)).not.toEqual(tree);
    expect(Object.isFrozen(field)).toBe(true);
  });

  it('ends on 100,000 nested nodes and on nodes that contain themselves, as toHtml does', () => {
    let node: PhrasingNode = { type: 'text', value: 'deep' };
    for (let i = 0; i < 100_000; i++) node = { type: i % 2 ? 'emphasis' : 'strong', children: [node] };
    expect(() => toHast(inline(node))).not.toThrow();
    const cyclic = { type: 'emphasis', children: [] as PhrasingNode[] };
    cyclic.children.push({ type: 'text', value: 'a' }, cyclic as PhrasingNode);
    expect(hastToHtml(toHast(inline(cyclic as PhrasingNode)))).toBe(toHtml(inline(cyclic as PhrasingNode)));
  });
});
