import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { buildContent } from '../../pipeline/build.js';
import { fixture, root, tempDir } from '../helpers.js';

/** The words the seed text (and its publisher, ticker.tv) lacks, how they are supplied, and in how many places. */
const RESTORED: readonly [string, string, number][] = [
  ['led the Kim dynasty', 'led by the Kim dynasty', 1],
  ['faced escapees', 'faced by escapees', 2], // the heading of the challenges and the conclusion
  ['China, foot', 'China, on foot', 1],
  ['capture authorities', 'capture by authorities', 1],
];

it('ships the seed article word for word, with only the five missing words supplied ("by" four times, "on" once)', async () => {
  let seed = await readFile(fixture('seed.txt'), 'utf8');
  for (const [lost, restored, times] of RESTORED) {
    expect(seed.split(lost).length - 1, lost).toBe(times);
    seed = seed.replaceAll(lost, restored);
  }
  expect(RESTORED.reduce((sum, [, , times]) => sum + times, 0)).toBe(5);
  const [header, ...blocks] = seed.split(/\n\s*\n/).map((block) => block.trim());

  const result = await buildContent({ contentDir: `${root}/content`, outDir: await tempDir(), check: true });
  const { article, faq } = result.content!;
  expect(header).toBe(`date ${article.date} ${article.title}`);
  const paragraphs = (text: string) => (text === '' ? [] : text.split('\n\n'));
  const shipped = [
    ...paragraphs(article.intro.text),
    ...article.sections.flatMap((section) => [
      section.heading.text,
      ...paragraphs(section.body.text),
      ...(section.kind === 'faq'
        ? faq.flatMap((entry) => [`Q: ${entry.question.text}`, `A: ${entry.answer.text}`])
        : []),
    ]),
    ...paragraphs(article.conclusion.text),
  ];
  expect(shipped).toEqual(blocks);
});

it('says in both source notes who published the text, exactly what was supplied ("by" four times, "on" once) and that nothing else changed', async () => {
  const result = await buildContent({ contentDir: `${root}/content`, outDir: await tempDir(), check: true });
  const en = result.dataset!.content.en!.article.source;
  const ko = result.dataset!.content.ko!.article.source;
  const page = 'https://ticker.tv/news/how-many-north-koreans-have-escaped/232165/';
  // Every edition names the same page, whichever languages there are.
  const editions = Object.values(result.dataset!.content);
  expect(editions.map((edition) => edition!.article.source.url)).toEqual(editions.map(() => page));
  expect(en.note).toContain('Published by ticker.tv on 2023-11-26.');
  expect(en.note).toContain('Five words were supplied editorially: "by" in four places');
  expect(en.note).toContain('and "on" once ("on foot"). No other word was changed');
  expect(en.note).toContain('is unconfirmed');
  expect(ko.note).toContain('ticker.tv가 2023년 11월 26일 게재한 기사');
  expect(ko.note).toContain('그 밖에 바꾼 단어는 없으며');
  expect(ko.note).toContain('저작권자와 이용 조건은 확인되지 않았다');
  // The gaps quoted as the publisher's are the seed's own words.
  const seed = await readFile(fixture('seed.txt'), 'utf8');
  for (const gap of ['led the Kim dynasty', 'Challenges faced escapees', 'capture authorities']) {
    expect(seed).toContain(gap);
    expect(en.note).toContain(`"${gap}"`);
  }
  for (const phrase of ['"led by"', '"faced by"', '"capture by"', '"on foot"']) {
    expect(en.note).toContain(phrase);
    expect(ko.note).toContain(phrase);
  }
  expect(ko.note).toContain('"by" 네 곳');
  expect(ko.note).toContain('"on" 한 곳');
});

it("says in the Korean note why it writes 탈북민, beside the law's and the ministry's words", async () => {
  const result = await buildContent({ contentDir: `${root}/content`, outDir: await tempDir(), check: true });
  const ko = result.dataset!.content.ko!.article;
  for (const word of ["'탈북민'", "'북한이탈주민'", "'북향민'", '중국과 러시아'])
    expect(ko.source.note).toContain(word);
  // The edition uses the word it explains.
  expect(ko.sections.map((section) => section.heading.text).join(' ')).toContain('탈북민');
});
