import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main as contentCommand } from '../../pipeline/commands/cli.js';
import { main as translations } from '../../pipeline/commands/translations-cli.js';
import { ALL_KINDS, itemsOf } from '../../pipeline/kinds/index.js';
import type { Io } from '../../pipeline/shared/io.js';
import { writeRevisionBlock } from '../../pipeline/translation/revisions-file.js';
import type { BuiltDataset } from '../../src/schema.js';
import { copyEdition } from '../editions.js';
import { fixture, root, runContent, tempDir } from '../helpers.js';

/** A copy of the Korean edition and its source, edited: `en` and `ko` edit the two articles (each edit must apply). */
async function content(edits: { en?: [string | RegExp, string][]; ko?: [string | RegExp, string][] }) {
  const dir = await tempDir();
  await copyEdition(dir, 'ko');
  for (const [locale, list] of Object.entries(edits)) {
    const file = path.join(dir, `article.${locale}.md`);
    let text = await readFile(file, 'utf8');
    for (const [from, to] of list) {
      const next = text.replace(from, to);
      expect(next, String(from)).not.toBe(text);
      text = next;
    }
    await writeFile(file, text);
  }
  return dir;
}

/** Builds a content directory into a new out-dir. */
async function build(dir: string) {
  const out = await tempDir();
  const result = await runContent(['--content-dir', dir, '--out-dir', out], dir);
  const data = async () => JSON.parse(await readFile(path.join(out, 'data.json'), 'utf8')) as BuiltDataset;
  return { ...result, data };
}

/** Runs `npm run translations` in-process. */
async function run(args: string[], cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd };
  return { code: await translations(args, io), stdout, stderr };
}

const ANSWER = 'A defector is an individual who leaves their country';
const DEFECTOR = 'faq/what-is-a-defector';

describe('a translation goes stale when its source item changes', () => {
  it('warns, located in both files, keeps the Korean text marked stale, and is current again once marked', async () => {
    const dir = await content({ en: [[ANSWER, 'A defector is a person who leaves their country']] });
    const english = await readFile(path.join(dir, 'article.en.md'), 'utf8');
    const korean = await readFile(path.join(dir, 'article.ko.md'), 'utf8');
    const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const stale = await build(dir);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toEqual([
      `article.ko.md:${line(korean, '### 망명자란')}:1: warning: question "what-is-a-defector" is stale: article.en.md:${line(english, '### What is a defector?')}:1 changed since it was translated; update the translation, then \`npm run translations -- --locale ko --mark-current ${DEFECTOR}\` [translation-stale]`,
    ]);
    const before = (await stale.data()).content.ko!.faq[0]!;
    expect([before.translation, before.answer.text.startsWith('망명자란')]).toEqual(['stale', true]);

    const listed = await run(['--content-dir', dir], dir);
    expect(listed.stdout).toEqual([
      'article.ko.md (ko): 19 items: 18 current, 1 stale, 0 fallback (the source stands in)',
      `  stale    ${DEFECTOR}`,
    ]);
    const marked = await run(['--content-dir', dir, '--locale', 'ko', '--mark-current', DEFECTOR], dir);
    expect(marked).toEqual({ code: 0, stdout: ['article.ko.md: 1 item marked current'], stderr: [] });
    // Only that item's revision changed: one line of the file.
    const after = await readFile(path.join(dir, 'article.ko.md'), 'utf8');
    const changed = after.split('\n').filter((l, i) => l !== korean.split('\n')[i]);
    expect(changed).toEqual([expect.stringMatching(/^ {4}what-is-a-defector: "[0-9a-f]{8}"$/)]);
    const current = await build(dir);
    expect([current.code, current.stderr]).toEqual([0, []]);
    expect((await current.data()).content.ko!.faq[0]!.translation).toBe('current');
  });

  it('falls back to the source when a stale item no longer states the same facts (an English phase changed)', async () => {
    const dir = await content({
      en: [[':challenge[discrimination]{phase=after-crossing}', ':challenge[discrimination]{phase=journey}']],
    });
    const result = await build(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([
      expect.stringMatching(
        /^article\.ko\.md:\d+:\d+: warning: challenge "discrimination" is stale and no longer agrees with article\.en\.md:\d+:\d+ \(challenge "discrimination" has phase after-crossing here but journey in article\.en\.md:\d+:\d+\): the source's stands in until it is updated \[translation-stale\]$/,
      ),
    ]);
    const challenge = (await result.data()).content.ko!.challenges.at(-1)!;
    expect([challenge.translation, challenge.phase, challenge.label.text]).toEqual([
      'fallback',
      'journey',
      'discrimination',
    ]);
    // Marking a fallen-back item current without fixing its facts is an error then, not a warning.
    await run(['--content-dir', dir, '--mark-current', 'challenges/discrimination'], dir);
    const marked = await build(dir);
    expect(marked.code).toBe(1);
    expect(marked.stderr[0]).toMatch(
      /has phase after-crossing here but journey in article\.en\.md:\d+:\d+ \[translation-mismatch\]$/,
    );
  });
});

describe('a translation goes on when its source renames an id', () => {
  it('goes on when an English id changes: the old Korean item is left out and the English one stands in', async () => {
    const dir = await content({ en: [[':factor[economic hardship]', ':factor[economic hardship]{#poverty}']] });
    const result = await build(dir);
    expect(result.code).toBe(0);
    expect(result.stderr.map((line) => line.slice(line.lastIndexOf('[')))).toEqual([
      '[translation-missing-item]',
      '[translation-extra-item]',
    ]);
    const ko = (await result.data()).content.ko!;
    expect(ko.factors.map((f) => [f.id, f.translation])).toEqual([
      ['political-repression', 'current'],
      ['poverty', 'fallback'],
      ['desire-for-personal-freedom', 'current'],
    ]);
  });

  it('goes on when an English section id changes: the English section stands in, and its items point at it', async () => {
    const dir = await content({
      en: [['## Factors driving defections', '## Factors driving defections {#why-they-leave}']],
    });
    const result = await build(dir);
    expect(result.code).toBe(0);
    const ko = (await result.data()).content.ko!;
    const section = ko.article.sections[1]!;
    expect([section.id, section.translation, section.heading.text]).toEqual([
      'why-they-leave',
      'fallback',
      'Factors driving defections',
    ]);
    expect(ko.factors.map((f) => [f.sectionId, f.translation])).toEqual(Array(3).fill(['why-they-leave', 'current']));
  });
});

describe('the source edition and its revisions', () => {
  it('reports the problems of the source once, in the source, and nothing in the correct translation', async () => {
    const dir = await content({ en: [[':estimate[over 30,000]', ':estimate[over lots]']] });
    const result = await build(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      expect.stringMatching(/^article\.en\.md:\d+:\d+: estimate "over lots" is not a number: .* \[estimate-figure\]$/),
      '1 problem found; nothing was written',
    ]);
  });

  it('counts every item stale until revisions are recorded, with one warning', async () => {
    const dir = await content({ ko: [[/translated: #[^\n]*\n(?: {2}[^\n]*\n)+/, '']] });
    const result = await build(dir);
    expect(result.stderr).toEqual([
      expect.stringMatching(/^article\.ko\.md:9:16: warning: no revisions recorded: .* \[translation-stale\]$/),
    ]);
    const ko = (await result.data()).content.ko!;
    expect([ko.article.translation, ko.estimate.translation, ...ko.faq.map((e) => e.translation)]).toEqual(
      Array(6).fill('stale'),
    );
    expect(ko.article.sections.every((s) => s.translation === 'stale')).toBe(true);
  });

  it('refuses revisions in the source article, which translates nothing', async () => {
    const dir = await content({
      en: [['locale: en\n', 'locale: en\ntranslated:\n  faq:\n    what-is-a-defector: "00000000"\n']],
    });
    const result = await build(dir);
    expect(result.stderr[0]).toBe(
      'article.en.md:10:3: the source article translates nothing: remove translated (a translation records its revisions there) [translation-of]',
    );
  });

  it('marks the source edition as the source', async () => {
    const result = await build(path.join(root, 'content'));
    const { en } = (await result.data()).content;
    const items = [en!.article, ...en!.article.sections, ...ALL_KINDS.flatMap((kind) => itemsOf(en![kind.collection]))];
    expect(items.map((item) => item.translation)).toEqual(Array(19).fill('source'));
  });
});

describe('npm run content -- --watch', () => {
  it('prints a stale translation as a warning, builds on, and is quiet again once the item is marked current', async () => {
    const dir = await content({});
    const out = await tempDir();
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: Io = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: dir };
    const controller = new AbortController();
    // One line per build: `HH:MM:SS.mmm <what changed>: <outputs> rebuilt in <out-dir> (<time>[; warnings])`.
    const built = () => stdout.filter((line) => / rebuilt in /.test(line));
    const until = async (what: string, predicate: () => boolean) => {
      for (const deadline = Date.now() + 15_000; !predicate(); await new Promise((r) => setTimeout(r, 25)))
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    };
    const watching = contentCommand(['--watch', '--content-dir', dir, '--out-dir', out], io, controller.signal);
    await until('the first build', () => built().length === 1);
    const english = path.join(dir, 'article.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace(ANSWER, 'A defector is a person who leaves'));
    await until('the rebuild', () => built().length === 2);
    expect(built()[1]).toMatch(/ article\.en\.md changed: .* \((\d+ ms|\d+\.\d s); 1 warning: the build went on\)$/);
    expect(stderr).toEqual([
      expect.stringMatching(/warning: question "what-is-a-defector" is stale: .*\[translation-stale\]$/),
    ]);
    const data = JSON.parse(await readFile(path.join(out, 'data.json'), 'utf8')) as BuiltDataset;
    expect(data.content.en!.faq[0]!.answer.text).toContain('a person who leaves');
    expect(data.content.ko!.faq[0]!.translation).toBe('stale');
    expect((await run(['--content-dir', dir, '--mark-current', DEFECTOR], dir)).code).toBe(0);
    await until(
      'the build after marking',
      () =>
        built().length >= 3 &&
        built()
          .at(-1)!
          .includes(` rebuilt in ${path.relative(dir, out)} (`) &&
        // quiet again: no warning counted on the line
        /\((\d+ ms|\d+\.\d s)\)$/.test(built().at(-1)!),
    );
    controller.abort();
    expect(await watching).toBe(0);
  });
});

describe('npm run translations', () => {
  it('as a real process, compiled as npm run translations runs it: the state of each item, exit 0', async () => {
    const dir = await content({ en: [[ANSWER, 'A defector is a person who leaves']] });
    const args = [path.join(root, 'scripts/run.mjs'), 'pipeline/commands/translations-cli.ts', '--content-dir', dir];
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: dir });
    expect(stdout).toBe(
      `article.ko.md (ko): 19 items: 18 current, 1 stale, 0 fallback (the source stands in)\n  stale    ${DEFECTOR}\n`,
    );
  });

  it('refuses a key that names no item, an item the translation lacks, and keys without --mark-current', async () => {
    const dir = await content({ ko: [[/### 북한 주민들은 어떻게[^\n]*\n\n[^\n]*\n\n/, '']] });
    expect((await run(['--content-dir', dir, '--mark-current', 'faq/typo'], dir)).stderr).toEqual([
      'error: article.ko.md: "faq/typo" is no item of the source (keys are collection/id, e.g. faq/what-is-a-defector)',
    ]);
    expect(
      (await run(['--content-dir', dir, '--mark-current', 'faq/how-do-north-koreans-escape'], dir)).stderr,
    ).toEqual([
      'error: article.ko.md: "faq/how-do-north-koreans-escape" is not translated here: translate it (with the same id) first',
    ]);
    expect((await run(['faq/what-is-a-defector'], dir)).code).toBe(2);
    expect((await run(['--locale', 'ja', '--content-dir', dir], dir)).code).toBe(1);
  });

  it('refuses to mark anything while the content has problems', async () => {
    const result = await run(['--content-dir', fixture('bad', 'translation-parity'), '--mark-current'], root);
    expect(result.code).toBe(1);
    expect(result.stderr.at(-1)).toBe('the content has problems: fix them first');
  });
});

describe('the revisions block', () => {
  const text = '---\ntitle: A\ntranslated: # old\n  faq:\n    a: "00000000"\nlocale: ko\n---\n\nBody.\n';

  it('is rewritten as the frontmatter’s last key, nothing else changed, the same bytes each time', () => {
    const once = writeRevisionBlock(text, { faq: { a: '1234abcd', gone: 'ffffffff' } }, { faq: ['a'] });
    expect(once).toBe(
      '---\ntitle: A\nlocale: ko\ntranslated: # the source revision each item translates: written by `npm run translations -- --mark-current`\n  faq:\n    a: "1234abcd"\n---\n\nBody.\n',
    );
    expect(writeRevisionBlock(once, { faq: { a: '1234abcd' } }, { faq: ['a'] })).toBe(once);
  });

  it('keeps CRLF line endings and a byte order mark, and is removed when nothing is recorded', () => {
    const crlf = `\uFEFF${text.replaceAll('\n', '\r\n')}`;
    const out = writeRevisionBlock(crlf, {}, {});
    expect(out).toBe('\uFEFF---\r\ntitle: A\r\nlocale: ko\r\n---\r\n\r\nBody.\r\n');
    expect(() => writeRevisionBlock('no frontmatter', {}, {})).toThrow(/no frontmatter/);
  });

  it('refuses, writing nothing, where a second block would be added (the key quoted or spaced)', () => {
    for (const key of ['"translated"', "'translated'", 'translated ']) {
      const quoted = `---\ntitle: A\n${key}:\n  faq:\n    a: "00000000"\n---\n\nBody.\n`;
      expect(() => writeRevisionBlock(quoted, { faq: { a: '1234abcd' } }, { faq: ['a'] }), key).toThrow(
        /^cannot rewrite the translated: block in place \(Map keys must be unique.*\): write its key as "translated:" at the start of a line, unquoted$/,
      );
    }
  });

  it('reads fences that end in spaces or tabs, as the build does', () => {
    const out = writeRevisionBlock('--- \ntitle: A\n---\t\n\nBody.\n', { faq: { a: '1234abcd' } }, { faq: ['a'] });
    expect(out).toMatch(/^---\ntitle: A\ntranslated: # .*\n {2}faq:\n {4}a: "1234abcd"\n---\t\n\nBody\.\n$/);
  });
});
