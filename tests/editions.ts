/**
 * Tests and the editions of the live content: whatever languages `content/` holds, a test of one
 * edition sees only that edition, and a test of the whole content accepts a translation that lags.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { buildContent } from '../pipeline/build.js';
import { ALL_DATASETS, datasetFile } from '../pipeline/datasets/index.js';
import { SOURCE_LOCALE } from '../pipeline/emit/locale-module.js';
import type { Diagnostic } from '../pipeline/shared/diagnostics.js';
import { WARNING_RULES } from '../pipeline/shared/rules.js';
import { root, tempDir } from './helpers.js';

/**
 * Copies the source article, one translation and every dataset (with its description in that
 * translation's language) of `content/` into `dir`: a test of
 * that translation's text (its lines, its warnings) reads the same whatever other editions exist.
 */
export async function copyEdition(dir: string, locale: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const datasets = ALL_DATASETS.flatMap(({ name }) => [datasetFile(name), datasetFile(name, locale)]);
  for (const name of [`article.${SOURCE_LOCALE}.md`, `article.${locale}.md`, ...datasets])
    await copyFile(path.join(root, 'content', name), path.join(dir, name));
}

/**
 * Expects content that ships: no errors. Warnings may remain, each one a translation's state
 * (stale, or an item the source stands in for): a new language's first stub is such content.
 */
export function expectShippable(diagnostics: readonly Diagnostic[]): void {
  const blocking = diagnostics.filter(
    (d) => d.severity !== 'warning' || !(WARNING_RULES as ReadonlySet<string>).has(d.ruleId),
  );
  expect(blocking).toEqual([]);
}

/**
 * Builds a content directory that ships (`expectShippable`), with `--check`.
 *
 * @returns The source article's content.
 */
export async function buildShippable(contentDir: string) {
  const result = await buildContent({ contentDir, outDir: await tempDir(), check: true, cwd: root });
  expectShippable(result.diagnostics);
  return result.content!;
}
