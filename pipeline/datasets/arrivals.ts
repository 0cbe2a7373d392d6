/**
 * The official arrival figures (`content/arrivals.md`): North Korean defectors arriving in South
 * Korea by year, as the Ministry of Unification counts them.
 */
import type { ArrivalRow } from '../../src/schema.js';
import type { LockedItem } from '../kinds/lock-spec.js';
import { ARRIVAL_RULES, extractArrivals } from './arrivals-extract.js';
import { ARRIVALS_NAMES, renderArrivalsModule } from './arrivals-module.js';
import { defineDataset } from './dataset.js';

/** The arrival figures. */
export const arrivalsDataset = defineDataset({
  name: 'arrivals',
  noun: 'the official arrival figures',
  rules: ARRIVAL_RULES,
  extract: extractArrivals,
  module: { names: ARRIVALS_NAMES, render: renderArrivalsModule },
  exports: [
    { from: '../arrival-queries.js', names: ['arrivalsBetween', 'totalArrivals'] },
    { from: '../figure-types.js', types: ['ArrivalRow', 'Arrivals', 'StatedTotal'] },
  ],
  // Its rows are recorded apart, in the lock's `arrivals` (as since its first version).
  lock: {
    arrivals: {
      noun: 'figures',
      readerNoun: 'arrival figures',
      nameField: 'title',
      fields: {
        title: 'text',
        description: 'text',
        translations: 'text',
        'statedTotal.through': 'fact',
        'statedTotal.men': 'fact',
        'statedTotal.women': 'fact',
        'statedTotal.total': 'fact',
      },
      read: ({ rows: _rows, sources: _sources, statedTotal, ...figures }): LockedItem[] => [
        {
          ...figures,
          id: 'arrivals',
          ...fieldsOf('statedTotal', statedTotal && { ...statedTotal, source: statedTotal.source.id }),
        },
      ],
    },
    sources: {
      noun: 'source',
      readerNoun: 'source of the arrival figures',
      nameField: 'name',
      fields: { name: 'text' },
      read: (arrivals) => arrivals.sources.map((source) => ({ ...source })),
    },
  },
  // Its rows are known by their period, in the lock's `arrivals`; its sources by id.
  history: {
    rows: { lock: null, id: periodOf },
    sources: { lock: 'sources', id: (source) => source.id },
  },
  license: {
    part: 'The figures of North Korean defectors arriving in South Korea (arrivals, arrivalSources, statedArrivalsTotal; arrivals in data.json)',
    holder: null,
    license: null,
    note: "Plain counts, which are facts: the Ministry of Unification of the Republic of Korea is their source, not their rights holder. The project grants no licence for them; the package copies the numbers only, and every row names its source and the date it was read (the years to 2019 from a stored copy of the ministry's page in Chinese, which holds the figures to September 2020; 2020 to 2024 from a copy of the ministry's page in Korean on a third-party site that was not recorded, each year as SBS, YTN, Daily NK and Seoul Economic Daily reported it; 2025 and the cumulative total from a Newsis report of the ministry's corrected figures). Under Article 24-2 of the Korean Copyright Act, works that the state has made public in the course of its duties may be used freely, with exceptions, and Korean public bodies mark what they open with a type of the Korea Open Government License (KOGL; type 1 asks only that the source be named). Which KOGL type, if any, the ministry's statistics pages carry was not checked. Name the ministry as the source when you use the figures.",
  },
});

/** An object's fields as fields of the item holding it (`statedTotal.total`), or `null` under its own name. */
function fieldsOf(name: string, value: object | null): Record<string, unknown> {
  if (value === null) return { [name]: null };
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [`${name}.${key}`, field]));
}

/**
 * The period a row is known by in the lock and in the release history: `2025`, `1999–2001`, or
 * `–1998` for "up to 1998".
 *
 * @returns The period; never throws.
 */
export function periodOf(row: Pick<ArrivalRow, 'from' | 'to'>): string {
  if (row.from === null) return `–${row.to}`;
  return row.from === row.to ? String(row.to) : `${row.from}–${row.to}`;
}
