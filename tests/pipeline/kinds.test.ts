import { describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../../pipeline/datasets/index.js';
import { editionNames, LOCALE_CONTENT_NAMES, SHARED_EXPORTS } from '../../pipeline/emit/locale-module.js';
import { ALL_KINDS, ALL_RULES, TRANSLATED_COLLECTIONS } from '../../pipeline/kinds/index.js';
import { RULES } from '../../pipeline/shared/rules.js';
import { Content, SectionKind, TranslatedCollection } from '../../src/schema.js';

const repeated = (names: readonly string[]) => names.filter((name, index) => names.indexOf(name) !== index);

describe('the registry of kinds', () => {
  it('is what the published schemas list, in article order', () => {
    expect(SectionKind.options).toEqual(ALL_KINDS.map((kind) => kind.kind));
    expect(TranslatedCollection.options).toEqual(TRANSLATED_COLLECTIONS);
    expect(Object.keys(Content.unwrap().shape)).toEqual(['article', ...ALL_KINDS.map((kind) => kind.collection)]);
  });

  it("gives each kind's collection the published schema of it (the lock's shape is the data's)", () => {
    const shape: Record<string, unknown> = Content.unwrap().shape;
    for (const kind of ALL_KINDS) expect(kind.schema, kind.kind).toBe(shape[kind.collection]);
  });

  it('holds no name twice: marks, rules, exported names', () => {
    expect(repeated(ALL_KINDS.flatMap((kind) => Object.keys(kind.marks)))).toEqual([]);
    const kindRules = ALL_KINDS.flatMap((kind) => Object.keys(kind.rules));
    const datasetRules = ALL_DATASETS.flatMap((dataset) => Object.keys(dataset.rules));
    expect(repeated([...Object.keys(RULES), ...kindRules, ...datasetRules])).toEqual([]);
    expect(Object.keys(ALL_RULES)).toHaveLength(Object.keys(RULES).length + kindRules.length + datasetRules.length);
    expect(repeated(editionNames())).toEqual([]);
    const types = ALL_KINDS.flatMap((kind) => kind.emit.types);
    expect(repeated([...types, ...SHARED_EXPORTS.flatMap((e) => e.types ?? [])])).toEqual([]);
  });

  it("names every edition's data, helpers and builders in the locale picker", () => {
    const own = ALL_KINDS.flatMap((kind) => [kind.collection, ...kind.emit.helpers, ...(kind.emit.jsonLd ?? [])]);
    expect([...LOCALE_CONTENT_NAMES].sort()).toEqual(['article', 'locale', 'toArticleJsonLd', ...own].sort());
  });
});
