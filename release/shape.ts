/**
 * The public data shape as the content lock records it: the JSON Schema of an edition's content (the
 * article and each kind's collection, as the kinds give their schemas) and of the arrival figures
 * (`z.toJSONSchema`) flattened to one line per field, so a shape change says which field changed.
 */
import { z } from 'zod';
import { ALL_KINDS } from '../pipeline/kinds/index.js';
import { compareStrings as compare } from '../pipeline/shared/diagnostics.js';
import { Article, ItemHistory, PhrasingNode, Release } from '../src/schema.js';
import { DATASET_SCHEMAS } from '../src/schemas/package.js';

/**
 * What the shape describes: an edition's fields — the article's, then each kind's collection
 * (`faq[].answer`) — and every dataset's (`arrivals.rows[]`, `refugees.rows[]`).
 */
const ShapeRoot = z.strictObject({
  article: Article,
  ...Object.fromEntries(ALL_KINDS.map((kind) => [kind.collection, kind.schema])),
  ...DATASET_SCHEMAS,
});

/**
 * The public data shape, flattened from the JSON Schema of an edition and the datasets: one entry per
 * field path (`[]` for array items, `<name>` for a named recursive type), each with its type, `?`
 * marking an optional field. Validation details (patterns, lengths) are left out: they are not the shape.
 *
 * @returns The entries, in schema order.
 */
export function dataShape(): Record<string, string> {
  const registry = z.registry<{ id: string }>();
  registry.add(PhrasingNode, { id: 'PhrasingNode' });
  // Every item's history has one shape: named once, not spelled out under each item.
  registry.add(ItemHistory, { id: 'ItemHistory' });
  registry.add(Release, { id: 'Release' });
  const schema = z.toJSONSchema(ShapeRoot, { metadata: registry, io: 'output' }) as JsonSchema;
  const out: Record<string, string> = {};
  const defs = schema.$defs ?? {};
  walkShape(schema, '', out, defs);
  for (const [name, def] of Object.entries(defs).sort(([a], [b]) => compare(a, b))) {
    if (!name.startsWith('__')) walkShape(def, `<${name}>`, out, defs);
  }
  return out;
}

interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  $ref?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $defs?: Record<string, JsonSchema>;
}

/** Records the type of `schema` at `path` (before its fields), and recursively the types of its fields and items. */
function walkShape(
  schema: JsonSchema,
  path: string,
  out: Record<string, string>,
  defs: Defs,
  optional = false,
): string {
  if (path !== '') out[path] = '';
  const type = describe(schema, path, out, defs);
  if (path !== '') out[path] = optional ? `${type}?` : type;
  return type;
}

type Defs = Readonly<Record<string, JsonSchema>>;

function describe(schema: JsonSchema, path: string, out: Record<string, string>, defs: Defs): string {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    // Defs zod names itself (`__schema0`) are not stable names: describe them in place.
    return name.startsWith('__') && defs[name] ? describe(defs[name], path, out, { ...defs, [name]: {} }) : `<${name}>`;
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  // A union is one shape however it is checked (`anyOf`, or `oneOf` for a discriminated union).
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    return variants
      .map((variant, index) => {
        if (variant.type !== 'object') return describe(variant, path, out, defs);
        const tag = variant.properties?.type?.const;
        const name = typeof tag === 'string' ? tag : String(index);
        walkShape(variant, `${path}|${name}`, out, defs);
        return `object<${name}>`;
      })
      .join(' | ');
  }
  if (schema.type === 'array') return `${walkShape(schema.items ?? {}, `${path}[]`, out, defs)}[]`;
  if (schema.type === 'object') {
    const required = new Set(schema.required ?? []);
    for (const [key, value] of Object.entries(schema.properties ?? {})) {
      walkShape(value, path === '' ? key : `${path}.${key}`, out, defs, !required.has(key));
    }
    return 'object';
  }
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? 'unknown';
}
