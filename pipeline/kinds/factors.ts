/** The factors driving defections: `:factor[Political repression]`, optionally `{#id}`. */
import { Factor } from '../../src/schema.js';
import { checkUnique, compareIds, validateAll } from '../checks.js';
import type { KindHandler } from './kind.js';
import { extractMarkedItems } from './marked-items.js';

/** The factors section. */
export const factorsKind: KindHandler = {
  kind: 'factors',
  collection: 'factors',
  noun: 'factor',
  hint: 'a ## section with :factor[…] marks',
  marks: { factor: { attributes: ['id'] } },
  hasBody: true,
  lock: { noun: 'factor', readerNoun: 'factor', nameField: 'label', fields: { sectionId: 'fact', label: 'text' } },
  extract: (input) => extractMarkedItems(input),
  validate({ items, file }) {
    checkUnique(items, 'factor id', file);
    return validateAll(items, Factor, 'factor', file);
  },
  parity: (input) => compareIds('factor', input.source, input.translation, input),
};
