import { describe, expect, it } from 'vitest';
import { serializeLock } from '../../release/lock.js';
import { parseLock } from '../../release/lock-file.js';
import type { ContentLock, EditionLock } from '../../release/lock-schema.js';
import { changelogNotes, diffLocks } from '../../release/semver.js';
import { fixture } from '../helpers.js';
import { lockOf } from './helpers.js';

/** A lock whose English edition is `edit`'s, read back from its text (as `npm run semver` reads the committed lock). */
function withEdition(lock: ContentLock, edit: (edition: EditionLock) => EditionLock): ContentLock {
  const edited = { ...lock, editions: { ...lock.editions, en: edit(lock.editions.en!) } };
  return parseLock(serializeLock(edited));
}

/** The edition without the collection `name`. */
const without =
  (name: string) =>
  ({ [name]: _, ...rest }: EditionLock): EditionLock =>
    rest;

describe('a collection of the lock is a kind of content: added, minor; removed, major', () => {
  it('a collection the released lock lacks (a new kind) is an addition, without a hand edit of the lock', async () => {
    const now = await lockOf(fixture('good'));
    const before = withEdition(now, without('challenges'));
    expect(diffLocks(before, now)).toEqual({
      bump: 'minor',
      reasons: ['minor: collection "challenges" added (2 items)'],
    });
    expect(changelogNotes(before, now).notes).toEqual(['Added the collection `challenges` (2 items).']);
  });

  it('a collection the current content lacks is a removal', async () => {
    const before = await lockOf(fixture('good'));
    const now = withEdition(before, without('faq'));
    expect(diffLocks(before, now)).toEqual({ bump: 'major', reasons: ['major: collection "faq" removed (2 items)'] });
  });

  it('a collection no kind describes any more is read, and compared by its fields (a patch each)', async () => {
    const base = await lockOf(fixture('good'));
    const event = { id: 'armistice', name: 'The armistice', year: 1953 };
    const before = withEdition(base, (edition) => ({ ...edition, timeline: [event] }));
    const now = withEdition(base, (edition) => ({ ...edition, timeline: [{ ...event, year: 1954 }] }));
    expect(diffLocks(before, now)).toEqual({
      bump: 'patch',
      reasons: ['patch: timeline "armistice" year changed from 1953 to 1954'],
    });
    expect(diffLocks(before, base).reasons).toEqual(['major: collection "timeline" removed (1 item)']);
  });
});
