/**
 * Stage 1, load: reads the content files as strict UTF-8 and normalises their text
 * (byte order mark, line endings, Unicode NFC) so that equivalent files build identical output.
 * The size limit is checked first, on the bytes, before any other work; the characters text may
 * not hold and runs of combining marks before normalisation; every pass is linear.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { compareStrings } from '../shared/diagnostics.js';
import { report } from '../shared/rules.js';
import { checkCharacters, checkCombiningMarks } from './characters.js';
import { checkSize, MAX_FILE_BYTES } from './limits.js';

/** What `load` knows of each file, kept on `file.data`. */
export interface LoadedData {
  /** The file's path relative to the content directory, with `/` separators. */
  readonly name: string;
  /** The raw bytes were not valid text; `file.value` is empty and a message says why. */
  readonly unreadable: boolean;
}

declare module 'vfile' {
  interface DataMap {
    loaded: LoadedData;
  }
}

/**
 * Lists the content files of a content directory: every entry named `*.md`, whatever it is (a
 * directory, a FIFO or a link named `article.ko.md` is reported when it is loaded, never skipped:
 * an edition left out without a word would ship). Dotfiles are an editor's (Emacs' lock
 * `.#article.en.md`, often a link to nowhere; Vim's `.article.en.md.swp`): never listed, never followed.
 *
 * @returns Absolute paths of the `*.md` entries directly in `dir` but dotfiles, in code-unit order of their names.
 * @throws If the directory cannot be read.
 */
export async function listContentFiles(dir: string): Promise<string[]> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !isEditorFile(name))
    .sort(compareStrings)
    .map((name) => path.join(dir, name));
}

/**
 * Whether a name in the content directory is an editor's (a dotfile), which no build reads.
 *
 * @returns `true` for a name starting with `.`.
 */
export function isEditorFile(name: string): boolean {
  return name.startsWith('.');
}

/**
 * Turns a file's bytes into a VFile with normalised text. Problems (invalid UTF-8, NUL bytes,
 * control and bidirectional control characters, a character carrying too many combining marks)
 * become messages on the file, located at the offending character's line and column; the file is
 * then not parsed.
 *
 * @param bytes The file's contents.
 * @param displayPath The path shown in diagnostics.
 * @param name The path relative to the content directory.
 * @returns The file; `file.data.loaded.unreadable` tells whether its text can be parsed.
 */
export function decodeContent(bytes: Uint8Array, displayPath: string, name: string): VFile {
  const file = new VFile({ path: displayPath });
  if (!checkSize(bytes.byteLength, file)) return unreadable(file, name);
  // The decoder checks the bytes natively; where they are not UTF-8, firstInvalidUtf8 finds the place.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The two agree on what is invalid; the clamp only keeps a point inside the file if they did not.
    const invalidAt = Math.max(firstInvalidUtf8(bytes), 0);
    report(
      file,
      'invalid-utf8',
      `invalid UTF-8 at byte ${invalidAt}: save the file as UTF-8`,
      pointAtByte(bytes, invalidAt),
    );
    return unreadable(file, name);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    report(file, 'nul-byte', `NUL byte at byte ${nul}: content must be text`, pointAtByte(bytes, nul));
    return unreadable(file, name);
  }
  // Checked on the text as read, before normalisation, which is quadratic in a run of combining marks
  // (without the byte order mark, which no editor shows, so that columns are those of the editor).
  const read = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!checkCharacters(read, file) || !checkCombiningMarks(read, file)) return unreadable(file, name);
  file.value = normalizeText(text);
  file.data.loaded = { name, unreadable: false };
  return file;
}

function unreadable(file: VFile, name: string): VFile {
  file.data.loaded = { name, unreadable: true };
  file.value = '';
  return file;
}

/**
 * Normalises text the way the build sees it: no byte order mark, `\n` line endings, no spaces or
 * tabs at line ends (invisible, so never meaningful: write a hard break as `\` at the line's end),
 * Unicode NFC.
 *
 * @returns The normalised text.
 */
export function normalizeText(text: string): string {
  let normal = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (normal.includes('\r')) normal = normal.replace(/\r\n?/g, '\n');
  // Lines are split and trimmed only when one ends in a blank (each test is one linear pass).
  if (endsInBlank(normal)) {
    const lines = normal.split('\n');
    for (let i = 0; i < lines.length; i++) lines[i] = trimEndBlanks(lines[i]!);
    normal = lines.join('\n');
  }
  return normal.normalize('NFC');
}

/** Whether a line of `text` ends in a space or a tab (string searches: linear, and faster than a pattern). */
function endsInBlank(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 32 || last === 9 || text.includes(' \n') || text.includes('\t\n');
}

/** The line without its trailing spaces and tabs; a backward scan, so linear even on a line of spaces. */
function trimEndBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Loads every markdown file of a content directory.
 *
 * @param dir The content directory.
 * @param cwd The directory diagnostics are shown relative to.
 * @returns One VFile per file, in name order.
 * @throws If the directory or a file cannot be read (a usage problem, not a content problem).
 */
export async function loadContent(dir: string, cwd: string = process.cwd()): Promise<VFile[]> {
  const paths = await listContentFiles(dir);
  return paths.map((file) =>
    loadFile(file, toPosix(path.relative(cwd, file) || file), toPosix(path.relative(dir, file))),
  );
}

/**
 * Reads one content file. A file that cannot be read (permissions, a race with a deletion), is not
 * a regular file (a symbolic link, which is never followed, a device, a directory) or is over the
 * size limit is reported on the file at 1:1 and marked unreadable; no more than one byte past the
 * limit is ever read. The reads are synchronous: content files are small, and waiting on the thread
 * pool for each cost more than reading them.
 *
 * @returns The file, as `decodeContent` makes it.
 */
function loadFile(file: string, displayPath: string, name: string): VFile {
  try {
    const link = notRegularFile(lstatSync(file));
    if (link) return notReadable(displayPath, name, link, NOT_REGULAR);
    const read = readRegularFile(file);
    if (typeof read === 'string') return notReadable(displayPath, name, read, NOT_REGULAR);
    if (typeof read === 'number') {
      const vfile = new VFile({ path: displayPath });
      checkSize(read, vfile);
      return unreadable(vfile, name);
    }
    return decodeContent(read, displayPath, name);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return notReadable(displayPath, name, reason, 'check that it exists and is readable');
  }
}

/**
 * Why a file the tools read is not read: every file a commit can put in place (content, changesets,
 * the lock) is read only when it is a regular file, never through a link, which could name any file
 * of the machine (a token, `/dev/zero`).
 *
 * @param stats The file's `lstat` (or, once opened, `fstat`).
 * @returns `'a symbolic link'` or `'not a regular file'`; `undefined` for a regular file.
 */
export function notRegularFile(stats: Pick<Stats, 'isFile' | 'isSymbolicLink'>): string | undefined {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return stats.isFile() ? undefined : 'not a regular file';
}

/** What to do about a content file that is a link, a device or a directory. */
const NOT_REGULAR = 'content files are regular files in the content directory, never links';

function notReadable(displayPath: string, name: string, reason: string, hint: string): VFile {
  const vfile = new VFile({ path: displayPath });
  report(vfile, 'unreadable-file', `cannot read the file (${reason}): ${hint}`);
  return unreadable(vfile, name);
}

/**
 * Reads a regular file without following a link, never more than one byte past the size limit (a
 * file can grow while it is read).
 *
 * @returns Its bytes; its size in bytes when that is over the limit (at least that many: it is not
 *   read whole); or why it is not read.
 * @throws The file system's errors.
 */
function readRegularFile(file: string): Buffer | number | string {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const stats = fstatSync(fd);
    const why = notRegularFile(stats);
    if (why) return why;
    const limit = MAX_FILE_BYTES + 1;
    if (stats.size >= limit) return stats.size;
    let bytes = Buffer.allocUnsafe(stats.size + 1);
    let total = 0;
    for (;;) {
      if (total === bytes.length) {
        if (bytes.length >= limit) break;
        const larger = Buffer.allocUnsafe(Math.min(bytes.length * 2, limit));
        bytes.copy(larger, 0, 0, total);
        bytes = larger;
      }
      const count = readSync(fd, bytes, total, bytes.length - total, null);
      if (count === 0) break;
      total += count;
    }
    return total >= limit ? total : bytes.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The 1-based line and column (in characters of the valid text before it) of a byte. */
function pointAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
