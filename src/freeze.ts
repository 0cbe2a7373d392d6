/**
 * Freezes a value and everything reachable from it, so that shipped data cannot be changed
 * by one consumer under another's feet.
 *
 * @returns The same value, now deeply frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
