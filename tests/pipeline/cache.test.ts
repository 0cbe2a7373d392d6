import { cp, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildOptions, buildContent } from '../../pipeline/build.js';
import { readMetaInfo } from '../../pipeline/shared/package-info.js';
import { copyEdition } from '../editions.js';
import { fixture, root, tempDir } from '../helpers.js';

/** A copy of the good fixture and an out-dir beside it. */
async function setup() {
  const base = await tempDir();
  const [contentDir, outDir] = [path.join(base, 'content'), path.join(base, 'out')];
  await cp(fixture('good'), contentDir, { recursive: true });
  const options: BuildOptions = { contentDir, outDir, cwd: base, cache: true, meta: await readMetaInfo(root) };
  return { contentDir, outDir, options };
}

const byName = (files: readonly { name: string; contents: string }[]) =>
  Object.fromEntries(files.map((file) => [file.name, file.contents]));

describe('the content-hash cache', () => {
  it('answers a build of unchanged content from the output already there: the same data, nothing written', async () => {
    const { outDir, options } = await setup();
    const first = await buildContent(options);
    expect(first.cached).toBeUndefined();
    const generation = await readlink(outDir);
    const second = await buildContent(options);
    expect(second.cached).toBe(true);
    expect(second.diagnostics).toEqual([]);
    expect(second.dataset).toEqual(first.dataset);
    expect(second.content).toEqual(first.content);
    expect(byName(second.outputs)).toEqual(byName(first.outputs));
    expect([...second.written].sort()).toEqual([...first.written].sort());
    expect(await readlink(outDir)).toBe(generation);
  });

  it('builds again when a content file, the release or the build code changes', async () => {
    const { contentDir, outDir, options } = await setup();
    await buildContent(options);
    const article = path.join(contentDir, 'article.en.md');
    const text = await readFile(article, 'utf8');

    await writeFile(article, text.replace('Because.', 'Because it changed.'));
    const edited = await buildContent(options);
    expect(edited.cached).toBeUndefined();
    expect(edited.content?.faq[1]?.answer.text).toBe('Because it changed.');
    await writeFile(article, text);
    expect((await buildContent(options)).cached).toBeUndefined();
    expect((await buildContent(options)).cached).toBe(true);

    const released = await buildContent({ ...options, meta: { ...options.meta!, version: '9.9.9' } });
    expect(released.cached).toBeUndefined();
    expect(await readFile(path.join(outDir, 'meta.ts'), 'utf8')).toContain('"9.9.9"');

    const global = globalThis as { __NKE_PIPELINE_FINGERPRINT__?: string };
    global.__NKE_PIPELINE_FINGERPRINT__ = 'another build of the pipeline';
    try {
      expect((await buildContent({ ...options, meta: { ...options.meta!, version: '9.9.9' } })).cached).toBeUndefined();
    } finally {
      delete global.__NKE_PIPELINE_FINGERPRINT__;
    }
  });

  it('is not used with check, nor when the out-dir shows another output', async () => {
    const { contentDir, outDir, options } = await setup();
    await buildContent(options);
    expect((await buildContent({ ...options, check: true })).cached).toBeUndefined();
    const other = await tempDir();
    await cp(contentDir, other, { recursive: true });
    await writeFile(
      path.join(other, 'arrivals.md'),
      (await readFile(path.join(other, 'arrivals.md'), 'utf8')).replace('census *counted*', 'census counted'),
    );
    await buildContent({ ...options, contentDir: other });
    const back = await buildContent(options);
    expect(back.cached).toBeUndefined();
    // The out-dir shows this content's output again (the emphasis the other content lacks).
    const data = JSON.parse(await readFile(path.join(outDir, 'data.json'), 'utf8'));
    expect(data.arrivals.description.nodes[0].children[1]).toEqual({
      type: 'emphasis',
      children: [{ type: 'text', value: 'counted' }],
    });
  });

  it('never answers a build with warnings: each build says them again (a translation behind its source)', async () => {
    const base = await tempDir();
    const [contentDir, outDir] = [path.join(base, 'content'), path.join(base, 'out')];
    await copyEdition(contentDir, 'ko');
    const english = path.join(contentDir, 'article.en.md');
    const text = await readFile(english, 'utf8');
    const edited = text.replace('A defector is an individual', 'A defector is a person');
    expect(edited).not.toBe(text);
    await writeFile(english, edited);
    const options: BuildOptions = { contentDir, outDir, cwd: base, cache: true, meta: await readMetaInfo(root) };
    for (let build = 0; build < 2; build++) {
      const result = await buildContent(options);
      expect(result.cached).toBeUndefined();
      expect(result.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['warning', 'translation-stale']]);
      expect(result.dataset?.content.ko?.faq[0]?.translation).toBe('stale');
    }
  });
});
