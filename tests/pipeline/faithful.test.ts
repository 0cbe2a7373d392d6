import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { buildContent } from '../../pipeline/build.js';
import { fixture, root, tempDir } from '../helpers.js';

/** The words lost from the seed text, how they are restored, and in how many places. */
const RESTORED: readonly [string, string, number][] = [
  ['led the Kim dynasty', 'led by the Kim dynasty', 1],
  ['faced escapees', 'faced by escapees', 2], // the heading of the challenges and the conclusion
  ['China, foot', 'China, on foot', 1],
  ['capture authorities', 'capture by authorities', 1],
];

it('ships the seed article word for word, with only the five lost words restored ("by" four times, "on" once)', async () => {
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

it('says in both source notes exactly what was restored: "by" in four places and "on" once', async () => {
  const result = await buildContent({ contentDir: `${root}/content`, outDir: await tempDir(), check: true });
  const en = result.dataset!.content.en!.article.source.note!;
  const ko = result.dataset!.content.ko!.article.source.note!;
  expect(en).toContain('Five words lost in transmission were restored: "by" in four places');
  expect(en).toContain('and "on" once ("on foot")');
  for (const phrase of ['"led by"', '"faced by"', '"capture by"', '"on foot"']) {
    expect(en).toContain(phrase);
    expect(ko).toContain(phrase);
  }
  expect(ko).toContain('"by" 네 곳');
  expect(ko).toContain('"on" 한 곳');
});
