/**
 * The schemas of what the package holds as a whole: its licence, its release (`meta`) and the
 * datasets of `data.json`.
 */
import { z } from 'zod';
import { Content } from './content.js';
import { Arrivals, Refugees } from './figures.js';
import { ContentRelease } from './history.js';
import { IsoDate, Locale, nonEmpty } from './text.js';

/** One part of the package: what it is, who holds its rights and the licence the project grants (`null`: none). */
export const LicensePart = z
  .strictObject({ part: nonEmpty, holder: nonEmpty.nullable(), license: nonEmpty.nullable(), note: nonEmpty })
  .readonly();
export type LicensePart = z.infer<typeof LicensePart>;

/** The licence of the package: the SPDX expression of package.json's `license` and every part's terms. */
export const License = z.strictObject({ spdx: nonEmpty, parts: z.array(LicensePart).readonly() }).readonly();
export type License = z.infer<typeof License>;

/** The release of the content (the `meta` export), and its licence. */
export const Meta = z.strictObject({ version: nonEmpty, updated: IsoDate, license: License }).readonly();
export type Meta = z.infer<typeof Meta>;

/** The content's releases, oldest first, each with what it changed (`releases` in data.json and every entry). */
const Releases = z.array(ContentRelease).readonly();

/**
 * The schema of every dataset, by its name in `data.json`: a dataset is one line here (and its
 * declaration in `pipeline/datasets/`), and `BuiltDataset`, `Dataset` and the lock's shape follow.
 */
export const DATASET_SCHEMAS = { arrivals: Arrivals, refugees: Refugees } as const;

/** What the content build writes (src/generated/data.json): each locale's content, every dataset and the releases. */
export const BuiltDataset = z
  .strictObject({
    content: z.record(Locale, Content).readonly(),
    ...DATASET_SCHEMAS,
    releases: Releases,
  })
  .readonly();
export type BuiltDataset = z.infer<typeof BuiltDataset>;

/**
 * Everything `data.json` holds: `meta` (the same as the `meta` export), each locale's content, every
 * dataset and the content's releases. It accepts exactly what `schema.json` accepts (both reject
 * unknown keys).
 */
export const Dataset = z
  .strictObject({
    meta: Meta,
    content: z.record(Locale, Content).readonly(),
    ...DATASET_SCHEMAS,
    releases: Releases,
  })
  .readonly();
export type Dataset = z.infer<typeof Dataset>;
