/**
 * "Did you mean": the known name nearest to a misspelt one, for frontmatter keys, mark names and
 * mark attributes.
 */

/** The longest name a suggestion is looked for (known names are under 20 characters). */
const MAX_TYPO_LENGTH = 64;

/**
 * The known name nearest to `name` by edit distance (ignoring case), if it is near enough to be a
 * typo: at most a third of its length away (and at least 2).
 *
 * @returns The suggestion, or `undefined`.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  // A name this long is no typo of a known one (they are short): answered without the quadratic distance.
  if (name.length > MAX_TYPO_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The Levenshtein distance: time proportional to the product of the lengths, the known names being short. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
