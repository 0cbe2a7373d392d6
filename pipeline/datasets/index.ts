/**
 * The datasets, in the order `data.json` holds them. The build, the emitter, the editions' exports,
 * the lock's collections and the licence loop over this list: adding a dataset is its content file
 * (and one per other edition, describing it), its declaration here, and its schema's line in
 * `DATASET_SCHEMAS` (src/schemas/package.ts) with its types (src/figure-types.ts).
 */
import type { DatasetValues } from '../../src/figure-types.js';
import type { RuleSet } from '../shared/rules.js';
import { arrivalsDataset } from './arrivals.js';
import type { DatasetKind, DatasetName } from './dataset.js';
import { refugeesDataset } from './refugees.js';

export type { DatasetKind, DatasetName, SharedExport } from './dataset.js';

/** The datasets. */
export const DATASETS = [arrivalsDataset, refugeesDataset] as const;

/** The datasets as the stages loop over them. */
export const ALL_DATASETS: readonly DatasetKind[] = DATASETS;

/** Every dataset's validated value, by name: what a build makes of the datasets' files. */
export type BuiltDatasets = { readonly [Name in DatasetName]: DatasetValues[Name] };

/** The content file of a dataset (`refugees.md`), or of its description in another language (`refugees.ko.md`). */
export function datasetFile(name: DatasetName, locale?: string): string {
  return locale === undefined ? `${name}.md` : `${name}.${locale}.md`;
}

/** Every dataset's own rules. */
export const DATASET_RULES: RuleSet = Object.assign({}, ...ALL_DATASETS.map((dataset) => dataset.rules));
