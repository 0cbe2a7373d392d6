/**
 * The collections of an edition as the content lock records them: what each is called and which of
 * its fields are facts (the figures and classifications users compute with) or texts (wording).
 */
import { KINDS } from '../pipeline/kinds/index.js';
import type { LockSpec } from '../pipeline/kinds/kind.js';
import type { Arrivals, Content } from '../src/schema.js';

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
    // The sections are a collection of their own; the slug is the id.
    items: ({ sections: _sections, slug, ...article }: Content['article']) => [{ ...article, id: slug }],
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

/**
 * The collections of the arrival figures besides their rows (the lock's `arrivals`), recorded since
 * lock version 2: the figures themselves, one item of every field but those recorded elsewhere (the
 * stated total field by field, its source by id), and their sources, by id.
 */
export const FIGURE_COLLECTIONS: Readonly<Record<string, CollectionSpec>> = {
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
    items: ({ rows: _rows, sources: _sources, statedTotal, ...figures }: Arrivals) => [
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
    items: (arrivals: Arrivals) => arrivals.sources,
  },
};

/** An object's fields as fields of the item holding it (`statedTotal.total`), or `null` under its own name. */
function fieldsOf(name: string, value: object | null): Record<string, unknown> {
  if (value === null) return { [name]: null };
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [`${name}.${key}`, field]));
}
