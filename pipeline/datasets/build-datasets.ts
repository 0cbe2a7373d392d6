/**
 * The datasets' stage of the build: which content files are a dataset's (`refugees.md`) or its
 * description in another edition's language (`refugees.ko.md`), each read and validated, and what
 * is missing: a dataset's file, or its description in the language of an edition.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { DatasetText } from '../../src/schema.js';
import { SOURCE_LOCALE } from '../emit/locale-module.js';
import { report } from '../shared/rules.js';
import { type BuildMemo, memoized } from '../write/memo.js';
import { extractDescription } from './description.js';
import { ALL_DATASETS, type BuiltDatasets, type DatasetName, datasetFile } from './index.js';

/** A dataset's files as found: its own, and its description's in each other language, by locale. */
interface Found {
  source?: VFile;
  readonly translations: Map<string, VFile>;
}

/** The datasets' files found in a content directory, by dataset. */
export type FoundDatasets = Map<DatasetName, Found>;
export type DatasetFiles = ReadonlyMap<DatasetName, Found>;

const LOCALE = '[a-z]{2,3}(?:-[A-Za-z0-9]+)*';

/**
 * Files a content file under its dataset, if its name is a dataset's (`refugees.md`) or a
 * description's (`refugees.ko.md`).
 *
 * @returns Whether the file is a dataset's.
 */
export function findDataset(name: string, file: VFile, found: FoundDatasets): boolean {
  for (const dataset of ALL_DATASETS) {
    const match = new RegExp(`^${dataset.name}(?:\\.(${LOCALE}))?\\.md$`).exec(name);
    if (!match) continue;
    const entry: Found = found.get(dataset.name) ?? { translations: new Map() };
    found.set(dataset.name, entry);
    if (match[1] === undefined) entry.source = file;
    else entry.translations.set(match[1], file);
    return true;
  }
  return false;
}

/** How the build reads a file: parsed within its limits (`undefined` when unreadable or over one), memoized by its hash. */
export interface DatasetReading {
  readonly memo: BuildMemo | undefined;
  readonly sha256: (file: VFile) => string;
  readonly parse: (file: VFile) => Root | undefined;
}

/**
 * Reads every dataset and its descriptions in the other editions' languages. Problems are reported on the files.
 *
 * @param editions The locales of the articles.
 * @returns Every dataset's value with its translations, or `undefined` if one is missing or has a problem.
 */
export function readDatasets(
  files: DatasetFiles,
  editions: readonly string[],
  { memo, sha256, parse }: DatasetReading,
): BuiltDatasets | undefined {
  const built: Record<string, unknown> = {};
  let complete = true;
  for (const dataset of ALL_DATASETS) {
    const found = files.get(dataset.name);
    const translations = [...(found?.translations ?? [])]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .filter(([locale, file]) => {
        if (locale !== SOURCE_LOCALE && editions.includes(locale)) return true;
        const which =
          locale === SOURCE_LOCALE
            ? `${datasetFile(dataset.name)} is that language's`
            : `there is no article.${locale}.md`;
        report(
          file,
          'unexpected-file',
          `${datasetFile(dataset.name, locale)} describes ${dataset.noun} in "${locale}", but ${which}`,
        );
        return false;
      });
    const source = found?.source;
    // One memo entry for the dataset and its descriptions: an unchanged build gives back the very same object.
    // Each description's hash with its locale: the same text renamed to another language is another input.
    const hash =
      source && [sha256(source), ...translations.map(([locale, file]) => `${locale}:${sha256(file)}`)].join(' ');
    const value =
      source &&
      memoized(memo, `dataset:${dataset.name}`, source, hash!, () => {
        const tree = parse(source);
        const extracted = tree && dataset.extract(tree, source);
        const texts: Record<string, DatasetText> = {};
        for (const [locale, file] of translations) {
          const description = parse(file);
          const text = description && extractDescription(description, file, datasetFile(dataset.name));
          if (text) texts[locale] = text;
        }
        const ok = extracted && translations.every(([locale]) => Object.hasOwn(texts, locale));
        return ok ? { ...extracted, translations: texts } : undefined;
      });
    if (value && translations.length === found!.translations.size) built[dataset.name] = value;
    else complete = false;
  }
  return complete ? (built as BuiltDatasets) : undefined;
}

/** A missing file: what is missing, and its rule (whose severity says whether the build goes on). */
export interface MissingFile {
  readonly message: string;
  readonly ruleId: string;
}

/**
 * What is missing of the datasets: a dataset's file, or its description in an edition's language
 * (a warning, as a missing item of a translation is: the English stands in, and `check:release`
 * refuses to release it unless a changeset declares the translation pending).
 *
 * @returns One entry per missing file.
 */
export function missingDatasets(files: DatasetFiles, editions: readonly string[]): MissingFile[] {
  const missing: MissingFile[] = [];
  for (const dataset of ALL_DATASETS) {
    if (!files.get(dataset.name)?.source)
      missing.push({
        message: `missing ${datasetFile(dataset.name)}, ${dataset.noun}`,
        ruleId: 'missing-dataset',
      });
    for (const locale of [...editions].sort())
      if (locale !== SOURCE_LOCALE && !files.get(dataset.name)?.translations.has(locale))
        missing.push({
          message: `missing ${datasetFile(dataset.name, locale)}: every edition describes ${dataset.noun} in its language (its title and paragraphs); the English stands in until it is written`,
          ruleId: 'dataset-translation-missing',
        });
  }
  return missing;
}

/**
 * The datasets' descriptions an edition's language lacks.
 *
 * @returns Their file names, e.g. `refugees.zh.md`; none for the source language.
 */
export function descriptionsMissing(files: DatasetFiles, locale: string): string[] {
  if (locale === SOURCE_LOCALE) return [];
  return ALL_DATASETS.filter((dataset) => !files.get(dataset.name)?.translations.has(locale)).map((dataset) =>
    datasetFile(dataset.name, locale),
  );
}
