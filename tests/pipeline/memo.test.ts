/**
 * The build memo of a --watch session (pipeline/write/memo.ts): a file whose text has not changed is not
 * parsed again, and the build says and writes exactly what a build from scratch would.
 */
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildOptions, buildContent } from '../../pipeline/build.js';
import { readMetaInfo } from '../../pipeline/shared/package-info.js';
import { createBuildMemo } from '../../pipeline/write/memo.js';
import { expectShippable } from '../editions.js';
import { root, tempDir } from '../helpers.js';

/** A copy of the repository's content (every edition, the arrivals) and an out-dir beside it. */
async function setup() {
  const base = await tempDir();
  const [contentDir, outDir] = [path.join(base, 'content'), path.join(base, 'out')];
  await cp(path.join(root, 'content'), contentDir, { recursive: true });
  const options: BuildOptions = { contentDir, outDir, cwd: base, meta: await readMetaInfo(root) };
  return { contentDir, options };
}

const plain = (result: Awaited<ReturnType<typeof buildContent>>) => ({
  diagnostics: result.diagnostics,
  outputs: result.outputs.map((file) => [file.name, file.contents]),
});

describe('the build memo', () => {
  it('reuses what an unchanged file built to, and builds what changed, as a build from scratch does', async () => {
    const { contentDir, options } = await setup();
    const memo = createBuildMemo();
    const first = await buildContent({ ...options, memo });
    expectShippable(first.diagnostics);
    expect([...memo.keys()].map((key) => key.split('\0')[0]).sort()).toEqual([
      'dataset:arrivals',
      'dataset:refugees',
      'source',
    ]);

    // The article changes: the arrival figures are the very objects of the first build.
    const article = path.join(contentDir, 'article.en.md');
    const text = await readFile(article, 'utf8');
    await writeFile(article, text.replace('A defector is an individual', 'A defector is a person'));
    const second = await buildContent({ ...options, memo });
    expect(second.dataset?.arrivals).toBe(first.dataset?.arrivals);
    expect(second.content).not.toBe(first.content);
    expect(second.content?.faq[0]?.answer.text).toContain('A defector is a person');
    const scratch = await buildContent(options);
    expect(plain(second)).toEqual(plain(scratch));
    expect(second.diagnostics.map((d) => d.ruleId)).toContain('translation-stale');

    // The figures change: the article is reused, the figures built again.
    const figures = path.join(contentDir, 'arrivals.md');
    await writeFile(figures, (await readFile(figures, 'utf8')).replace('by year', 'by the year'));
    const third = await buildContent({ ...options, memo });
    expect(third.content).toBe(second.content);
    expect(third.dataset?.arrivals).not.toBe(first.dataset?.arrivals);
    expect(third.dataset?.arrivals.title).toContain('by the year');
    expect(plain(third)).toEqual(plain(await buildContent(options)));
  });

  it("a dataset's description renamed to another edition's language is built again for it", async () => {
    const { contentDir, options } = await setup();
    const memo = createBuildMemo();
    // Two editions' descriptions of the refugee figures (whichever languages the content has).
    const [fileA, fileB] = (await readdir(contentDir))
      .filter((name) => /^refugees\.[^.]+\.md$/.test(name))
      .sort()
      .map((name) => path.join(contentDir, name)) as [string, string];
    // One edition describes the refugee figures, then the same text is moved to the other's name.
    await rm(fileB);
    await buildContent({ ...options, memo });
    await rename(fileA, fileB);
    const fresh = await buildContent({ ...options, check: true });
    expect(plain(await buildContent({ ...options, memo, check: true }))).toEqual(plain(fresh));
  });

  it('keeps nothing of a file with a problem: the next build reports it again', async () => {
    const { contentDir, options } = await setup();
    const memo = createBuildMemo();
    const figures = path.join(contentDir, 'arrivals.md');
    await writeFile(figures, (await readFile(figures, 'utf8')).replace('title:', 'titel:'));
    const first = await buildContent({ ...options, memo });
    expect(first.diagnostics.length).toBeGreaterThan(0);
    expect([...memo.keys()].map((key) => key.split('\0')[0])).toEqual(['source', 'dataset:refugees']);
    const second = await buildContent({ ...options, memo });
    expect(plain(second)).toEqual(plain(first));
  });
});
