import { execFile } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../pipeline/shared/io.js';
import { serializeLock } from '../../release/lock.js';
import { asWritten } from '../fixture-lines.js';
import { copyDatasets, copyPackage, fixture, root, tempDir } from '../helpers.js';
import { lockOf } from '../release/helpers.js';

const exec = promisify(execFile);

/** An edit of a file of the copy: the text it replaces (`$&` in the new text stands for it). */
type Edit = readonly [file: string, from: string, to: string];

/** Step 2: the kind's entry in the registry. */
const REGISTRY: readonly Edit[] = [
  [
    'pipeline/kinds/index.ts',
    "import type { Kind } from './kind.js';\n",
    "$&import { timelineKind } from './timeline.js';\n",
  ],
  ['pipeline/kinds/index.ts', 'faqKind] as const;', 'faqKind, timelineKind] as const;'],
];

/** Step 3: its schema, in `Content` (the kind's module validates with it; the /schema entry re-exports it). */
const SCHEMA: readonly Edit[] = [
  ['src/schemas/content.ts', "'challenges', 'faq'] as const;", "'challenges', 'faq', 'timeline'] as const;"],
  [
    'src/schemas/content.ts',
    "/** One article's content",
    `/** An event of the timeline. */
export const TimelineEvent = z.strictObject({ id: Id, year: z.number().int(), ...MARKED_ITEM }).readonly();
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** One article's content`,
  ],
  [
    'src/schemas/content.ts',
    '    faq: z.array(FaqEntry).readonly(),\n',
    '$&    timeline: z.array(TimelineEvent).readonly(),\n',
  ],
];

/** Step 4: its public type, the plain one the main entry declares (and `SectionKind`, `Content`). */
const TYPES: readonly Edit[] = [
  ['src/types.ts', "'challenges' | 'faq';", "'challenges' | 'faq' | 'timeline';"],
  [
    'src/types.ts',
    '/** When a challenge is met',
    `/** An event of the timeline. */
export interface TimelineEvent<Id extends string = string> extends HasHistory {
  readonly id: Id;
  readonly year: number;
  readonly label: RichText;
  readonly context: RichText;
  readonly sectionId: string;
  readonly translation: TranslationState;
}

/** When a challenge is met`,
  ],
  [
    'src/types.ts',
    '  readonly faq: readonly FaqEntry<FaqIds>[];\n',
    '$&  readonly timeline: readonly TimelineEvent[];\n',
  ],
];

/**
 * What a consumer writes with the new kind, from the entries as they are: the main entry, the locale
 * picker and /schema name it with no edit of theirs (they re-export what the kinds emit).
 */
const CONSUMER = `import { getTimelineEvent, timeline, type TimelineEvent, type TimelineEventId } from './index.js';
import { getContent, type LocaleContent } from './locales.js';
import { TimelineEvent as TimelineEventSchema } from './schema.js';

const first: TimelineEvent<TimelineEventId> = getTimelineEvent('armistice');
const all: LocaleContent['timeline'] = getContent('en').timeline;
// @ts-expect-error: an id the content does not have is a compile error.
getTimelineEvent('armstice');
export const checked = [first, all, timeline, TimelineEventSchema.parse(first)];
`;

/** Step 1, the kind's module, then the edits: a copy of the package with the timeline kind. */
async function withTimeline(...edits: (readonly Edit[])[]): Promise<string> {
  const copy = await copyPackage();
  await copyFile(fixture('kinds', 'timeline', 'timeline.ts'), path.join(copy, 'pipeline', 'kinds', 'timeline.ts'));
  for (const list of edits) await edit(copy, list);
  return copy;
}

/** Applies edits to the files of `dir`; each must apply. */
async function edit(dir: string, edits: readonly Edit[]): Promise<void> {
  for (const [file, from, to] of edits) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const next = text.replace(from, to);
    expect(next, `${file}: ${from}`).not.toBe(text);
    await writeFile(path.join(dir, file), next);
  }
}

/** Runs a TypeScript entry of the copy, as its npm scripts do. */
const tsx = (copy: string, ...args: string[]) =>
  exec(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), ...args], { cwd: copy });

/**
 * Adding a kind of content is its module and one registry line; publishing it, its zod schema and
 * its plain type: four files (CONTRIBUTING.md). This test does exactly that in a copy of the
 * package — a dated timeline (tests/fixtures/kinds/timeline/) — and builds a fixture that has one.
 */
describe('a new kind of content from one module and one registry line', () => {
  it('builds, type-checks its generated output, and the lock calls the new collection a minor addition', async () => {
    // The lock as released before the kind existed (by this repository's code).
    const released = path.join(await tempDir(), 'content.lock.json');
    await writeFile(released, serializeLock(await lockOf(fixture('good'))));
    const copy = await withTimeline(REGISTRY, SCHEMA, TYPES);
    await writeFile(path.join(copy, 'src', 'timeline-consumer.ts'), CONSUMER);

    // Its content: the good fixture with a timeline.
    const content = await tempDir();
    await copyFile(fixture('kinds', 'timeline', 'article.en.md'), path.join(content, 'article.en.md'));
    await copyDatasets(content);
    const out = path.join(copy, 'src', 'generated');
    await exec(
      process.execPath,
      ['scripts/run.mjs', 'scripts/content.ts', '--content-dir', content, '--out-dir', out],
      {
        cwd: copy,
      },
    );
    const en = await readFile(path.join(out, 'en.ts'), 'utf8');
    expect(en).toContain('export type TimelineEventId = "armistice" | "the-first-arrivals";');
    expect(en).toContain("export const getTimelineEvent = /* @__PURE__ */ byIdGetter(timeline, 'event');");
    const data = JSON.parse(await readFile(path.join(out, 'data.json'), 'utf8'));
    expect(data.content.en.timeline.map((event: { year: number }) => event.year)).toEqual([1953, 1962]);

    // The generated output, the entries, the pipeline and a consumer's use type-check together.
    await exec(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', copy]);

    // `npm run semver` against the lock released before the kind: one minor change per thing added.
    const semver = await tsx(
      copy,
      'release/cli.ts',
      'semver',
      '--content-dir',
      content,
      '--lock',
      released,
      '--root',
      copy,
    );
    expect(semver.stdout.trim().split('\n')).toEqual([
      'minor',
      'minor: section "timeline" added',
      'minor: collection "timeline" added (2 items)',
      'minor: data field "timeline" added',
      'minor: data field "article.sections[].kind" accepts more values: "timeline"',
    ]);
  }, 300_000);

  it('touches four files of the package: the module, the registry, the schemas and the public types', () => {
    const files = new Set(['pipeline/kinds/timeline.ts', ...[...REGISTRY, ...SCHEMA, ...TYPES].map(([file]) => file)]);
    expect([...files].sort()).toEqual([
      'pipeline/kinds/index.ts',
      'pipeline/kinds/timeline.ts',
      'src/schemas/content.ts',
      'src/types.ts',
    ]);
  });

  it('changes no existing fixture: every bad one gives its expected output with the kind registered', async () => {
    // What runs: the module, its line and its schema (types and names are for the compiler).
    const copy = await withTimeline(REGISTRY, SCHEMA);
    const { main } = (await import(pathToFileURL(path.join(copy, 'pipeline', 'commands', 'cli.ts')).href)) as {
      main: (args: string[], io: Io) => Promise<number>;
    };
    const bad = fixture('bad');
    for (const name of (await readdir(bad, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)) {
      const stderr: string[] = [];
      const dir = path.join(bad, name);
      await main(['--content-dir', dir, '--check'], {
        stdout: () => {},
        stderr: (line) => stderr.push(line),
        cwd: dir,
      });
      const expected = (await readFile(path.join(dir, 'expected.txt'), 'utf8')).trimEnd().split('\n');
      expect(asWritten(stderr), name).toEqual(expected);
    }
  }, 300_000);
});
