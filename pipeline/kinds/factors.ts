/** The factors driving defections: `:factor[Political repression]`, optionally `{#id}`. */
import { Factor, type Factor as FactorType } from '../../src/schema.js';
import { checkUnique, validateAll } from '../checks.js';
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
  lock: {
    noun: 'factor',
    readerNoun: 'factor',
    nameField: 'label',
    fields: { sectionId: 'fact', label: 'text', context: 'context' },
  },
  emit: {
    idType: { name: 'FactorId', doc: 'The id of a factor driving defections.' },
    imports: { 'query.js': ['byIdGetter', 'byIdFinder'], 'types.js': ['Factor'] },
    names: ['factors', 'getFactor', 'findFactor'],
    render: (value, { frozen }) => `/** The factors driving defections, in the article's order. */
export const factors: readonly Factor<FactorId>[] = ${frozen(value)};

/** Gets a factor by id (type-checked). @returns The factor. @throws {RangeError} If the id is unknown. */
export const getFactor = /* @__PURE__ */ byIdGetter(factors, 'factor');

/** Looks a factor up by any string. @returns The factor, or \`undefined\`. */
export const findFactor = /* @__PURE__ */ byIdFinder(factors);
`,
  },
  extract: (input) => extractMarkedItems(input),
  validate({ items, file }) {
    checkUnique(items, 'factor id', file);
    return validateAll(items, Factor, 'factor', file);
  },
  translates: ({ label }: FactorType) => ({ label }),
};
