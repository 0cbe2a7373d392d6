/**
 * What the package holds, whose it is and under which terms it may be used: the one list that
 * `meta.license` (and so `data.json`) carries. LICENSE and NOTICE.md say the same at length, and
 * package.json's `license` is the SPDX expression of the parts (checked by the build).
 */
import type { License, LicensePart } from '../../src/types.js';
import { ALL_DATASETS } from '../datasets/index.js';

/** The project's name for itself as a rights holder: no person or company is recorded. */
export const PROJECT = 'The north-korean-escapees contributors';

/**
 * The SPDX term for the parts the project grants no licence for: without it, "MIT AND CC-BY-4.0"
 * would read as the licence of everything in the package, the English article included.
 */
export const NOT_LICENSED = 'LicenseRef-Not-Licensed-See-NOTICE';

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
    note: 'Not the project\'s, and the project grants no licence for it. Published by ticker.tv on 2023-11-26 (https://ticker.tv/news/how-many-north-koreans-have-escaped/232165/); the text the package carries is that page\'s, word for word, as far as a stored copy of the page could be read on 2026-12-07 (the introduction and the three sections before the FAQ); the gaps in that part are the publisher\'s, not losses in transmission. Five words were supplied editorially: "by" in four places ("led by", "faced by" in the heading of the challenges and again in the conclusion, "capture by") and "on" once ("on foot"). No other word was changed; the FAQ\'s "Q:" and "A:" labels became headings. Who holds the rights in the text, and on which terms it may be used, is unconfirmed.',
  },
  // Then each dataset's part, as it declares it.
  ...ALL_DATASETS.map((dataset) => dataset.license),
];

/**
 * The SPDX expression of the package: its parts' licences joined with `AND`, and `NOT_LICENSED`
 * when a part has none.
 *
 * @returns E.g. `"MIT AND CC-BY-4.0 AND LicenseRef-Not-Licensed-See-NOTICE"`.
 */
export function licenseExpression(parts: readonly LicensePart[] = LICENSE_PARTS): string {
  const licensed = new Set(parts.flatMap((part) => (part.license ? [part.license] : [])));
  const unlicensed = parts.some((part) => part.license === null) ? [NOT_LICENSED] : [];
  return [...licensed, ...unlicensed].join(' AND ');
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
