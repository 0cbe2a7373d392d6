/**
 * Stage 4, validate: checks every extracted value with its zod schema and the cross-item rules
 * (unique ids), mapping each zod issue back to the line and column the value was written at.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { z } from 'zod';
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

type Place = Position | Point | undefined;

/**
 * Validates an extracted article. Every problem is reported on `file`.
 *
 * @returns The content, or `undefined` if any problem was found in this file (by any stage).
 */
export function validateArticle(draft: ArticleDraft, file: VFile): Content | undefined {
  const frontmatter = validateFrontmatter(draft, file);
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
  const { title, slug, date, description, locale, source } = frontmatter;
  const result = ContentSchema.safeParse({
    article: { slug, title, date, description, locale, source, intro: draft.intro, sections, conclusion: draft.conclusion },
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

function validateFrontmatter(draft: ArticleDraft, file: VFile): Frontmatter | undefined {
  const frontmatter = draft.frontmatter;
  if (!frontmatter || frontmatter.value === undefined) return undefined;
  if (typeof frontmatter.value !== 'object' || frontmatter.value === null || Array.isArray(frontmatter.value)) {
    file.message('frontmatter must be a mapping of keys to values (title: …, slug: …)', { place: frontmatter.locate([]) });
    return undefined;
  }
  const result = FrontmatterSchema.safeParse(frontmatter.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(FrontmatterSchema, issue.path);
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : `; known keys are ${known.join(', ')}`;
        file.message(`frontmatter: unknown key "${[...issue.path, key].join('.')}"${hint}`, {
          place: frontmatter.locate([...issue.path, key], { key: true }),
        });
      }
      continue;
    }
    const name = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && valueAt(frontmatter.value, issue.path) === undefined;
    file.message(missing ? `frontmatter: missing "${name}"` : `frontmatter "${name}": ${issue.message}`, {
      place: frontmatter.locate(issue.path),
    });
  }
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

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    current = current instanceof z.ZodObject ? unwrap(current.shape[key as string]) : undefined;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: unknown): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodReadonly || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap();
  }
  return current instanceof z.ZodType ? current : undefined;
}

/** The known key nearest to `key` by edit distance, if it is near enough to be a typo. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
