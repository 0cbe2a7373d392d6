import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS } from '../../pipeline/kinds/index.js';
import type { BuiltDataset } from '../../src/schema.js';
import { copyDatasets, runContent, tempDir } from '../helpers.js';
import { contentDir } from '../release/helpers.js';

/** Builds a content directory into a new out-dir; its data, and the text of a generated module. */
async function build(dir: string) {
  const out = await tempDir();
  const result = await runContent(['--content-dir', dir, '--out-dir', out], dir);
  const data = async () => JSON.parse(await readFile(path.join(out, 'data.json'), 'utf8')) as BuiltDataset;
  const module = (name: string) => readFile(path.join(out, name), 'utf8');
  return { ...result, data, module };
}

/** The good fixture's sections but the estimate, cut out. */
const ALL_BUT_THE_ESTIMATE: [RegExp, string] = [/## Why they leave[\s\S]*?(?=\*\*\*)/, ''];

describe('a kind of content that is not required may be left out', () => {
  it('the estimate is the one kind every article must have: a kind of one item has no empty value', () => {
    for (const kind of ALL_KINDS) expect(kind.required, kind.kind).toBe(kind.collection === 'estimate');
  });

  it('an article of the estimate alone builds: the other collections are empty, their id types `never`', async () => {
    const result = await build(await contentDir(ALL_BUT_THE_ESTIMATE));
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    const { en } = (await result.data()).content;
    expect(en!.article.sections.map((section) => section.kind)).toEqual(['estimate']);
    expect([en!.factors, en!.challenges, en!.faq]).toEqual([[], [], []]);
    const module = await result.module('en.ts');
    for (const type of ['FactorId', 'ChallengeId', 'FaqId']) expect(module).toContain(`export type ${type} = never;`);
    expect(module).toContain('export const faq: readonly FaqEntry<FaqId>[] = /* @__PURE__ */ deepFreeze([]);');
  });

  it('a translation that leaves out a section its source has falls back to the source, with a warning per item', async () => {
    const dir = await contentDir();
    const english = await readFile(path.join(dir, 'article.en.md'), 'utf8');
    const korean = english
      .replace('locale: en\n', 'locale: ko\ntranslationOf: a-test-article\n')
      .replace(':estimate[about 1,200]{#people}', ':estimate{#people}')
      .replace(
        ':destination[Japan]{#JP} and :destination[Mongolia]{#MN}',
        ':destination[일본]{#JP} and :destination[몽골]{#MN}',
      )
      .replace(/## Hardships[\s\S]*?(?=## Questions)/, '');
    await writeFile(path.join(dir, 'article.ko.md'), korean);
    await copyDatasets(dir, ['ko']);
    const result = await build(dir);
    expect(result.code).toBe(0);
    const missing = result.stderr.filter((line) => line.includes('[translation-missing-item]'));
    // Each reported where the section would be, the end of the file (in the order of their messages).
    expect(missing.map((line) => /warning: (\w+) "([^"]+)"/.exec(line)?.slice(1).join(' ')).sort()).toEqual([
      'challenge lonely',
      'challenge rivers',
      'section hardships',
    ]);
    const { ko } = (await result.data()).content;
    expect(ko!.challenges.map((challenge) => [challenge.id, challenge.translation])).toEqual([
      ['rivers', 'fallback'],
      ['lonely', 'fallback'],
    ]);
  });
});
