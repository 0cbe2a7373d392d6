/**
 * Tests and the editions of the live content: whatever languages `content/` holds, a test of one
 * edition sees only that edition.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SOURCE_LOCALE } from '../pipeline/locale-module.js';
import { root } from './helpers.js';

/**
 * Copies the source article, the figures and one translation of `content/` into `dir`: a test of
 * that translation's text (its lines, its warnings) reads the same whatever other editions exist.
 */
export async function copyEdition(dir: string, locale: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of [`article.${SOURCE_LOCALE}.md`, 'arrivals.md', `article.${locale}.md`])
    await copyFile(path.join(root, 'content', name), path.join(dir, name));
}
