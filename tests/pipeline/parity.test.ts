import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/phrases/all.js';
import type { BuiltDataset } from '../../src/schema.js';
import { copyEdition } from '../editions.js';
import { runContent, tempDir } from '../helpers.js';

/** Where `needle` starts in `text`, as `line:column` (1-based), or a failed expectation. */
function at(text: string, needle: string): string {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  expect(line, needle).toBeGreaterThanOrEqual(0);
  return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
}

/** Copies the Korean edition and its source to a temporary directory, edits the Korean article, and builds it (to an out-dir). */
async function buildWithKorean(edit: (korean: string) => string) {
  const dir = await tempDir();
  await copyEdition(dir, 'ko');
  const file = path.join(dir, 'article.ko.md');
  const korean = await readFile(file, 'utf8');
  const english = await readFile(path.join(dir, 'article.en.md'), 'utf8');
  const edited = edit(korean);
  expect(edited).not.toBe(korean);
  await writeFile(file, edited);
  const out = await tempDir();
  const result = await runContent(['--content-dir', dir, '--out-dir', out], dir);
  const data = async () => JSON.parse(await readFile(path.join(out, 'data.json'), 'utf8')) as BuiltDataset;
  return { ...result, data, ko: (needle: string) => at(edited, needle), en: (needle: string) => at(english, needle) };
}

describe('the Korean edition keeps parity with the English source, by value', () => {
  it('builds as it is, every item current', async () => {
    const dir = await tempDir();
    await copyEdition(dir, 'ko');
    expect(await runContent(['--content-dir', dir, '--check'], dir)).toEqual({
      code: 0,
      stdout: ['content is valid'],
      stderr: [],
    });
  });

  it('fails, naming both files, when the Korean year differs from the English', async () => {
    const result = await buildWithKorean((text) => text.replace(':since[1953]년', ':since[1950]년'));
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `article.ko.md:${result.ko(':since[1950]')}: the estimate's since is 1950 here but 1953 in article.en.md:${result.en(':since[1953]')} [translation-mismatch]`,
      '1 problem found; nothing was written',
    ]);
  });

  it('fails when a destination is another place (일본 for 러시아), though the count is the same', async () => {
    const result = await buildWithKorean((text) =>
      text.replace(':destination[러시아]{#RU}', ':destination[일본]{#JP}'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `article.ko.md:${result.ko(':destination[일본]')}: the estimate's destination 3 is "JP" here but "RU" in article.en.md:${result.en(':destination[Russia]')} (if it names the same country, write its code: {#RU}) [translation-mismatch]`,
      '1 problem found; nothing was written',
    ]);
  });

  it('fails when a destination keeps its code but its words name another country (일본 on RU)', async () => {
    const result = await buildWithKorean((text) =>
      text.replace(':destination[러시아]{#RU}', ':destination[일본]{#RU}'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `article.ko.md:${result.ko(':destination[일본]')}: :destination[일본]{#RU} does not name RU in "ko": write "러시아" [destination-label]`,
      '1 problem found; nothing was written',
    ]);
  });

  it('fails when destinations are reordered, or one is written without its country code', async () => {
    const swapped = await buildWithKorean((text) =>
      text.replace(
        ':destination[한국]{#KR}, :destination[중국]{#CN}',
        ':destination[중국]{#CN}, :destination[한국]{#KR}',
      ),
    );
    expect(swapped.stderr.filter((line) => line.endsWith('[translation-mismatch]'))).toHaveLength(2);
    const bare = await buildWithKorean((text) => text.replace(':destination[중국]{#CN}', ':destination[중국]'));
    expect(bare.stderr).toContain(
      `article.ko.md:${bare.ko(':destination[중국]')}: the estimate's destination 2 is "중국" here but "CN" in article.en.md:${bare.en(':destination[China]')} (if it names the same country, write its code: {#CN}) [translation-mismatch]`,
    );
  });

  it('fails when a challenge has another phase, naming both places', async () => {
    const result = await buildWithKorean((text) =>
      text.replace('{#discrimination phase=after-crossing}', '{#discrimination phase=journey}'),
    );
    expect(result.stderr).toEqual([
      `article.ko.md:${result.ko(':challenge[차별]')}: challenge "discrimination" has phase journey here but after-crossing in article.en.md:${result.en(':challenge[discrimination]')} [translation-mismatch]`,
      '1 problem found; nothing was written',
    ]);
  });

  it('fails when a section id names a section of another role', async () => {
    const result = await buildWithKorean((text) =>
      text
        .replace('{#factors-driving-defections}', '{#challenges-faced-by-escapees}')
        .replace(
          '## 탈북민이 겪는 어려움 {#challenges-faced-by-escapees}',
          '## 탈북민이 겪는 어려움 {#factors-driving-defections}',
        ),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.filter((line) => line.endsWith('[translation-mismatch]'))).toEqual([
      `article.ko.md:${result.ko('## 탈북을 이끄는 요인')}: section "challenges-faced-by-escapees" holds the factors here but challenges in article.en.md:${result.en('## Challenges faced by escapees')} (give each section the id of the source section with the same role) [translation-mismatch]`,
      `article.ko.md:${result.ko('## 탈북민이 겪는 어려움')}: section "factors-driving-defections" holds the challenges here but factors in article.en.md:${result.en('## Factors driving defections')} (give each section the id of the source section with the same role) [translation-mismatch]`,
    ]);
  });

  it('warns, and the English stands in, when a Korean FAQ entry is missing; the build goes on', async () => {
    const result = await buildWithKorean((text) => text.replace(/### 탈출하다 붙잡힌[^\n]*\n\n[^\n]*\n\n/, ''));
    const id = 'what-happens-to-north-koreans-who-are-caught-trying-to-escape';
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([
      `article.ko.md:${result.ko('## 자주 묻는 질문')}: warning: question "${id}" of article.en.md:${result.en('### What happens')} is missing here: the source's stands in until it is translated (with the same id) [translation-missing-item]`,
    ]);
    expect(result.stdout.at(-1)).toMatch(/^content built: .* \(1 warning: the build went on\)$/);
    const { content } = await result.data();
    const entry = content.ko!.faq.find((e) => e.id === id)!;
    expect(entry.translation).toBe('fallback');
    expect(entry.question.text).toBe('What happens to North Koreans who are caught trying to escape?');
    expect(content.ko!.faq.map((e) => e.id)).toEqual(content.en!.faq.map((e) => e.id));
    expect(content.ko!.faq.filter((e) => e.id !== id).every((e) => e.translation === 'current')).toBe(true);
  });

  it('warns when the Korean has an id the English lacks: that item is left out, the English one stands in', async () => {
    const result = await buildWithKorean((text) =>
      text.replace('{#discrimination phase=after-crossing}', '{#prejudice phase=after-crossing}'),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([
      `article.ko.md:${result.ko('## 탈북민이 겪는 어려움')}: warning: challenge "discrimination" of article.en.md:${result.en(':challenge[discrimination]')} is missing here: the source's stands in until it is translated (with the same id) [translation-missing-item]`,
      `article.ko.md:${result.ko(':challenge[차별]')}: warning: challenge "prejudice" is not in article.en.md (its challenges are at article.en.md:${result.en('## Challenges')}): it is left out; every edition has the source's ids (write the source's id as {#id}) [translation-extra-item]`,
    ]);
    const { content } = await result.data();
    expect(content.ko!.challenges.map((c) => [c.id, c.translation]).at(-1)).toEqual(['discrimination', 'fallback']);
  });

  it('refuses a figure written out in the translation: it comes from the English number', async () => {
    const result = await buildWithKorean((text) =>
      text.replace(':estimate{#escapees}', ':estimate[3만여 명]{#escapees}'),
    );
    expect(result.stderr[0]).toMatch(/^article\.ko\.md:\d+:\d+: estimate in a translation is written without words/);
    // The estimate its own error kept out is not also reported missing.
    expect(result.stderr.some((line) => line.includes('[translation-missing-item]'))).toBe(false);
  });

  it('requires translationOf and the source date, and a locale matching the file name', async () => {
    const result = await buildWithKorean((text) =>
      text
        .replace('translationOf: how-many-north-koreans-have-escaped\n', '')
        .replace('date: 2023-11-26\ndescription', 'date: 2023-11-27\ndescription')
        // qtz: a code reserved for local use, never one of the package's languages
        .replace('locale: ko', 'locale: qtz'),
    );
    expect(result.stderr).toEqual([
      "article.ko.md:2:1: a translation needs translationOf: how-many-north-koreans-have-escaped (the source article's slug) [translation-of]",
      "article.ko.md:4:7: a translation has its source's date, 2023-11-26 [translation-date]",
      `article.ko.md:8:9: cannot write the estimate in "qtz": no phrases for it; add src/phrases/qtz.ts (known: ${Object.keys(PHRASES).join(', ')}) [estimate-language]`,
      'article.ko.md:8:9: frontmatter "locale" is qtz but the file name says ko [locale-mismatch]',
      '4 problems found; nothing was written',
    ]);
  });
});

describe('the Korean text is stored NFC', () => {
  it('builds byte-identical output from the Korean article saved as NFD (decomposed Hangul)', async () => {
    const [nfc, nfd] = [await tempDir(), await tempDir()];
    await copyEdition(nfc, 'ko');
    await copyEdition(nfd, 'ko');
    const korean = await readFile(path.join(nfd, 'article.ko.md'), 'utf8');
    const decomposed = korean.normalize('NFD');
    expect(decomposed).not.toBe(korean);
    await writeFile(path.join(nfd, 'article.ko.md'), decomposed);
    const [outA, outB] = [await tempDir(), await tempDir()];
    expect((await runContent(['--content-dir', nfc, '--out-dir', outA])).code).toBe(0);
    expect((await runContent(['--content-dir', nfd, '--out-dir', outB])).code).toBe(0);
    for (const name of ['ko.ts', 'data.json']) {
      expect(await readFile(path.join(outB, name), 'utf8')).toBe(await readFile(path.join(outA, name), 'utf8'));
    }
  });
});
