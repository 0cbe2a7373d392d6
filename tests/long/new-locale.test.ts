import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionNames } from '../../pipeline/emit/locale-module.js';
import { copyRepository, root } from '../helpers.js';
import { type CommandResult, runNode, tail } from './new-locale/command.js';
import { localeTests } from './new-locale/locale-tests.js';
import { addLanguage, recipeFiles } from './new-locale/steps.js';

/**
 * Adding a language is what CONTRIBUTING.md's "Adding a language" says: this test does exactly that
 * in a copy of the repository — a third locale, `qaa` (an ISO 639 code reserved for local use), whose
 * stub "translation" is the English text with three of its four answers missing — then builds the
 * package, renders the examples, type-checks the copy and runs there every test that depends on the
 * languages the package has.
 */
const LOCALE = 'qaa';
const MINUTE = 60_000;

let copy: string;
let written: string[];
let built: CommandResult;

beforeAll(async () => {
  // One copy for every test of the file (a test's temporary directories go when it ends).
  copy = await copyRepository(await mkdtemp(path.join(os.tmpdir(), 'nke-new-locale-')));
  written = await addLanguage(copy, LOCALE);
  built = await runNode(copy, ['scripts/run.mjs', 'scripts/build.ts'], 4 * MINUTE);
}, 5 * MINUTE);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('a third locale from one article, one phrases file and one line', () => {
  it("is CONTRIBUTING.md's recipe: the files it lists are the files written", async () => {
    const contributing = await readFile(path.join(root, 'CONTRIBUTING.md'), 'utf8');
    expect(recipeFiles(contributing, LOCALE)).toEqual(written);
  });

  it('builds with warnings, each a state of the stub translation, and no error', () => {
    expect(built.code, tail(built)).toBe(0);
    const problems = built.stderr.split('\n').filter(Boolean);
    expect(problems.length).toBeGreaterThan(0);
    // The stub's items, and the datasets' descriptions it has none of yet (the English stands in).
    for (const line of problems)
      expect(line).toMatch(
        new RegExp(
          `^(content/article\\.${LOCALE}\\.md:\\d+:\\d+: warning: .* \\[translation-(stale|missing-item)\\]|content:1:1: warning: missing \\w+\\.${LOCALE}\\.md: .* \\[dataset-translation-missing\\])$`,
        ),
      );
    expect(built.stdout).toMatch(/\(\d+ warnings?: the build went on\)/);
  });

  it('builds an entry north-korean-escapees/qaa with the whole API, and /locales offers it', async () => {
    expect(built.stdout).toContain(`package.json: added the entry north-korean-escapees/${LOCALE}`);
    const pkg = JSON.parse(await readFile(path.join(copy, 'package.json'), 'utf8'));
    expect(pkg.exports[`./${LOCALE}`]).toEqual({
      import: { types: `./dist/${LOCALE}.d.ts`, default: `./dist/${LOCALE}.js` },
      require: { types: `./dist/${LOCALE}.d.cts`, default: `./dist/${LOCALE}.cjs` },
    });
    expect(pkg.typesVersions['*'][LOCALE]).toEqual([`./dist/${LOCALE}.d.cts`]);

    const esm = await import(pathToFileURL(path.join(copy, 'dist', `${LOCALE}.js`)).href);
    const cjs = createRequire(import.meta.url)(path.join(copy, 'dist', `${LOCALE}.cjs`));
    for (const module of [esm, cjs]) {
      expect(Object.keys(module).sort()).toEqual(editionNames());
      expect(module.locale).toBe(LOCALE);
      expect(module.formatEstimate()).toBe('over 30,000');
      expect(module.getFaq('what-is-a-defector').translation).not.toBe('fallback');
      // A question the stub lacks: the source's stands in.
      expect(module.getFaq('how-do-north-koreans-escape').translation).toBe('fallback');
    }
    expect(await readFile(path.join(copy, 'dist', `${LOCALE}.d.ts`), 'utf8')).toContain('getFaq');
    const picker = await import(pathToFileURL(path.join(copy, 'dist', 'locales.js')).href);
    const before = (await import('../../src/locales.js')).locales;
    expect(picker.locales).toHaveLength(before.length + 1);
    expect(picker.locales).toEqual(expect.arrayContaining([...before, LOCALE]));
    expect(picker.locales[0]).toBe(before[0]);
    expect(picker.getContent(LOCALE).article.locale).toBe(LOCALE);
    // Its phrases, a copy of the English ones, declare its tag: the locale itself.
    expect(picker.getContent(LOCALE).article.language).toBe(LOCALE);
  });
});

describe('the repository with a third locale', () => {
  it(
    'renders the example site: its pages, in the English interface words until it has its own',
    async () => {
      const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const rendered = await runNode(copy, [tsx, 'examples/render.ts'], 4 * MINUTE);
      expect(rendered.code, tail(rendered)).toBe(0);
      expect(rendered.stdout).toContain(`note: the pages in ${LOCALE} show the English interface words`);
      for (const name of ['react', 'vue', 'svelte']) {
        const page = await readFile(path.join(copy, 'examples', 'out', `${name}.${LOCALE}.html`), 'utf8');
        expect(page).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${LOCALE}"`));
        const english = await readFile(path.join(copy, 'examples', 'out', `${name}.html`), 'utf8');
        expect(english).toContain(`<a href="${name}.${LOCALE}.html" hreflang="${LOCALE}" lang="${LOCALE}">`);
      }
    },
    5 * MINUTE,
  );

  it(
    'type-checks: tsc -p over the copy, the examples and the tests included',
    async () => {
      const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const checked = await runNode(copy, [tsc, '-p', 'tsconfig.json', '--noEmit'], 5 * MINUTE);
      expect(checked.code, tail(checked)).toBe(0);
    },
    6 * MINUTE,
  );

  it(
    'passes, in the copy, every test that depends on the languages the package has',
    async () => {
      const files = await localeTests(copy);
      expect(files).toEqual(expect.arrayContaining(['tests/examples/browser.test.ts', 'tests/ko.test.ts']));
      const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
      const run = await runNode(copy, [vitest, 'run', '--project', 'source', ...files], 12 * MINUTE);
      expect(run.code, tail(run)).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Test Files {2}${files.length} passed \\(${files.length}\\)`));
    },
    13 * MINUTE,
  );
});
