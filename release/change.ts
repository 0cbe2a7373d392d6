/** A change between two content locks, and the release type it needs (`semver.ts` puts them together). */

/** A release type, from none to major. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** The release types in increasing order. */
export const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** One change: the bump it needs, the reason (ids, for maintainers) and a note (names, for readers). */
export interface Change {
  readonly bump: Exclude<Bump, 'none'>;
  readonly reason: string;
  readonly note: string;
}

/**
 * The greater of two release types.
 *
 * @returns `a` or `b`, whichever is more severe.
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}
