/**
 * The public types of the published figures the package ships beside the article (its datasets),
 * plain, zod-free declarations like those of `types.ts`; `tests/types.test-d.ts` proves each
 * equal to its schema.
 */
import type { HasHistory } from './history-types.js';
import type { CountryCode, RichBlocks } from './types.js';

/** Where a published figure comes from, and when it was read there. */
export interface DataSource extends HasHistory {
  /** A short key rows refer to, e.g. `mou`. */
  readonly id: string;
  /** The publisher and the publication. */
  readonly name: string;
  /** Its address. */
  readonly url: string;
  /** When the figures were read from it, `YYYY-MM-DD`. */
  readonly retrieved: string;
  /** How the figures were read, and any caveat. */
  readonly note?: string;
}

/** A dataset's title and description in one language. */
export interface DatasetText {
  readonly title: string;
  /** What the figures count and what is left out (the paragraphs of its file). */
  readonly description: RichBlocks;
}

/**
 * Arrivals of North Korean defectors in South Korea over one period, as counted by the
 * South Korean Ministry of Unification. Most rows are one year (`from === to`); the ministry
 * publishes the earliest years only as totals over longer periods.
 */
export interface ArrivalRow extends HasHistory {
  /** First year of the period; `null` for "up to and including `to`". */
  readonly from: number | null;
  /** Last year of the period. */
  readonly to: number;
  readonly men: number;
  readonly women: number;
  /** `men + women`. */
  readonly total: number;
  /** The source the row is taken from. */
  readonly source: DataSource;
}

/** A cumulative total as stated by a source, which the rows must add up to. */
export interface StatedTotal {
  /** The last year the total covers. */
  readonly through: number;
  readonly men: number;
  readonly women: number;
  readonly total: number;
  readonly source: DataSource;
}

/** The official arrival figures: rows in ascending order, their sources and the stated cumulative total. */
export interface Arrivals {
  /** The title, in the source language (English). */
  readonly title: string;
  /** What the figures count and what is left out, in English (the paragraphs of `arrivals.md`). */
  readonly description: RichBlocks;
  /** The title and description in every other edition's language, by locale (e.g. `translations.ko`). */
  readonly translations: Readonly<Record<string, DatasetText>>;
  readonly rows: readonly ArrivalRow[];
  readonly sources: readonly DataSource[];
  readonly statedTotal: StatedTotal | null;
}

/**
 * North Koreans recognised as refugees, and asylum-seekers, at the end of one year, as UNHCR
 * published them: worldwide (`country: null`) or in one country of asylum.
 */
export interface RefugeeRow extends HasHistory {
  /** The year whose end the figure counts. */
  readonly year: number;
  /** The country of asylum, or `null` for the worldwide figure. */
  readonly country: CountryCode | null;
  /** People recognised as refugees (UNHCR counts no one who has been naturalised). */
  readonly refugees: number;
  /** People whose asylum claims were pending, or `null` where the source gives none. */
  readonly asylumSeekers: number | null;
  readonly source: DataSource;
}

/** UNHCR's figures of refugees from North Korea outside South Korea: only the years a source could be read for. */
export interface Refugees {
  /** The title, in the source language (English). */
  readonly title: string;
  /** What the figures count and what they leave out, in English (the paragraphs of `refugees.md`). */
  readonly description: RichBlocks;
  /** The title and description in every other edition's language, by locale (e.g. `translations.ko`). */
  readonly translations: Readonly<Record<string, DatasetText>>;
  /** By year, ascending; in each year the worldwide row first, then the countries of asylum the source names. */
  readonly rows: readonly RefugeeRow[];
  readonly sources: readonly DataSource[];
}

/** Every dataset `data.json` holds, by its name there: one line per dataset. */
export interface DatasetValues {
  readonly arrivals: Arrivals;
  readonly refugees: Refugees;
}
