/**
 * CHANGELOG.md as readers read it: in each release, what changed for readers of the content first,
 * and the notes for authors (a changeset's items that begin `For authors:`) apart, under their own
 * heading at the end of the release, `### For authors`. A bare commit hash before an entry
 * (`- ee23c3d: …`, as changesets' default changelog wrote them) is left out: commits are only named
 * as links, when the repository is known (release/changelog.cjs). `npm run version-packages` applies
 * it after `changeset version`; applied again, it changes nothing. Only form changes, never a word.
 */

/** The heading of the notes for authors in a release. */
export const AUTHORS_HEADING = '### For authors';

/** An item of a list: its indentation and its text. */
const ITEM = /^( *)[-*] (.*)$/;

/** A note for authors, as changesets write it: an item that begins so. */
const AUTHOR_NOTE = /^For authors:\s*/;

/** A bare short commit hash before an entry's text. */
const BARE_HASH = /^( *[-*] )[0-9a-f]{7,40}: /;

/**
 * Puts the notes for authors of every release under their heading and leaves out bare commit hashes.
 *
 * @returns The changelog's new text; the same text when there is nothing to move.
 */
export function tidyChangelog(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(BARE_HASH, '$1'));
  const out: string[] = [];
  let section: string[] = [];
  const flush = () => {
    out.push(...tidyRelease(section));
    section = [];
  };
  for (const line of lines) {
    if (line.startsWith('## ')) flush();
    section.push(line);
  }
  flush();
  return out.join('\n');
}

/** One release's lines (from its `## version` heading), with its notes for authors moved to the end. */
function tidyRelease(lines: readonly string[]): string[] {
  if (!lines[0]?.startsWith('## ')) return [...lines];
  const kept: string[] = [];
  const notes: string[][] = [];
  for (let i = 0; i < lines.length; ) {
    const item = ITEM.exec(lines[i]!);
    if (!item || !AUTHOR_NOTE.test(item[2]!)) {
      kept.push(lines[i]!);
      i += 1;
      continue;
    }
    const end = itemEnd(lines, i, item[1]!.length);
    notes.push(asNote(lines.slice(i, end), item[1]!.length));
    i = end;
  }
  if (notes.length === 0) return [...lines];
  const body = withoutEmptyHeadings(trimEnd(kept));
  // The notes join the release's list for authors if it has one (it ends the release), or start it.
  const heading = body.includes(AUTHORS_HEADING) ? [] : ['', AUTHORS_HEADING, ''];
  const trailing = lines.length - trimEnd(lines).length;
  return [...body, ...heading, ...notes.flat(), ...Array<string>(trailing).fill('')];
}

/** Where the item that starts at `start` ends: at the first line, past blank ones, indented no deeper than it. */
function itemEnd(lines: readonly string[], start: number, indent: number): number {
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end]!;
    if (line.trim() === '') {
      const next = lines.slice(end).find((l) => l.trim() !== '');
      if (next === undefined || indentOf(next) <= indent) break;
    } else if (indentOf(line) <= indent) break;
    end += 1;
  }
  return end;
}

/** An item for authors as an item of its own list: unindented, without `For authors:`, its first letter a capital. */
function asNote(item: readonly string[], indent: number): string[] {
  const [first = '', ...rest] = item.map((line) => line.slice(Math.min(indent, indentOf(line))));
  const text = first.replace(/^[-*] /, '').replace(AUTHOR_NOTE, '');
  return [`- ${text.charAt(0).toUpperCase()}${text.slice(1)}`, ...trimEnd(rest)];
}

/** The lines without `### … Changes` headings that no item follows any more. */
function withoutEmptyHeadings(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (line.startsWith('### ')) {
      const next = lines.slice(index + 1).find((l) => l.trim() !== '');
      if (next === undefined || next.startsWith('#')) {
        while (out.at(-1)?.trim() === '') out.pop();
        return;
      }
    }
    out.push(line);
  });
  return trimEnd(out);
}

const indentOf = (line: string) => line.length - line.trimStart().length;

function trimEnd(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end -= 1;
  return lines.slice(0, end);
}
