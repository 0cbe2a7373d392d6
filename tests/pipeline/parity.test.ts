import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runContent, tempDir } from '../helpers.js';

/** Copies the real content to a temporary directory, edits the Korean article, and builds it. */
async function buildWithKorean(edit: (korean: string) => string) {
  const dir = await tempDir();
  await cp(path.join(root, 'content'), dir, { recursive: true });
  const file = path.join(dir, 'article.ko.md');
  const korean = await readFile(file, 'utf8');
  const edited = edit(korean);
  expect(edited).not.toBe(korean);
  await writeFile(file, edited);
  const result = await runContent(['--content-dir', dir, '--check'], dir);
  const lineOf = (needle: string) => edited.split('\n').findIndex((line) => line.includes(needle)) + 1;
  return { ...result, lineOf };
}

describe('the Korean edition keeps parity with the English source', () => {
  it('builds as it is', async () => {
    expect(await runContent(['--check'])).toEqual({ code: 0, stdout: ['content is valid'], stderr: [] });
  });

  it('fails, located at the Korean FAQ section, when a Korean FAQ entry is removed', async () => {
    const result = await buildWithKorean((text) => text.replace(/### 탈출하다 붙잡힌[^\n]*\n\n[^\n]*\n\n/, ''));
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `article.ko.md:${result.lineOf('## 자주 묻는 질문')}:1: question "what-happens-to-north-koreans-who-are-caught-trying-to-escape" of article.en.md is missing here: translate it with the same id [translation-missing-item]`,
      '1 problem found; nothing was written',
    ]);
  });

  it('fails at the item when the Korean has an id the English lacks', async () => {
    const result = await buildWithKorean((text) =>
      text.replace('{#discrimination phase=after-crossing}', '{#prejudice phase=after-crossing}'),
    );
    expect(result.stderr).toEqual([
      `article.ko.md:${result.lineOf('## 탈북민이 겪는 어려움')}:1: challenge "discrimination" of article.en.md is missing here: translate it with the same id [translation-missing-item]`,
      expect.stringMatching(
        new RegExp(
          `^article\\.ko\\.md:${result.lineOf(':challenge[험난한')}:\\d+: challenge "prejudice" is not in article\\.en\\.md: every locale has the same ids`,
        ),
      ),
      '2 problems found; nothing was written',
    ]);
  });

  it('fails when a section id is not the English one (a Korean heading slugs differently)', async () => {
    const result = await buildWithKorean((text) =>
      text.replace('## 탈북민이 겪는 어려움 {#challenges-faced-by-escapees}', '## 탈북민이 겪는 어려움'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `article.ko.md:${result.lineOf('## 탈북민이 겪는 어려움')}:1: section "탈북민이-겪는-어려움" is not in article.en.md: every locale has the same ids (write the source's id as {#id}) [translation-extra-item]`,
    );
  });

  it('fails when the Korean figure differs from the English', async () => {
    const result = await buildWithKorean((text) => text.replace(':since[1953]년', ':since[1950]년'));
    const line = result.lineOf(':since[1950]');
    expect(result.stderr[0]).toMatch(
      new RegExp(
        `^article\\.ko\\.md:${line}:\\d+: the estimate's since is 1950 here but 1953 in article\\.en\\.md \\[translation-mismatch\\]$`,
      ),
    );
  });

  it('refuses a figure written out in the translation: it comes from the English number', async () => {
    const result = await buildWithKorean((text) =>
      text.replace(':estimate{#escapees}', ':estimate[3만 명 이상]{#escapees}'),
    );
    expect(result.stderr[0]).toMatch(/^article\.ko\.md:\d+:\d+: estimate in a translation is written without words/);
  });

  it('requires translationOf and the source date, and a locale matching the file name', async () => {
    const result = await buildWithKorean((text) =>
      text
        .replace('translationOf: how-many-north-koreans-have-escaped\n', '')
        .replace('date: 2023-11-26\ndescription', 'date: 2023-11-27\ndescription')
        .replace('locale: ko', 'locale: ja'),
    );
    expect(result.stderr).toEqual([
      "article.ko.md:2:1: a translation needs translationOf: how-many-north-koreans-have-escaped (the source article's slug) [translation-of]",
      "article.ko.md:4:7: a translation has its source's date, 2023-11-26 [translation-date]",
      'article.ko.md:8:9: cannot write the estimate in "ja": no phrases for it; add src/phrases/ja.ts (known: en, ko) [estimate-language]',
      'article.ko.md:8:9: frontmatter "locale" is ja but the file name says ko [locale-mismatch]',
      '4 problems found; nothing was written',
    ]);
  });
});

describe('the Korean text is stored NFC', () => {
  it('builds byte-identical output from the Korean article saved as NFD (decomposed Hangul)', async () => {
    const nfd = await tempDir();
    await cp(path.join(root, 'content'), nfd, { recursive: true });
    const korean = await readFile(path.join(nfd, 'article.ko.md'), 'utf8');
    const decomposed = korean.normalize('NFD');
    expect(decomposed).not.toBe(korean);
    await writeFile(path.join(nfd, 'article.ko.md'), decomposed);
    const [outA, outB] = [await tempDir(), await tempDir()];
    expect((await runContent(['--content-dir', path.join(root, 'content'), '--out-dir', outA])).code).toBe(0);
    expect((await runContent(['--content-dir', nfd, '--out-dir', outB])).code).toBe(0);
    for (const name of ['ko.ts', 'data.json']) {
      expect(await readFile(path.join(outB, name), 'utf8')).toBe(await readFile(path.join(outA, name), 'utf8'));
    }
  });
});
