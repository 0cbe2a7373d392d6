/**
 * The pending changesets (`.changeset/*.md`, read with `@changesets/read`): the bump they declare,
 * and drafting a new one in readers' words for the content's changes they do not list yet.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import readChangesets from '@changesets/read';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Literal, Node, Parent } from 'unist';
import { notRegularFile } from '../pipeline/load/load.js';
import type { Diagnostic } from '../pipeline/shared/diagnostics.js';
import { writeFileAtomic } from '../pipeline/write/write.js';
import { type Bump, maxBump } from './change.js';
import { currentLock, readLock } from './current.js';
import type { ReleaseOptions } from './options.js';
import { changelogNotes } from './semver.js';

/**
 * Reads the pending changesets with `@changesets/read`, once each is known to be a regular file:
 * a link committed as `.changeset/x.md` could name any file of the machine (a token, the process's
 * environment), and a changeset that does not parse is quoted in the error.
 *
 * @returns The changesets.
 * @throws If a changeset is a link or not a file, or cannot be parsed.
 */
async function readPending(rootDir: string): ReturnType<typeof readChangesets> {
  const dir = path.join(rootDir, '.changeset');
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.endsWith('.md'))) {
    const why = notRegularFile(await lstat(path.join(dir, name)));
    if (why) throw new Error(`.changeset/${name} is ${why}: a changeset is a regular file, never a link`);
  }
  return readChangesets(rootDir);
}

/**
 * Reads the pending changesets (`.changeset/*.md`) with `@changesets/read`.
 *
 * @returns The most severe release type they declare for `name`, or `undefined` if none names it.
 * @throws If a changeset cannot be parsed.
 */
export async function pendingBump(
  rootDir: string,
  name: string,
): Promise<{ bump: Bump | undefined; files: readonly string[] }> {
  const changesets = await readPending(rootDir);
  let bump: Bump | undefined;
  const files: string[] = [];
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (release.name !== name) continue;
      bump = maxBump(bump ?? 'none', release.type);
      files.push(`.changeset/${changeset.id}.md`);
    }
  }
  return { bump, files };
}

/** The line by which a pending changeset releases translations that lag behind their source, e.g. `Translations pending: ko`. */
export const TRANSLATIONS_PENDING = /^\s*(?:[-*]\s+)?translations pending:\s*(.+?)\s*$/i;

/**
 * The translations the pending changesets that name the package release as pending (missing or
 * stale items), each declared by a line `Translations pending: ko` (several: `ko, ja`) of the
 * changeset's text: not in an HTML comment or in code, which a reader of the changelog does not read.
 *
 * @returns The locales, and the changeset files that declare each.
 * @throws If a changeset cannot be parsed.
 */
export async function pendingTranslations(rootDir: string, name: string): Promise<ReadonlyMap<string, string[]>> {
  const declared = new Map<string, string[]>();
  for (const changeset of await readPending(rootDir)) {
    if (!changeset.releases.some((release) => release.name === name)) continue;
    for (const line of textLines(changeset.summary)) {
      const match = TRANSLATIONS_PENDING.exec(line);
      for (const locale of match?.[1]?.split(/[\s,]+/).filter(Boolean) ?? [])
        declared.set(locale, [...(declared.get(locale) ?? []), `.changeset/${changeset.id}.md`]);
    }
  }
  return declared;
}

const markdown = unified().use(remarkParse).freeze();

/**
 * The lines of text a changeset's markdown reads as: the text of its paragraphs and headings (in
 * lists and quotes too), without HTML (comments included) or code, inline or fenced.
 *
 * @returns The lines, in order.
 */
function textLines(summary: string): string[] {
  const lines: string[] = [];
  const stack: Node[] = [markdown.parse(summary)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(...textOf(node).split('\n'));
    else if ('children' in node) stack.push(...[...(node as Parent).children].reverse());
  }
  return lines;
}

/** The text of a paragraph or heading: its text nodes, a hard break as a line break; no code or HTML. */
function textOf(node: Node): string {
  if (node.type === 'text') return (node as Literal).value as string;
  if (node.type === 'break') return '\n';
  return 'children' in node ? (node as Parent).children.map(textOf).join('') : '';
}

/** The first line of a drafted changeset: a sentence, so the changelog's bullet holds it and the changes nest below. */
export const DRAFT_HEADING = 'Changes to the content:';

/**
 * The lines of the pending changesets that name the package, as a drafted change would be written
 * (`- ` and surrounding space removed).
 *
 * @returns The set of lines.
 * @throws If a changeset cannot be parsed.
 */
async function pendingLines(rootDir: string, name: string): Promise<Set<string>> {
  const lines = new Set<string>();
  for (const changeset of await readPending(rootDir)) {
    if (!changeset.releases.some((release) => release.name === name)) continue;
    for (const line of changeset.summary.split('\n')) lines.add(line.trim().replace(/^[-*]\s+/, ''));
  }
  return lines;
}

/**
 * Writes a changeset for the content's changes since the lock that no pending changeset lists yet:
 * it declares the bump those changes need and lists them in readers' words under one sentence (so
 * the changelog reads "- Changes to the content:" with the changes nested, never "- - …"), for the
 * maintainer to edit before committing. The file is named after its text
 * (`.changeset/content-<hash>.md`), so running it again rewrites the same draft.
 *
 * @returns The path written and the bump, or `undefined` when the content matches the lock, every
 *   change is already listed by a pending changeset (nothing written), or the content has problems
 *   (see `diagnostics`).
 * @throws If the lock or package.json is missing or invalid, a changeset cannot be parsed, or the file cannot be written.
 */
export async function draftChangeset(options: ReleaseOptions): Promise<{
  file: string | undefined;
  bump: Bump;
  diagnostics: readonly Diagnostic[];
  alreadyPending: readonly string[];
}> {
  const before = await readLock(options.lockFile);
  const { lock, diagnostics } = await currentLock(options, before.updated);
  if (!lock) return { file: undefined, bump: 'none', diagnostics, alreadyPending: [] };
  const { changes } = changelogNotes(before, lock);
  const pending = await pendingLines(options.rootDir, lock.package);
  const fresh = changes.filter((change) => !pending.has(change.note));
  const alreadyPending = changes.filter((change) => pending.has(change.note)).map((change) => change.note);
  if (fresh.length === 0) return { file: undefined, bump: 'none', diagnostics, alreadyPending };
  const bump = fresh.reduce<Bump>((most, change) => maxBump(most, change.bump), 'none');
  const text = `---\n${JSON.stringify(lock.package)}: ${bump}\n---\n\n${DRAFT_HEADING}\n${fresh.map((change) => `- ${change.note}`).join('\n')}\n`;
  const name = `content-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.md`;
  const file = await writeFileAtomic(path.join(options.rootDir, '.changeset', name), text);
  return { file, bump, diagnostics, alreadyPending };
}
