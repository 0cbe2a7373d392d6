import { describe, expect, it } from 'vitest';
import { arrivalSources, arrivals, arrivalsBetween, statedArrivalsTotal, totalArrivals } from '../src/index.js';

describe('arrival figures', () => {
  it('run in ascending, non-overlapping periods, each naming its source', () => {
    for (const [index, row] of arrivals.entries()) {
      expect(row.men + row.women).toBe(row.total);
      expect(arrivalSources).toContain(row.source);
      expect(row.source.url).toMatch(/^https:\/\//);
      expect(row.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const previous = arrivals[index - 1];
      if (previous) expect(row.from).toBeGreaterThan(previous.to);
    }
    expect(arrivals[0]).toMatchObject({ from: null, to: 1998, total: 947 });
    expect(arrivals[1]).toMatchObject({ from: 1999, to: 2001, total: 1043 });
  });

  it('add up to the total the source states', () => {
    expect(statedArrivalsTotal).not.toBeNull();
    const through = arrivals.filter((row) => row.to <= statedArrivalsTotal!.through);
    expect(totalArrivals(through)).toBe(statedArrivalsTotal!.total);
    expect(totalArrivals()).toBe(34537);
    expect(statedArrivalsTotal).toMatchObject({ through: 2025, men: 9593, women: 24944, total: 34537 });
  });

  it('has 2025 as the ministry corrected it (223, not the 224 first announced), with its source and the date read', () => {
    const last = arrivals.at(-1)!;
    expect(last).toMatchObject({ from: 2025, to: 2025, men: 25, women: 198, total: 223 });
    expect(last.source).toMatchObject({ id: 'newsis-2025', retrieved: '2026-11-25' });
    expect(last.source.url).toBe('https://mobile.newsis.com/view_amp.html?ar_id=NISX20260204_0003502497');
    expect(last.source.note).toContain('224');
    expect(last.source.note).toContain('corrected');
    expect(statedArrivalsTotal!.source).toBe(last.source);
  });

  it('2020 to 2024: the note of their source gives each year’s counts as the row has them, and who reported them', () => {
    const years = arrivals.filter((row) => row.from !== null && row.from >= 2020 && row.to <= 2024);
    expect(years.map((row) => row.to)).toEqual([2020, 2021, 2022, 2023, 2024]);
    for (const row of years) {
      const note = row.source.note ?? '';
      expect(note).toContain('not recorded');
      expect(note, String(row.to)).toContain(`${row.to}: ${row.total} arrivals (${row.men} men, ${row.women} women), `);
    }
    // The ministry's Chinese page, read from a stored copy, stops in September 2020: its 2020 is not used.
    expect(arrivals[0]!.source.note).toContain('holds the figures to September 2020');
    expect(arrivals.filter((row) => row.source === arrivals[0]!.source).at(-1)!.to).toBe(2019);
  });

  it('arrivalsBetween keeps the rows whose whole period is in the range', () => {
    expect(arrivalsBetween(2019, 2021).map((r) => [r.to, r.total])).toEqual([
      [2019, 1047],
      [2020, 229],
      [2021, 63],
    ]);
    expect(arrivalsBetween(2000, 2002).map((r) => r.to)).toEqual([2002]);
    expect(arrivalsBetween(1999, 2002).map((r) => r.to)).toEqual([2001, 2002]);
    expect(totalArrivals(arrivalsBetween(2020, 2024))).toBe(229 + 63 + 67 + 196 + 236);
    expect(arrivalsBetween(1900, 1950)).toEqual([]);
  });

  it('totalArrivals refuses, naming itself, rows from JavaScript whose total is not a number (a string was joined as text)', () => {
    const rows = arrivalsBetween(2020, 2021);
    const withText = [...rows, { ...rows[0]!, total: '5' as unknown as number }];
    expect(() => totalArrivals(withText)).toThrow(
      new TypeError(
        "totalArrivals(rows): rows[2].total is a string, not a finite number; give arrival rows, such as arrivalsBetween's",
      ),
    );
    expect(() => totalArrivals([{ ...rows[0]!, total: Number.NaN }])).toThrow(
      /^totalArrivals\(rows\): rows\[0\]\.total is NaN/,
    );
    expect(() => totalArrivals([null as never])).toThrow(/^totalArrivals\(rows\): rows\[0\]\.total is undefined/);
    expect(() => totalArrivals(null as never)).toThrow(
      new TypeError('totalArrivals(rows): rows is null, not an array of arrival rows'),
    );
    expect(() => totalArrivals('12' as never)).toThrow(TypeError);
    expect(totalArrivals([])).toBe(0);
  });

  it('arrivalsBetween rejects reversed or fractional bounds', () => {
    expect(() => arrivalsBetween(2010, 2000)).toThrow(RangeError);
    expect(() => arrivalsBetween(2000.5, 2010)).toThrow(RangeError);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(arrivals)).toBe(true);
    expect(Object.isFrozen(arrivals[0]!.source)).toBe(true);
  });
});
