/** The FAQ: a `##` section of `###` questions, each followed by its answer's paragraphs. */
import { FaqEntry } from '../../src/schema.js';
import { compareIds, validateAll } from '../checks.js';
import type { ItemDraft, Located } from '../draft.js';
import { slug, splitHeadingId } from '../document.js';
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
  extract({ section, file }) {
    for (const paragraph of section.paragraphs) {
      report(file, 'answer-without-question', 'this paragraph is not under a ### question: every FAQ answer needs its question above it', paragraph.position);
    }
    const entries: Located<ItemDraft>[] = [];
    for (const question of section.questions) {
      const split = splitHeadingId(question.heading);
      if (question.answers.length === 0) {
        report(file, 'question-without-answer', `question "${split.text}" has no answer: write its answer as paragraphs below it`, question.heading.position);
        continue;
      }
      entries.push({
        value: { id: split.id ?? slug(split.text), question: toRichText(split.nodes, file), answer: toRichBlocks(question.answers, file) },
        place: question.heading.position,
        fields: { id: question.heading.position, question: question.heading.position, answer: question.answers[0]!.position },
      });
    }
    return entries;
  },
  // Question ids share one namespace with section ids (both are anchors of one page): checked with them.
  validate: ({ items, file }) => validateAll(items, FaqEntry, 'question', file),
  parity: (input) => compareIds('question', input.source, input.translation, input),
};
