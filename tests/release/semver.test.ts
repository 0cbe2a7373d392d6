import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../pipeline/shared/paths.js';
import { createLock, serializeLock } from '../../release/lock.js';
import { parseLock } from '../../release/lock-file.js';
import { type ContentLock, LOCK_VERSION } from '../../release/lock-schema.js';
import { changelogNotes, diffLocks } from '../../release/semver.js';
import { dataShape } from '../../release/shape.js';
import { fixture, root } from '../helpers.js';
import { contentDir, lockOf } from './helpers.js';

const released = () => lockOf(fixture('good'));
const bumpFor = async (...edits: [string | RegExp, string][]) =>
  diffLocks(await released(), await lockOf(await contentDir(...edits)));

describe('the bump a content change needs', () => {
  it('none when nothing changed', async () => {
    expect(diffLocks(await released(), await lockOf(await contentDir()))).toEqual({ bump: 'none', reasons: [] });
  });

  it('major when a FAQ entry is removed', async () => {
    const result = await bumpFor([/### Why write one\?\n\nBecause\.\n\n/, '']);
    expect(result.bump).toBe('major');
    expect(result.reasons).toEqual(['major: faq "why-write-one" removed']);
  });

  it('major when an id is renamed, and says from what to what', async () => {
    const result = await bumpFor(['{#is-test}', '{#is-this-a-test}']);
    expect(result).toEqual({ bump: 'major', reasons: ['major: faq "is-test" renamed to "is-this-a-test"'] });
  });

  it('major when a rewording changes a generated id', async () => {
    const result = await bumpFor(['### Why write one?', '### Why write a test?']);
    expect(result.bump).toBe('major');
    expect(result.reasons).toEqual(['major: faq "why-write-one" renamed to "why-write-a-test"']);
  });

  it('minor when a factor is added', async () => {
    const result = await bumpFor([
      ':factor[Hunger]{#hunger}',
      ':factor[Hunger]{#hunger}, :factor[forced labour]{#forced-labour}',
    ]);
    expect(result.bump).toBe('minor');
    expect(result.reasons).toEqual([
      'minor: factor "forced-labour" added',
      'patch: section "why-they-leave" body changed',
    ]);
  });

  it('minor when the estimate figure changes, with the old and new value', async () => {
    const result = await bumpFor([':estimate[about 1,200]', ':estimate[about 1,300]']);
    expect(result.bump).toBe('minor');
    expect(result.reasons).toContain('minor: estimate "people" value changed from 1200 to 1300');
  });

  it('minor when a challenge changes phase', async () => {
    const result = await bumpFor(['rivers]{phase=journey}', 'rivers]{phase=after-crossing}']);
    expect(result.reasons).toContain('minor: challenge "rivers" phase changed from "journey" to "after-crossing"');
    expect(result.bump).toBe('minor');
  });

  it('patch when an answer is reworded', async () => {
    const result = await bumpFor(['Because.', 'Because it helps.']);
    expect(result).toEqual({ bump: 'patch', reasons: ['patch: faq "why-write-one" answer changed'] });
  });

  it("patch when the article's source is named, addressed or annotated otherwise (the README's table)", async () => {
    const result = await bumpFor(
      ['name: The test suite', 'name: The test suite, second printing'],
      ['url: https://example.org/source', 'url: https://example.org/source-2\n  note: Read again.'],
    );
    expect(result).toEqual({
      bump: 'patch',
      reasons: ['patch: article "a-test-article" source changed', 'patch: estimate "people" publication changed'],
    });
  });

  it('patch when only the markup of a text changes', async () => {
    const result = await bumpFor(['Yes, it is a `test`.', 'Yes, it is a *test*.']);
    expect(result).toEqual({ bump: 'patch', reasons: ['patch: faq "is-test" answer changed'] });
  });

  it('patch when entries are reordered', async () => {
    const text = await readFile(fixture('good', 'article.en.md'), 'utf8');
    const first = text.slice(text.indexOf('### Is this'), text.indexOf('### Why write'));
    const second = text.slice(text.indexOf('### Why write'), text.indexOf('***'));
    const result = await bumpFor([first + second, `${second.trimEnd()}\n\n${first}`]);
    expect(result).toEqual({ bump: 'patch', reasons: ['patch: faq order changed'] });
  });

  it('lists every reason, most severe first', async () => {
    const result = await bumpFor(
      ['Because.', 'Because it helps.'],
      [/### Is this[\s\S]*?(?=### Why)/, ''],
      ['[Hunger]{#hunger}', '[Hunger]{#hunger}, :factor[cold]'],
    );
    expect(result.bump).toBe('major');
    expect(result.reasons.map((reason) => reason.split(':')[0])).toEqual(['major', 'minor', 'patch', 'patch']);
  });

  it('minor for an added edition, major for a removed one, naming the locale', async () => {
    const en = await released();
    const ko: ContentLock = { ...en, editions: { ...en.editions, ko: en.editions.en! } };
    expect(diffLocks(en, ko)).toEqual({ bump: 'minor', reasons: ['minor: edition "ko" added'] });
    expect(diffLocks(ko, en)).toEqual({ bump: 'major', reasons: ['major: edition "ko" removed'] });
  });
});

describe('the bump a data shape change needs', () => {
  const withShape = async (edit: (shape: Record<string, string>) => void) => {
    const before = await released();
    const shape = { ...before.shape };
    edit(shape);
    return diffLocks(before, { ...before, shape });
  };

  it('major when a field is removed, once for the field and not for what it holds', async () => {
    const result = await withShape((shape) => {
      for (const key of Object.keys(shape))
        if (key === 'faq[].answer' || key.startsWith('faq[].answer.')) delete shape[key];
    });
    expect(result).toEqual({ bump: 'major', reasons: ['major: data field "faq[].answer" removed'] });
  });

  it('minor when a field is added, optional or not: users read the data, they do not write it', async () => {
    expect(
      await withShape((shape) => {
        shape['faq[].tags'] = 'string[]?';
      }),
    ).toEqual({
      bump: 'minor',
      reasons: ['minor: data field "faq[].tags" added'],
    });
    expect(
      (
        await withShape((shape) => {
          shape['faq[].tags'] = 'string[]';
        })
      ).bump,
    ).toBe('minor');
    expect(
      (
        await withShape((shape) => {
          delete shape['faq[].answer.text'];
        })
      ).bump,
    ).toBe('major');
  });

  it('minor when a union of literals gains a member, major when it loses one or changes type', async () => {
    const key = 'challenges[].phase';
    expect(
      await withShape((shape) => {
        shape[key] = '"journey" | "after-crossing" | "resettled"';
      }),
    ).toEqual({
      bump: 'minor',
      reasons: [`minor: data field "${key}" accepts more values: "resettled"`],
    });
    expect(
      (
        await withShape((shape) => {
          shape[key] = '"journey"';
        })
      ).bump,
    ).toBe('major');
    expect(
      (
        await withShape((shape) => {
          shape['estimate.value'] = 'string';
        })
      ).bump,
    ).toBe('major');
  });

  it('is read from the Content schema, one line per field, optional fields marked', () => {
    const shape = dataShape();
    expect(shape['faq[].answer.text']).toBe('string');
    expect(shape['article.source.url']).toBe('string?');
    expect(shape['estimate.since']).toBe('integer | null');
    expect(shape['challenges[].phase']).toBe('"journey" | "after-crossing"');
    expect(Object.keys(shape).some((key) => key.includes('__'))).toBe(false);
  });
});

describe('content.lock.json', () => {
  it('is committed valid and in canonical form (between releases it may differ from the content: check:release judges that)', async () => {
    const text = await readFile(path.join(root, LOCK_FILE), 'utf8');
    const committed = parseLock(text);
    expect(serializeLock(committed)).toBe(text);
    expect(Object.keys(committed.editions)).toContain('en');
    expect(committed.lockVersion).toBe(LOCK_VERSION);
  });

  it('serialises deterministically and parses back to the same lock', async () => {
    const lock = await released();
    expect(serializeLock(parseLock(serializeLock(lock)))).toBe(serializeLock(lock));
    expect(serializeLock(lock)).toBe(serializeLock(await released()));
    expect(serializeLock(lock).endsWith('}\n')).toBe(true);
  });

  it('rejects a damaged lock with a message naming the file, the place and the field', () => {
    expect(() => parseLock('{', 'content.lock.json')).toThrow(
      /^content\.lock\.json:1:2: not valid JSON: unexpected end; .* \[lock-json\]$/,
    );
    const lock = createLock([], { package: 'p', version: '1.0.0', updated: '2024-01-02' });
    expect(() => parseLock(serializeLock({ ...lock, updated: 'yesterday' }))).toThrow(
      /^content\.lock\.json:5:14: updated: .* \[lock-value\]$/,
    );
  });
});

describe('the bump a change of the arrival figures needs', () => {
  const row = (period: string, total: number, source = 'mou') => ({ period, men: total - 1, women: 1, total, source });
  const withArrivals = async (rows: NonNullable<ContentLock['arrivals']> | undefined): Promise<ContentLock> => {
    const { arrivals: _fixtureRows, ...lock } = await released();
    return rows === undefined ? lock : { ...lock, arrivals: rows };
  };
  const base = [row('–1998', 947), row('2002', 1142)];

  it('is none when nothing changed, minor when the figures first appear', async () => {
    expect((await diffLocks(await withArrivals(base), await withArrivals(base))).bump).toBe('none');
    expect(diffLocks(await withArrivals(undefined), await withArrivals(base))).toEqual({
      bump: 'minor',
      reasons: ['minor: arrival figures added'],
    });
  });

  it('minor for a new year or a changed count, patch for a new source, major for a removed period', async () => {
    const before = await withArrivals(base);
    expect(diffLocks(before, await withArrivals([...base, row('2003', 1285)])).reasons).toEqual([
      'minor: arrivals 2003 added',
    ]);
    expect(diffLocks(before, await withArrivals([row('–1998', 947), row('2002', 1143)])).reasons).toEqual([
      'minor: arrivals 2002 changed',
    ]);
    expect(diffLocks(before, await withArrivals([row('–1998', 947), row('2002', 1142, 'news')])).reasons).toEqual([
      'patch: arrivals 2002 source changed',
    ]);
    expect(diffLocks(before, await withArrivals([row('2002', 1142)])).bump).toBe('major');
  });

  it("patch when the figures' description is reworded, or only its markup changes", async () => {
    const lock = await released();
    const dir = await contentDir();
    const file = path.join(dir, 'arrivals.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('as a census *counted* them', 'as counted'));
    expect(diffLocks(lock, await lockOf(dir))).toEqual({
      bump: 'patch',
      reasons: ['patch: figures "arrivals" description changed'],
    });
    await writeFile(file, text.replace('(https://example.org/census)', '(https://example.org/notes)'));
    expect(diffLocks(lock, await lockOf(dir)).reasons).toEqual(['patch: figures "arrivals" description changed']);
  });
});

describe('a lock of version 1 (as 0.3.0 wrote it)', () => {
  const version1 = async () => parseLock(await readFile(fixture('locks', 'version-1.json'), 'utf8'));
  /**
   * The data fields added since 0.3.0, each a minor release: the language's tag and the destinations'
   * countries; the datasets' fields are not compared, a lock of version 1 not recording them.
   */
  const fieldsAdded = [
    'minor: data field "article.language" added',
    'minor: data field "estimate.destinationCountries" added',
  ];
  /** A lock of today's code but the items' `history`, a data field added after that lock was written (minor on its own). */
  const withoutHistory = (lock: Awaited<ReturnType<typeof lockOf>>) => {
    const shape = Object.entries(lock.shape).filter(([field]) => !/\.history$|^<(ItemHistory|Release)>/.test(field));
    return { ...lock, shape: Object.fromEntries(shape) };
  };
  const released = async () => withoutHistory(await lockOf(fixture('good')));

  it('is read, and compared on what it recorded: the same content needs no release but for the fields 0.3.0 lacked', async () => {
    expect((await version1()).lockVersion).toBe(1);
    expect(diffLocks(await version1(), await released())).toEqual({ bump: 'minor', reasons: fieldsAdded });
  });

  it("minor when it lacks the figures' description (a data field added), patch when the text changed", async () => {
    const { arrivalsDescription: _, ...before } = await version1();
    expect(diffLocks(before, await released()).reasons).toEqual([...fieldsAdded, 'minor: arrivals description added']);
    const dir = await contentDir();
    const file = path.join(dir, 'arrivals.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('as a census *counted* them', 'as counted'));
    expect(diffLocks(await version1(), withoutHistory(await lockOf(dir))).reasons).toEqual([
      ...fieldsAdded,
      'patch: arrivals description changed',
    ]);
  });
});

describe('the changelog notes a content change drafts', () => {
  it('show content text as written: one line each, no heading, tag, link, emphasis or code made of it', async () => {
    const hostile = 'Hi &lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\* \\` \\[a\\](b) \\# \\|';
    const { notes } = changelogNotes(
      await released(),
      await lockOf(
        await contentDir(
          [':factor[Hunger]{#hunger}', ':factor[Hunger\nor\n\\## 9.9.9 fake]{#hunger}'],
          [/### Why write one\?\n\nBecause\.\n\n/, `### ${hostile} {#evil}\n\nBecause.\n\n`],
        ),
      ),
    );
    const draft = notes.map((note) => `- ${note}`).join('\n');
    expect(draft).toContain('Reworded the factor "Hunger" as "Hunger or \\#\\# 9.9.9 fake".');
    const tree = fromMarkdown(draft);
    expect(tree.children.map((node) => node.type)).toEqual(['list']);
    const kinds = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      kinds.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(tree);
    // Ids are code spans (`inlineCode`); nothing else but text.
    expect([...kinds].sort()).toEqual(['inlineCode', 'list', 'listItem', 'paragraph', 'root', 'text']);
    expect(draft).toContain('<img src=x onerror=alert(1)>'.replace(/[<>]/g, (c) => `\\${c}`));
  });
});
