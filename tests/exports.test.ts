import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { root } from './helpers.js';

/** The public runtime API. Changing it is a semver decision: update this list on purpose. */
const PUBLIC_NAMES = [
  'article',
  'challenges',
  'challengesByPhase',
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
  'searchFaq',
  'toArticleJsonLd',
  'toFaqPageJsonLd',
  'toHtml',
  'toJsonLdScript',
  'toJsonLdString',
];

describe('public surface', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(PUBLIC_NAMES);
  });

  it('src/index.ts only re-exports an explicit list', async () => {
    const source = await readFile(path.join(root, 'src/index.ts'), 'utf8');
    expect(source).not.toMatch(/export \*/);
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim();
    for (const statement of code.split(/;\s*/).filter(Boolean)) expect(statement).toMatch(/^export (type )?\{[^}]+\} from '\.\/[\w/.-]+'$/);
  });
});

describe('the built package (dist/)', () => {
  const require = createRequire(import.meta.url);

  it('gives the same data from require() and import', async () => {
    const cjs = require(path.join(root, 'dist/index.cjs'));
    const esm = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
    expect(Object.keys(cjs).sort()).toEqual(PUBLIC_NAMES);
    expect(Object.keys(esm).sort()).toEqual(PUBLIC_NAMES);
    for (const name of ['article', 'estimate', 'factors', 'challenges', 'faq']) expect(cjs[name]).toEqual(esm[name]);
    expect(esm.faq).toEqual(api.faq);
    expect(cjs.formatEstimate()).toBe('over 30,000');
    expect(esm.getFaq('what-is-a-defector')).toEqual(api.getFaq('what-is-a-defector'));
  });

  it('loads in a plain Node process, from CommonJS and from ESM', () => {
    const cjs = execFileSync(process.execPath, ['-e', "process.stdout.write(require('./dist/index.cjs').formatEstimate())"], { cwd: root });
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', "import { estimate } from './dist/index.js'; process.stdout.write(String(estimate.value))"], { cwd: root });
    expect(cjs.toString()).toBe('over 30,000');
    expect(esm.toString()).toBe('30000');
  });

  it('has no runtime dependencies and ships types for both formats', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    const dts = await readFile(path.join(root, 'dist/index.d.ts'), 'utf8');
    expect(dts).not.toMatch(/from ['"]zod['"]/);
    expect(dts).toContain('type FaqId = "what-is-a-defector"');
    const js = await readFile(path.join(root, 'dist/index.js'), 'utf8');
    expect(js).not.toMatch(/from ['"](zod|yaml|unified|remark-[\w-]+)['"]/);
  });
});
