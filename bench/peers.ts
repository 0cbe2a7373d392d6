/**
 * The peers of the content build on the same synthetic corpus: Velite and content-collections, each
 * with an equivalent collection (the article's frontmatter fields validated, its body compiled to
 * HTML). Their configurations are written next to the corpus, under `.tmp/bench`, so that both
 * resolve their packages from the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { alternate, median, report, root, spread, temp, writeCorpus } from './lib.js';

/** Velite's configuration: the article as a single entry, its body as HTML and a plain excerpt. */
const VELITE_CONFIG = `import { defineCollection, defineConfig, s } from 'velite';
const article = defineCollection({
  name: 'Article',
  pattern: 'article.*.md',
  single: true,
  schema: s.object({
    title: s.string().min(1),
    slug: s.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    date: s.isodate(),
    description: s.string().min(1),
    locale: s.string(),
    source: s.object({ name: s.string().min(1), date: s.string().optional(), url: s.string().url().optional(), note: s.string().optional() }),
    body: s.markdown(),
    plain: s.excerpt({ length: 1e9 }),
  }),
});
export default defineConfig({ root: 'content', output: { data: '.velite', assets: '.velite/static', clean: true }, collections: { article } });
`;

/**
 * content-collections' configuration: the same fields (its YAML reader makes dates `Date`s, turned
 * back into ISO dates), the body compiled to HTML by `@content-collections/markdown`, which goes
 * through its file cache (the only cache content-collections has).
 */
const CONTENT_COLLECTIONS_CONFIG = `import { defineCollection, defineConfig } from '@content-collections/core';
import { compileMarkdown } from '@content-collections/markdown';
import { z } from 'zod';
const isoDate = z.coerce.date().transform((date) => date.toISOString().slice(0, 10));
const article = defineCollection({
  name: 'article',
  directory: 'content',
  include: 'article.*.md',
  schema: z.object({
    title: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    date: isoDate,
    description: z.string().min(1),
    locale: z.string(),
    source: z.object({ name: z.string().min(1), date: isoDate.optional(), url: z.url().optional(), note: z.string().optional() }),
    content: z.string(),
  }),
  transform: async (document, context) => ({ ...document, html: await compileMarkdown(context, document) }),
});
export default defineConfig({ content: [article] });
`;

/** The file name of content-collections' configuration, next to the corpus's `content` directory. */
export const CONTENT_COLLECTIONS_FILE = 'content-collections.mjs';

/** The installed version of a peer package, read from its `package.json`. */
export function peerVersion(name: string): string {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * A new directory holding the synthetic article of `times` the real size in `content/`, with both
 * peers' configurations beside it.
 *
 * @returns The content directory and the article's size in bytes.
 */
export function peerCorpus(times: number): { dir: string; bytes: number } {
  const base = temp();
  const dir = path.join(base, 'content');
  const bytes = writeCorpus(dir, times);
  writeFileSync(path.join(base, 'velite.config.js'), VELITE_CONFIG);
  writeFileSync(path.join(base, CONTENT_COLLECTIONS_FILE), CONTENT_COLLECTIONS_CONFIG);
  return { dir, bytes };
}

/**
 * Prints one comparison with content-collections: `ours` and `peer` (modes of `child.ts`) on the
 * corpus in `dir`, in `rounds` pairs of fresh processes, alternating, each the median of `runs` warm
 * runs. The goal is ours faster (ratio ≤ 1).
 *
 * @returns Whether the goal was met.
 */
export function compareWithContentCollections(
  name: string,
  modes: readonly [string, string],
  dir: string,
  runs: number,
  rounds: number,
): boolean {
  const [ours, peer] = alternate(modes, dir, runs, rounds);
  const [oursMs, peerMs] = [ours.map((run) => run.ms), peer.map((run) => run.ms)];
  const setup = median(peer.map((run) => run.setupMs ?? 0));
  return report(
    `${name} / content-collections ${peerVersion('@content-collections/core')} ${modes[1].endsWith('-cached') ? 'with its file cache warm' : 'cold'}`,
    median(oursMs) / median(peerMs),
    1,
    `ours ${spread(oursMs)}; content-collections ${spread(peerMs)} (of which reading its configuration ${setup.toFixed(0)} ms); each a median of ${runs} warm runs in a fresh process, ${rounds} pairs alternating`,
  );
}
