/**
 * The schema of the refugee figures (src/schemas/figures.ts): what `Refugees` accepts and refuses,
 * and each check `CheckedRefugees` adds — order, countries without their year's total, sums — with
 * its path, message and rule, on small figures made here.
 */
import { describe, expect, it } from 'vitest';
import { CheckedRefugees, DatasetText, RefugeeRow, Refugees } from '../../src/schemas/figures.js';

const source = {
  id: 'unhcr',
  name: 'UNHCR',
  url: 'https://example.org/figures',
  retrieved: '2026-12-07',
  history: null,
};

const row = (year: number, country: string | null, refugees: number, asylumSeekers: number | null = null) => ({
  year,
  country,
  refugees,
  asylumSeekers,
  source,
  history: null,
});

const figures = (rows: ReturnType<typeof row>[]) => ({
  title: 'Refugees',
  description: { text: '', nodes: [] },
  translations: { ko: { title: '난민', description: { text: '', nodes: [] } } },
  rows,
  sources: [source],
});

/** Each issue as `path: message [rule]`. */
function issues(rows: ReturnType<typeof row>[]): string[] {
  const result = CheckedRefugees.safeParse(figures(rows));
  if (result.success) return [];
  return result.error.issues.map(
    (issue) =>
      `${issue.path.join('.')}: ${issue.message} [${String((issue as { params?: { rule?: string } }).params?.rule)}]`,
  );
}

describe('Refugees and RefugeeRow', () => {
  it('accept a worldwide row and a country row, and give them back frozen', () => {
    const parsed = Refugees.parse(figures([row(2019, null, 762, 124), row(2019, 'CA', 412)]));
    expect(parsed.rows[1]).toEqual(row(2019, 'CA', 412));
    expect(Object.isFrozen(parsed.rows[0])).toBe(true);
  });

  it('refuse a lower-case or three-letter code, a negative or fractional count, and unknown keys', () => {
    expect(RefugeeRow.safeParse(row(2019, 'ca', 1)).error?.issues[0]?.message).toBe(
      'must be an ISO 3166-1 alpha-2 code in capitals, e.g. KR',
    );
    expect(RefugeeRow.safeParse(row(2019, 'CAN', 1)).success).toBe(false);
    // Every row and source says when it came: `null` only before a release has had it, never missing.
    const { history: _, ...unreleased } = row(2019, null, 1);
    expect(RefugeeRow.safeParse(unreleased).success).toBe(false);
    const added = { version: '0.4.0', date: '2026-12-07' };
    expect(RefugeeRow.safeParse({ ...row(2019, null, 1), history: { added, changed: added } }).success).toBe(true);
    expect(RefugeeRow.safeParse(row(2019, null, -1)).error?.issues[0]?.message).toBe('must not be negative');
    expect(RefugeeRow.safeParse(row(2019, null, 1, 0.5)).error?.issues[0]?.message).toBe('must be a whole number');
    expect(RefugeeRow.safeParse({ ...row(2019, null, 1), extra: 1 }).success).toBe(false);
    expect(
      Refugees.safeParse({ ...figures([]), translations: { KO: { title: 'x', description: { text: '', nodes: [] } } } })
        .success,
    ).toBe(false);
    expect(DatasetText.safeParse({ title: ' ', description: { text: '', nodes: [] } }).success).toBe(false);
  });
});

describe('CheckedRefugees', () => {
  it('accepts years in order, each worldwide row before its countries, countries adding up to at most the total', () => {
    expect(issues([row(2018, null, 10), row(2018, 'CA', 6), row(2018, 'GB', 4), row(2019, null, 3)])).toEqual([]);
  });

  it('refuses years out of order', () => {
    expect(issues([row(2019, null, 3), row(2018, null, 10)])).toEqual([
      'rows.1.year: years must be ascending: 2018 comes after 2019 [refugees-order]',
    ]);
  });

  it("refuses a year's worldwide row twice, or after its countries, and a country twice", () => {
    expect(issues([row(2018, null, 10), row(2018, null, 10)])).toEqual([
      "rows.1.country: 2018's worldwide row must come once, before its countries [refugees-order]",
    ]);
    expect(issues([row(2018, null, 10), row(2018, 'CA', 1), row(2018, 'CA', 1)])).toEqual([
      'rows.2.country: CA is given twice for 2018 [refugees-order]',
    ]);
  });

  it("refuses a country without its year's worldwide row, and countries adding up to more than it", () => {
    expect(issues([row(2018, 'CA', 1), row(2018, null, 10)])).toEqual([
      "rows.0.country: 2018 has no worldwide row: a country's figure needs its year's total [refugees-sum]",
      "rows.1.country: 2018's worldwide row must come once, before its countries [refugees-order]",
    ]);
    expect(issues([row(2018, null, 10), row(2018, 'CA', 6), row(2018, 'GB', 5)])).toEqual([
      'rows.2.refugees: the countries of 2018 add up to 11 refugees so far, more than the worldwide 10 [refugees-sum]',
    ]);
  });
});
