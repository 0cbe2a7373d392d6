/**
 * UNHCR's figures of refugees from North Korea (`content/refugees.md`): people recognised as
 * refugees, and asylum-seekers, outside South Korea, worldwide and by country of asylum.
 */
import type { RefugeeRow } from '../../src/schema.js';
import { defineDataset } from './dataset.js';
import { extractRefugees, REFUGEE_RULES } from './refugees-extract.js';
import { REFUGEES_NAMES, renderRefugeesModule } from './refugees-module.js';

/** The refugee figures. */
export const refugeesDataset = defineDataset({
  name: 'refugees',
  noun: "UNHCR's figures of refugees from North Korea",
  rules: REFUGEE_RULES,
  extract: extractRefugees,
  module: { names: REFUGEES_NAMES, render: renderRefugeesModule },
  exports: [
    { from: '../refugee-queries.js', names: ['refugeeSeries', 'refugeesByCountry', 'refugeesIn'] },
    { from: '../figure-types.js', types: ['RefugeeRow', 'Refugees'] },
  ],
  lock: {
    refugees: {
      noun: 'refugee figures',
      readerNoun: 'refugee figures',
      nameField: 'title',
      fields: { title: 'text', description: 'text', translations: 'text' },
      read: ({ rows: _rows, sources: _sources, ...figures }) => [{ ...figures, id: 'refugees' }],
    },
    'refugee-rows': {
      noun: 'refugee figure',
      readerNoun: 'refugee figure',
      nameField: 'name',
      fields: { refugees: 'fact', asylumSeekers: 'fact', source: 'text' },
      read: ({ rows }) =>
        rows.map(({ source, ...row }: RefugeeRow) => ({
          ...row,
          id: refugeeRowId(row),
          name: `${row.year}, ${row.country ?? 'worldwide'}`,
          source: source.id,
        })),
    },
    'refugee-sources': {
      noun: 'source',
      readerNoun: 'source of the refugee figures',
      nameField: 'name',
      fields: { name: 'text' },
      read: (refugees) => refugees.sources.map((source) => ({ ...source })),
    },
  },
  history: {
    rows: { lock: 'refugee-rows', id: refugeeRowId },
    sources: { lock: 'refugee-sources', id: (source) => source.id },
  },
  license: {
    part: 'The figures of refugees from North Korea (refugees, refugeeSources; refugees in data.json)',
    holder: null,
    license: null,
    note: "Plain counts, which are facts: UNHCR (the Office of the United Nations High Commissioner for Refugees) is their source, not their rights holder; it publishes them in its yearly Global Trends reports and statistics. The project grants no licence for them; the package copies the numbers only, each year's as a named press report of UNHCR's release gives it (the reports themselves were not read), with the date it was read. Under which terms UNHCR publishes its statistics was not checked. Name UNHCR as the source when you use the figures.",
  },
});

/**
 * The id a row is known by in the lock and in the release history: its year and place, `2019`
 * worldwide, `2019-CA` in Canada.
 *
 * @returns The id; never throws.
 */
export function refugeeRowId(row: Pick<RefugeeRow, 'year' | 'country'>): string {
  return row.country === null ? String(row.year) : `${row.year}-${row.country}`;
}
