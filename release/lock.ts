/**
 * The content lock (`content.lock.json`): a small, deterministic, human-diffable record of the
 * released content, which `semver.ts` compares with the current content to compute the bump.
 *
 * It holds, per edition (keyed by locale), every collection's items in order: each item's id,
 * its facts verbatim (the estimate's figure, a challenge's phase, …) and a short hash of each of
 * its texts; plus the public data shape, flattened from the JSON Schema of `Content`
 * (`z.toJSONSchema`) to one line per field, so a shape change says which field changed.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { compareStrings as compare } from '../pipeline/diagnostics.js';
import { KINDS } from '../pipeline/kinds/index.js';
import type { LockSpec } from '../pipeline/kinds/kind.js';
import { LOCK_FILE } from '../pipeline/paths.js';
import { type Arrivals, type Content, Content as ContentSchema, PhrasingNode } from '../src/schema.js';

/** What one collection of the lock holds: the noun readers know it by, and its compared fields. */
export type CollectionSpec = LockSpec;

/**
 * The collections of an edition, in lock order, and their fields: the article and its sections,
 * then each kind's items as the kind describes them (`kinds/`). `fact` fields are the figures and
 * classifications users compute with; `text` fields are wording. The `context` of an estimate,
 * factor or challenge is a paragraph of its section, so it is compared as that section's `body`
 * (one reason per changed paragraph, not one per item in it).
 */
export const COLLECTIONS: Readonly<Record<string, CollectionSpec>> = {
  article: {
    noun: 'article',
    readerNoun: 'article',
    nameField: 'title',
    fields: {
      date: 'fact',
      locale: 'fact',
      source: 'fact',
      title: 'text',
      description: 'text',
      intro: 'text',
      conclusion: 'text',
    },
    items: (article: Content['article']) => [{ ...article, id: article.slug }],
  },
  sections: {
    noun: 'section',
    readerNoun: 'section',
    nameField: 'heading',
    fields: { kind: 'fact', heading: 'text', body: 'text' },
    items: (article: Content['article']) => article.sections,
  },
  ...Object.fromEntries(KINDS.map((kind) => [kind.collection, kind.lock])),
};

/** The name of a collection of an edition. */
export type CollectionName = string;

/** Where each collection's value is in the content. */
const VALUE_OF: Readonly<Record<string, keyof Content>> = {
  article: 'article',
  sections: 'article',
  ...Object.fromEntries(KINDS.map((kind) => [kind.collection, kind.collection])),
};

/** A value as stored in the lock: primitives and lists of them verbatim, anything else as a hash. */
const LockValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))]);

/** One item of a collection: its id, its name for readers (the question, the label) and its compared fields. */
export const LockItem = z.record(z.string(), LockValue).and(z.object({ id: z.string(), name: z.string() }));
export type LockItem = z.infer<typeof LockItem>;

/** One edition of the content (one locale): every collection's items, in the article's order. */
export const EditionLock = z.strictObject(
  Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, z.array(LockItem)])),
);
export type EditionLock = z.infer<typeof EditionLock>;

/** The whole lock file. */
export const ContentLock = z.strictObject({
  /** The format of this file; bumped if the format changes. */
  lockVersion: z.literal(1),
  /** The package the lock belongs to. */
  package: z.string(),
  /** The package version the content was last released (or versioned) as. */
  version: z.string(),
  /** The date (YYYY-MM-DD) the content last changed in a release; `meta.updated`. */
  updated: z.iso.date(),
  /** The public data shape: one entry per field path, e.g. `faq[].answer.text: string`. */
  shape: z.record(z.string(), z.string()),
  /** The content, per edition, keyed by locale. */
  editions: z.record(z.string(), EditionLock),
  /** The official arrival figures, one row per period (absent in locks written before they existed). */
  arrivals: z
    .array(
      z.strictObject({ period: z.string(), men: z.number(), women: z.number(), total: z.number(), source: z.string() }),
    )
    .optional(),
  /** The arrival figures' description, as a hash of its text (absent in locks written before it was shipped). */
  arrivalsDescription: z.string().optional(),
});
export type ContentLock = z.infer<typeof ContentLock>;

/**
 * Describes one edition of validated content as the lock records it.
 *
 * @returns The edition's collections; never throws.
 */
export function lockEdition(content: Content): EditionLock {
  const edition: Record<string, LockItem[]> = {};
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    const { fields: kinds, nameField } = spec;
    const fields = Object.keys(kinds);
    const value = content[VALUE_OF[name]!] as unknown;
    const items = spec.items
      ? spec.items(value as never)
      : Array.isArray(value)
        ? (value as Record<string, unknown>[])
        : [value as Record<string, unknown>];
    edition[name] = items.map((item) => {
      const named = item[nameField] as string | { readonly text: string };
      const entry: LockItem = { id: String(item.id), name: typeof named === 'string' ? named : named.text };
      for (const field of fields) entry[field] = lockValue(item[field]);
      return entry;
    });
  }
  return edition;
}

/**
 * Builds a lock from the content of every edition.
 *
 * @param editions The validated content, one per edition (keyed by their `article.locale`).
 * @returns The lock; `shape` is computed from the `Content` schema.
 * @throws {Error} If two editions share a locale.
 */
export function createLock(
  editions: readonly Content[],
  info: { readonly package: string; readonly version: string; readonly updated: string },
  arrivals?: Arrivals,
): ContentLock {
  const byLocale: Record<string, EditionLock> = {};
  for (const content of [...editions].sort((a, b) => compare(a.article.locale, b.article.locale))) {
    const locale = content.article.locale;
    if (Object.hasOwn(byLocale, locale)) throw new Error(`two editions have the locale "${locale}"`);
    byLocale[locale] = lockEdition(content);
  }
  const lock: ContentLock = {
    lockVersion: 1,
    package: info.package,
    version: info.version,
    updated: info.updated,
    shape: dataShape(),
    editions: byLocale,
  };
  if (arrivals) {
    lock.arrivals = lockArrivals(arrivals);
    lock.arrivalsDescription = String(lockValue(arrivals.description.text));
  }
  return lock;
}

/**
 * Describes the arrival figures as the lock records them: one row per period, with its source's id.
 *
 * @returns The rows in order; never throws.
 */
export function lockArrivals(arrivals: Arrivals): NonNullable<ContentLock['arrivals']> {
  return arrivals.rows.map((row) => ({
    period: row.from === null ? `–${row.to}` : row.from === row.to ? String(row.to) : `${row.from}–${row.to}`,
    men: row.men,
    women: row.women,
    total: row.total,
    source: row.source.id,
  }));
}

/**
 * Serialises a lock: two-space JSON, one line per field, `\n` endings, so diffs read per item.
 *
 * @returns The file's text, byte-identical for equal locks.
 */
export function serializeLock(lock: ContentLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/**
 * Parses the text of a lock file.
 *
 * @returns The lock.
 * @throws {Error} With a message naming the file and the first problem, if the text is not a valid lock.
 */
export function parseLock(text: string, file: string = LOCK_FILE): ContentLock {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file}: not valid JSON (${(error as Error).message}); regenerate it with \`npm run version-packages\` or restore it from git`,
    );
  }
  const result = ContentLock.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

/**
 * The public data shape, flattened from the JSON Schema of `Content`: one entry per field path
 * (`[]` for array items, `<name>` for a named recursive type), each with its type, `?` marking an
 * optional field. Validation details (patterns, lengths) are left out: they are not the shape.
 *
 * @returns The entries, in schema order.
 */
export function dataShape(): Record<string, string> {
  const registry = z.registry<{ id: string }>();
  registry.add(PhrasingNode, { id: 'PhrasingNode' });
  const schema = z.toJSONSchema(ContentSchema, { metadata: registry, io: 'output' }) as JsonSchema;
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

/** Primitives and lists of primitives are kept verbatim; anything else becomes a 16-hex-digit sha256 of its JSON. */
function lockValue(value: unknown): z.infer<typeof LockValue> {
  if (value === undefined) return null;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return [...value];
  if (typeof value === 'string' && value.length <= 40) return value;
  return `sha256:${createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)}`;
}
