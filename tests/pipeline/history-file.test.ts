/**
 * Reading content.history.json (pipeline/shared/history-file.ts): a file that is not a history is
 * refused with one located line, `content.history.json:line:col: message [rule-id]`; no file is no
 * release yet; a link or a huge file is not read.
 */
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HistoryError,
  MAX_HISTORY_BYTES,
  parseHistory,
  readHistory,
  serializeHistory,
} from '../../pipeline/shared/history-file.js';
import { tempDir } from '../helpers.js';

const release = (version: string) => ({ version, date: '2024-01-02', editions: {}, datasets: {} });
const history = (releases: unknown[], extra: object = {}) =>
  serializeHistory({ historyVersion: 1, package: 'p', releases, ...extra } as never);

/** The message parsing `text` fails with. */
function refusal(text: string): string {
  try {
    parseHistory(text);
  } catch (error) {
    expect(error).toBeInstanceOf(HistoryError);
    return (error as Error).message;
  }
  throw new Error('parsed');
}

describe('content.history.json', () => {
  it('reads back what it writes', () => {
    const text = history([release('1.0.0'), release('1.1.0')]);
    expect(serializeHistory(parseHistory(text))).toBe(text);
  });

  it('refuses, at the value or key at fault, JSON that is not a history', () => {
    expect(refusal('{"releases": [')).toMatch(/^content\.history\.json:1:15: not valid JSON: .* \[history-json\]$/);
    expect(refusal(history([release('1.0.0'), release('1.0.0')]))).toBe(
      'content.history.json:12:18: releases.1.version: 1.0.0 is recorded twice; restore content.history.json from git; `npm run version-packages` appends to it [history-value]',
    );
    expect(refusal(history([release('1.10.0'), release('1.9.0')]))).toMatch(
      /^content\.history\.json:\d+:\d+: releases\.1\.version: 1\.9\.0 comes after 1\.10\.0: releases go oldest first; .* \[history-value\]$/,
    );
    expect(serializeHistory(parseHistory(history([release('1.9.0'), release('1.10.0')])))).toContain('1.10.0');
    expect(refusal(history([{ ...release('1.0.0'), date: '2024-13-01' }]))).toMatch(
      /^content\.history\.json:7:15: releases\.0\.date: must be a date written YYYY-MM-DD; .* \[history-value\]$/,
    );
    expect(refusal(history([], { extra: true }))).toMatch(
      /^content\.history\.json:5:3: extra: unknown key; .* \[history-value\]$/,
    );
    const changes = { added: ['a'], changed: [], removed: [], moved: [] };
    expect(refusal(history([{ ...release('1.0.0'), editions: { en: { faq: changes } } }]))).toMatch(
      /^content\.history\.json:\d+:\d+: releases\.0\.editions\.en\.faq\.moved: unknown key; /,
    );
  });

  it('is no release yet when there is no file; a link or a file too large is not read', async () => {
    const dir = await tempDir();
    expect(readHistory(path.join(dir, 'content.history.json'))).toBeUndefined();
    await writeFile(path.join(dir, 'real.json'), history([]));
    await symlink(path.join(dir, 'real.json'), path.join(dir, 'content.history.json'));
    expect(() => readHistory(path.join(dir, 'content.history.json'))).toThrow(
      'content.history.json is a symbolic link: the history is a regular file',
    );
    await writeFile(path.join(dir, 'big.json'), ' '.repeat(MAX_HISTORY_BYTES + 1));
    expect(() => readHistory(path.join(dir, 'big.json'))).toThrow(/big\.json is too large/);
    expect(readHistory(path.join(dir, 'real.json'))).toEqual({ historyVersion: 1, package: 'p', releases: [] });
  });
});
