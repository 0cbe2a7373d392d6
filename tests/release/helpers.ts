import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildContent } from '../../pipeline/build.js';
import { createLock } from '../../release/lock.js';
import type { ContentLock } from '../../release/lock-schema.js';
import { copyDatasets, fixture, tempDir } from '../helpers.js';

/** The good fixture article, for editing. */
export const goodArticle = () => readFile(fixture('good', 'article.en.md'), 'utf8');

/**
 * Writes a content directory holding the good fixture article, edited by `edit`.
 * Each replacement must apply, so a fixture change cannot silently turn a case into "unchanged".
 */
export async function contentDir(...edits: readonly [string | RegExp, string][]): Promise<string> {
  let text = await goodArticle();
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit did not apply: ${String(from)}`);
    text = next;
  }
  const dir = await tempDir();
  await writeFile(path.join(dir, 'article.en.md'), text);
  await copyDatasets(dir);
  return dir;
}

/** The lock of a content directory (which must be valid). */
export async function lockOf(dir: string, updated = '2024-01-02'): Promise<ContentLock> {
  const result = await buildContent({ contentDir: dir, outDir: dir, check: true });
  if (!result.content) throw new Error(`invalid fixture: ${JSON.stringify(result.diagnostics)}`);
  return createLock([result.content], { package: 'nke-fixture', version: '1.0.0', updated }, result.dataset);
}

/** A package root: package.json, a .changeset directory with the given changesets, and a content dir. */
export async function packageRoot(changesets: Record<string, string>): Promise<string> {
  const root = await tempDir();
  await writeFile(path.join(root, 'package.json'), `${JSON.stringify({ name: 'nke-fixture', version: '1.0.0' })}\n`);
  await mkdir(path.join(root, '.changeset'));
  await writeFile(path.join(root, '.changeset', 'README.md'), 'Not a changeset.\n');
  for (const [name, body] of Object.entries(changesets))
    await writeFile(path.join(root, '.changeset', `${name}.md`), body);
  return root;
}

/** A changeset file declaring `bump` for each package. */
export const changeset = (bump: string, packages = ['nke-fixture'], summary = 'What changed, for readers.') =>
  `---\n${packages.map((name) => `'${name}': ${bump}`).join('\n')}\n---\n\n${summary}\n`;
