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
      // A row is known by its year and place: `2019` worldwide, `2019-CA` in Canada.
      read: ({ rows }) =>
        rows.map(({ source, ...row }: RefugeeRow) => ({
          ...row,
          id: row.country === null ? String(row.year) : `${row.year}-${row.country}`,
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
  license: {
    part: 'The figures of refugees from North Korea (refugees, refugeeSources; refugees in data.json)',
    holder: 'UNHCR, the Office of the United Nations High Commissioner for Refugees',
    license: null,
    note: "Published by UNHCR in its yearly Global Trends reports and statistics; the package copies the numbers only, each year's as a named press report of UNHCR's release gives it (the reports themselves were not read), with the date it was read. Under which terms UNHCR publishes its statistics was not checked. Name UNHCR as the source when you use the figures.",
  },
});
