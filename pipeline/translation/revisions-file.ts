/**
 * Writes a translation's revisions (`translated:`) into its frontmatter, and changes nothing else
 * in the file: the block is the frontmatter's last key, written in one fixed form, so running the
 * command twice writes the same bytes.
 */
import { parseDocument } from 'yaml';
import type { TranslatedRevisions } from '../../src/schema.js';
import { TRANSLATED_COLLECTIONS, type TranslatedCollection } from '../kinds/index.js';
import { REVISIONS_KEY } from './revisions.js';

/** The comment on the block's first line, for whoever opens the file. */
const COMMENT = '# the source revision each item translates: written by `npm run translations -- --mark-current`';

/**
 * Replaces (or adds) the `translated:` block of a markdown file's frontmatter.
 *
 * @param order Each collection's ids in the source's order (the block lists them so; others are dropped).
 * @returns The file's new text.
 * @throws {Error} If the text has no frontmatter between `---` lines, or if the block cannot be put
 *   in place so that the frontmatter still reads as one mapping with one `translated` key (the key
 *   written another way, e.g. quoted: the old block is not found, and a second would be added).
 */
export function writeRevisionBlock(
  text: string,
  revisions: TranslatedRevisions,
  order: Readonly<Partial<Record<TranslatedCollection, readonly string[]>>>,
): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = text.slice(bom.length).split(eol);
  // A fence may end in spaces or tabs, as the build reads it.
  const fence = (line: string | undefined) => line !== undefined && /^---[ \t]*$/.test(line);
  const end = lines.findIndex((line, index) => index > 0 && fence(line));
  if (!fence(lines[0]) || end < 0) throw new Error('no frontmatter: the file must start with a --- line');
  const head = lines.slice(1, end);
  const start = head.findIndex((line) => line === REVISIONS_KEY || line.startsWith(`${REVISIONS_KEY}:`));
  let stop = start + 1;
  // The block goes on while its lines are indented (or blank).
  while (start >= 0 && stop < head.length && /^(\s|$)/.test(head[stop]!)) stop += 1;
  const kept = start < 0 ? head : [...head.slice(0, start), ...head.slice(stop)];
  const block = renderBlock(revisions, order);
  const frontmatter = [...kept, ...block];
  const doc = parseDocument(frontmatter.join('\n'), { uniqueKeys: true, version: '1.2' });
  if (doc.errors.length > 0)
    throw new Error(
      `cannot rewrite the ${REVISIONS_KEY}: block in place (${doc.errors[0]!.message.split('\n')[0]}): write its key as "${REVISIONS_KEY}:" at the start of a line, unquoted`,
    );
  return bom + ['---', ...frontmatter, ...lines.slice(end)].join(eol);
}

/** The block's lines: one mapping per collection, ids in the source's order, revisions quoted (so `12345678` stays a string). */
function renderBlock(
  revisions: TranslatedRevisions,
  order: Readonly<Partial<Record<TranslatedCollection, readonly string[]>>>,
): string[] {
  const lines = [`${REVISIONS_KEY}: ${COMMENT}`];
  // In the article's order: the article, its sections, each kind's.
  for (const collection of TRANSLATED_COLLECTIONS) {
    const byId = revisions[collection] ?? {};
    const ids = (order[collection] ?? []).filter((id) => Object.hasOwn(byId, id));
    if (ids.length === 0) continue;
    lines.push(`  ${collection}:`);
    for (const id of ids) lines.push(`    ${id}: "${byId[id]}"`);
  }
  return lines.length === 1 ? [] : lines;
}
