import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { buildContent } from '../../pipeline/build.js';
import { fixture, root, tempDir } from '../helpers.js';

/** The four words lost from the seed text, and how they are restored. */
const RESTORED: readonly [string, string][] = [
  ['led the Kim dynasty', 'led by the Kim dynasty'],
  ['faced escapees', 'faced by escapees'],
  ['China, foot', 'China, on foot'],
  ['capture authorities', 'capture by authorities'],
];

it('ships the seed article word for word, with only the four lost words restored', async () => {
  let seed = await readFile(fixture('seed.txt'), 'utf8');
  for (const [lost, restored] of RESTORED) {
    expect(seed).toContain(lost);
    seed = seed.replaceAll(lost, restored);
  }
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
