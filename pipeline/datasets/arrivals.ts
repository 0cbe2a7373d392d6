/**
 * The official arrival figures (`content/arrivals.md`): North Korean defectors arriving in South
 * Korea by year, as the Ministry of Unification counts them.
 */
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
  license: {
    part: 'The figures of North Korean defectors arriving in South Korea (arrivals, arrivalSources, statedArrivalsTotal; arrivals in data.json)',
    holder: 'Ministry of Unification of the Republic of Korea',
    license: null,
    note: "Published by the ministry; the package copies the numbers only, and every row names its source and the date it was read (the years 2020 to 2024 through a third-party copy of the ministry's page; 2025 and the cumulative total through a Newsis report of the ministry's corrected figures). Under Article 24-2 of the Korean Copyright Act, works that the state has made public in the course of its duties may be used freely, with exceptions, and Korean public bodies mark what they open with a type of the Korea Open Government License (KOGL; type 1 asks only that the source be named). Which KOGL type, if any, the ministry's statistics pages carry was not checked. Name the ministry as the source when you use the figures.",
  },
});

/** An object's fields as fields of the item holding it (`statedTotal.total`), or `null` under its own name. */
function fieldsOf(name: string, value: object | null): Record<string, unknown> {
  if (value === null) return { [name]: null };
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [`${name}.${key}`, field]));
}
