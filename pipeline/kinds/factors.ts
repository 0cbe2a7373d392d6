/** The factors driving defections: `:factor[Political repression]`, optionally `{#id}`. */
import { Content, Factor } from '../../src/schema.js';
import { checkUnique, validateAll } from '../validate/checks.js';
import { defineKind, type SectionInput } from './kind.js';
import { extractMarkedItems, type MarkedItem } from './marked-items.js';

/** The factors section. */
export const factorsKind = defineKind({
  kind: 'factors',
  collection: 'factors',
  required: false,
  noun: 'factor',
  hint: 'a ## section with :factor[…] marks',
  marks: { factor: { attributes: ['id'] } },
  rules: {},
  hasBody: true,
  schema: Content.unwrap().shape.factors,
  lock: {
    noun: 'factor',
    readerNoun: 'factor',
    nameField: 'label',
    fields: { sectionId: 'fact', label: 'text', context: 'context' },
  },
  emit: {
    idType: { name: 'FactorId', doc: 'The id of a factor driving defections.' },
    imports: { 'query.js': ['byIdGetter', 'byIdFinder'], 'types.js': ['Factor'] },
    types: ['Factor'],
    helpers: ['getFactor', 'findFactor'],
    pickerRank: 1,
    render: (value, { frozen }) => `/** The factors driving defections, in the article's order. */
export const factors: readonly Factor<FactorId>[] = ${frozen(value)};

/** Gets a factor by id (type-checked). @returns The factor. @throws {RangeError} If the id is unknown. */
export const getFactor = /* @__PURE__ */ byIdGetter(factors, 'factor');

/** Looks a factor up by any string. @returns The factor, or \`undefined\`. */
export const findFactor = /* @__PURE__ */ byIdFinder(factors);
`,
  },
  extract: (input: SectionInput<MarkedItem>) => extractMarkedItems(input),
  validate({ items, file }) {
    checkUnique(items, 'factor id', file);
    return validateAll(items, Factor, 'factor', file);
  },
  translates: ({ label }: Factor) => ({ label }),
});
