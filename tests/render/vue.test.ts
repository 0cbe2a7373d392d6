/**
 * The Vue renderer (src/vue.ts) beyond the HTML it shares with the other renderers
 * (renderers.test.ts): its name and props as Vue checks them, what an override component is given
 * (props, and the default slot only for a node that holds something), and the vnodes it returns.
 */
import { describe, expect, it } from 'vitest';
import { createSSRApp, type FunctionalComponent, h, type VNode } from 'vue';
import { renderToString } from 'vue/server-renderer';
import type { PhrasingNode, RichBlocks, RichText } from '../../src/types.js';
import * as vue from '../../src/vue.js';

const inline = (...nodes: PhrasingNode[]): RichText => ({ text: '', nodes });
const text = (value: string): PhrasingNode => ({ type: 'text', value });

/** Renders `vnode` on the server (without Vue's fragment markers), with Vue's warnings collected. */
async function render(vnode: () => VNode): Promise<{ html: string; warnings: string[] }> {
  const app = createSSRApp({ render: vnode });
  const warnings: string[] = [];
  app.config.warnHandler = (message) => warnings.push(message);
  return { html: (await renderToString(app)).replace(/^<!--\[-->|<!--\]-->$/g, ''), warnings };
}

describe('RichTextView', () => {
  it('is named RichTextView, and RichText is the same component', () => {
    expect((vue.RichTextView as { name?: string }).name).toBe('RichTextView');
    expect(vue.RichText).toBe(vue.RichTextView);
  });

  it('requires its value, an object, and takes components, an object, optionally', async () => {
    const value = inline(text('a'));
    expect((await render(() => h(vue.RichTextView, { value }))).warnings).toEqual([]);
    expect((await render(() => h(vue.RichTextView, { value, components: { break: () => h('hr') } }))).warnings).toEqual(
      [],
    );
    const missing = await render(() => h(vue.RichTextView as never, {}));
    expect(missing.warnings.join('\n')).toMatch(/Missing required prop: "value"/);
    const wrong = await render(() => h(vue.RichTextView as never, { value: 'text' }));
    expect(wrong.warnings.join('\n')).toMatch(/Invalid prop: type check failed for prop "value"/);
    const wrongComponents = await render(() => h(vue.RichTextView as never, { value, components: 'a' }));
    expect(wrongComponents.warnings.join('\n')).toMatch(/Invalid prop: type check failed for prop "components"/);
  });

  it('renders the default elements when no component is given for a kind', async () => {
    const value: RichBlocks = {
      text: '',
      nodes: [
        {
          type: 'paragraph',
          children: [
            { type: 'emphasis', children: [text('e')] },
            { type: 'strong', children: [] },
            { type: 'inlineCode', value: 'c' },
            { type: 'break' },
            { type: 'link', url: 'https://example.org/a b', title: 'T', children: [text('l')] },
            { type: 'link', url: '/x', title: null, children: [text('m')] },
          ],
        },
      ],
    };
    const { html } = await render(() => h(vue.RichTextView, { value, components: {} }));
    expect(html).toBe(
      '<p><em>e</em><strong></strong><code>c</code><br>\n<a href="https://example.org/a%20b" title="T">l</a><a href="/x">m</a></p>',
    );
  });

  it('gives an override the node, the checked address and title, and its content as the default slot', async () => {
    const seen: unknown[] = [];
    const Link: FunctionalComponent<vue.RichNodeProps<'link'>> = (props, { slots }) => {
      seen.push({ href: props.href, title: props.title, url: props.node.url, slot: typeof slots.default });
      return h('a', { 'data-href': props.href }, slots.default?.());
    };
    const value = inline(
      { type: 'link', url: 'https://example.org/a b', title: 'T', children: [text('one')] },
      { type: 'link', url: '/two', title: null, children: [] },
    );
    const { html } = await render(() => h(vue.RichTextView, { value, components: { link: Link } }));
    expect(html).toBe('<a data-href="https://example.org/a%20b">one</a><a data-href="/two"></a>');
    expect(seen).toEqual([
      { href: 'https://example.org/a%20b', title: 'T', url: 'https://example.org/a b', slot: 'function' },
      { href: '/two', title: undefined, url: '/two', slot: 'undefined' },
    ]);
  });

  it('gives no default slot to an override of a node that holds nothing', async () => {
    const slotOf: FunctionalComponent<{ node: { type: string } }> = (props, { slots }) =>
      h('i', null, `${props.node.type}:${slots.default ? 'slot' : 'none'}`);
    const value = inline(
      { type: 'break' },
      { type: 'emphasis', children: [] },
      { type: 'emphasis', children: [text('x')] },
      { type: 'inlineCode', value: 'c' },
    );
    const components = { break: slotOf, emphasis: slotOf, inlineCode: slotOf } as never;
    const { html } = await render(() => h(vue.RichTextView, { value, components }));
    expect(html).toBe('<i>break:none</i>\n<i>emphasis:none</i><i>emphasis:slot</i><i>inlineCode:slot</i>');
  });

  it('returns text and keyed vnodes of the default tags, with no children where the node holds nothing', () => {
    const { setup } = vue.RichTextView as unknown as {
      setup: (props: { value: RichText; components?: object }) => () => (string | VNode)[];
    };
    const out = setup({ value: inline(text('a'), { type: 'break' }, { type: 'strong', children: [] }) })();
    expect(out.map((child) => (typeof child === 'string' ? child : [child.type, child.key, child.children]))).toEqual([
      'a',
      ['br', 1, null],
      '\n',
      ['strong', 3, null],
    ]);
  });
});
