/**
 * Queries over UNHCR's figures of refugees from North Korea: a year's worldwide figure, a year's
 * countries of asylum, one place's figures over the years. A year no source was read for is absent.
 */
import type { RefugeeRow } from './figure-types.js';
import { refugees } from './generated/refugees.js';
import type { CountryCode } from './types.js';

/** Checks a year given from JavaScript: a whole number. */
function checkYear(name: string, year: unknown): void {
  if (typeof year !== 'number' || !Number.isInteger(year))
    throw new RangeError(`${name}(${String(year)}): give a whole year, e.g. 2019`);
}

/**
 * The worldwide figure at the end of `year`.
 *
 * @returns The row (`country: null`), or `undefined` for a year the package has no figure for.
 * @throws {RangeError} If `year` is not a whole number.
 */
export const refugeesIn = /* @__PURE__ */ Object.freeze((year: number): RefugeeRow | undefined => {
  checkYear('refugeesIn', year);
  return refugees.find((row) => row.year === year && row.country === null);
});

/**
 * The countries of asylum the source names for `year`, in the order of the content (as the source lists them).
 * A source names only some countries: they add up to no more than `refugeesIn(year).refugees`.
 *
 * @returns The rows (a new array), empty for a year whose countries are not known.
 * @throws {RangeError} If `year` is not a whole number.
 */
export const refugeesByCountry = /* @__PURE__ */ Object.freeze((year: number): readonly RefugeeRow[] => {
  checkYear('refugeesByCountry', year);
  return refugees.filter((row) => row.year === year && row.country !== null);
});

/**
 * One place's figures over the years: the worldwide rows, or one country of asylum's.
 *
 * @param country An ISO 3166-1 alpha-2 code such as `"CA"`, or `null` (the default) for the worldwide figures.
 * @returns The rows in ascending years (a new array); years without a figure are absent, never filled in.
 * @throws {RangeError} If `country` is neither `null` nor two capital letters.
 */
export const refugeeSeries = /* @__PURE__ */ Object.freeze(
  (country: CountryCode | null = null): readonly RefugeeRow[] => {
    if (country !== null && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)))
      throw new RangeError(
        `refugeeSeries(${JSON.stringify(country)}): give a country's ISO 3166-1 alpha-2 code in capitals, e.g. "CA", or null for the worldwide figures`,
      );
    return refugees.filter((row) => row.country === country);
  },
);
