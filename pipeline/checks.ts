/**
 * The checks every kind shares: a zod schema applied to located values, with each issue turned into
 * a message at the place its field is written, and unique ids. (A translation's ids: `parity.ts`.)
 */
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { type Located, startOf } from './draft.js';
import { type Place, type RuleId, report } from './rules.js';

/**
 * Validates located values with a schema; every issue is reported at its field's place.
 *
 * @param what The word for one value in messages, e.g. `factor`.
 * @returns The parsed values, or `undefined` if any value has a problem.
 */
export function validateAll<S extends z.ZodType>(
  items: readonly Located<unknown>[],
  schema: S,
  what: string,
  file: VFile,
  fieldRules: FieldRules = {},
): z.infer<S>[] | undefined {
  const out: z.infer<S>[] = [];
  let ok = true;
  for (const item of items) {
    const value = validateOne(item, schema, what, file, fieldRules);
    if (value === undefined) ok = false;
    else out.push(value);
  }
  return ok ? out : undefined;
}

/** The rule an issue of a field breaks, by field name (default: `invalid-id` for ids, else `invalid-value`). */
export type FieldRules = Readonly<Record<string, RuleId>>;

/**
 * Validates one located value with a schema; every issue is reported at its field's place.
 *
 * @returns The parsed value, or `undefined` if it has a problem.
 */
export function validateOne<S extends z.ZodType>(
  item: Located<unknown>,
  schema: S,
  what: string,
  file: VFile,
  fieldRules: FieldRules = {},
): z.infer<S> | undefined {
  const result = schema.safeParse(item.value);
  if (result.success) return result.data;
  const id = (item.value as { id?: unknown }).id;
  const name = typeof id === 'string' ? `${what} "${id}"` : what;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const place: Place = (typeof field === 'string' ? item.fields[field] : undefined) ?? item.place;
    const fieldName = issue.path.map(String).join('.');
    const rule: RuleId =
      (typeof field === 'string' ? fieldRules[field] : undefined) ??
      ruleOf(issue) ??
      (field === 'id' ? 'invalid-id' : 'invalid-value');
    const hint = field === 'id' && what !== 'estimate' ? ' (write an explicit id, e.g. {#an-id})' : '';
    report(file, rule, `${name} ${fieldName}: ${issue.message}${hint}`, place);
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
