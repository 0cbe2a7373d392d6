/**
 * Stage 4, validate: checks the frontmatter, the sections and, through the kinds of `kinds/`,
 * every extracted item with its zod schema and the cross-item rules (unique ids), mapping each
 * zod issue back to the line and column the value was written at. Each value is validated once.
 */
import type { VFile } from 'vfile';
import { z } from 'zod';
import { phrasesOf } from '../../src/phrases/all.js';
import {
  type Article,
  type Frontmatter,
  Frontmatter as FrontmatterSchema,
  RichBlocks,
  Section as SectionSchema,
} from '../../src/schema.js';
import type { ArticleDraft } from '../extract/article-draft.js';
import type { Located } from '../extract/draft.js';
import { ALL_KINDS, type AnyDraft, type EditionContent } from '../kinds/index.js';
import { reportFrontmatterIssues } from '../load/frontmatter.js';
import { hasErrors, type RuleId, report } from '../shared/rules.js';
import { checkUnique, validateAll } from './checks.js';

/** What the rest of the content directory expects of an article's frontmatter. */
export interface ArticleExpectations {
  /** The locale its file name gives (`article.<locale>.md`). */
  readonly locale?: string;
  /** For a translation: the source article's slug, which `translationOf` must name. */
  readonly translationOf?: string;
  /** For a translation: the source article's date, which it must share. */
  readonly date?: string;
  /** For a translation: the source article's slug, which it must share (the data names both by it). */
  readonly slug?: string;
  /**
   * Whether the article is a translation. Without `translationOf` and `date` (its source has problems
   * of its own), a translation is checked on its own, against nothing of the source.
   */
  readonly translation?: boolean;
}

/**
 * Validates an extracted article. Every problem is reported on `file`. Every item's `translation` is
 * `source` here; a translation's states are set when it is compared with its source (`translations.ts`).
 * Every item's `history` is `null` here: the build gives it the released history (`emit/history.ts`).
 *
 * @returns The content, or `undefined` if any error was found in this file (by any stage; warnings do not count).
 */
export function validateArticle(
  draft: ArticleDraft,
  file: VFile,
  expect: ArticleExpectations = {},
): EditionContent | undefined {
  const frontmatter = validateFrontmatter(draft, file, expect);
  const sections = validateAll(draft.sections.map(asSource), SectionSchema, 'section', file);
  // Section ids and the ids of kinds that are anchors too (the FAQ's questions) are the anchors of one page: one namespace.
  const anchors = ALL_KINDS.filter((kind) => kind.anchors).flatMap(
    (kind): readonly Located<AnyDraft>[] => draft.items[kind.collection],
  );
  checkUnique([...draft.sections, ...anchors], 'id', file);
  const collections: Record<string, unknown> = {};
  let complete = frontmatter !== undefined && sections !== undefined;
  for (const kind of ALL_KINDS) {
    const items: readonly Located<AnyDraft>[] = draft.items[kind.collection];
    const value = kind.validate({ items: items.map(asSource), frontmatter, file });
    if (value === undefined) complete = false;
    collections[kind.collection] = value;
  }
  const prose = ArticleProse.safeParse({ intro: draft.intro, conclusion: draft.conclusion });
  if (!prose.success) {
    for (const issue of prose.error.issues) report(file, 'invalid-value', `${issue.path.join('.')}: ${issue.message}`);
    return undefined;
  }
  if (hasErrors(file) || !complete || !frontmatter || !sections) return undefined;
  // Every part was validated once, above: the frontmatter, the sections, each kind's items and the
  // prose. They are put together in the order of the `Content` schema (the order of the output's
  // keys), not validated again as a whole.
  const { title, slug, date, description, locale, source, translationOf = null } = frontmatter;
  const article: Article = {
    slug,
    title,
    date,
    description,
    locale,
    language: languageOf(locale),
    translationOf,
    source,
    intro: prose.data.intro,
    sections,
    conclusion: prose.data.conclusion,
    translation: 'source',
    history: null,
  };
  // Each kind's collection was validated by its kind, above.
  return { article, ...collections } as EditionContent;
}

/**
 * The language tag of a locale's text, as its phrases declare it (src/phrases/<locale>.ts). A
 * translation into a locale without phrases is already an error (`estimate-language`): its locale stands in.
 */
function languageOf(locale: string): string {
  return phrasesOf(locale)?.tag ?? locale;
}

/** The article's prose outside its sections. */
const ArticleProse = z.strictObject({ intro: RichBlocks, conclusion: RichBlocks });

/**
 * A located value as the source's: its `translation` is `source` until compared with a source, and
 * it has no `history` until the build gives it the released one.
 */
function asSource<T extends object>(item: Located<T>): Located<T & { translation: 'source'; history: null }> {
  return { ...item, value: { ...item.value, translation: 'source', history: null } };
}

function validateFrontmatter(draft: ArticleDraft, file: VFile, expect: ArticleExpectations): Frontmatter | undefined {
  const frontmatter = draft.frontmatter;
  if (!frontmatter || frontmatter.value === undefined) return undefined;
  if (typeof frontmatter.value !== 'object' || frontmatter.value === null || Array.isArray(frontmatter.value)) {
    report(
      file,
      'frontmatter-not-mapping',
      'frontmatter must be a mapping of keys to values (title: …, slug: …)',
      frontmatter.locate([]),
    );
    return undefined;
  }
  const result = FrontmatterSchema.safeParse(frontmatter.value);
  if (!result.success) {
    reportFrontmatterIssues(result.error.issues, FrontmatterSchema, frontmatter, file);
    return undefined;
  }
  const data = result.data;
  const problems: [RuleId, PropertyKey[], string][] = [];
  if (expect.locale !== undefined && data.locale !== expect.locale) {
    problems.push([
      'locale-mismatch',
      ['locale'],
      `frontmatter "locale" is ${data.locale} but the file name says ${expect.locale}`,
    ]);
  }
  if (expect.translationOf !== undefined && data.translationOf !== expect.translationOf) {
    problems.push([
      'translation-of',
      data.translationOf === undefined ? [] : ['translationOf'],
      `a translation needs translationOf: ${expect.translationOf} (the source article's slug)`,
    ]);
  }
  if (!expect.translation && expect.translationOf === undefined && expect.locale !== undefined) {
    if (data.translationOf !== undefined)
      problems.push([
        'translation-of',
        ['translationOf'],
        'the source article is not a translation: remove translationOf',
      ]);
    if (data.translated !== undefined)
      problems.push([
        'translation-of',
        ['translated'],
        'the source article translates nothing: remove translated (a translation records its revisions there)',
      ]);
  }
  if (expect.slug !== undefined && data.slug !== expect.slug) {
    problems.push(['translation-slug', ['slug'], `a translation has its source's slug, ${expect.slug}`]);
  }
  if (expect.date !== undefined && data.date !== expect.date) {
    problems.push(['translation-date', ['date'], `a translation has its source's date, ${expect.date}`]);
  }
  for (const [rule, path, message] of problems) report(file, rule, message, frontmatter.locate(path));
  return problems.length === 0 ? data : undefined;
}
