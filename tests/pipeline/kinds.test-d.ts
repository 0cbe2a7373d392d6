import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { LocaleContentName } from '../../pipeline/emit/locale-module.js';
import type { CollectionName, EditionContent, KindName, TranslatedCollection } from '../../pipeline/kinds/index.js';
import type { LocaleContent } from '../../src/locales.js';
import type * as schema from '../../src/schema.js';
import type * as types from '../../src/types.js';

/**
 * The published declarations name the kinds one by one (dist's declarations print them as written,
 * and they are the package's contract); the registry is the one source they are held to.
 */
describe('what the package declares of the kinds is what the registry derives', () => {
  it('the section kinds: SectionKind, plain and zod', () => {
    expectTypeOf<types.SectionKind>().toEqualTypeOf<KindName>();
    expectTypeOf<z.infer<typeof schema.SectionKind>>().toEqualTypeOf<KindName>();
  });

  it("an edition's content: Content, plain and zod, has the article and each kind's collection", () => {
    expectTypeOf<keyof types.Content>().toEqualTypeOf<'article' | CollectionName>();
    expectTypeOf<z.infer<typeof schema.Content>>().toEqualTypeOf<{
      readonly [K in keyof EditionContent]: EditionContent[K];
    }>();
  });

  it('the collections a translation records revisions of', () => {
    expectTypeOf<z.infer<typeof schema.TranslatedCollection>>().toEqualTypeOf<TranslatedCollection>();
  });

  it("the locale picker's names", () => {
    expectTypeOf<keyof LocaleContent>().toEqualTypeOf<LocaleContentName>();
  });
});
