/**
 * What the package holds, whose it is and under which terms it may be used: the one list that
 * `meta.license` (and so `data.json`) carries. LICENSE and NOTICE.md say the same at length, and
 * package.json's `license` is the SPDX expression of the parts the project owns (checked by the build).
 */
import type { License, LicensePart } from '../../src/types.js';
import { ALL_DATASETS } from '../datasets/index.js';

/** The project's name for itself as a rights holder: no person or company is recorded. */
export const PROJECT = 'The north-korean-escapees contributors';

/** The parts of the package, the project's own first. */
export const LICENSE_PARTS: readonly LicensePart[] = [
  {
    part: 'The code (query helpers, renderers, JSON-LD helpers, the content build), the types, the zod schemas and schema.json, and the structure of the data: its fields, their names and how they are arranged',
    holder: PROJECT,
    license: 'MIT',
    note: 'The MIT licence, whose text is in LICENSE.',
  },
  {
    part: 'The translations of the article (every edition but the English: its content in data.json, content.<locale>, and its entry, north-korean-escapees/<locale>)',
    holder: PROJECT,
    license: 'CC-BY-4.0',
    note: "Creative Commons Attribution 4.0 International, for the translators' own work only. A translation is derived from its original: this licence grants no rights in the English article, whose terms are not known (see the next part).",
  },
  {
    part: 'The English article "How many North Koreans have escaped?" (2023-11-26): its text, as the main entry and content.en in data.json carry it',
    holder: null,
    license: null,
    note: 'Not the project\'s, and the project grants no licence for it. The text was supplied to the project without the name of its publisher or its address, so who holds its rights, and under which terms it may be used, are not known. Five words lost in transmission were restored: "by" in four places ("led by", "faced by" in the heading of the challenges and again in the conclusion, "capture by") and "on" once ("on foot"); nothing else was changed.',
  },
  // Then each dataset's part, as it declares it.
  ...ALL_DATASETS.map((dataset) => dataset.license),
];

/**
 * The SPDX expression of what the project licenses: its parts' licences joined with `AND`.
 *
 * @returns E.g. `"MIT AND CC-BY-4.0"`.
 */
export function licenseExpression(parts: readonly LicensePart[] = LICENSE_PARTS): string {
  return [...new Set(parts.flatMap((part) => (part.license ? [part.license] : [])))].join(' AND ');
}

/**
 * The `license` of `meta`, checked against package.json's `license` field.
 *
 * @returns The licence object.
 * @throws {Error} If package.json's `license` is not the expression of the parts.
 */
export function packageLicense(packageField: unknown): License {
  const spdx = licenseExpression();
  if (packageField !== spdx) {
    throw new Error(
      `package.json "license" is ${JSON.stringify(packageField)}, but the parts in pipeline/emit/license.ts are licensed as ${JSON.stringify(spdx)}`,
    );
  }
  return { spdx, parts: LICENSE_PARTS };
}
