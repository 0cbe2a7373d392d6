import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema, SAFE_URL_PATTERN } from '../scripts/assets.js';
import { locales } from '../src/locales.js';
import { isSafeUrl } from '../src/url.js';
import { root } from './helpers.js';

/** A translated edition: whichever the build has first after the source. */
const TRANSLATED = locales[1]!;

// The package resolves itself by name (package self-reference through `exports`), as a consumer's import would.
const require = createRequire(path.join(root, 'package.json'));
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

async function json(file: string): Promise<any> {
  return JSON.parse(await readFile(path.join(root, file), 'utf8'));
}

/** ajv (draft 2020-12) compiling schema.json, with ajv-formats for `date` and `uri`. */
const validator = async () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(await json('dist/schema.json'));
};

describe('north-korean-escapees/svelte outside Svelte', () => {
  it('fails with a message naming the cause (the "svelte" condition) and what to use instead', async () => {
    const failure = await import('north-korean-escapees/svelte').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^north-korean-escapees\/svelte ships Svelte components as source/);
    expect((failure as Error).message).toContain('"svelte" export condition');
    expect((failure as Error).message).toContain('render with toHtml from "north-korean-escapees"');
  });
});

describe('north-korean-escapees/data.json and /schema.json', () => {
  it('resolve through the exports map to the built files', async () => {
    // Node resolves links: dist/ is a link to the current build (scripts/dist.ts).
    expect(require.resolve('north-korean-escapees/data.json')).toBe(realpathSync(path.join(root, 'dist/data.json')));
    expect(require.resolve('north-korean-escapees/schema.json')).toBe(
      realpathSync(path.join(root, 'dist/schema.json')),
    );
    const { meta } = await import('../src/index.js');
    expect(require('north-korean-escapees/data.json')).toEqual({ meta, ...(await json('src/generated/data.json')) });
  });

  it('schema.json is z.toJSONSchema of the zod Dataset schema, byte-identical on every run', async () => {
    const shipped = await readFile(path.join(root, 'dist/schema.json'), 'utf8');
    expect(renderJsonSchema()).toBe(shipped);
    expect(renderJsonSchema()).toBe(renderJsonSchema());
    const schema = JSON.parse(shipped);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs).sort()).toEqual([
      'ItemHistory',
      'PhrasingNode',
      'PhrasingNodes',
      'Release',
      'RichBlocks',
      'RichText',
      'Source',
    ]);
  });

  it('data.json is valid against schema.json (ajv, draft 2020-12, formats checked)', async () => {
    const validate = await validator();
    expect(validate(await json('dist/data.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('schema.json rejects broken data: an unsafe link, a bad id, a missing answer, an unknown key', async () => {
    const validate = await validator();
    const broken = [
      (d: any) =>
        (d.content.en.faq[0].answer.nodes[0].children = [
          { type: 'link', url: 'javascript:alert(1)', title: null, children: [] },
        ]),
      (d: any) =>
        (d.content.en.faq[0].answer.nodes[0].children = [
          { type: 'link', url: 'JAVA\tSCRIPT:x', title: null, children: [] },
        ]),
      (d: any) => (d.content.en.factors[0].id = 'Not Kebab'),
      (d: any) => delete d.content.en.faq[1].answer,
      (d: any) => (d.content.en.estimate.extra = true),
      (d: any) => (d.content[TRANSLATED].article.date = '2023-02-30'),
      (d: any) => delete d.content.en.faq[0].history,
      (d: any) => (d.arrivals.rows[0].history = { added: { version: '0.2.0', date: '2026-11-25' } }),
      (d: any) => (d.content.en.factors[0].history.changed.date = 'yesterday'),
      (d: any) => (d.releases[0].editions.en.faq.moved = []),
      (d: any) => delete d.releases,
    ];
    for (const breakIt of broken) {
      const data = await json('dist/data.json');
      breakIt(data);
      expect(validate(data), breakIt.toString()).toBe(false);
    }
  });

  it('the link pattern in schema.json decides exactly as isSafeUrl does', () => {
    const pattern = new RegExp(SAFE_URL_PATTERN, 'u');
    const urls = [
      'https://example.org',
      'HTTP://x',
      'mailto:a@b',
      'MailTo:a@b',
      '/a/b',
      './a:b',
      '?q=a:b',
      '#x:y',
      'a/b:c',
      '',
      'javascript:alert(1)',
      'JavaScript:x',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'ftp://x',
      'https:\n//x',
      'a\u0000b',
      'https://x/\u007f',
      'httpss://x',
      'mailto',
      ':x',
      'file:///etc/passwd',
      'x\u0085y',
    ];
    for (const url of urls) expect(pattern.test(url), JSON.stringify(url)).toBe(isSafeUrl(url));
  });
});

describe('schema.json and the zod Dataset: one set of rules', () => {
  // Each change to a valid data.json, and whether it must still be valid. Both validators must say the same.
  const changes: [string, boolean, (d: any) => void][] = [
    ['nothing', true, () => {}],
    ['an unknown key at the top', false, (d) => (d.extra = 1)],
    ['an unknown key in meta', false, (d) => (d.meta.extra = 1)],
    ['an unknown key in the estimate', false, (d) => (d.content.en.estimate.extra = true)],
    ['an unknown key in a rich-text node', false, (d) => (d.content[TRANSLATED].faq[0].answer.nodes[0].extra = 1)],
    ['an unknown key in an arrival row', false, (d) => (d.arrivals.rows[0].extra = 1)],
    ['an unknown key in a licence part', false, (d) => (d.meta.license.parts[0].extra = 1)],
    ['meta missing', false, (d) => delete d.meta],
    ['a missing answer', false, (d) => delete d.content.en.faq[1].answer],
    ['an id that is not kebab-case', false, (d) => (d.content.en.factors[0].id = 'Not Kebab')],
    ['an impossible date', false, (d) => (d.content[TRANSLATED].article.date = '2023-02-30')],
    [
      'a javascript: link',
      false,
      (d) =>
        (d.content.en.faq[0].answer.nodes[0].children = [
          { type: 'link', url: 'javascript:alert(1)', title: null, children: [] },
        ]),
    ],
    ['a negative count', false, (d) => (d.arrivals.rows[0].men = -1)],
    ['a fractional count', false, (d) => (d.arrivals.rows[0].men = 1.5)],
    ['a locale key that is not a language tag', false, (d) => (d.content['Not A Tag'] = d.content.en)],
    ['another valid locale', true, (d) => (d.content.fr = d.content.en)],
    // What JSON Schema cannot express is checked by neither; CheckedArrivals checks it (below).
    ['men + women ≠ total in a row', true, (d) => (d.arrivals.rows[0].total += 1)],
    ['periods out of order', true, (d) => d.arrivals.rows.reverse()],
  ];

  it.each(changes)('%s: valid = %s for both', async (_, valid, change) => {
    const { Dataset } = await import('../src/schema.js');
    const validate = await validator();
    const data = await json('dist/data.json');
    change(data);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(valid);
    expect(Dataset.safeParse(data).success).toBe(valid);
  });

  it('CheckedArrivals adds the sums and the order, and passes the shipped figures', async () => {
    const { CheckedArrivals } = await import('../src/schema.js');
    const data = await json('dist/data.json');
    expect(CheckedArrivals.safeParse(data.arrivals).success).toBe(true);
    data.arrivals.rows[0].total += 1;
    const issues = CheckedArrivals.safeParse(data.arrivals).error?.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    expect(issues).toEqual([
      'rows.0.total: men + women must equal total',
      'statedTotal.total: the rows through 2025 add up to 34538 people, but the source states 34537',
    ]);
  });
});

describe('north-korean-escapees/schema', () => {
  it('exports the zod schemas, which accept data.json and reject an unsafe link', async () => {
    const schema = await import(require.resolve('north-korean-escapees/schema').replace('.cjs', '.js'));
    const cjs = require('north-korean-escapees/schema');
    const data = await json('dist/data.json');
    for (const module of [schema, cjs]) {
      expect(module.Dataset.parse(data)).toEqual(data);
      expect(module.Content.parse(data.content[TRANSLATED])).toEqual(data.content[TRANSLATED]);
      data.content.en.faq[0].answer.nodes[0].children = [
        { type: 'link', url: 'javascript:alert(1)', title: null, children: [] },
      ];
      expect(module.Dataset.safeParse(data).success).toBe(false);
      data.content.en.faq[0].answer.nodes[0].children = [];
    }
  });

  it('zod is an optional peer dependency, never a runtime dependency', async () => {
    const pkg = await json('package.json');
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies.zod).toMatch(/^\^4\./);
    expect(pkg.peerDependenciesMeta.zod.optional).toBe(true);
    expect(Object.keys(pkg.exports['./schema'].import)).toEqual(['types', 'default']);
    expect(Object.keys(pkg.exports['./schema'].require)).toEqual(['types', 'default']);
  });
});

describe('the main entry does not load zod', () => {
  for (const entry of ['src/index.ts', 'dist/index.js', 'dist/index.cjs']) {
    it(`${entry} and everything it imports`, async () => {
      const result = await build({
        entryPoints: [path.join(root, entry)],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'neutral',
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.length).toBeGreaterThan(0);
      expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
      expect(inputs.some((input) => /schema\.(ts|js|cjs)$/.test(input))).toBe(false);
    });
  }
});
