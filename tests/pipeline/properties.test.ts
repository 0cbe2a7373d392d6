import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildFile } from '../../pipeline/build.js';
import { decodeContent } from '../../pipeline/load/load.js';
import { collectDiagnostics } from '../../pipeline/shared/diagnostics.js';
import { fixture } from '../helpers.js';

const good = await readFile(fixture('good', 'article.en.md'), 'utf8');
const bodyStart = good.indexOf('---', 3) + 4;
const frontmatter = good.slice(0, bodyStart);
const body = good.slice(bodyStart);

/** Pieces of markdown, YAML and hostile text that random documents are made of. */
const TOKENS = [
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '  ',
  '\t',
  '## ',
  '### ',
  '# ',
  '#### ',
  '***',
  '---',
  '> ',
  '- ',
  '1. ',
  '    ',
  '*',
  '**',
  '_',
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '{#',
  '#',
  '!',
  '<',
  '>',
  '\\',
  '&#0;',
  '&#xD800;',
  '&amp;',
  ':estimate[',
  ':source[',
  ':since[',
  ':destination[',
  ':factor[',
  ':challenge[',
  ':unknown[',
  '{phase=journey}',
  '{phase=',
  '::leaf',
  ':::box',
  'over 30,000',
  '-5',
  '1953',
  '2999',
  'word',
  'Why?',
  'é',
  'e\u0301',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDC00',
  '😀',
  '<script>',
  '<img src=x onerror=alert(1)>',
  '](javascript:alert(1))',
  '](data:x)',
  '](https://a.b)',
  '![i](x.png)',
  'title: ',
  'slug: ',
  'date: ',
  '__proto__: ',
  '&a ',
  '*a',
  '"\\ud800"',
  '[',
  '- a\n',
  '? ',
  ': ',
];
const markdown = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Runs every stage on the bytes; throws only if a stage throws. */
function build(text: string) {
  const file = decodeContent(Buffer.from(text, 'utf8'), 'article.en.md', 'article.en.md');
  const content = file.data.loaded!.unreadable ? undefined : buildFile(file);
  return { file, content, diagnostics: collectDiagnostics([file]) };
}

/** Every diagnostic's line and column lie inside the text the build saw. */
function expectInBounds(text: string) {
  const { file, content, diagnostics } = build(text);
  const lines = (file.data.loaded!.unreadable ? text : String(file.value)).split('\n');
  for (const d of diagnostics) {
    expect(d.line, d.message).toBeGreaterThanOrEqual(1);
    expect(d.line, d.message).toBeLessThanOrEqual(lines.length);
    expect(d.column, d.message).toBeGreaterThanOrEqual(1);
    expect(d.column, d.message).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
  }
  expect(content === undefined).toBe(diagnostics.length > 0);
}

const RUNS = { numRuns: 200, seed: 20231126 };

describe('properties of the content build', () => {
  it('arbitrary markdown never throws; every problem is located inside the file', () => {
    fc.assert(
      fc.property(markdown, (text) => expectInBounds(text)),
      RUNS,
    );
  });

  it('arbitrary markdown after a valid frontmatter, or spliced into a valid article', () => {
    fc.assert(
      fc.property(markdown, fc.nat(), fc.boolean(), (text, at, splice) => {
        const position = at % (body.length + 1);
        expectInBounds(
          splice ? `${frontmatter}${body.slice(0, position)}${text}${body.slice(position)}` : `${frontmatter}${text}`,
        );
      }),
      RUNS,
    );
  });

  it('arbitrary frontmatter data never throws; every problem is located inside the file', () => {
    const data = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom('title', 'slug', 'date', 'description', 'locale', 'source', '__proto__', 'constructor', 'x'),
        fc.jsonValue(),
      ),
    );
    fc.assert(
      fc.property(data, (value) => expectInBounds(`---\n${stringify(value)}---\n${body}`)),
      RUNS,
    );
  });

  it('arbitrary frontmatter text never throws; every problem is located inside the file', () => {
    fc.assert(
      fc.property(markdown, (yaml) => expectInBounds(`---\n${yaml}\n---\n${body}`)),
      RUNS,
    );
  });
});
