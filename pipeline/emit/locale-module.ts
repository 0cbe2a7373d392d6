/**
 * One edition's module, `src/generated/<locale>.ts`: the whole public API of that edition. Its data
 * and helpers come from the kinds (`kinds/`), each a separate pure expression so bundlers drop what
 * a consumer does not import; the rest is re-exported from the shared runtime, the same list in
 * every edition. The main entry (`src/index.ts`) re-exports the English module; the other editions'
 * entries are their modules themselves, so adding a locale writes no entry by hand.
 */
import { ALL_DATASETS, type SharedExport } from '../datasets/index.js';
import {
  ALL_KINDS,
  type CollectionName,
  type EditionContent,
  type HelperName,
  itemsOf,
  type JsonLdName,
} from '../kinds/index.js';

/** The locale of the source article; every other article is a translation of it, with its ids. */
export const SOURCE_LOCALE = 'en';

export type { SharedExport };

/**
 * The shared runtime every edition re-exports: each dataset's module, queries and types (as
 * `datasets/` declares them), then the rest; the kinds' public types join those of `../types.js` (`editionExports`).
 */
export const SHARED_EXPORTS: readonly SharedExport[] = [
  ...ALL_DATASETS.map((dataset) => ({ from: `./${dataset.name}.js`, names: dataset.module.names })),
  { from: './meta.js', names: ['meta'] },
  { from: './history.js', names: ['changesSince', 'releases'] },
  ...mergeByModule([
    ...ALL_DATASETS.flatMap((dataset) => dataset.exports),
    { from: '../figure-types.js', types: ['DataSource', 'DatasetText'] },
  ]),
  { from: '../render.js', names: ['toHtml'] },
  { from: '../json-ld.js', names: ['toJsonLdScript', 'toJsonLdString'] },
  { from: '../query.js', types: ['FormatEstimateOptions'] },
  { from: './locales.js', types: ['Locale'] },
  { from: '../dataset.js', types: ['ContentChanges', 'Dataset'] },
  { from: '../history-types.js', types: ['CollectionChanges', 'ContentRelease', 'ItemHistory', 'Release'] },
  {
    from: '../json-ld.js',
    types: [
      'ArticleJsonLd',
      'ArticleJsonLdOptions',
      'FaqPageJsonLd',
      'FaqPageJsonLdOptions',
      'JsonLdAgent',
      'JsonLdAnswer',
      'JsonLdContext',
      'JsonLdCreativeWork',
      'JsonLdQuestion',
    ],
  },
  {
    from: '../types.js',
    types: [
      'Article',
      'BreakNode',
      'Content',
      'CountryCode',
      'DestinationCountry',
      'EmphasisNode',
      'InlineCodeNode',
      'License',
      'LicensePart',
      'LinkNode',
      'Meta',
      'ParagraphNode',
      'PhrasingNode',
      'RichBlocks',
      'RichText',
      'Section',
      'SectionKind',
      'Source',
      'StrongNode',
      'TextNode',
      'TranslationState',
    ],
  },
];

/** Exports from one module joined into one entry (names and types apart), in the order modules first appear. */
function mergeByModule(exports: readonly SharedExport[]): SharedExport[] {
  const merged = new Map<string, { names: string[]; types: string[] }>();
  for (const e of exports) {
    const entry = merged.get(e.from) ?? { names: [], types: [] };
    merged.set(e.from, entry);
    entry.names.push(...(e.names ?? []));
    entry.types.push(...(e.types ?? []));
  }
  return [...merged].map(([from, { names, types }]) => ({
    from,
    ...(names.length > 0 ? { names } : {}),
    ...(types.length > 0 ? { types } : {}),
  }));
}

/**
 * What every edition re-exports: the shared runtime, each kind's public types with the others of `../types.js`.
 *
 * @returns The re-exports, by module.
 */
export function editionExports(): SharedExport[] {
  const kindTypes = ALL_KINDS.flatMap((kind) => kind.emit.types);
  return SHARED_EXPORTS.map((e) =>
    e.from === '../types.js' ? { ...e, types: [...(e.types ?? []), ...kindTypes] } : e,
  );
}

/** A name of `LocaleContent` (src/locales.ts): what the locale picker gives of each edition. */
export type LocaleContentName = 'locale' | 'article' | CollectionName | HelperName | JsonLdName | 'toArticleJsonLd';

/**
 * What `getContent` (`src/locales.ts`) gives for each locale: the names of `LocaleContent`, which
 * every edition's module exports (a type test keeps the two lists the same): the locale and the
 * article, each kind's data, their helpers (in the order `LocaleContent` documents them), then the
 * schema.org builders.
 */
export const LOCALE_CONTENT_NAMES: readonly LocaleContentName[] = [
  'locale',
  'article',
  ...ALL_KINDS.map((kind) => kind.collection),
  ...[...ALL_KINDS].sort((a, b) => a.emit.pickerRank - b.emit.pickerRank).flatMap((kind) => kind.emit.helpers),
  ...ALL_KINDS.flatMap((kind) => kind.emit.jsonLd ?? []),
  'toArticleJsonLd',
];

/**
 * Every runtime name an edition exports, sorted: the public API of every edition entry.
 *
 * @returns The names.
 */
export function editionNames(): string[] {
  return [...LOCALE_CONTENT_NAMES, ...SHARED_EXPORTS.flatMap((e) => e.names ?? [])].sort();
}

const union = (ids: readonly string[]) =>
  ids.length === 0 ? 'never' : ids.map((id) => JSON.stringify(id)).join(' | ');
const list = (names: readonly string[]) => [...new Set(names)].sort().join(', ');

/**
 * Renders one edition's module (without its banner).
 *
 * @param source The source article's content, whose ids the edition's id types are (every edition has the same ids).
 * @param json Writes a value as JSON (default `JSON.stringify`; the build shares its texts with `data.json`).
 * @param modified The date of the last release that changed the edition (`collection` undefined) or
 *   one of its collections, the `dateModified` of its schema.org objects (default: none released).
 * @returns The module's source text.
 */
export function renderLocaleModule(
  locale: string,
  content: EditionContent,
  source: EditionContent,
  json: (value: unknown) => string = JSON.stringify,
  modified: (collection?: string) => string | undefined = () => undefined,
): string {
  const frozen = (value: unknown) => `/* @__PURE__ */ deepFreeze(${json(value)})`;
  const imports = new Map<string, string[]>([
    ['freeze.js', ['deepFreeze']],
    ['json-ld.js', ['articleJsonLdFor']],
    ['types.js', ['Article']],
  ]);
  for (const kind of ALL_KINDS) {
    for (const [module, names] of Object.entries(kind.emit.imports))
      imports.set(module, [...(imports.get(module) ?? []), ...names]);
  }
  const types = imports.get('types.js') ?? [];
  imports.delete('types.js');
  const idTypes = [
    { name: 'SectionId', doc: 'The id of a section of the article.', ids: source.article.sections.map((s) => s.id) },
    ...ALL_KINDS.flatMap((kind) =>
      kind.emit.idType ? [{ ...kind.emit.idType, ids: itemsOf(source[kind.collection]).map((item) => item.id) }] : [],
    ),
  ];
  const ids =
    locale === SOURCE_LOCALE
      ? idTypes.map((t) => `/** ${t.doc} */\nexport type ${t.name} = ${union(t.ids)};\n`).join('\n')
      : `import type { ${list(idTypes.map((t) => t.name))} } from ${JSON.stringify(`./${SOURCE_LOCALE}.js`)};\n\n/** The ids are those of the source article: the build checks every edition has the same. */\nexport type { ${list(idTypes.map((t) => t.name))} };\n`;
  const shared = editionExports()
    .map((e) =>
      e.names
        ? `export { ${list(e.names)} } from ${JSON.stringify(e.from)};`
        : `export type { ${list(e.types ?? [])} } from ${JSON.stringify(e.from)};`,
    )
    .join('\n');
  const context = { locale, language: content.article.language, frozen, modified };
  const articleModified = modified();
  return `${[...imports].map(([module, names]) => `import { ${list(names)} } from ${JSON.stringify(`../${module}`)};`).join('\n')}
import { phrases } from ${JSON.stringify(`../phrases/${locale}.js`)};
import type { ${list(types)} } from '../types.js';

${ids}
/** This edition's locale, its name (\`north-korean-escapees/<locale>\`); its text's language tag is \`article.language\`. */
export const locale = ${JSON.stringify(locale)};

/** The article: metadata, intro, sections and conclusion. */
export const article: Article<SectionId> = ${frozen(content.article)};

${ALL_KINDS.map((kind) => kind.emit.render(content[kind.collection], context)).join('\n')}
/**
 * The article as a schema.org \`Article\` (\`headline\`, \`datePublished\`, \`dateModified\` from the releases, \`inLanguage\`, \`isBasedOn\`, …).
 * @returns A new plain object for \`toJsonLdScript\`. @throws {TypeError} If \`options.url\` or an image is not an absolute http(s) address.
 */
export const toArticleJsonLd = /* @__PURE__ */ articleJsonLdFor(article${articleModified === undefined ? '' : `, ${JSON.stringify(articleModified)}`});

// The shared runtime, the same in every edition.
${shared}
`;
}
