/** The FAQ: a `##` section of `###` questions, each followed by its answer's paragraphs. */
import { FaqEntry, type FaqEntry as FaqEntryType } from '../../src/schema.js';
import { validateAll } from '../checks.js';
import { slug, splitHeadingId } from '../document.js';
import type { ItemDraft, Located } from '../draft.js';
import { toRichBlocks, toRichText } from '../rich-text.js';
import { report } from '../rules.js';
import type { KindHandler } from './kind.js';

/** The FAQ section. */
export const faqKind: KindHandler = {
  kind: 'faq',
  collection: 'faq',
  noun: 'question',
  hint: 'a ## section of ### questions, each followed by its answer',
  marks: {},
  recognize: (section) => section.questions.length > 0,
  hasBody: false,
  lock: { noun: 'faq', readerNoun: 'question', nameField: 'question', fields: { question: 'text', answer: 'text' } },
  emit: {
    idType: { name: 'FaqId', doc: 'The id of a FAQ entry.' },
    imports: { 'query.js': ['byIdGetter', 'byIdFinder', 'faqSearcher'], 'types.js': ['FaqEntry'] },
    names: ['faq', 'getFaq', 'findFaq', 'searchFaq'],
    render: (value, { frozen }) => `/** The FAQ, in the article's order. */
export const faq: readonly FaqEntry<FaqId>[] = ${frozen(value)};

/**
 * Gets a FAQ entry by id; the id is type-checked, so a typo is a compile error.
 * @returns The entry. @throws {RangeError} If the id is unknown (only possible by bypassing the types).
 */
export const getFaq = /* @__PURE__ */ byIdGetter(faq, 'FAQ');

/** Looks a FAQ entry up by any string, e.g. a URL fragment. @returns The entry, or \`undefined\`. */
export const findFaq = /* @__PURE__ */ byIdFinder(faq);

/**
 * Searches the FAQ's questions and answers, ignoring case and accents; every word must occur.
 * @returns The matching entries in the article's order; none for a blank query.
 */
export const searchFaq = /* @__PURE__ */ faqSearcher(faq);
`,
  },
  extract({ section, file }) {
    for (const paragraph of section.paragraphs) {
      report(
        file,
        'answer-without-question',
        'this paragraph is not under a ### question: every FAQ answer needs its question above it',
        paragraph.position,
      );
    }
    const entries: Located<ItemDraft>[] = [];
    for (const question of section.questions) {
      const split = splitHeadingId(question.heading);
      if (question.answers.length === 0) {
        report(
          file,
          'question-without-answer',
          `question "${split.text}" has no answer: write its answer as paragraphs below it`,
          question.heading.position,
        );
        continue;
      }
      entries.push({
        value: {
          id: split.id ?? slug(split.text),
          question: toRichText(split.nodes, file),
          answer: toRichBlocks(question.answers, file),
        },
        place: question.heading.position,
        fields: {
          id: question.heading.position,
          question: question.heading.position,
          answer: question.answers[0]!.position,
        },
      });
    }
    return entries;
  },
  // Question ids share one namespace with section ids (both are anchors of one page): checked with them.
  validate: ({ items, file }) => validateAll(items, FaqEntry, 'question', file),
  translates: ({ question, answer }: FaqEntryType) => ({ question, answer }),
};
