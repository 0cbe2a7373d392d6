/**
 * The build's step for one translation: extract and validate it, then compare it with its source
 * (`translations.ts`). When the source has problems of its own, they are reported once, in the
 * source: the translation is then checked on its own (its syntax, frontmatter and ids), against
 * nothing of the source, so no problem of the source is echoed into it.
 */
import type { VFile } from 'vfile';
import type { ArticleDraft } from '../extract/article-draft.js';
import type { ExtractOptions } from '../extract/extract.js';
import type { EditionContent } from '../kinds/index.js';
import { validateArticle } from '../validate/validate.js';
import { reconcileTranslation, type TranslationReport, type TranslationSide } from './translations.js';

export type { TranslationReport };

/** What `checkTranslation` is given. */
export interface TranslationInput {
  readonly locale: string;
  readonly file: VFile;
  /** The valid source article, or `undefined` when it has problems (or is missing). */
  readonly source: (TranslationSide & { readonly content: EditionContent }) | undefined;
  /** The build's extraction (limits, parse, extract). */
  readonly extract: (file: VFile, options: ExtractOptions) => ArticleDraft | undefined;
}

/**
 * Checks one translation. Problems are reported on its file.
 *
 * @returns Its content (`undefined` on any error here or in the source) and, when the source is valid, its report.
 */
export function checkTranslation(input: TranslationInput): {
  content: EditionContent | undefined;
  report: TranslationReport | undefined;
} {
  const { locale, file, source } = input;
  // A source with problems of its own gives nothing: its figures are unknown, never built, never compared.
  const draft = input.extract(file, { translation: { source: source?.draft.items } });
  if (!draft) return { content: undefined, report: undefined };
  if (!source) {
    validateArticle(draft, file, { locale, translation: true });
    return { content: undefined, report: undefined };
  }
  const head = source.draft.frontmatter?.value as { slug?: unknown; date?: unknown } | undefined;
  const own = validateArticle(draft, file, {
    locale,
    translation: true,
    ...(typeof head?.slug === 'string' ? { translationOf: head.slug, slug: head.slug } : {}),
    ...(typeof head?.date === 'string' ? { date: head.date } : {}),
  });
  const sourceName = String(source.file.data.loaded?.name ?? source.file.basename);
  return reconcileTranslation(source, { draft, content: own, file }, locale, sourceName);
}
