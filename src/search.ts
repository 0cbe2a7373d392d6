/**
 * Text folding for search: case-, accent- and width-insensitive, whitespace collapsed.
 *
 * @returns The folded text: NFKD-decomposed, combining marks removed, lower-cased, single-spaced.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
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
