/**
 * north-korean-escapees: the article "How many North Koreans have escaped?" as typed data.
 * This file is the public API: an explicit list of re-exports, nothing else.
 */
export { article, challenges, estimate, factors, faq } from './generated/content.js';
export type { ChallengeId, FactorId, FaqId, SectionId } from './generated/content.js';
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
} from './query.js';
/** Rich text as safe HTML (see src/render.ts). */
export { toHtml } from './render.js';
/** schema.org JSON-LD for the article and the FAQ, and its safe `<script>` element (see src/json-ld.ts). */
export { toArticleJsonLd, toFaqPageJsonLd, toJsonLdScript, toJsonLdString } from './json-ld.js';
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
  Article,
  BreakNode,
  Challenge,
  ChallengePhase,
  EmphasisNode,
  Estimate,
  EstimateQualifier,
  Factor,
  FaqEntry,
  FigureSource,
  InlineCodeNode,
  LinkNode,
  ParagraphNode,
  PhrasingNode,
  RichBlocks,
  RichText,
  Section,
  SectionKind,
  Source,
  StrongNode,
  TextNode,
} from './types.js';
