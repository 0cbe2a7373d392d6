/**
 * The shape of `north-korean-escapees/data.json`, with this package's literal ids and locales: a plain
 * TypeScript type, so typing the JSON needs neither zod nor the /schema entry.
 */

import type { DatasetValues } from './figure-types.js';
import type { ChallengeId, FactorId, FaqId, SectionId } from './generated/en.js';
import type { Locale } from './generated/locales.js';
import type { Content, Meta } from './types.js';

/** Everything `data.json` holds: the release and licence, each locale's content, and every dataset (`arrivals`, `refugees`). */
export interface Dataset extends DatasetValues {
  /** The same object as the `meta` export. */
  readonly meta: Meta;
  /** Each locale's content; `content.en` holds the same data as the main entry's exports. */
  readonly content: { readonly [L in Locale]: Content<SectionId, FactorId, ChallengeId, FaqId> };
}
