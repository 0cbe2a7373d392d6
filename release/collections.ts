/**
 * The collections the content lock records: of each edition, the article, its sections and each
 * kind's collection (as the kind describes it, `pipeline/kinds/`); of each dataset, the collections
 * it declares (`pipeline/datasets/`). Each says what it is called, which of its fields are facts
 * (the figures and classifications users compute with) or texts (wording), and how its items are
 * read from the data.
 */

import { ALL_DATASETS, type BuiltDatasets } from '../pipeline/datasets/index.js';
import { ALL_KINDS, type EditionContent, itemsOf } from '../pipeline/kinds/index.js';
import type { LockedItem, LockSpec } from '../pipeline/kinds/lock-spec.js';

/** What one collection of the lock is called and how its fields are compared. */
export type CollectionSpec = Omit<LockSpec<unknown>, 'items'>;

/** A collection of the lock: its spec, and its items as the lock records them from the data (`From`). */
export interface LockCollection<From> extends CollectionSpec {
  read(from: From): readonly LockedItem[];
}

/**
 * The collections of an edition, in lock order, and their fields: the article and its sections,
 * then each kind's items. The `context` of an estimate, factor or challenge is a paragraph of its
 * section, so it is compared as that section's `body` (one reason per changed paragraph, not one
 * per item in it).
 */
export const COLLECTIONS: Readonly<Record<string, LockCollection<EditionContent>>> = {
  article: {
    noun: 'article',
    readerNoun: 'article',
    nameField: 'title',
    fields: {
      date: 'fact',
      locale: 'fact',
      language: 'fact',
      // Where the article comes from (name, address, note): a citation's details, a patch like a figure's source.
      source: 'text',
      title: 'text',
      description: 'text',
      intro: 'text',
      conclusion: 'text',
    },
    // The sections are a collection of their own; the slug is the id.
    read: ({ article: { sections: _sections, slug, ...article } }) => [{ ...article, id: slug }],
  },
  sections: {
    noun: 'section',
    readerNoun: 'section',
    nameField: 'heading',
    fields: { kind: 'fact', heading: 'text', body: 'text' },
    read: (content) => content.article.sections,
  },
  ...Object.fromEntries(
    ALL_KINDS.map((kind): [string, LockCollection<EditionContent>] => {
      const { noun, readerNoun, nameField, fields } = kind.lock;
      const read = (content: EditionContent): readonly LockedItem[] => {
        const value = content[kind.collection];
        return kind.lock.items ? kind.lock.items(value) : itemsOf(value);
      };
      return [kind.collection, { noun, readerNoun, nameField, fields, read }];
    }),
  ),
};

/**
 * The collections of the datasets (the lock's `figures`), each as its dataset declares it
 * (`pipeline/datasets/`) and read from that dataset's value: the arrival figures' own fields and
 * sources (their rows are the lock's `arrivals`), the refugee figures, their rows and sources. A
 * dataset's collections are new in a lock that predates it: an addition, a minor release.
 */
export const FIGURE_COLLECTIONS: Readonly<Record<string, LockCollection<BuiltDatasets>>> = Object.fromEntries(
  ALL_DATASETS.flatMap((dataset) =>
    Object.entries(dataset.lock).map(([name, { read, ...spec }]): [string, LockCollection<BuiltDatasets>] => [
      name,
      { ...spec, read: (datasets) => read(datasets[dataset.name]) },
    ]),
  ),
);
