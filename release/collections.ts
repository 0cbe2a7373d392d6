/**
 * The collections of an edition as the content lock records them: what each is called and which of
 * its fields are facts (the figures and classifications users compute with) or texts (wording).
 */
import { KINDS } from '../pipeline/kinds/index.js';
import type { LockSpec } from '../pipeline/kinds/kind.js';
import type { Content } from '../src/schema.js';

/** What one collection of the lock holds: the noun readers know it by, and its compared fields. */
export type CollectionSpec = LockSpec;

/**
 * The collections of an edition, in lock order, and their fields: the article and its sections,
 * then each kind's items as the kind describes them (`kinds/`). `fact` fields are the figures and
 * classifications users compute with; `text` fields are wording. The `context` of an estimate,
 * factor or challenge is a paragraph of its section, so it is compared as that section's `body`
 * (one reason per changed paragraph, not one per item in it).
 */
export const COLLECTIONS: Readonly<Record<string, CollectionSpec>> = {
  article: {
    noun: 'article',
    readerNoun: 'article',
    nameField: 'title',
    fields: {
      date: 'fact',
      locale: 'fact',
      source: 'fact',
      title: 'text',
      description: 'text',
      intro: 'text',
      conclusion: 'text',
    },
    items: (article: Content['article']) => [{ ...article, id: article.slug }],
  },
  sections: {
    noun: 'section',
    readerNoun: 'section',
    nameField: 'heading',
    fields: { kind: 'fact', heading: 'text', body: 'text' },
    items: (article: Content['article']) => article.sections,
  },
  ...Object.fromEntries(KINDS.map((kind) => [kind.collection, kind.lock])),
};

/** The name of a collection of an edition. */
export type CollectionName = string;

/** Where each collection's value is in the content. */
export const VALUE_OF: Readonly<Record<string, keyof Content>> = {
  article: 'article',
  sections: 'article',
  ...Object.fromEntries(KINDS.map((kind) => [kind.collection, kind.collection])),
};
