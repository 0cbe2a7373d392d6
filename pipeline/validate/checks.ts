/**
 * The checks every kind shares: a zod schema applied to located values, with each issue turned into
 * a message at the place its field is written, and unique ids. (A translation's ids: `parity.ts`.)
 */
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { type Located, startOf } from '../extract/draft.js';
import { type Place, type Reporter, type RuleId, type RuleSet, report } from '../shared/rules.js';

/**
 * How `validateAll` and `validateOne` word and place an issue: a kind's own rules for some fields
 * (`fields`, reported with `report`), and whether an id issue hints at an explicit `{#id}`.
 */
export interface IssueOptions<Rules extends RuleSet = RuleSet> {
  /** The kind's rule an issue of a field breaks, by field name (default: `invalid-id` for ids, else `invalid-value`). */
  readonly fields?: Readonly<Record<string, keyof Rules & string>>;
  /** Reports those rules (the kind's `reporterOf`). */
  readonly report?: Reporter<Rules>;
  /** Whether an id issue says to write an explicit id (default: yes; an id from words can be rewritten so). */
  readonly idHint?: boolean;
}

/**
 * Validates located values with a schema; every issue is reported at its field's place.
 *
 * @param what The word for one value in messages, e.g. `factor`.
 * @returns The parsed values, or `undefined` if any value has a problem.
 */
export function validateAll<S extends z.ZodType, Rules extends RuleSet>(
  items: readonly Located<unknown>[],
  schema: S,
  what: string,
  file: VFile,
  options: IssueOptions<Rules> = {},
): z.infer<S>[] | undefined {
  const out: z.infer<S>[] = [];
  let ok = true;
  for (const item of items) {
    const value = validateOne(item, schema, what, file, options);
    if (value === undefined) ok = false;
    else out.push(value);
  }
  return ok ? out : undefined;
}

/**
 * Validates one located value with a schema; every issue is reported at its field's place.
 *
 * @returns The parsed value, or `undefined` if it has a problem.
 */
export function validateOne<S extends z.ZodType, Rules extends RuleSet>(
  item: Located<unknown>,
  schema: S,
  what: string,
  file: VFile,
  options: IssueOptions<Rules> = {},
): z.infer<S> | undefined {
  const result = schema.safeParse(item.value);
  if (result.success) return result.data;
  const id = (item.value as { id?: unknown }).id;
  const name = typeof id === 'string' ? `${what} "${id}"` : what;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const place: Place = (typeof field === 'string' ? item.fields[field] : undefined) ?? item.place;
    const fieldName = issue.path.map(String).join('.');
    const hint = field === 'id' && options.idHint !== false ? ' (write an explicit id, e.g. {#an-id})' : '';
    const message = `${name} ${fieldName}: ${issue.message}${hint}`;
    const own = typeof field === 'string' ? options.fields?.[field] : undefined;
    if (own && options.report) options.report(file, own, message, place);
    else report(file, ruleOf(issue) ?? (field === 'id' ? 'invalid-id' : 'invalid-value'), message, place);
  }
  return undefined;
}

/**
 * The rule a schema names for an issue (`params: { rule }` on a refinement), if any.
 *
 * @returns The rule id, or `undefined`.
 */
export function ruleOf(issue: z.core.$ZodIssue): RuleId | undefined {
  const params = (issue as { params?: { rule?: RuleId } }).params;
  return params?.rule;
}

/**
 * Reports ids used more than once, at every place they are used.
 *
 * @param what The word for the ids in messages, e.g. `factor id`.
 */
export function checkUnique(items: readonly Located<{ readonly id: string }>[], what: string, file: VFile): void {
  const byId = new Map<string, Located<{ readonly id: string }>[]>();
  for (const item of items) byId.set(item.value.id, [...(byId.get(item.value.id) ?? []), item]);
  for (const [id, uses] of byId) {
    if (uses.length < 2) continue;
    const places = uses.map((use) => startOf(use.fields.id ?? use.place));
    for (const [index, use] of uses.entries()) {
      const others = places.filter((_, i) => i !== index).map((p) => `line ${p.line}, column ${p.column}`);
      report(
        file,
        'duplicate-id',
        `duplicate ${what} "${id}": also used at ${others.join('; ')}`,
        use.fields.id ?? use.place,
      );
    }
  }
}
