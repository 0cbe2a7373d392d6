/** The estimate's own rules (AUTHORING.md lists them with the others). */
import { reporterOf } from '../shared/rules.js';

/** The rules only the estimate section breaks. */
export const ESTIMATE_RULES = {
  'estimate-missing': 'The estimate section marks its figure with `:estimate[…]`.',
  'estimate-source-missing': 'The estimate names who it comes from with `:source[…]`.',
  'mark-twice': 'The estimate has one `:estimate`, one `:source` and at most one `:since`.',
  'estimate-figure':
    'The words of `:estimate[…]` are a figure: a number, optionally after a qualifier (“over 30,000”).',
  'estimate-language': 'A translation’s language has phrases to write the source’s figure in.',
  'since-year': '`:since[…]` is a four-digit year, not after the article’s date.',
} as const;

/** Reports a problem breaking one of the estimate's rules. */
export const reportEstimate = reporterOf(ESTIMATE_RULES);
