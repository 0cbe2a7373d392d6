/**
 * Queries over the official arrival figures (Ministry of Unification, Republic of Korea).
 */
import { arrivals } from './generated/arrivals.js';
import type { ArrivalRow } from './types.js';

/**
 * The rows whose whole period lies within `from`–`to` (inclusive). Rows the ministry publishes
 * only as multi-year totals are included only when the range covers them whole: 1999–2001 is in
 * `arrivalsBetween(1999, 2010)`; the row "up to 1998" has no first year and is never in a range.
 *
 * @returns The rows in ascending order (a new array).
 * @throws {RangeError} If a bound is not a whole number or `from` is after `to`.
 */
export const arrivalsBetween = /* @__PURE__ */ Object.freeze((from: number, to: number): readonly ArrivalRow[] => {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new RangeError(`arrivalsBetween(${from}, ${to}): give two whole years, the first not after the second`);
  }
  return arrivals.filter((row) => row.from !== null && row.from >= from && row.to <= to);
});

/**
 * The total number of arrivals over all rows (or over `rows`, e.g. the result of `arrivalsBetween`).
 *
 * @returns The sum of the rows' `total`.
 */
export const totalArrivals = /* @__PURE__ */ Object.freeze((rows: readonly ArrivalRow[] = arrivals): number => {
  return rows.reduce((sum, row) => sum + row.total, 0);
});
