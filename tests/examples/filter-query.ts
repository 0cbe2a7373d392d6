/**
 * The query the browser test types into a page's FAQ filter, taken from that page's own edition so
 * that every language the package has gets one (a fixed word would be one language's).
 */
import { shownFaq } from '../../examples/shared/page.js';
import { getContent, type Locale } from '../../src/locales.js';

/**
 * The first word of a question, in the FAQ's order, that shows that entry and no other: the filter
 * is then seen to hide some entries and keep one.
 *
 * @returns The word.
 * @throws {Error} If no word of any question singles its entry out.
 */
export function filterQuery(locale: Locale): string {
  for (const entry of getContent(locale).faq) {
    for (const word of entry.question.text.split(/[\s\p{P}]+/u)) {
      const shown = word.length > 1 ? shownFaq(locale, word) : new Set();
      if (shown.size === 1 && shown.has(entry.id)) return word;
    }
  }
  throw new Error(`no word of a question in ${locale} shows its entry alone: the filter cannot be seen to work`);
}
