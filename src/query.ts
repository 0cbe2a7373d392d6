/**
 * Query helpers over the generated content: look up by id, search, filter, format.
 */
import {
  challenges,
  estimate,
  factors,
  faq,
  type ChallengeId,
  type FactorId,
  type FaqId,
} from './generated/content.js';
import { foldForSearch, matchesQuery } from './search.js';
import type { Challenge, ChallengePhase, EstimateQualifier, Factor, FaqEntry } from './types.js';

function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

function mustFind<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
  const item = byId(items, id);
  if (!item) throw new RangeError(`Unknown ${what} id ${JSON.stringify(id)}; known ids: ${items.map((i) => i.id).join(', ')}`);
  return item;
}

/**
 * Gets a FAQ entry by id. The id is type-checked: a typo is a compile error.
 *
 * @returns The entry.
 * @throws {RangeError} If the id is unknown (only possible by bypassing the types).
 */
export function getFaq(id: FaqId): FaqEntry<FaqId> {
  return mustFind(faq, id, 'FAQ');
}

/**
 * Looks a FAQ entry up by any string, e.g. a URL fragment.
 *
 * @returns The entry, or `undefined` if no entry has that id.
 */
export function findFaq(id: string): FaqEntry<FaqId> | undefined {
  return byId(faq, id);
}

let faqIndex: readonly { readonly entry: FaqEntry<FaqId>; readonly text: string }[] | undefined;

/**
 * Searches the FAQ's questions and answers. Matching ignores case and accents
 * ("DÉFECTOR" finds "defector"); every word of the query must occur.
 *
 * @returns The matching entries in the article's order; none for a blank query.
 */
export function searchFaq(query: string): readonly FaqEntry<FaqId>[] {
  faqIndex ??= faq.map((entry) => ({ entry, text: foldForSearch(`${entry.question.text}\n${entry.answer.text}`) }));
  return faqIndex.filter((item) => matchesQuery(item.text, query)).map((item) => item.entry);
}

/**
 * Gets a factor by id. The id is type-checked.
 *
 * @returns The factor.
 * @throws {RangeError} If the id is unknown (only possible by bypassing the types).
 */
export function getFactor(id: FactorId): Factor<FactorId> {
  return mustFind(factors, id, 'factor');
}

/**
 * Looks a factor up by any string.
 *
 * @returns The factor, or `undefined`.
 */
export function findFactor(id: string): Factor<FactorId> | undefined {
  return byId(factors, id);
}

/**
 * Gets a challenge by id. The id is type-checked.
 *
 * @returns The challenge.
 * @throws {RangeError} If the id is unknown (only possible by bypassing the types).
 */
export function getChallenge(id: ChallengeId): Challenge<ChallengeId> {
  return mustFind(challenges, id, 'challenge');
}

/**
 * Looks a challenge up by any string.
 *
 * @returns The challenge, or `undefined`.
 */
export function findChallenge(id: string): Challenge<ChallengeId> | undefined {
  return byId(challenges, id);
}

/**
 * The challenges met in one phase: `journey` (on the way out) or `after-crossing`.
 *
 * @returns Those challenges in the article's order (a new array each call).
 */
export function challengesByPhase(phase: ChallengePhase): readonly Challenge<ChallengeId>[] {
  return challenges.filter((challenge) => challenge.phase === phase);
}

const QUALIFIER_TEXT: Readonly<Record<EstimateQualifier, string>> = {
  over: 'over',
  about: 'about',
  nearly: 'nearly',
  'at-least': 'at least',
  under: 'under',
  exactly: '',
};

/**
 * Formats the estimate for display, the number grouped for the given locale(s).
 * The default is the article's language, not the machine's, so output is the same everywhere.
 *
 * @param locales As for `Intl.NumberFormat`, e.g. `'en'`, `'de'`, `['fr', 'en']`.
 * @returns E.g. `"over 30,000"` (en) or `"over 30.000"` (de).
 * @throws {RangeError} If a locale tag is malformed.
 */
export function formatEstimate(locales: Intl.LocalesArgument = 'en'): string {
  const number = new Intl.NumberFormat(locales).format(estimate.value);
  const qualifier = QUALIFIER_TEXT[estimate.qualifier];
  return qualifier ? `${qualifier} ${number}` : number;
}
