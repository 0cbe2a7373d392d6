import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runContent, tempDir } from '../helpers.js';

/**
 * Builds the good fixture with its arrivals.md edited: only checked, or, with `write`, written to an
 * out-dir, whose data.json's figures description is returned when the build succeeds.
 */
async function buildWithArrivals(edit: (text: string) => string, { write = false } = {}) {
  const dir = await tempDir();
  await cp(fixture('good'), dir, { recursive: true });
  const file = path.join(dir, 'arrivals.md');
  const edited = edit(await readFile(file, 'utf8'));
  await writeFile(file, edited);
  const out = write ? await tempDir() : undefined;
  const result = await runContent(['--content-dir', dir, ...(out ? ['--out-dir', out] : ['--check'])], dir);
  const data = out && result.code === 0 ? JSON.parse(await readFile(path.join(out, 'data.json'), 'utf8')) : undefined;
  return {
    ...result,
    description: data?.arrivals.description,
    lineOf: (needle: string) => edited.split('\n').findIndex((line) => line.includes(needle)) + 1,
  };
}

describe('arrivals.md', () => {
  it('builds the fixture', async () => {
    const result = await buildWithArrivals((t) => t);
    expect(result.code).toBe(0);
  });

  it('rejects a stated total the rows do not add up to', async () => {
    const result = await buildWithArrivals((t) => t.replace('total: 15', 'total: 16').replace('women: 9', 'women: 10'));
    expect(result.stderr.slice(0, -1)).toEqual([
      'arrivals.md:11:10: arrivals statedTotal.women: the rows through 2002 add up to 9 women, but the source states 10 [arrivals-sum]',
      'arrivals.md:12:10: arrivals statedTotal.total: the rows through 2002 add up to 15 people, but the source states 16 [arrivals-sum]',
    ]);
  });

  it('rejects years out of order, a row whose parts do not add up, an unknown source and a non-count', async () => {
    const result = await buildWithArrivals((t) =>
      t
        .replace('| 2002 | 3 | 4 | 7 | census |', '| 2002 | 3 | 4 | 7 | censu |')
        .replace('| 2003 | 1,000 | 0 | 1,000 | census |', '| 2003 | -1 | 0 | 1,000 | census |'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.slice(0, -1)).toEqual([
      `arrivals.md:${result.lineOf('| 2002')}:22: unknown source "censu"; the frontmatter names census [arrivals-source]`,
      `arrivals.md:${result.lineOf('| 2003')}:10: "-1" is not a count: write digits, e.g. 1,142 [arrivals-count]`,
    ]);
    const order = await buildWithArrivals((t) => t.replace('| 2002 | 3 | 4 | 7 |', '| 2001 | 3 | 4 | 7 |'));
    expect(order.stderr[0]).toBe(
      `arrivals.md:${order.lineOf('| 2001 | 3')}:3: arrivals rows.2.from: years must be unique and ascending: 2001–2001 comes after 2001 [arrivals-order]`,
    );
    const parts = await buildWithArrivals((t) => t.replace('| 2002 | 3 | 4 | 7 |', '| 2002 | 3 | 4 | 8 |'));
    expect(parts.stderr.slice(0, -1)).toEqual([
      'arrivals.md:12:10: arrivals statedTotal.total: the rows through 2002 add up to 16 people, but the source states 15 [arrivals-sum]',
      `arrivals.md:${parts.lineOf('| 2002')}:18: arrivals rows.2.total: men + women must equal total [arrivals-sum]`,
    ]);
  });

  it('requires each source to have a name, an address and a retrieval date', async () => {
    const result = await buildWithArrivals((t) => t.replace('    retrieved: 2024-01-02\n', ''));
    expect(result.stderr[0]).toBe(
      'arrivals.md:4:5: frontmatter: missing "sources.0.retrieved" [frontmatter-missing-key]',
    );
  });

  it('rejects a source id given twice, at both places, before anything is generated', async () => {
    const result = await buildWithArrivals((t) =>
      t.replace(
        'statedTotal:',
        '  - id: census\n    name: Another census\n    url: https://example.org/other\n    retrieved: 2024-01-03\nstatedTotal:',
      ),
    );
    expect(result.code).toBe(1);
    const [first, second] = [result.lineOf('- id: census'), result.lineOf('name: Another census') - 1];
    expect(result.stderr.slice(0, -1)).toEqual([
      `arrivals.md:${first}:9: duplicate source id "census": also used at line ${second}, column 9 [duplicate-source-id]`,
      `arrivals.md:${second}:9: duplicate source id "census": also used at line ${first}, column 9 [duplicate-source-id]`,
    ]);
  });
});

describe("arrivals.md's prose is the figures' description", () => {
  const build = (edit: (text: string) => string) => buildWithArrivals(edit, { write: true });

  it('ships every paragraph, before and after the table, as rich text', async () => {
    const { code, description } = await build((t) => `${t}\nA note *after* the table.\n`);
    expect(code).toBe(0);
    expect(description.text).toBe('Test arrivals as a census counted them, with its notes.\n\nA note after the table.');
    expect(description.nodes[0].children).toEqual([
      { type: 'text', value: 'Test arrivals as a census ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'counted' }] },
      { type: 'text', value: ' them, with ' },
      {
        type: 'link',
        url: 'https://example.org/census',
        title: null,
        children: [{ type: 'text', value: 'its notes' }],
      },
      { type: 'text', value: '.' },
    ]);
  });

  it('is empty when the file has no prose', async () => {
    const { code, description } = await build((t) => t.replace(/\nTest arrivals as a census.*\n/, ''));
    expect(code).toBe(0);
    expect(description).toEqual({ text: '', nodes: [] });
  });

  it("holds the prose to the article's rules: raw HTML, unsafe links and marks are located errors", async () => {
    const result = await build((t) =>
      t.replace(
        'with [its notes](https://example.org/census)',
        'with <b>bold</b> [a link](javascript:x) :factor[a mark]',
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.map((line) => /\[([a-z-]+)\]$/.exec(line)?.[1])).toEqual([
      'raw-html',
      'raw-html',
      'unsafe-link',
      'mark-outside-section',
      undefined,
    ]);
  });
});

describe("the table's cells", () => {
  it('are read with or without the outer pipes, and \\| is a pipe inside a cell', async () => {
    const result = await buildWithArrivals((t) =>
      t
        .replace('| 2002 | 3 | 4 | 7 | census |', '2002 | 3 | 4 | 7 | census')
        .replace('| 2003 | 1,000 | 0 | 1,000 | census |', '| 2003 | 1,000 | 0 | 1,000 | cen\\|sus |'),
    );
    expect(result.stderr.slice(0, -1)).toEqual([
      `arrivals.md:${result.lineOf('| 2003')}:30: unknown source "cen|sus"; the frontmatter names census [arrivals-source]`,
    ]);
  });
});
