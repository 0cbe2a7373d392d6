/**
 * Control and bidirectional control characters never reach the data, however a content change
 * writes them: as they are, as a character reference the markdown parser decodes, or as a YAML
 * escape. Each edit of the repository's own content is rejected with one located line, at the node
 * (or the YAML value) that holds the character, and nothing is written.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../pipeline/load/load.js';
import { root, runContent, tempDir } from '../helpers.js';

interface Edit {
  readonly name: string;
  readonly file: 'article.en.md' | 'article.ko.md' | 'arrivals.md';
  /** The text replaced (its first occurrence), and what replaces it. */
  readonly find: string;
  readonly replace: string;
  readonly rule: 'bidi-control' | 'control-character';
  /** The column the problem is reported at (the node's or the value's start), on the line of the edit. */
  readonly column: number;
}

const EDITS: readonly Edit[] = [
  {
    name: '&#x202E; in a body',
    file: 'article.en.md',
    find: 'In a world',
    replace: 'In a &#x202E;world',
    rule: 'bidi-control',
    column: 1,
  },
  {
    name: '&#x2066; in a heading',
    file: 'article.en.md',
    find: '## Factors driving',
    replace: '## Factors &#x2066;driving',
    rule: 'bidi-control',
    column: 4,
  },
  {
    name: '&#x202E; in the Korean article',
    file: 'article.ko.md',
    find: '## 탈북을 이끄는 요인',
    replace: '## 탈북을 &#x202E;이끄는 요인',
    rule: 'bidi-control',
    column: 4,
  },
  {
    name: '&#x202E; in the figures’ prose',
    file: 'arrivals.md',
    find: 'Arrivals of North Korean',
    replace: 'Arrivals &#x202E;of North Korean',
    rule: 'bidi-control',
    column: 1,
  },
  {
    name: '&#x2069; in a link title',
    file: 'article.en.md',
    find: 'In a world',
    replace: 'In a [world](https://example.org "a&#x2069;b")',
    rule: 'bidi-control',
    column: 6,
  },
  {
    name: '&#12; (a form feed) in a body',
    file: 'article.en.md',
    find: 'In a world',
    replace: 'In a&#12; world',
    rule: 'control-character',
    column: 1,
  },
  {
    name: '"\\u202E" in a YAML title',
    file: 'article.en.md',
    find: 'title: How many North Koreans have escaped?',
    replace: 'title: "How many \\u202E North Koreans have escaped?"',
    rule: 'bidi-control',
    column: 8,
  },
  {
    name: '"\\u2066" in a YAML title',
    file: 'article.ko.md',
    find: 'title: 북한 주민은 얼마나 탈출했을까?',
    replace: 'title: "북한 주민은 \\u2066얼마나 탈출했을까?"',
    rule: 'bidi-control',
    column: 8,
  },
  {
    name: '"\\N" (NEL, C1) in a YAML value',
    file: 'article.en.md',
    find: 'title: How many North Koreans have escaped?',
    replace: 'title: "How many North Koreans have escaped?\\N"',
    rule: 'control-character',
    column: 8,
  },
  {
    name: '"\\x9b" (CSI, C1) in the figures’ YAML',
    file: 'arrivals.md',
    find: 'title: North Korean defectors arriving in South Korea, by year',
    replace: 'title: "\\x9b2J North Korean defectors arriving in South Korea, by year"',
    rule: 'control-character',
    column: 8,
  },
  {
    name: 'a raw escape (C0) in a body',
    file: 'article.en.md',
    find: 'In a world',
    replace: 'In a \u001b[2Jworld',
    rule: 'control-character',
    column: 6,
  },
  {
    name: 'a raw C1 control in a body',
    file: 'article.ko.md',
    find: '## 탈북을 이끄는 요인',
    replace: '## 탈북을 \u009b이끄는 요인',
    rule: 'control-character',
    column: 8,
  },
];

/** The repository's content with one edit, built with --check. */
async function build(edit: Edit) {
  const dir = path.join(await tempDir(), 'content');
  await cp(path.join(root, 'content'), dir, { recursive: true });
  const file = path.join(dir, edit.file);
  const text = await readFile(file, 'utf8');
  expect(text, 'the edit applies').toContain(edit.find);
  const edited = text.replace(edit.find, edit.replace);
  await writeFile(file, edited);
  const line = edited.slice(0, edited.indexOf(edit.replace)).split('\n').length;
  return { line, ...(await runContent(['--content-dir', dir, '--check'], dir)) };
}

describe('control and bidirectional control characters, as written or as decoded', () => {
  it.each(EDITS.map((edit) => [edit.name, edit] as const))('%s is rejected where it is', async (_name, edit) => {
    const { line, code, stderr } = await build(edit);
    expect(code).toBe(1);
    // A translation whose frontmatter has a problem is also warned about as a translation.
    const errors = stderr.slice(0, -1).filter((printed) => !printed.includes(': warning: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^${edit.file.replace('.', '\\.')}:${line}:${edit.column}: .+ \\[${edit.rule}\\]$`),
    );
    expect(stderr.at(-1)).toMatch(/^1 problem (and \d+ warnings? )?found; nothing was written$/);
  });
});

describe('printed problems quote the content with its control characters escaped, one line each', () => {
  /** Lines as printed, each checked: one `path:line:col: message [rule-id]` line with nothing a terminal acts on. */
  const expectPrintable = (lines: readonly string[]) => {
    for (const printed of lines.slice(0, -1)) {
      expect(printed).toMatch(/^[^\n]+:\d+:\d+: [^\n]+ \[[a-z0-9-]+\]$/);
      expect(printed).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }
  };

  it('a character reference in an id, echoed in the invalid-id message', async () => {
    const dir = path.join(await tempDir(), 'content');
    await cp(path.join(root, 'content'), dir, { recursive: true });
    const file = path.join(dir, 'article.en.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('## Factors driving defections', '## Factors driving defections {#factors&#12;&#13;}'),
    );
    const { code, stderr } = await runContent(['--content-dir', dir, '--check'], dir);
    expect(code).toBe(1);
    expectPrintable(stderr);
    expect(stderr.join('\n')).toMatch(/"factors\\u\{c\}\\u\{d\}".*\[invalid-id\]/);
  });

  it('a file name holding a line break and a terminal escape, echoed in its path and its message', async () => {
    const dir = path.join(await tempDir(), 'content');
    await cp(path.join(root, 'content'), dir, { recursive: true });
    await writeFile(path.join(dir, 'x\n\u001b[31mfake.md:1:1: all is well.md'), 'text');
    const { code, stderr } = await runContent(['--content-dir', dir, '--check'], dir);
    expect(code).toBe(1);
    expectPrintable(stderr);
    // (the live content's translations may lag: their warnings are printed too)
    const errors = stderr.filter((printed) => !printed.includes(': warning: '));
    expect(errors[0]).toMatch(/^x\\u\{a\}\\u\{1b\}\[31mfake\.md:1:1: all is well\.md:1:1: unexpected content file /);
  });
});

describe('combining marks are counted before normalising (pipeline/load/load.ts)', () => {
  const problems = (text: string) =>
    decodeContent(new TextEncoder().encode(text), 'a.md', 'a.md').messages.map(
      (message) => `${message.line}:${message.column} ${message.ruleId}`,
    );

  it('accepts 30 marks on a character and reports the 31st where it is, also marks outside the BMP', () => {
    expect(problems(`ab${'\u0301'.repeat(30)} c`)).toEqual([]);
    expect(problems(`x\nab${'\u0301\u0316'.repeat(15)}\u0334`)).toEqual(['2:33 too-many-combining-marks']);
    expect(problems(`ab${'\u{1D167}'.repeat(31)}`)).toEqual([`1:${2 + 30 * 2 + 1} too-many-combining-marks`]);
  });
});
