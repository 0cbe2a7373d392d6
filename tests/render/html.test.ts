import type { Root as HastRoot } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { getFaq, toHtml } from '../../src/index.js';
import { getContent } from '../../src/locales.js';
import type { ParagraphNode, PhrasingNode, RichBlocks, RichText } from '../../src/types.js';
import { HOSTILE_TEXTS, hostileNodes, randomTrees, richFields, SAFE_URLS } from './trees.js';

/** The unified reference: mdast → hast → HTML with default options. Inline text is converted as a paragraph's children. */
function reference(field: RichText | RichBlocks): string {
  const nodes = field.nodes as readonly (PhrasingNode | ParagraphNode)[];
  if (nodes.length > 0 && nodes.every((node) => node.type === 'paragraph')) {
    return hastToHtml(toHast({ type: 'root', children: nodes as unknown as Paragraph[] } satisfies Root));
  }
  const paragraph = toHast({ type: 'paragraph', children: nodes as unknown as PhrasingContent[] }) as HastRoot;
  return hastToHtml({ type: 'root', children: (paragraph as unknown as { children: HastRoot['children'] }).children });
}

// Every rich-text field of every kind's data (richFields passes over the helpers).
const shipped = richFields(getContent('en'));

describe('toHtml', () => {
  it('finds every rich-text field of the data', () => {
    // intro, conclusion, 4 × (heading, body), estimate label+context, 3 factors × 2, 6 challenges × 2, 4 faq × 2
    expect(shipped.length).toBe(2 + 8 + 2 + 6 + 12 + 8);
  });

  it('renders every shipped field byte for byte as mdast-util-to-hast + hast-util-to-html do', () => {
    for (const [path, field] of shipped) expect(toHtml(field), path).toBe(reference(field));
  });

  it('renders an answer as paragraphs and a question as inline text', () => {
    const entry = getFaq('what-is-a-defector');
    expect(toHtml(entry.question)).toBe('What is a defector?');
    expect(toHtml(entry.answer)).toBe(`<p>${entry.answer.text}</p>`);
    expect(toHtml({ text: '', nodes: [] })).toBe('');
  });

  const hostile = HOSTILE_TEXTS;
  const urls = SAFE_URLS;

  it('escapes hostile text, titles and addresses exactly as the reference does', () => {
    for (const value of hostile) {
      for (const url of urls) {
        const inline: RichText = {
          text: value,
          nodes: [...hostileNodes(value, url), { type: 'link', url, title: null, children: [] }],
        };
        const html = toHtml(inline);
        expect(html).toBe(reference(inline));
        // Outside double-quoted attribute values (where `"` is always escaped), the only markup is ours.
        const markup = html.replace(/="[^"]*"/g, '=""');
        for (const tag of markup.match(/<[^>]*>/g) ?? [])
          expect(tag).toMatch(/^<\/?(?:em|strong|code|br|a|a href="" title="")>$|^<a href="">$/);
        expect(
          toHtml({
            text: value,
            nodes: [
              { type: 'paragraph', children: inline.nodes },
              { type: 'paragraph', children: [] },
            ],
          }),
        ).toBe(
          reference({
            text: value,
            nodes: [
              { type: 'paragraph', children: inline.nodes },
              { type: 'paragraph', children: [] },
            ],
          }),
        );
      }
    }
  });

  it('matches the reference on 400 random trees', () => {
    for (const nodes of randomTrees(400, urls)) {
      const field: RichText = { text: '', nodes };
      expect(toHtml(field), JSON.stringify(nodes)).toBe(reference(field));
    }
  });

  it('renders an unsafe link made by hand as its text, never as a link', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      const html = toHtml({
        text: 'x',
        nodes: [{ type: 'link', url, title: null, children: [{ type: 'text', value: 'click <me>' }] }],
      });
      expect(html).toBe('click &#x3C;me>');
    }
  });
});
