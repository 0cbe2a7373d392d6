/**
 * The tests whose expectations depend on the languages the package has: those that read the
 * locale list (src/locales, src/generated/locales, the phrases registry) or the live content
 * (`content/`, the repository's release check). They are found by what they read, not listed, so
 * a new such test is run with a new language too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** What a locale-dependent test reads, as its source writes it. */
const READS_LOCALES = [
  /\blocales\b[^;]*from '[^']*\/locales\.js'/, // the locale list
  /from '[^']*generated\/locales\.js'/,
  /\bPHRASES\b/, // the phrases registry
  /root, 'content'|\$\{root\}\/content|copyEdition\(/, // the live content
  /\bRELEASE_DEFAULTS\b/, // the repository's own release check
];

/** Tests that read them but are not run again with a new language, and why. */
export const NOT_RERUN: Readonly<Record<string, string>> = {
  'tests/scripts/develop.test.ts':
    'a --watch session of 90 s; it derives its expectations from the locale list as the others do',
};

/** The test files of the source project (`npm test`), relative to `root` (tests/long/ adds the language). */
async function sourceTests(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, 'tests'), { recursive: true });
  return entries
    .map((entry) => path.posix.join('tests', entry.split(path.sep).join('/')))
    .filter((file) => /\.test\.ts$/.test(file) && !file.startsWith('tests/package/') && !file.includes('/fixtures/'))
    .sort();
}

/**
 * The locale-dependent test files of a repository, but those of `NOT_RERUN`.
 *
 * @returns Their paths, relative to `root`.
 */
export async function localeTests(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sourceTests(root)) {
    const source = await readFile(path.join(root, file), 'utf8');
    if (READS_LOCALES.some((pattern) => pattern.test(source)) && !Object.hasOwn(NOT_RERUN, file)) found.push(file);
  }
  return found;
}
