/**
 * What the extract stage hands to validation: values as the author wrote them, each with the
 * places it came from, so that every later problem is reported where it is written.
 */
import type { Point, Position } from 'unist';
import type { Place } from '../shared/rules.js';

/** An extracted value with the positions its fields came from, for located validation messages. */
export interface Located<T> {
  readonly value: T;
  /** Where the value as a whole is written. */
  readonly place: Place;
  /** Where individual fields are written, by field name. */
  readonly fields: Readonly<Record<string, Position | Point | undefined>>;
}

/** An extracted item of any kind: an id and its fields, not yet validated. */
export type ItemDraft = { readonly id: string } & Readonly<Record<string, unknown>>;

/**
 * The point a place starts at.
 *
 * @returns The start of a position, the point itself, or 1:1 for no place.
 */
export function startOf(place: Place): Point {
  if (!place) return { line: 1, column: 1 };
  return 'start' in place ? place.start : place;
}

/**
 * A place in words, for messages that name a second place.
 *
 * @returns E.g. `line 3, column 1`.
 */
export function pointText(place: Place): string {
  if (!place) return 'an earlier line';
  const point = startOf(place);
  return `line ${point.line}, column ${point.column}`;
}
