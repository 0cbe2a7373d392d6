/**
 * CONTRIBUTING.md's "Adding a language", done by hand in a copy of the repository, and the recipe
 * as CONTRIBUTING.md writes it: the test compares the two, so the recipe stays true.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The source article's slug, which a translation names in `translationOf`. */
const SLUG = 'how-many-north-koreans-have-escaped';

/**
 * A stub translation: the English text as the new language's (its figure mark bare, its source
 * named), with the FAQ's first question only; the other three are not translated yet.
 */
function stubArticle(english: string, locale: string): string {
  const faqRest = /### How do North Koreans escape\?[\s\S]*?(?=\*\*\*)/;
  const stub = english
    .replace('locale: en\n', `locale: ${locale}\ntranslationOf: ${SLUG}\n`)
    .replace(/:estimate\[[^\]]*\]\{#escapees\}/, ':estimate{#escapees}')
    .replace(faqRest, '');
  if (stub === english || english.replace(faqRest, '') === english)
    throw new Error('the English article changed: update the stub translation of tests/pipeline/new-locale/steps.ts');
  return stub;
}

/** A changeset releasing the new edition as it is (a minor release; its translation lags). */
const changeset = (locale: string) =>
  `---\n'north-korean-escapees': minor\n---\n\nA new edition, \`north-korean-escapees/${locale}\`.\n\nTranslations pending: ${locale}\n`;

/**
 * Adds a language to a copy of the repository, as a contributor does: the article, the phrases
 * file, the registry line and the changeset, nothing else.
 *
 * @returns The files written, relative to the copy, in the recipe's order.
 */
export async function addLanguage(copy: string, locale: string): Promise<string[]> {
  const at = (file: string) => path.join(copy, file);
  const files = {
    article: `content/article.${locale}.md`,
    phrases: `src/phrases/${locale}.ts`,
    registry: 'src/phrases/index.ts',
    changeset: `.changeset/${locale}.md`,
  };
  await writeFile(at(files.article), stubArticle(await readFile(at('content/article.en.md'), 'utf8'), locale));
  const english = await readFile(at('src/phrases/en.ts'), 'utf8');
  await writeFile(at(files.phrases), english.replaceAll("'en'", `'${locale}'`));
  const registry = await readFile(at(files.registry), 'utf8');
  await writeFile(at(files.registry), `${registry}export { phrases as ${locale} } from './${locale}.js';\n`);
  await writeFile(at(files.changeset), changeset(locale));
  return Object.values(files);
}

/**
 * The files CONTRIBUTING.md's "Adding a language" tells a contributor to write: the leading path
 * of each numbered step, `<locale>` filled in.
 *
 * @returns The paths, in the recipe's order.
 */
export function recipeFiles(contributing: string, locale: string): string[] {
  const start = contributing.indexOf('### Adding a language');
  const section = contributing.slice(start, contributing.indexOf('\n### ', start + 1));
  return [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((match) => match[1]!.replaceAll('<locale>', locale));
}
