/**
 * The collections the content lock records: of each edition, the article, its sections and each
 * kind's collection (as the kind describes it, `pipeline/kinds/`); of the arrival figures, the
 * figures themselves and their sources. Each says what it is called, which of its fields are facts
 * (the figures and classifications users compute with) or texts (wording), and how its items are
 * read from the data.
 */
import { ALL_KINDS, type EditionContent, itemsOf } from '../pipeline/kinds/index.js';
import type { LockedItem, LockSpec } from '../pipeline/kinds/lock-spec.js';
import type { Arrivals } from '../src/schema.js';

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
      source: 'fact',
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
 * The collections of the arrival figures besides their rows (the lock's `arrivals`), recorded since
 * lock version 2: the figures themselves, one item of every field but those recorded elsewhere (the
 * stated total field by field, its source by id), and their sources, by id.
 */
export const FIGURE_COLLECTIONS: Readonly<Record<string, LockCollection<Arrivals>>> = {
  arrivals: {
    noun: 'figures',
    readerNoun: 'arrival figures',
    nameField: 'title',
    fields: {
      title: 'text',
      description: 'text',
      'statedTotal.through': 'fact',
      'statedTotal.men': 'fact',
      'statedTotal.women': 'fact',
      'statedTotal.total': 'fact',
    },
    read: ({ rows: _rows, sources: _sources, statedTotal, ...figures }) => [
      {
        ...figures,
        id: 'arrivals',
        ...fieldsOf('statedTotal', statedTotal && { ...statedTotal, source: statedTotal.source.id }),
      },
    ],
  },
  sources: {
    noun: 'source',
    readerNoun: 'source of the arrival figures',
    nameField: 'name',
    fields: { name: 'text' },
    read: (arrivals) => arrivals.sources,
  },
};

/** An object's fields as fields of the item holding it (`statedTotal.total`), or `null` under its own name. */
function fieldsOf(name: string, value: object | null): Record<string, unknown> {
  if (value === null) return { [name]: null };
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [`${name}.${key}`, field]));
}
