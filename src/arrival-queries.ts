/**
 * Queries over the official arrival figures (Ministry of Unification, Republic of Korea).
 */

import type { ArrivalRow } from './figure-types.js';
import { arrivals } from './generated/arrivals.js';

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
 * Rows given from JavaScript are checked: a `total` that is a string would otherwise be joined to
 * the sum as text ("0" + "5" + …), not added.
 *
 * @returns The sum of the rows' `total`.
 * @throws {TypeError} If `rows` is not an array of rows whose `total` is a finite number.
 */
export const totalArrivals = /* @__PURE__ */ Object.freeze((rows: readonly ArrivalRow[] = arrivals): number => {
  if (!Array.isArray(rows))
    throw new TypeError(`totalArrivals(rows): rows is ${kindOf(rows)}, not an array of arrival rows`);
  let sum = 0;
  for (const [index, row] of rows.entries()) {
    const total: unknown = (row as Partial<ArrivalRow> | null)?.total;
    if (typeof total !== 'number' || !Number.isFinite(total)) {
      throw new TypeError(
        `totalArrivals(rows): rows[${index}].total is ${kindOf(total)}, not a finite number; give arrival rows, such as arrivalsBetween's`,
      );
    }
    sum += total;
  }
  return sum;
});

/** What a value is, for a message, without quoting it (it may be long, or anything). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number') return String(value);
  return Array.isArray(value) ? 'an array' : `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}
