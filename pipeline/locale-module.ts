/**
 * One edition's module, `src/generated/<locale>.ts`: the whole public API of that edition. Its data
 * and helpers come from the kinds (`kinds/`), each a separate pure expression so bundlers drop what
 * a consumer does not import; the rest is re-exported from the shared runtime, the same list in
 * every edition. The main entry (`src/index.ts`) re-exports the English module; the other editions'
 * entries are their modules themselves, so adding a locale writes no entry by hand.
 */
import type { Content } from '../src/schema.js';
import { ARRIVALS_NAMES } from './kinds/arrivals-module.js';
import { KINDS } from './kinds/index.js';

/** The locale of the source article; every other article is a translation of it, with its ids. */
export const SOURCE_LOCALE = 'en';

/** What every edition re-exports from the shared runtime: runtime names and type names, by module (relative to `src/generated/`). */
export const SHARED_EXPORTS: readonly {
  readonly from: string;
  readonly names?: readonly string[];
  readonly types?: readonly string[];
}[] = [
  { from: './arrivals.js', names: ARRIVALS_NAMES },
  { from: './meta.js', names: ['meta'] },
  { from: '../arrival-queries.js', names: ['arrivalsBetween', 'totalArrivals'] },
  { from: '../render.js', names: ['toHtml'] },
  { from: '../json-ld.js', names: ['toJsonLdScript', 'toJsonLdString'] },
  { from: '../query.js', types: ['FormatEstimateOptions'] },
  { from: './locales.js', types: ['Locale'] },
  { from: '../dataset.js', types: ['Dataset'] },
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
      'ArrivalRow',
      'Arrivals',
      'Article',
      'BreakNode',
      'Challenge',
      'ChallengePhase',
      'Content',
      'DataSource',
      'EmphasisNode',
      'Estimate',
      'EstimateQualifier',
      'Factor',
      'FaqEntry',
      'FigureSource',
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
      'StatedTotal',
      'StrongNode',
      'TextNode',
      'TranslationState',
    ],
  },
];

/** The runtime names of the article itself, before the kinds' (`locale`, `article`) and after them (JSON-LD). */
const ARTICLE_NAMES = ['locale', 'article'] as const;
const JSON_LD_NAMES = ['toFaqPageJsonLd', 'toArticleJsonLd'] as const;

/**
 * Every runtime name an edition exports, sorted: the public API of every edition entry.
 *
 * @returns The names.
 */
export function editionNames(): string[] {
  const names = [
    ...ARTICLE_NAMES,
    ...KINDS.flatMap((kind) => kind.emit.names),
    ...JSON_LD_NAMES,
    ...SHARED_EXPORTS.flatMap((e) => e.names ?? []),
  ];
  return names.sort();
}

const union = (ids: readonly string[]) =>
  ids.length === 0 ? 'never' : ids.map((id) => JSON.stringify(id)).join(' | ');
const list = (names: readonly string[]) => [...new Set(names)].sort().join(', ');

/**
 * Renders one edition's module (without its banner).
 *
 * @param source The source article's content, whose ids the edition's id types are (every edition has the same ids).
 * @param json Writes a value as JSON (default `JSON.stringify`; the build shares its texts with `data.json`).
 * @returns The module's source text.
 */
export function renderLocaleModule(
  locale: string,
  content: Content,
  source: Content,
  json: (value: unknown) => string = JSON.stringify,
): string {
  const frozen = (value: unknown) => `/* @__PURE__ */ deepFreeze(${json(value)})`;
  const imports = new Map<string, string[]>([
    ['freeze.js', ['deepFreeze']],
    ['json-ld.js', ['articleJsonLdFor', 'faqPageJsonLdFor']],
    ['types.js', ['Article']],
  ]);
  for (const kind of KINDS) {
    for (const [module, names] of Object.entries(kind.emit.imports))
      imports.set(module, [...(imports.get(module) ?? []), ...names]);
  }
  const types = imports.get('types.js') ?? [];
  imports.delete('types.js');
  const idTypes = [
    { name: 'SectionId', doc: 'The id of a section of the article.', ids: source.article.sections.map((s) => s.id) },
    ...KINDS.flatMap((kind) =>
      kind.emit.idType ? [{ ...kind.emit.idType, ids: idsOf(source[kind.collection]) }] : [],
    ),
  ];
  const ids =
    locale === SOURCE_LOCALE
      ? idTypes.map((t) => `/** ${t.doc} */\nexport type ${t.name} = ${union(t.ids)};\n`).join('\n')
      : `import type { ${list(idTypes.map((t) => t.name))} } from ${JSON.stringify(`./${SOURCE_LOCALE}.js`)};\n\n/** The ids are those of the source article: the build checks every edition has the same. */\nexport type { ${list(idTypes.map((t) => t.name))} };\n`;
  const shared = SHARED_EXPORTS.map((e) =>
    e.names
      ? `export { ${list(e.names)} } from ${JSON.stringify(e.from)};`
      : `export type { ${list(e.types ?? [])} } from ${JSON.stringify(e.from)};`,
  ).join('\n');
  const context = { locale, frozen };
  return `${[...imports].map(([module, names]) => `import { ${list(names)} } from ${JSON.stringify(`../${module}`)};`).join('\n')}
import { phrases } from ${JSON.stringify(`../phrases/${locale}.js`)};
import type { ${list(types)} } from '../types.js';

${ids}
/** The language of this edition, a BCP 47 tag. */
export const locale = ${JSON.stringify(locale)};

/** The article: metadata, intro, sections and conclusion. */
export const article: Article<SectionId> = ${frozen(content.article)};

${KINDS.map((kind) => kind.emit.render(content[kind.collection], context)).join('\n')}
/**
 * The FAQ as a schema.org \`FAQPage\` (question \`name\`, \`acceptedAnswer.text\`, \`inLanguage\` this edition's \`locale\`).
 * @returns A new plain object for \`toJsonLdScript\`. @throws {TypeError} If \`options.url\` is not an absolute http(s) address.
 */
export const toFaqPageJsonLd = /* @__PURE__ */ faqPageJsonLdFor(faq, locale);

/**
 * The article as a schema.org \`Article\` (\`headline\`, \`datePublished\`, \`inLanguage\`, \`isBasedOn\`, …).
 * @returns A new plain object for \`toJsonLdScript\`. @throws {TypeError} If \`options.url\` or an image is not an absolute http(s) address.
 */
export const toArticleJsonLd = /* @__PURE__ */ articleJsonLdFor(article);

// The shared runtime, the same in every edition.
${shared}
`;
}

/** The ids of a collection's value (an array of items, or one item). */
function idsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map((item) => String((item as { id: unknown }).id));
}
