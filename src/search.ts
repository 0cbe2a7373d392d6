/** Combining marks (accents and the like). */
const MARKS = /\p{M}/gu;

/**
 * Text folding for search: case-, accent- and width-insensitive, whitespace collapsed. The marks
 * are removed before decomposing as well as after: decomposition puts a run of marks in canonical
 * order, quadratic in the run's length (a query of 160,000 marks took 39 s), and without the marks
 * written as such, what decomposition makes of one character is a few code points at most.
 *
 * @returns The folded text: NFKD-decomposed, combining marks removed, lower-cased, single-spaced.
 */
export function foldForSearch(text: string): string {
  return text.replace(MARKS, '').normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Tells whether every word of a query occurs in a text (both folded with `foldForSearch`).
 *
 * @returns `false` for a query with no words.
 */
export function matchesQuery(foldedText: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => foldedText.includes(word));
}
