import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, root, runContent, tempDir } from '../helpers.js';

const bad = (name: string) => path.relative(root, fixture('bad', name, 'article.en.md'));

/** Each broken fixture and the exact lines the build must print for it. */
const cases: Record<string, string[]> = {
  'missing-section': [
    `${bad('missing-section')}:24:1: missing the challenges section: add a ## section with :challenge[…]{phase=…} marks`,
  ],
  'question-without-answer': [
    `${bad('question-without-answer')}:29:1: question "And then?" has no answer: write its answer as paragraphs below it`,
  ],
  'duplicate-id': [
    `${bad('duplicate-id')}:17:1: duplicate factor id "hunger": also used at line 17, column 30`,
    `${bad('duplicate-id')}:17:30: duplicate factor id "hunger": also used at line 17, column 1`,
    `${bad('duplicate-id')}:25:1: duplicate id "why": also used at line 29, column 1`,
    `${bad('duplicate-id')}:29:1: duplicate id "why": also used at line 25, column 1`,
  ],
  'non-numeric-estimate': [
    `${bad('non-numeric-estimate')}:13:33: estimate "over thirty thousand" is not a number: write digits, optionally after a word such as "over", e.g. :estimate[over 30,000]`,
    `${bad('non-numeric-estimate')}:13:83: :since[the war] must be a four-digit year, e.g. :since[1953]`,
  ],
  'broken-frontmatter': [
    `${bad('broken-frontmatter')}:2:1: frontmatter: missing "description"`,
    `${bad('broken-frontmatter')}:3:7: frontmatter "slug": must be kebab-case: lower-case letters and digits joined by single hyphens`,
    `${bad('broken-frontmatter')}:4:7: frontmatter "date": must be a date written YYYY-MM-DD`,
    `${bad('broken-frontmatter')}:5:1: frontmatter: unknown key "descripton"; did you mean "description"?`,
  ],
  'invalid-yaml': [
    `${bad('invalid-yaml')}:3:1: frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]`,
  ],
  'unsafe-markup': [
    `${bad('unsafe-markup')}:11:15: raw HTML is not allowed: write markdown instead of "<script>"`,
    `${bad('unsafe-markup')}:11:31: raw HTML is not allowed: write markdown instead of "</script>"`,
    `${bad('unsafe-markup')}:15:67: unsafe link "javascript:alert(1)": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-markup')}:21:1: raw HTML is not allowed: write markdown instead of "<img src=x onerror=alert(1)>"`,
    `${bad('unsafe-markup')}:31:9: images are not allowed in the text`,
  ],
  'alias-bomb': [
    `${bad('alias-bomb')}:1:1: frontmatter: Excessive alias count indicates a resource exhaustion attack`,
  ],
  'answer-without-question': [
    `${bad('answer-without-question')}:28:1: this paragraph is not under a ### question: every FAQ answer needs its question above it`,
  ],
  'empty-file': [
    `${bad('empty-file')}:1:1: the file is empty: write the frontmatter, the intro and the four sections (see the README)`,
  ],
  'frontmatter-not-mapping': [
    `${bad('frontmatter-not-mapping')}:2:1: frontmatter must be a mapping of keys to values (title: …, slug: …)`,
  ],
  'frontmatter-only': [
    `${bad('frontmatter-only')}:11:1: missing the challenges section: add a ## section with :challenge[…]{phase=…} marks`,
    `${bad('frontmatter-only')}:11:1: missing the estimate section: add a ## section with :estimate[…] and :source[…]`,
    `${bad('frontmatter-only')}:11:1: missing the factors section: add a ## section with :factor[…] marks`,
    `${bad('frontmatter-only')}:11:1: missing the faq section: add a ## section of ### questions, each followed by its answer`,
  ],
  'impossible-date': [
    `${bad('impossible-date')}:4:7: frontmatter "date": must be a date written YYYY-MM-DD`,
  ],
  'inconsistent-estimate': [
    `${bad('inconsistent-estimate')}:16:38: :estimate does not take the attribute "value"; it takes id`,
    `${bad('inconsistent-estimate')}:16:100: :since[2030] is after the article's date (2024-01-02): the count cannot start in the future`,
  ],
  'invalid-utf8': [
    `${bad('invalid-utf8')}:40:5: invalid UTF-8 at byte 804: save the file as UTF-8`,
  ],
  'item-without-description': [
    `${bad('item-without-description')}:20:1: :factor[] is empty: put the article's words inside the brackets`,
    `${bad('item-without-description')}:24:7: :challenge[] is empty: put the article's words inside the brackets`,
  ],
  'lone-surrogate': [
    `${bad('lone-surrogate')}:2:8: frontmatter: the string contains a lone surrogate (an unpaired \\uD800–\\uDFFF escape): write plain text`,
    `${bad('lone-surrogate')}:5:14: frontmatter: the string contains a control character (such as \\0): write plain text`,
  ],
  'misordered-sections': [
    `${bad('misordered-sections')}:22:1: the factors section must come before the challenges section (order: estimate, factors, challenges, faq)`,
  ],
  'negative-estimate': [
    `${bad('negative-estimate')}:16:38: estimate "-1,200" is negative: a count cannot be below zero`,
  ],
  'nul-byte': [
    `${bad('nul-byte')}:40:5: NUL byte at byte 804: content must be text`,
  ],
  'prototype-keys': [
    `${bad('prototype-keys')}:7:1: frontmatter: unknown key "__proto__"; known keys are title, slug, date, description, locale, source, translationOf`,
    `${bad('prototype-keys')}:9:1: frontmatter: unknown key "constructor"; known keys are title, slug, date, description, locale, source, translationOf`,
  ],
  'unknown-phase': [
    `${bad('unknown-phase')}:24:7: challenge "rivers" phase: Invalid option: expected one of "journey"|"after-crossing"`,
  ],
  'unsafe-links': [
    `${bad('unsafe-links')}:12:32: unsafe link "data:text/html;base64,PHNjcmlwdD4=": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-links')}:40:10: unsafe link "javascript:alert(1)": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-links')}:40:36: unsafe link "javascript:alert(1)": links may only use http:, https:, mailto: or a relative address`,
  ],
  'links-leaving-the-site': [
    `${bad('links-leaving-the-site')}:12:15: unsafe link "//evil.example": it names another host without a scheme (//host): write https:// for another site, or a path for this one`,
    `${bad('links-leaving-the-site')}:12:38: unsafe link "\\\\evil.example": it names another host without a scheme (//host): write https:// for another site, or a path for this one`,
    `${bad('links-leaving-the-site')}:12:66: unsafe link "/\\evil.example": it names another host without a scheme (//host): write https:// for another site, or a path for this one`,
    `${bad('links-leaving-the-site')}:40:10: unsafe link "//evil.example": it names another host without a scheme (//host): write https:// for another site, or a path for this one`,
  ],
  'bidi-controls': [
    `${bad('bidi-controls')}:2:16: invisible bidirectional control U+202E: it can make the text read differently from what it is; remove it`,
    `${bad('bidi-controls')}:36:8: invisible bidirectional control U+2066: it can make the text read differently from what it is; remove it`,
    `${bad('bidi-controls')}:36:15: invisible bidirectional control U+2069: it can make the text read differently from what it is; remove it`,
  ],
  'yaml-tags': [
    `${bad('yaml-tags')}:2:8: frontmatter: the YAML tag !!js/function is not allowed: write a plain value`,
    `${bad('yaml-tags')}:8:9: frontmatter: the YAML tag !evil is not allowed: write a plain value`,
  ],
  'unsafe-link-schemes': [
    `${bad('unsafe-link-schemes')}:11:3: unsafe link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-link-schemes')}:11:91: unsafe link "javascript:alert(1)": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-link-schemes')}:15:67: unsafe link "JaVaScRiPt:alert(1)": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-link-schemes')}:15:99: unsafe link "javascript:alert(1)": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-link-schemes')}:19:35: unsafe link "vbscript:msgbox(1)": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-link-schemes')}:21:1: raw HTML is not allowed: write markdown instead of "<!-- a comment hiding <script>alert(1)</…"`,
    `${bad('unsafe-link-schemes')}:25:40: unsafe link "file:///etc/passwd": links may only use http:, https:, mailto: or a relative address`,
    `${bad('unsafe-link-schemes')}:31:9: raw HTML is not allowed: write markdown instead of "<img src=x onerror=alert(1)>"`,
    `${bad('unsafe-link-schemes')}:31:42: reference links are not supported: write [text](address)`,
    `${bad('unsafe-link-schemes')}:33:1: a link definition is not allowed: write paragraphs, ## sections and ### questions`,
  ],
};

describe('bad content', () => {
  it('has a case for every fixture', async () => {
    expect((await readdir(fixture('bad'))).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`${name}: prints every problem as path:line:col and exits 1`, async () => {
      const result = await runContent(['--content-dir', fixture('bad', name), '--check']);
      expect(result.code).toBe(1);
      expect(result.stderr).toEqual([
        ...expected,
        `${expected.length} problem${expected.length === 1 ? '' : 's'} found; nothing was written`,
      ]);
      expect(result.stdout).toEqual([]);
    });
  }

  it('points every line at a real position inside the file', async () => {
    for (const name of Object.keys(cases)) {
      const text = await readFile(fixture('bad', name, 'article.en.md'), 'utf8');
      const lines = text.split('\n');
      const result = await runContent(['--content-dir', fixture('bad', name), '--check']);
      for (const line of result.stderr.slice(0, -1)) {
        const match = /^(.+?):(\d+):(\d+): ./.exec(line);
        expect(match, line).not.toBeNull();
        const [, , row, col] = match!;
        expect(Number(row)).toBeLessThanOrEqual(lines.length);
        expect(Number(col)).toBeLessThanOrEqual((lines[Number(row) - 1] ?? '').length + 1);
      }
    }
  });

  it('leaves the previous output untouched and leaves no temporary file, for every fixture', async () => {
    const out = await tempDir();
    await writeFile(path.join(out, 'content.ts'), 'previous module\n');
    await writeFile(path.join(out, 'data.json'), '{"previous":true}\n');
    for (const name of Object.keys(cases)) {
      const result = await runContent(['--content-dir', fixture('bad', name), '--out-dir', out]);
      expect(result.code, name).toBe(1);
      expect(await readFile(path.join(out, 'content.ts'), 'utf8')).toBe('previous module\n');
      expect(await readFile(path.join(out, 'data.json'), 'utf8')).toBe('{"previous":true}\n');
      expect((await readdir(out)).sort()).toEqual(['content.ts', 'data.json']);
    }
  });
});
