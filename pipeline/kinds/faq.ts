/** The FAQ: a `##` section of `###` questions, each followed by its answer's paragraphs. */
import { Content, FaqEntry } from '../../src/schema.js';
import type { ItemDraft, Located } from '../extract/draft.js';
import { slug, splitHeadingId } from '../parse/document.js';
import { toRichBlocks, toRichText } from '../parse/rich-text.js';
import { reporterOf } from '../shared/rules.js';
import { validateAll } from '../validate/checks.js';
import { defineKind, type SectionInput } from './kind.js';

/** The rules only the FAQ breaks. */
const RULES = {
  'question-without-answer': 'Every `###` question has an answer below it.',
  'answer-without-question': 'Every paragraph of the FAQ is under a `###` question.',
} as const;
const report = reporterOf(RULES);

/** A FAQ entry as extracted. */
type FaqDraft = ItemDraft & Pick<FaqEntry, 'question' | 'answer'>;

/** A date as the last argument of a call in generated code, or nothing. */
const dateArgument = (date: string | undefined) => (date === undefined ? '' : `, ${JSON.stringify(date)}`);

/** The FAQ section. */
export const faqKind = defineKind({
  kind: 'faq',
  collection: 'faq',
  required: false,
  noun: 'question',
  hint: 'a ## section of ### questions, each followed by its answer',
  marks: {},
  rules: RULES,
  recognize: (section) => section.questions.length > 0,
  hasBody: false,
  // Question ids share one namespace with section ids (both are anchors of one page).
  anchors: true,
  schema: Content.unwrap().shape.faq,
  lock: { noun: 'faq', readerNoun: 'question', nameField: 'question', fields: { question: 'text', answer: 'text' } },
  emit: {
    idType: { name: 'FaqId', doc: 'The id of a FAQ entry.' },
    imports: {
      'json-ld.js': ['faqPageJsonLdFor'],
      'query.js': ['byIdGetter', 'byIdFinder', 'faqSearcher'],
      'types.js': ['FaqEntry'],
    },
    types: ['FaqEntry'],
    helpers: ['getFaq', 'findFaq', 'searchFaq'],
    jsonLd: ['toFaqPageJsonLd'],
    pickerRank: 0,
    render: (value, { frozen, language, modified }) => `/** The FAQ, in the article's order. */
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

/**
 * The FAQ as a schema.org \`FAQPage\` (question \`name\`, \`acceptedAnswer.text\`, \`inLanguage\` this edition's language tag, \`article.language\`,
 * \`dateModified\` the date of the last release that changed its questions).
 * @returns A new plain object for \`toJsonLdScript\`. @throws {TypeError} If \`options.url\` is not an absolute http(s) address.
 */
export const toFaqPageJsonLd = /* @__PURE__ */ faqPageJsonLdFor(faq, ${JSON.stringify(language)}${dateArgument(modified('faq'))});
`,
  },
  extract: extractFaq,
  // Checked for duplicates with the section ids (`anchors`).
  validate: ({ items, file }) => validateAll(items, FaqEntry, 'question', file),
  translates: ({ question, answer }: FaqEntry) => ({ question, answer }),
});

/** Reads the questions of a FAQ section, each with its answer's paragraphs. */
function extractFaq({ section, file }: SectionInput<FaqDraft>): Located<FaqDraft>[] {
  for (const paragraph of section.paragraphs) {
    report(
      file,
      'answer-without-question',
      'this paragraph is not under a ### question: every FAQ answer needs its question above it',
      paragraph.position,
    );
  }
  const entries: Located<FaqDraft>[] = [];
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
}
