/** Combining marks (accents and the like). */
const MARKS = /\p{M}/gu;

/**
 * Text folding for search: case-, accent- and width-insensitive, whitespace collapsed. The marks
 * are removed before decomposing as well as after: decomposition puts a run of marks in canonical
 * order, quadratic in the run's length (a query of 160,000 marks took 39 s), and without the marks
 * written as such, what decomposition makes of one character is a few code points at most (18, for U+FDFA).
 *
 * @returns The folded text: NFKD-decomposed, combining marks removed, lower-cased, single-spaced.
 */
export function foldForSearch(text: string): string {
  return text.replace(MARKS, '').normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The words of a query, folded as `foldForSearch` folds, each once, as they are asked for: a search
 * folds its query once and can stop at the first word no entry holds. The query is decomposed
 * whole (the marks written in it removed first), each word then has its marks removed and is
 * lower-cased on its own: a query a decomposition makes 18 times longer is not folded whole again.
 *
 * @returns The distinct words, in their order; none for a blank query or for anything but a string.
 */
export function* queryWords(query: unknown): Generator<string, void, undefined> {
  if (typeof query !== 'string') return;
  const seen = new Set<string>();
  for (const [piece] of query.replace(MARKS, '').normalize('NFKD').matchAll(/\S+/g)) {
    const word = piece.replace(MARKS, '').toLowerCase();
    if (word === '' || seen.has(word)) continue;
    seen.add(word);
    yield word;
  }
}
