import { PHRASES } from '../src/phrases/all.js';

/** The languages a message lists as known, as expected.txt writes them: the list grows with every language. */
const KNOWN = `(known: ${Object.keys(PHRASES).join(', ')})`;
const KNOWN_WRITTEN = '(known: <every locale of src/phrases/index.ts>)';

/** What the build printed for a bad fixture, as its expected.txt writes it (the known languages as a placeholder). */
export function asWritten(lines: readonly string[]): string[] {
  return lines.map((line) => line.replaceAll(KNOWN, KNOWN_WRITTEN));
}
