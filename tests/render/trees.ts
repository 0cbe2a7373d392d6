/**
 * Rich text made by hand for the rendering tests: hostile texts, link addresses, and random trees
 * of every kind of node (seeded, so every run draws the same ones).
 */
import type { PhrasingNode, RichBlocks, RichText } from '../../src/types.js';

/** Texts that would break naive HTML: markup, quotes, references, NUL, line separators, white space, surrogates. */
export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '</p><img src=x onerror=alert(1)>',
  '"quoted" & \'single\' `tick`',
  '&amp; &lt; &#x3C; &#60;',
  '\u0000nul \u2028 line \u2029 para',
  '  spaced  \n  lines \t\r\n\tand\rcr  ',
  'emoji 😀 lone \ud800 surrogate \udc00',
  '<!-- comment --> ]]> <![CDATA[',
];

/** Addresses a link may have: quotes, bad escapes, spaces, non-ASCII, surrogates, relative, mailto, upper case. */
export const SAFE_URLS = [
  'https://example.org/a?b="c"&d=\'e\'<f>`g`',
  'https://example.org/%41%zz%4 space ü 😀 \ud800',
  '/relative/path?q=a:b#frag',
  'mailto:someone@example.org',
  'HTTPS://EXAMPLE.ORG',
];

/** Addresses a link must not have: other schemes, hidden schemes, other hosts. */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.example',
  ' \\\\evil.example/a',
  '/\\evil.example',
];

/**
 * One hostile text in every place a text can be (text, code span, emphasis in strong, link title
 * and link text, after hard breaks), with a link to `url`.
 *
 * @returns The nodes, new on each call.
 */
export function hostileNodes(value: string, url: string): PhrasingNode[] {
  return [
    { type: 'text', value },
    { type: 'break' },
    { type: 'inlineCode', value: ` ${value}` },
    { type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value }] }] },
    { type: 'break' },
    { type: 'link', url, title: value, children: [{ type: 'text', value: `  ${value}` }] },
  ];
}

/**
 * Random lists of phrasing nodes, up to five levels deep, with texts from `HOSTILE_TEXTS` and
 * white space, and links to `urls`.
 *
 * @returns `count` lists, the same for the same seed.
 */
export function randomTrees(count: number, urls: readonly string[], seed = 20231126): PhrasingNode[][] {
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const pieces = [...HOSTILE_TEXTS, 'a', ' ', '\n', '\t b', 'x  \n  y', ''];
  const phrasing = (depth: number): PhrasingNode => {
    const value = pieces[random(pieces.length)]!;
    const kids = () => Array.from({ length: random(4) }, () => phrasing(depth + 1));
    switch (depth > 3 ? random(3) : random(6)) {
      case 0:
        return { type: 'text', value };
      case 1:
        return { type: 'inlineCode', value };
      case 2:
        return { type: 'break' };
      case 3:
        return { type: 'emphasis', children: kids() };
      case 4:
        return { type: 'strong', children: kids() };
      default:
        return { type: 'link', url: urls[random(urls.length)]!, title: random(2) ? value : null, children: kids() };
    }
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + random(5) }, () => phrasing(0)));
}

/**
 * Every rich-text field reachable from a value (an object with `text` and `nodes`).
 *
 * @returns Each field with its path, e.g. `.faq.0.answer`.
 */
export function richFields(value: unknown, path = ''): [string, RichText | RichBlocks][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('text' in value && 'nodes' in value) return [[path, value as RichText]];
  return Object.entries(value).flatMap(([key, child]) => richFields(child, `${path}.${key}`));
}
