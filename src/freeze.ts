/**
 * Freezes a value and everything reachable from it, so that shipped data cannot be changed
 * by one consumer under another's feet.
 *
 * @returns The same value, now deeply frozen.
 */
export function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent mutants. Object.isFrozen is true for null and every primitive, so dropping the first two checks changes what is frozen only for a function, and only data (JSON values) reaches deepFreeze.
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
