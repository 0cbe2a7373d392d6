/**
 * The schemas of the arrival figures (src/schemas/figures.ts): each field's rule with its message, and
 * the checks `CheckedArrivals` adds — sums, periods, order and the stated total — each issue with its
 * path, message and rule, on small figures made here.
 */
import { describe, expect, it } from 'vitest';
import { ArrivalRow, Arrivals, CheckedArrivals, DataSource, StatedTotal } from '../../src/schemas/figures.js';

const source = {
  id: 'ministry',
  name: 'Ministry',
  url: 'https://example.org/figures',
  retrieved: '2024-01-31',
  history: null,
};

interface Row {
  from: number | null;
  to: number;
  men: number;
  women: number;
  total: number;
  source: typeof source;
  history: null;
}

const row = (from: number | null, to: number, men: number, women: number): Row => ({
  from,
  to,
  men,
  women,
  total: men + women,
  source,
  history: null,
});

const stated = (through: number, men: number, women: number) => ({ through, men, women, total: men + women, source });

/** Arrivals with the given rows and stated total. */
const figures = (rows: Row[], statedTotal: ReturnType<typeof stated> | null = null) => ({
  title: 'Arrivals',
  description: { text: '', nodes: [] },
  translations: {},
  rows,
  sources: [source],
  statedTotal,
});

/** The issues of `CheckedArrivals`, as `path: message [rule]`. */
function problems(value: unknown): string[] {
  const result = CheckedArrivals.safeParse(value);
  if (result.success) return [];
  for (const issue of result.error.issues) expect(issue.code).toBe('custom');
  return result.error.issues.map(
    (issue) =>
      `${issue.path.join('.')}: ${issue.message}${'params' in issue && issue.params ? ` [${(issue.params as { rule: string }).rule}]` : ''}`,
  );
}

/** The messages of a schema's issues for `value`, by path. */
function messages(
  schema: { safeParse(value: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
) {
  return (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('DataSource', () => {
  it('accepts a source with an http(s) address, with or without a note', () => {
    expect(DataSource.safeParse(source).success).toBe(true);
    expect(DataSource.safeParse({ ...source, url: 'http://example.org', note: 'Read twice.' }).success).toBe(true);
  });

  it('refuses another scheme, an empty name or note, a bad id or date, and unknown keys', () => {
    expect(messages(DataSource, { ...source, url: 'ftp://example.org/x' })).toEqual([
      'url: must be an http(s) address',
    ]);
    for (const url of ['javascript:alert(1)', 'ahttp://example.org', 'httpx://example.org']) {
      expect(messages(DataSource, { ...source, url }), url).toEqual(['url: must be an http(s) address']);
    }
    expect(messages(DataSource, { ...source, name: '  ' })).toEqual(['name: must not be empty']);
    expect(messages(DataSource, { ...source, note: '' })).toEqual(['note: must not be empty']);
    expect(DataSource.safeParse({ ...source, id: 'Not An Id' }).success).toBe(false);
    expect(DataSource.safeParse({ ...source, retrieved: '31/01/2024' }).success).toBe(false);
    expect(DataSource.safeParse({ ...source, extra: 1 }).success).toBe(false);
  });
});

describe('ArrivalRow and StatedTotal', () => {
  it('accept whole, non-negative counts and years from 1945 to 2100; a row may have no start', () => {
    for (const value of [row(1945, 2100, 0, 0), row(null, 1998, 1, 2), row(2024, 2024, 10, 20)]) {
      expect(ArrivalRow.safeParse(value).success, JSON.stringify(value)).toBe(true);
    }
    expect(StatedTotal.safeParse(stated(2024, 3, 4)).success).toBe(true);
  });

  it('refuse a fractional or negative count and a year out of range, with messages that say so', () => {
    expect(messages(ArrivalRow, { ...row(2000, 2000, 1, 1), men: 1.5 })).toEqual(['men: must be a whole number']);
    expect(messages(ArrivalRow, { ...row(2000, 2000, 1, 1), women: -1 })).toEqual(['women: must not be negative']);
    expect(messages(ArrivalRow, row(1944, 2000, 1, 1))).toEqual(['from: must be a year from 1945']);
    expect(messages(ArrivalRow, row(2000, 2101, 1, 1))).toEqual(['to: must be a year before 2100']);
    expect(messages(StatedTotal, { ...stated(2024, 1, 1), total: -2 })).toEqual(['total: must not be negative']);
    expect(ArrivalRow.safeParse({ ...row(2000, 2000, 1, 1), through: 2000 }).success).toBe(false);
    expect(StatedTotal.safeParse({ ...stated(2024, 1, 1), from: 2000 }).success).toBe(false);
  });
});

describe('Arrivals and CheckedArrivals', () => {
  const rows = [row(null, 1998, 800, 150), row(1999, 2001, 300, 280), row(2002, 2002, 500, 600)];

  it('accept consistent figures, with or without a stated total', () => {
    expect(problems(figures(rows, stated(2002, 1600, 1030)))).toEqual([]);
    expect(problems(figures(rows))).toEqual([]);
    expect(problems(figures([]))).toEqual([]);
    expect(Arrivals.safeParse(figures(rows)).success).toBe(true);
  });

  it('Arrivals alone checks no sums and no order; CheckedArrivals does', () => {
    const wrong = figures([{ ...row(2003, 2003, 1, 1), total: 3 }, row(2002, 2002, 1, 1)]);
    expect(Arrivals.safeParse(wrong).success).toBe(true);
    expect(problems(wrong).length).toBeGreaterThan(0);
  });

  it('still checks the shape first', () => {
    expect(CheckedArrivals.safeParse({ ...figures(rows), title: '' }).success).toBe(false);
    expect(CheckedArrivals.safeParse({ ...figures(rows), extra: 1 }).success).toBe(false);
  });

  it('a row whose men and women do not add up to its total', () => {
    expect(problems(figures([row(2000, 2000, 1, 1), { ...row(2001, 2001, 2, 3), total: 6 }]))).toEqual([
      'rows.1.total: men + women must equal total [arrivals-sum]',
    ]);
  });

  it('a stated total whose men and women do not add up to its total', () => {
    const total = { ...stated(2000, 1, 1), total: 3 };
    expect(problems(figures([row(2000, 2000, 1, 1)], total))).toEqual([
      'statedTotal.total: men + women must equal total [arrivals-sum]',
      'statedTotal.total: the rows through 2000 add up to 2 people, but the source states 3 [arrivals-sum]',
    ]);
  });

  it('a period that ends before it starts; one of a single year is fine', () => {
    expect(problems(figures([row(2001, 2000, 1, 1)]))).toEqual([
      'rows.0.to: the period must not end before it starts [arrivals-period]',
    ]);
    expect(problems(figures([row(2000, 2000, 1, 1)]))).toEqual([]);
  });

  it('periods that repeat, overlap, go backwards or start nowhere after the first', () => {
    expect(problems(figures([row(2000, 2000, 1, 1), row(2000, 2000, 1, 1)]))).toEqual([
      'rows.1.from: years must be unique and ascending: 2000–2000 comes after 2000 [arrivals-order]',
    ]);
    expect(problems(figures([row(1999, 2001, 1, 1), row(2001, 2002, 1, 1)]))).toEqual([
      'rows.1.from: years must be unique and ascending: 2001–2002 comes after 2001 [arrivals-order]',
    ]);
    expect(problems(figures([row(2002, 2002, 1, 1), row(2001, 2001, 1, 1), row(2003, 2003, 1, 1)]))).toEqual([
      'rows.1.from: years must be unique and ascending: 2001–2001 comes after 2002 [arrivals-order]',
    ]);
    expect(problems(figures([row(2000, 2000, 1, 1), row(null, 2005, 1, 1)]))).toEqual([
      'rows.1.from: years must be unique and ascending: …–2005 comes after 2000 [arrivals-order]',
    ]);
    // The next year after a period is in order.
    expect(problems(figures([row(null, 1998, 1, 1), row(1999, 2001, 1, 1), row(2002, 2002, 1, 1)]))).toEqual([]);
  });

  it('rows through the stated year that do not add up to the stated total, each count on its own', () => {
    expect(problems(figures(rows, stated(2002, 1601, 1030)))).toEqual([
      'statedTotal.men: the rows through 2002 add up to 1600 men, but the source states 1601 [arrivals-sum]',
      'statedTotal.total: the rows through 2002 add up to 2630 people, but the source states 2631 [arrivals-sum]',
    ]);
    expect(problems(figures(rows, stated(2002, 1600, 1029)))).toEqual([
      'statedTotal.women: the rows through 2002 add up to 1030 women, but the source states 1029 [arrivals-sum]',
      'statedTotal.total: the rows through 2002 add up to 2630 people, but the source states 2629 [arrivals-sum]',
    ]);
  });

  it('counts the rows that end in the stated year or before it, and no later one', () => {
    // Through 2001: the first two rows (the second ends in 2001), not the third.
    expect(problems(figures(rows, stated(2001, 1100, 430)))).toEqual([]);
    expect(problems(figures(rows, stated(2000, 800, 150)))).toEqual([]);
    expect(problems(figures(rows, stated(2001, 1600, 1030)))).toEqual([
      'statedTotal.men: the rows through 2001 add up to 1100 men, but the source states 1600 [arrivals-sum]',
      'statedTotal.women: the rows through 2001 add up to 430 women, but the source states 1030 [arrivals-sum]',
      'statedTotal.total: the rows through 2001 add up to 1530 people, but the source states 2630 [arrivals-sum]',
    ]);
  });
});
