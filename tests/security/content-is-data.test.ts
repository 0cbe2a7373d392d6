import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { runContent, tempDir } from '../helpers.js';
import { type ContentStrings, copyRuntime, FIELDS, writeContent } from './content.js';

const exec = promisify(execFile);

/** Text that ends a comment, a string, a template or a script, or starts code, in generated JavaScript. */
const HOSTILE = [
  '*/',
  '/*',
  '/**',
  '//',
  '\u2028',
  '\u2029',
  '<!--',
  '-->',
  '`',
  '${',
  '}',
  '</script>',
  "'",
  '"',
  '\\',
  '\\u0041',
  '\\n',
  "x */ console.log('INJECTED'); /*",
  "'); console.log('INJECTED'); ('",
  '"; console.log("INJECTED"); "',
  '`; console.log(`INJECTED`); `',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is exactly what this content tries to smuggle in
  '${console.log("INJECTED")}',
  '<!-- console.log("INJECTED") -->',
  '#!',
  '\uFEFF',
  'é',
  'e\u0301',
  '😀',
  '한국어',
];

/**
 * Characters a content file cannot hold as text: controls (C0, also line breaks, which would end the
 * line a field is written on; DEL; C1), lone surrogates and the bidirectional controls the build rejects.
 */
const UNWRITABLE =
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A string for one field: hostile pieces and random text, between two visible marks so that no trimming applies. */
const field = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => `«${parts.join('').replace(UNWRITABLE, '')}»`);

const strings: fc.Arbitrary<ContentStrings> = fc.record(
  Object.fromEntries(FIELDS.map((name) => [name, field])) as Record<keyof ContentStrings, typeof field>,
);

/** The strings the build must ship, as the content holds them (Unicode NFC, as the build stores text). */
function expected(s: ContentStrings) {
  const n = (text: string) => text.normalize('NFC');
  return {
    title: n(s.title),
    description: n(s.description),
    source: { name: n(s.sourceName), note: n(s.sourceNote) },
    intro: n(s.intro),
    heading: n(s.heading),
    attribution: n(s.attribution),
    factor: n(s.factor),
    challenge: n(s.challenge),
    question: n(s.question),
    answer: n(s.answer),
    conclusion: n(s.conclusion),
    arrivalsTitle: n(s.arrivalsTitle),
    arrivalsSource: { name: n(s.arrivalsSourceName), note: n(s.arrivalsSourceNote) },
  };
}

/** Reads back, from a loaded package, the fields `expected` describes. */
const READ_BACK = `(p) => ({
  title: p.article.title,
  description: p.article.description,
  source: { name: p.article.source.name, note: p.article.source.note },
  intro: p.article.intro.text,
  heading: p.article.sections[0].heading.text,
  attribution: p.estimate.source.attribution,
  factor: p.factors[0].label.text,
  challenge: p.challenges[0].label.text,
  question: p.faq[0].question.text,
  answer: p.faq[0].answer.text,
  conclusion: p.article.conclusion.text,
  arrivalsSource: { name: p.arrivalSources[0].name, note: p.arrivalSources[0].note },
})`;

/**
 * Builds the content into a copy of the package's sources, bundles the main entry as ESM and CJS
 * (esbuild, as npm run build does), then imports both in a fresh Node process that prints only what it reads.
 *
 * @returns What the process printed, parsed, and the generated data.json.
 */
async function buildAndImport(s: ContentStrings) {
  const dir = await tempDir();
  await copyRuntime(dir);
  await writeContent(path.join(dir, 'content'), s);
  const result = await runContent(
    ['--content-dir', path.join(dir, 'content'), '--out-dir', path.join(dir, 'src', 'generated')],
    dir,
  );
  expect(result.stderr, 'the content builds').toEqual([]);
  for (const format of ['esm', 'cjs'] as const) {
    await build({
      entryPoints: [path.join(dir, 'src', 'index.ts')],
      outfile: path.join(dir, 'dist', format === 'esm' ? 'index.mjs' : 'index.cjs'),
      bundle: true,
      format,
      platform: 'neutral',
      logLevel: 'silent',
    });
  }
  const script = `
    const read = ${READ_BACK};
    const esm = await import(${JSON.stringify(path.join(dir, 'dist', 'index.mjs'))});
    const cjs = (await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(path.join(dir, 'dist', 'index.cjs'))});
    process.stdout.write(JSON.stringify({ esm: read(esm), cjs: read(cjs), faq: esm.faq, arrivals: cjs.arrivals }));`;
  const { stdout, stderr } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
  const generated = path.join(dir, 'src', 'generated');
  const data = JSON.parse(await readFile(path.join(generated, 'data.json'), 'utf8'));
  const modules = await Promise.all(
    (await readdir(generated))
      .filter((name) => name.endsWith('.ts'))
      .map(async (name) => [name, await readFile(path.join(generated, name), 'utf8')] as const),
  );
  return { stdout, stderr, data, modules };
}

/**
 * Where content appears in a module's source: every token holding the «» marks that wrap each
 * content string, with its kind. Content may only ever be a string literal.
 */
function contentTokens(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const kinds: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (scanner.getTokenText().includes('«')) kinds.push(ts.SyntaxKind[token]!);
  }
  return kinds;
}

describe('content is data, never code', () => {
  it('random and hostile strings in every content field: the import prints nothing and the data round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(strings, async (s) => {
        const { stdout, stderr, data, modules } = await buildAndImport(s);
        expect(stderr).toBe('');
        for (const [name, source] of modules) {
          const kinds = contentTokens(source);
          expect(kinds.length, `${name} holds content`).toBeGreaterThan(
            name === 'en.ts' || name === 'arrivals.ts' ? 0 : -1,
          );
          expect(new Set(kinds), `${name}: content outside string literals`).toEqual(
            new Set(kinds.length > 0 ? ['StringLiteral'] : []),
          );
        }
        // Only the one JSON document the script writes: an injected statement would print before or after it.
        const printed = JSON.parse(stdout);
        const want = expected(s);
        const { arrivalsTitle, ...fromModule } = want;
        expect(printed.esm).toEqual(fromModule);
        expect(printed.cjs).toEqual(fromModule);
        expect(printed.faq).toEqual(data.content.en.faq);
        expect(printed.arrivals).toEqual(data.arrivals.rows);
        expect(data.arrivals.title).toBe(arrivalsTitle);
        expect(data.content.en.article.title).toBe(want.title);
      }),
      {
        numRuns: 12,
        seed: 20231126,
        examples: [
          [
            Object.fromEntries(
              FIELDS.map((name) => [name, "«x */ console.log('INJECTED'); /*»"]),
            ) as unknown as ContentStrings,
          ],
        ],
      },
    );
  }, 180_000);
});
