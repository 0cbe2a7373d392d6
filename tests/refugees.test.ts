import { describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../pipeline/datasets/index.js';
import { isCountryCode } from '../pipeline/shared/countries.js';
import { refugeeSeries, refugeeSources, refugees, refugeesByCountry, refugeesIn } from '../src/index.js';
import { DATASET_SCHEMAS } from '../src/schemas/package.js';

describe("UNHCR's refugee figures", () => {
  it('run by ascending year, each year its worldwide row first, each row naming its source read on 2026-12-07', () => {
    for (const [index, row] of refugees.entries()) {
      expect(refugeeSources).toContain(row.source);
      expect(row.source.retrieved).toBe('2026-12-07');
      expect(row.source.url).toMatch(/^https?:\/\//);
      const previous = refugees[index - 1];
      if (previous) expect(row.year).toBeGreaterThanOrEqual(previous.year);
      if (row.country !== null) {
        expect(isCountryCode(row.country)).toBe(true);
        expect(refugees.findIndex((r) => r.year === row.year && r.country === null)).toBeLessThan(index);
      }
    }
  });

  it('ship only the years a source was read for: 2021 and 2023 to 2025 are absent, not estimated', () => {
    const years = refugeeSeries().map((row) => row.year);
    expect(years).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2022]);
    for (const year of [2009, 2021, 2023, 2024, 2025]) expect(refugeesIn(year)).toBeUndefined();
  });

  it('give each year as its source states it', () => {
    const pairs = refugeeSeries().map((row) => [row.year, row.refugees, row.asylumSeekers, row.source.id]);
    expect(pairs).toEqual([
      [2010, 917, 277, 'rfa-2010'],
      [2011, 1052, 490, 'yonhap-2011'],
      [2012, 1110, 1027, 'sedaily-2012'],
      [2013, 1167, 952, 'voa-2014'],
      [2014, 1282, 240, 'voa-2014'],
      [2015, 1103, 230, 'herald-2015'],
      [2016, 1422, 533, 'kmib-2016'],
      [2017, 1175, 593, 'voa-2018'],
      [2018, 802, 152, 'voa-2018'],
      [2019, 762, 124, 'yonhap-2019'],
      [2020, 782, 88, 'christiandaily-2022'],
      [2022, 260, 127, 'christiandaily-2022'],
    ]);
  });

  it('name the countries of asylum in the years a source does, adding up to less than the worldwide figure', () => {
    expect(refugeesByCountry(2019).map((row) => [row.country, row.refugees])).toEqual([
      ['CA', 412],
      ['DE', 85],
      ['GB', 78],
      ['RU', 50],
    ]);
    expect(refugeesByCountry(2011).map((row) => row.country)).toEqual(['GB', 'DE', 'CA', 'NL', 'BE', 'AU', 'US']);
    expect(refugeesByCountry(2016)).toEqual([]);
    for (const year of [2011, 2018, 2019]) {
      const sum = refugeesByCountry(year).reduce((total, row) => total + row.refugees, 0);
      expect(sum).toBeLessThanOrEqual(refugeesIn(year)!.refugees);
      for (const row of refugeesByCountry(year)) expect(row.asylumSeekers).toBeNull();
    }
  });

  it('refugeeSeries gives one country over the years, or the worldwide rows by default', () => {
    expect(refugeeSeries('CA').map((row) => [row.year, row.refugees])).toEqual([
      [2011, 64],
      [2018, 478],
      [2019, 412],
    ]);
    expect(refugeeSeries(null)).toEqual(refugeeSeries());
    expect(refugeeSeries('FR')).toEqual([]);
    expect(refugeeSeries()).not.toBe(refugeeSeries());
  });

  it('the queries refuse what is not a year or a code, naming themselves', () => {
    expect(() => refugeesIn(2019.5)).toThrow(new RangeError('refugeesIn(2019.5): give a whole year, e.g. 2019'));
    expect(() => refugeesByCountry('2019' as unknown as number)).toThrow(
      /^refugeesByCountry\(2019\): give a whole year/,
    );
    expect(() => refugeeSeries('ca')).toThrow(
      new RangeError(
        'refugeeSeries("ca"): give a country\'s ISO 3166-1 alpha-2 code in capitals, e.g. "CA", or null for the worldwide figures',
      ),
    );
  });

  it('are frozen', () => {
    expect(Object.isFrozen(refugees)).toBe(true);
    expect(Object.isFrozen(refugees[0]!.source)).toBe(true);
    expect(Object.isFrozen(refugeeSources)).toBe(true);
  });
});

describe('the datasets are declared once', () => {
  it('every schema of data.json has its declaration in pipeline/datasets/, in the same order', () => {
    expect(ALL_DATASETS.map((dataset) => dataset.name)).toEqual(Object.keys(DATASET_SCHEMAS));
  });

  it("no two datasets share a lock collection's name", () => {
    const names = ALL_DATASETS.flatMap((dataset) => Object.keys(dataset.lock));
    expect(new Set(names).size).toBe(names.length);
  });
});
