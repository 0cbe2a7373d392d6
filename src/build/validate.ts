/**
 * Stage 4, validate: checks every extracted value with its zod schema and the cross-item rules
 * (unique ids), mapping each zod issue back to the line and column the value was written at.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import {
  Challenge as ChallengeSchema,
  Content as ContentSchema,
  Estimate as EstimateSchema,
  Factor as FactorSchema,
  FaqEntry as FaqEntrySchema,
  Frontmatter as FrontmatterSchema,
  Section as SectionSchema,
  type Content,
  type Frontmatter,
} from '../schema.js';
import type { ArticleDraft, Located } from './extract.js';
import { reportFrontmatterIssues } from './frontmatter.js';

type Place = Position | Point | undefined;

/** What the rest of the content directory expects of an article's frontmatter. */
export interface ArticleExpectations {
  /** The locale its file name gives (`article.<locale>.md`). */
  readonly locale?: string;
  /** For a translation: the source article's slug, which `translationOf` must name. */
  readonly translationOf?: string;
  /** For a translation: the source article's date, which it must share. */
  readonly date?: string;
}

/**
 * Validates an extracted article. Every problem is reported on `file`.
 *
 * @returns The content, or `undefined` if any problem was found in this file (by any stage).
 */
export function validateArticle(draft: ArticleDraft, file: VFile, expect: ArticleExpectations = {}): Content | undefined {
  const frontmatter = validateFrontmatter(draft, file, expect);
  const sections = validateAll(draft.sections, SectionSchema, 'section', file);
  const factors = validateAll(draft.factors, FactorSchema, 'factor', file);
  const challenges = validateAll(draft.challenges, ChallengeSchema, 'challenge', file);
  const faq = validateAll(draft.faq, FaqEntrySchema, 'question', file);

  checkUnique([...draft.sections, ...draft.faq], 'id', file);
  checkUnique(draft.factors, 'factor id', file);
  checkUnique(draft.challenges, 'challenge id', file);

  let estimate: z.infer<typeof EstimateSchema> | undefined;
  if (draft.estimate && frontmatter) {
    const { attribution, ...rest } = draft.estimate.value;
    const located = { ...draft.estimate, value: { ...rest, source: { attribution, publication: frontmatter.source } } };
    estimate = validateOne(located, EstimateSchema, 'estimate', file);
    const year = Number(frontmatter.date.slice(0, 4));
    if (estimate && estimate.since !== null && estimate.since > year) {
      file.message(`:since[${estimate.since}] is after the article's date (${frontmatter.date}): the count cannot start in the future`, {
        place: draft.estimate.fields.since ?? draft.estimate.place,
      });
    }
  }

  if (file.messages.length > 0 || !frontmatter || !estimate || !sections || !factors || !challenges || !faq) return undefined;
  const { title, slug, date, description, locale, source, translationOf = null } = frontmatter;
  const result = ContentSchema.safeParse({
    article: { slug, title, date, description, locale, translationOf, source, intro: draft.intro, sections, conclusion: draft.conclusion },
    estimate,
    factors,
    challenges,
    faq,
  });
  if (!result.success) {
    for (const issue of result.error.issues) file.message(`${issue.path.join('.')}: ${issue.message}`, { place: { line: 1, column: 1 } });
    return undefined;
  }
  return result.data;
}

function validateFrontmatter(draft: ArticleDraft, file: VFile, expect: ArticleExpectations): Frontmatter | undefined {
  const frontmatter = draft.frontmatter;
  if (!frontmatter || frontmatter.value === undefined) return undefined;
  if (typeof frontmatter.value !== 'object' || frontmatter.value === null || Array.isArray(frontmatter.value)) {
    file.message('frontmatter must be a mapping of keys to values (title: …, slug: …)', { place: frontmatter.locate([]) });
    return undefined;
  }
  const result = FrontmatterSchema.safeParse(frontmatter.value);
  if (result.success) {
    const data = result.data;
    const problems: [PropertyKey[], string][] = [];
    if (expect.locale !== undefined && data.locale !== expect.locale) {
      problems.push([['locale'], `frontmatter "locale" is ${data.locale} but the file name says ${expect.locale}`]);
    }
    if (expect.translationOf !== undefined && data.translationOf !== expect.translationOf) {
      problems.push([
        data.translationOf === undefined ? [] : ['translationOf'],
        `a translation needs translationOf: ${expect.translationOf} (the source article's slug)`,
      ]);
    }
    if (expect.translationOf === undefined && data.translationOf !== undefined && expect.locale !== undefined) {
      problems.push([['translationOf'], 'the source article is not a translation: remove translationOf']);
    }
    if (expect.date !== undefined && data.date !== expect.date) {
      problems.push([['date'], `a translation has its source's date, ${expect.date}`]);
    }
    for (const [path, message] of problems) file.message(message, { place: frontmatter.locate(path) });
    return problems.length === 0 ? data : undefined;
  }
  reportFrontmatterIssues(result.error.issues, FrontmatterSchema, frontmatter, file);
  return undefined;
}

function validateAll<S extends z.ZodType>(items: readonly Located<unknown>[], schema: S, what: string, file: VFile): z.infer<S>[] | undefined {
  const out: z.infer<S>[] = [];
  let ok = true;
  for (const item of items) {
    const value = validateOne(item, schema, what, file);
    if (value === undefined) ok = false;
    else out.push(value);
  }
  return ok ? out : undefined;
}

function validateOne<S extends z.ZodType>(item: Located<unknown>, schema: S, what: string, file: VFile): z.infer<S> | undefined {
  const result = schema.safeParse(item.value);
  if (result.success) return result.data;
  const id = (item.value as { id?: unknown }).id;
  const name = typeof id === 'string' ? `${what} "${id}"` : what;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const place: Place = (typeof field === 'string' ? item.fields[field] : undefined) ?? item.place;
    const fieldName = issue.path.map(String).join('.');
    const hint = field === 'id' && what !== 'estimate' ? ' (write an explicit id, e.g. {#an-id})' : '';
    file.message(`${name} ${fieldName}: ${issue.message}${hint}`, { place });
  }
  return undefined;
}

/** Reports ids used more than once, at every place they are used. */
function checkUnique(items: readonly Located<{ readonly id: string }>[], what: string, file: VFile): void {
  const byId = new Map<string, Located<{ readonly id: string }>[]>();
  for (const item of items) byId.set(item.value.id, [...(byId.get(item.value.id) ?? []), item]);
  for (const [id, uses] of byId) {
    if (uses.length < 2) continue;
    const places = uses.map((use) => start(use.fields.id ?? use.place));
    for (const [index, use] of uses.entries()) {
      const others = places.filter((_, i) => i !== index).map((p) => `line ${p.line}, column ${p.column}`);
      file.message(`duplicate ${what} "${id}": also used at ${others.join('; ')}`, { place: use.fields.id ?? use.place });
    }
  }
}

function start(place: Place): Point {
  if (!place) return { line: 1, column: 1 };
  return 'start' in place ? place.start : place;
}
