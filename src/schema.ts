/**
 * north-korean-escapees/schema: the zod schemas of every shape the package ships, each schema and its
 * type under one name (zod 4, an optional peer dependency: the main entry never imports this). The
 * content build validates with them. This file is a public entry point: re-exports only.
 */

// Every export of schemas/content.ts is a public schema: a new kind's schema needs no edit here.
export * from './schemas/content.js';
export {
  ArrivalRow,
  Arrivals,
  CheckedArrivals,
  CheckedRefugees,
  DataSource,
  DatasetText,
  RefugeeRow,
  Refugees,
  StatedTotal,
} from './schemas/figures.js';
export {
  CollectionChanges,
  ContentRelease,
  ItemHistory,
  Release,
} from './schemas/history.js';
export {
  BuiltDataset,
  Dataset,
  License,
  LicensePart,
  Meta,
} from './schemas/package.js';
export {
  BreakNode,
  CountryCode,
  EmphasisNode,
  Id,
  InlineCodeNode,
  IsoDate,
  LanguageTag,
  LinkNode,
  Locale,
  ParagraphNode,
  PhrasingNode,
  RichBlocks,
  RichText,
  SafeUrl,
  Source,
  StrongNode,
  TextNode,
} from './schemas/text.js';
