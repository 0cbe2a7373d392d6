/**
 * The content build: load → parse → extract → validate → emit, for a whole content directory.
 *
 * A content directory holds `article.en.md` (the source article), optional translations
 * `article.<locale>.md`, and every dataset's file (`datasets/`): `arrivals.md`, `refugees.md`, with
 * each one's description in every other edition's language (`arrivals.<locale>.md`, …).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ContentRelease } from '../src/history-types.js';
import {
  type DatasetFiles,
  descriptionsMissing,
  type FoundDatasets,
  findDataset,
  missingDatasets,
  readDatasets,
} from './datasets/build-datasets.js';
import { type BuiltData, type OutputFile, renderOutputs } from './emit/emit.js';
import { withReleases } from './emit/history.js';
import { SOURCE_LOCALE } from './emit/locale-module.js';
import type { MetaInfo } from './emit/meta.js';
import type { ArticleDraft } from './extract/article-draft.js';
import { type ExtractOptions, extractArticle } from './extract/extract.js';
import type { EditionContent } from './kinds/index.js';
import { checkDecodedText } from './load/characters.js';
import { checkContexts, checkTreeDepth } from './load/limits.js';
import { loadContent } from './load/load.js';
import { checkTextLimits, type TextLimitOptions } from './load/text-limits.js';
import { parseContent } from './parse/parse.js';
import { collectDiagnostics, type Diagnostic, errorsOf } from './shared/diagnostics.js';
import { readHistory } from './shared/history-file.js';
import { readMetaInfo } from './shared/package-info.js';
import { HISTORY_FILE, PACKAGE_ROOT } from './shared/paths.js';
import { report, severityOf } from './shared/rules.js';
import { checkTranslation, type TranslationReport } from './translation/translation-step.js';
import { validateArticle } from './validate/validate.js';
import { buildKey, cachedBuild } from './write/cache.js';
import { type BuildMemo, memoized } from './write/memo.js';
import { switchGeneration } from './write/write.js';

/** What to build, and where to. */
export interface BuildOptions {
  /** The directory holding the article's markdown. */
  readonly contentDir: string;
  /** The directory the generated modules and data are written to. */
  readonly outDir: string;
  /** Validate only; write nothing. */
  readonly check?: boolean;
  /** The directory diagnostics' paths are shown relative to (default: the working directory). */
  readonly cwd?: string;
  /** The release information `meta.ts` holds (default: this package's, from package.json and the lock). */
  readonly meta?: MetaInfo;
  /**
   * The content's releases, each item's history comes from (default: this package's, from
   * content.history.json; with `check`, none: every `history` is `null`).
   */
  readonly releases?: readonly ContentRelease[];
  /**
   * Outcomes of earlier builds of the same session to reuse for files whose text has not changed
   * (`memo.ts`); the build keeps its own there. `--watch` passes one memo to all its builds.
   */
  readonly memo?: BuildMemo;
  /**
   * Answer from the content-hash cache when the out-dir already shows the output of this very
   * content, code and release (`cache.ts`): nothing is parsed or written. Not with `check`.
   */
  readonly cache?: boolean;
}

/** The outcome of a build. */
export interface BuildResult {
  /** Every problem found, errors and warnings; the build succeeded when none is an error. */
  readonly diagnostics: readonly Diagnostic[];
  /** The validated data of every locale, when there were no problems. */
  readonly dataset: BuiltData | undefined;
  /** The source article's content (`dataset.content.en`), when there were no problems. */
  readonly content: EditionContent | undefined;
  /** The rendered outputs, when there were no problems. */
  readonly outputs: readonly OutputFile[];
  /** The paths written (none with `check`, or on problems). */
  readonly written: readonly string[];
  /** The out-dir already showed this output (a cache hit): nothing was parsed or written. */
  readonly cached?: boolean;
  /** Where each translation stands on its source's items (none when the source has problems, or on a cache hit). */
  readonly translations: readonly TranslationReport[];
}

const ARTICLE_NAME = /^article\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.md$/;

/**
 * Builds the content of a directory. Content problems do not throw: they are returned as
 * diagnostics and nothing is written.
 *
 * @returns The diagnostics, the data and what was written.
 * @throws If the content directory cannot be read or the output cannot be written, or if it would
 *   stop without naming an error (a bug: never a failure that reads as a success).
 */
export async function buildContent(options: BuildOptions): Promise<BuildResult> {
  const files = await loadContent(options.contentDir, options.cwd);
  const inputs = files.map((file) => ({
    name: file.data.loaded!.name,
    sha256: createHash('sha256').update(String(file.value)).digest('hex'),
  }));
  const meta = options.check ? undefined : (options.meta ?? (await readMetaInfo(PACKAGE_ROOT)));
  const releases = options.releases ?? (options.check ? [] : packageReleases());
  const key =
    options.cache && meta && files.every((file) => file.messages.length === 0)
      ? buildKey(inputs, meta, releases)
      : undefined;
  const hit = key ? await cachedBuild(options.outDir, key) : undefined;
  if (hit)
    return { diagnostics: [], ...hit, content: hit.dataset.content[SOURCE_LOCALE], cached: true, translations: [] };
  const sha256 = (file: VFile) => inputs.find((input) => input.name === file.data.loaded!.name)!.sha256;
  const { articles, datasetFiles } = sortFiles(files);
  const { content, translations } = buildArticles(articles, options.memo, sha256);
  const editions = articles.map((article) => article.locale);
  const parse = (file: VFile) => (readable(file) ? parseChecked(file, parseContent, { table: true }) : undefined);
  const built = readDatasets(datasetFiles, editions, { memo: options.memo, sha256, parse });

  const diagnostics: Diagnostic[] = collectDiagnostics(files);
  const where = toDisplayPath(options.contentDir, options.cwd);
  const source = articles.some((article) => article.locale === SOURCE_LOCALE);
  diagnostics.push(...missingFiles(diagnostics, where, source, datasetFiles, editions));
  if (errorsOf(diagnostics).length > 0 || !built) return fail(diagnostics);

  const locales = [
    SOURCE_LOCALE,
    ...articles
      .map((a) => a.locale)
      .filter((l) => l !== SOURCE_LOCALE)
      .sort(),
  ];
  const dataset: BuiltData = withReleases(Object.fromEntries(locales.map((l) => [l, content[l]!])), built, releases);
  const outputs = renderOutputs(dataset, inputs, meta ?? (await readMetaInfo(PACKAGE_ROOT)));
  // Only a build without a warning is named by its key, so only it is answered from the cache: a
  // build with warnings (a translation behind its source) is made again, and says them again.
  const cacheable = diagnostics.length === 0 ? key : undefined;
  const written = options.check ? [] : await switchGeneration(options.outDir, outputs, cacheable);
  const reports = translations.map((report) => ({
    ...report,
    missingDescriptions: descriptionsMissing(datasetFiles, report.locale),
  }));
  return { diagnostics, dataset, content: dataset.content[SOURCE_LOCALE], outputs, written, translations: reports };
}

const readable = (file: VFile) => !file.data.loaded!.unreadable;

/** This package's releases, from its content.history.json (none before the first is versioned). */
const packageReleases = () => readHistory(path.join(PACKAGE_ROOT, HISTORY_FILE))?.releases ?? [];

/** The articles by locale and the datasets' files; any other file is reported. */
function sortFiles(files: readonly VFile[]): {
  articles: { locale: string; file: VFile }[];
  datasetFiles: DatasetFiles;
} {
  const articles: { locale: string; file: VFile }[] = [];
  const datasetFiles: FoundDatasets = new Map();
  for (const file of files) {
    const name = file.data.loaded!.name;
    const match = ARTICLE_NAME.exec(name);
    if (match) articles.push({ locale: match[1]!, file });
    else if (!findDataset(name, file, datasetFiles))
      report(
        file,
        'unexpected-file',
        `unexpected content file "${name}": name articles article.<locale>.md, and the datasets' files as pipeline/datasets/ declares them`,
      );
  }
  return { articles, datasetFiles };
}

/** The source article, then each translation against it: each edition's content (none on a problem), and where each translation stands. */
function buildArticles(
  articles: readonly { locale: string; file: VFile }[],
  memo: BuildMemo | undefined,
  sha256: (file: VFile) => string,
): { content: Record<string, EditionContent | undefined>; translations: TranslationReport[] } {
  const source = articles.find((article) => article.locale === SOURCE_LOCALE);
  const content: Record<string, EditionContent | undefined> = {};
  let sourceDraft: ArticleDraft | undefined;
  if (source && readable(source.file)) {
    const built = memoized(memo, 'source', source.file, sha256(source.file), () => {
      const draft = extractChecked(source.file);
      return draft && { draft, content: validateArticle(draft, source.file, { locale: source.locale }) };
    });
    sourceDraft = built?.draft;
    content[source.locale] = built?.content;
  }
  const sourceContent = content[SOURCE_LOCALE];
  const sourceSide =
    source && sourceDraft && sourceContent
      ? { draft: sourceDraft, content: sourceContent, file: source.file }
      : undefined;
  const translations: TranslationReport[] = [];
  for (const { locale, file } of articles) {
    if (locale === SOURCE_LOCALE || !readable(file)) continue;
    const checked = checkTranslation({ locale, file, source: sourceSide, extract: extractChecked });
    content[locale] = checked.content;
    if (checked.report) translations.push(checked.report);
  }
  return { content, translations };
}

/**
 * A missing source article or dataset's file, reported when nothing else is wrong (a bad fixture is
 * often an article alone); warnings do not count: a stale translation must not hide a missing file.
 */
function missingFiles(
  diagnostics: readonly Diagnostic[],
  where: string,
  source: boolean,
  datasetFiles: DatasetFiles,
  editions: readonly string[],
): Diagnostic[] {
  if (errorsOf(diagnostics).length > 0) return [];
  const missing = (message: string, ruleId: string): Diagnostic => ({
    severity: severityOf(ruleId),
    file: where,
    line: 1,
    column: 1,
    message,
    ruleId,
  });
  return [
    ...(source ? [] : [missing(`missing article.${SOURCE_LOCALE}.md, the source article`, 'missing-source-article')]),
    ...missingDatasets(datasetFiles, editions).map(({ message, ruleId }) => missing(message, ruleId)),
  ];
}

/** A directory as shown in diagnostics: relative to `cwd`, with `/` separators; `.` for `cwd` itself. */
function toDisplayPath(dir: string, cwd: string = process.cwd()): string {
  return (path.relative(cwd, dir) || '.').split(path.sep).join('/');
}

/**
 * Parses a file within the size and nesting limits (checked before and after parsing); every
 * string the parser decoded is checked for the characters text may not hold (reported, the tree kept).
 *
 * @returns The tree, or `undefined` if a limit was exceeded (reported on `file`).
 */
function parseChecked(file: VFile, parse: (file: VFile) => Root, options?: TextLimitOptions): Root | undefined {
  if (!checkTextLimits(String(file.value), file, options)) return undefined;
  const tree = parse(file);
  if (!checkTreeDepth(tree, file)) return undefined;
  checkDecodedText(tree, file);
  return tree;
}

/** Extracts an article, within the limit on what its items copy (checked before validation copies it). */
function extractChecked(file: VFile, options?: ExtractOptions): ArticleDraft | undefined {
  const tree = parseChecked(file, parseContent);
  const draft = tree && extractArticle(tree, file, options);
  return draft && checkContexts(draft, file) ? draft : undefined;
}

/**
 * Runs the stages after `load` on one readable article on its own: limits → parse → extract → validate.
 * Content problems are reported on `file`, never thrown.
 *
 * @returns The validated content, or `undefined` if the file has any problem.
 */
export function buildFile(file: VFile): EditionContent | undefined {
  const draft = extractChecked(file);
  return draft ? validateArticle(draft, file) : undefined;
}

function fail(diagnostics: readonly Diagnostic[]): BuildResult {
  // A build that stops names why: with warnings alone it would read as a success that wrote nothing.
  if (errorsOf(diagnostics).length === 0) throw new Error('the content build stopped without naming an error');
  return { diagnostics, dataset: undefined, content: undefined, outputs: [], written: [], translations: [] };
}
