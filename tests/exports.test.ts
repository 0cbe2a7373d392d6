import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editionNames, SOURCE_LOCALE } from '../pipeline/emit/locale-module.js';
import { ALL_KINDS } from '../pipeline/kinds/index.js';
import { withEditionExports } from '../pipeline/shared/package-exports.js';
import { locales } from '../src/generated/locales.js';
import * as api from '../src/index.js';
import { root } from './helpers.js';

/** The public runtime API. Changing it is a semver decision: update this list on purpose. */
const PUBLIC_NAMES = [
  'arrivalSources',
  'arrivals',
  'arrivalsBetween',
  'article',
  'challenges',
  'challengesByPhase',
  'changesSince',
  'estimate',
  'factors',
  'faq',
  'findChallenge',
  'findFactor',
  'findFaq',
  'formatEstimate',
  'getChallenge',
  'getFactor',
  'getFaq',
  'locale',
  'meta',
  'refugeeSeries',
  'refugeeSources',
  'refugees',
  'refugeesByCountry',
  'refugeesIn',
  'releases',
  'searchFaq',
  'statedArrivalsTotal',
  'toArticleJsonLd',
  'toFaqPageJsonLd',
  'toHtml',
  'toJsonLdScript',
  'toJsonLdString',
  'totalArrivals',
];

/** The run-time locale choice entry, `north-korean-escapees/locales`. */
const LOCALES_NAMES = [
  'formatEstimate',
  'getArticle',
  'getChallenge',
  'getContent',
  'getEstimate',
  'getFactor',
  'getFaq',
  'isLocale',
  'locales',
];

/** Each public entry: its source module, its dist name and the names it exports. The editions follow the locale list. */
const ENTRIES = [
  { source: 'src/index.ts', dist: 'index', names: PUBLIC_NAMES },
  ...locales
    .filter((l) => l !== SOURCE_LOCALE)
    .map((l) => ({ source: `src/generated/${l}.ts`, dist: l, names: PUBLIC_NAMES })),
  { source: 'src/locales.ts', dist: 'locales', names: LOCALES_NAMES },
];

describe('public surface', () => {
  it('exports exactly the documented names from every entry', async () => {
    expect(Object.keys(api).sort()).toEqual(PUBLIC_NAMES);
    for (const entry of ENTRIES) {
      const module = await import(pathToFileURL(path.join(root, entry.source)).href);
      expect(Object.keys(module).sort(), entry.source).toEqual(entry.names);
    }
  });

  it('the editions export what the kinds and the shared runtime give them: the documented names', () => {
    expect(editionNames()).toEqual(PUBLIC_NAMES);
    expect(locales[0]).toBe(SOURCE_LOCALE);
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it('src/index.ts is the English edition re-exported whole, and nothing else', async () => {
    const code = (await readFile(path.join(root, 'src/index.ts'), 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .trim();
    expect(code).toBe(`export * from './generated/${SOURCE_LOCALE}.js';`);
  });

  it('every edition exports the same names, types included, as the English one the main entry re-exports', async () => {
    const listed = (text: string, type: boolean) =>
      [...text.matchAll(type ? /export type \{([^}]+)\}/g : /export \{([^}]+)\}/g)].flatMap((m) =>
        m[1]!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
      );
    const names = async (locale: string) => {
      const edition = await readFile(path.join(root, 'src/generated', `${locale}.ts`), 'utf8');
      const values = [...edition.matchAll(/^export const (\w+)/gm)].map((m) => m[1]!);
      const types = [...edition.matchAll(/^export type (\w+) =/gm)].map((m) => m[1]!);
      return {
        values: [...values, ...listed(edition, false)].sort(),
        types: [...new Set([...types, ...listed(edition, true)])].sort(),
      };
    };
    const source = await names(SOURCE_LOCALE);
    expect(source.values).toEqual(expect.arrayContaining(['article', 'getFaq', 'toHtml']));
    for (const locale of locales) expect(await names(locale), locale).toEqual(source);
  });

  it('package.json has an entry for every edition, in the shape the content build adds', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const editions = locales.filter((l) => l !== SOURCE_LOCALE);
    expect(withEditionExports(pkg, editions).added).toEqual([]);
    expect(withEditionExports(pkg, [...editions, 'xx']).added).toEqual(['xx']);
    const { manifest } = withEditionExports(pkg, [...editions, 'xx']);
    expect((manifest.exports as Record<string, unknown>)['./xx']).toEqual({
      import: { types: './dist/xx.d.ts', default: './dist/xx.js' },
      require: { types: './dist/xx.d.cts', default: './dist/xx.cjs' },
    });
    // Right after the edition entries package.json has, in its order (a new one was appended last).
    const keys = Object.keys(pkg.exports);
    const lastEdition = Math.max(...editions.map((l) => keys.indexOf(`./${l}`)));
    expect(Object.keys(manifest.exports as object).indexOf('./xx')).toBe(lastEdition + 1);
  });
});

describe('the built package (dist/)', () => {
  const require = createRequire(import.meta.url);

  it.each(ENTRIES)('$dist: the same names and data from require() and import', async ({ dist, names }) => {
    const cjs = require(path.join(root, `dist/${dist}.cjs`));
    const esm = await import(pathToFileURL(path.join(root, `dist/${dist}.js`)).href);
    expect(Object.keys(cjs).sort()).toEqual(names);
    expect(Object.keys(esm).sort()).toEqual(names);
    for (const name of ['article', ...ALL_KINDS.map((kind) => kind.collection), 'arrivals', 'locales'])
      expect(cjs[name]).toEqual(esm[name]);
  });

  it('gives the source data from the built main entry', async () => {
    const cjs = require(path.join(root, 'dist/index.cjs'));
    const esm = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
    expect(esm.faq).toEqual(api.faq);
    expect(cjs.formatEstimate()).toBe('over 30,000');
    expect(esm.getFaq('what-is-a-defector')).toEqual(api.getFaq('what-is-a-defector'));
  });

  it('loads in a plain Node process, from CommonJS and from ESM', () => {
    const cjs = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('./dist/index.cjs').formatEstimate())"],
      { cwd: root },
    );
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { estimate } from './dist/index.js'; process.stdout.write(String(estimate.value))",
      ],
      { cwd: root },
    );
    expect(cjs.toString()).toBe('over 30,000');
    expect(esm.toString()).toBe('30000');
  });

  it('has no runtime dependencies and ships types for both formats', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
    for (const [subpath, name] of [
      ['.', 'index'],
      ...locales.slice(1).map((l) => [`./${l}`, l]),
      ['./locales', 'locales'],
    ]) {
      expect(Object.keys(pkg.exports[subpath!].import)).toEqual(['types', 'default']);
      expect(pkg.exports[subpath!].import.types).toBe(`./dist/${name}.d.ts`);
      expect(pkg.exports[subpath!].require.types).toBe(`./dist/${name}.d.cts`);
    }
    const dist = await readdir(path.join(root, 'dist'));
    const dts = (
      await Promise.all(
        dist
          .filter((f) => f.endsWith('.d.ts') && !f.startsWith('schema'))
          .map((f) => readFile(path.join(root, 'dist', f), 'utf8')),
      )
    ).join('\n');
    expect(dts).not.toMatch(/from ['"]zod['"]/);
    expect(dts).toContain('type FaqId = "what-is-a-defector"');
    const js = await readFile(path.join(root, 'dist/index.js'), 'utf8');
    expect(js).not.toMatch(/from ['"](zod|yaml|unified|remark-[\w-]+)['"]/);
  });
});
