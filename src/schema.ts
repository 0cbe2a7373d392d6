/**
 * north-korean-escapees/schema: the zod schemas of every shape the package ships, each schema and its
 * type under one name (zod 4, an optional peer dependency: the main entry never imports this). The
 * content build validates with them. This file is a public entry point: an explicit list of re-exports.
 */

export {
  Article,
  Challenge,
  ChallengePhase,
  Content,
  Estimate,
  EstimateQualifier,
  Factor,
  FaqEntry,
  FigureSource,
  Frontmatter,
  Revision,
  Section,
  SectionKind,
  TranslatedCollection,
  TranslatedRevisions,
  TranslationState,
} from './schemas/content.js';
export {
  ArrivalRow,
  Arrivals,
  CheckedArrivals,
  DataSource,
  StatedTotal,
} from './schemas/figures.js';
export {
  BuiltDataset,
  Dataset,
  License,
  LicensePart,
  Meta,
} from './schemas/package.js';
export {
  BreakNode,
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
