import type { Article, FAQPage, WithContext } from 'schema-dts';
import { describe, expectTypeOf, it } from 'vitest';
import { type ArticleJsonLd, type FaqPageJsonLd, toArticleJsonLd, toFaqPageJsonLd } from '../../src/index.js';

describe('JSON-LD types', () => {
  it('are assignable to schema-dts FAQPage and Article (with @context)', () => {
    expectTypeOf<FaqPageJsonLd>().toExtend<WithContext<FAQPage>>();
    expectTypeOf<ArticleJsonLd>().toExtend<WithContext<Article>>();
    expectTypeOf(toFaqPageJsonLd()).toExtend<WithContext<FAQPage>>();
    expectTypeOf(toArticleJsonLd({ author: { '@type': 'Organization', name: 'x' } })).toExtend<WithContext<Article>>();
  });

  it('are not just any object: a Question needs its name and a FAQPage is not an Article', () => {
    expectTypeOf<FaqPageJsonLd>().not.toExtend<WithContext<Article>>();
    expectTypeOf<{
      '@context': 'https://schema.org';
      '@type': 'FAQPage';
      mainEntity: { '@type': 'Question'; nome: string }[];
    }>().not.toExtend<FaqPageJsonLd>();
  });
});
