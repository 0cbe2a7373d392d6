/**
 * north-korean-escapees/ko: the Korean edition, with the same API, ids and types as the main entry,
 * and the same official arrival figures.
 * This file is a public entry point: an explicit list of re-exports, nothing else.
 */
export { article, challenges, estimate, factors, faq, locale } from './generated/ko.js';
export {
  challengesByPhase,
  findChallenge,
  findFactor,
  findFaq,
  formatEstimate,
  getChallenge,
  getFactor,
  getFaq,
  searchFaq,
  toArticleJsonLd,
  toFaqPageJsonLd,
} from './generated/ko.js';
export type { ChallengeId, FactorId, FaqId, SectionId } from './generated/ko.js';
export { arrivalSources, arrivals, statedArrivalsTotal } from './generated/arrivals.js';
export { meta } from './generated/meta.js';
export { arrivalsBetween, totalArrivals } from './arrival-queries.js';
export type { FormatEstimateOptions } from './query.js';
export type { Locale } from './generated/locales.js';
export type { Dataset } from './dataset.js';
export { toHtml } from './render.js';
export { toJsonLdScript, toJsonLdString } from './json-ld.js';
export type {
  ArticleJsonLd,
  ArticleJsonLdOptions,
  FaqPageJsonLd,
  FaqPageJsonLdOptions,
  JsonLdAgent,
  JsonLdAnswer,
  JsonLdContext,
  JsonLdCreativeWork,
  JsonLdQuestion,
} from './json-ld.js';
export type {
  ArrivalRow,
  Arrivals,
  Article,
  BreakNode,
  Challenge,
  ChallengePhase,
  Content,
  DataSource,
  EmphasisNode,
  Estimate,
  EstimateQualifier,
  Factor,
  FaqEntry,
  FigureSource,
  InlineCodeNode,
  License,
  LicensePart,
  LinkNode,
  Meta,
  ParagraphNode,
  PhrasingNode,
  RichBlocks,
  RichText,
  Section,
  SectionKind,
  Source,
  StatedTotal,
  StrongNode,
  TextNode,
} from './types.js';
