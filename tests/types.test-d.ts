import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as figures from '../src/figure-types.js';
import type { Locale } from '../src/generated/locales.js';
import type * as history from '../src/history-types.js';
import {
  article,
  type Challenge,
  type ChallengeId,
  type CollectionChanges,
  challengesByPhase,
  changesSince,
  type Dataset,
  estimate,
  type FactorId,
  type FaqEntry,
  type FaqId,
  faq,
  findFaq,
  getChallenge,
  getFactor,
  getFaq,
  type SectionId,
} from '../src/index.js';
import type * as schema from '../src/schema.js';
import type * as types from '../src/types.js';

describe('literal id types', () => {
  it('FaqId, FactorId, ChallengeId and SectionId are unions of the real ids', () => {
    expectTypeOf<FaqId>().toEqualTypeOf<
      | 'what-is-a-defector'
      | 'how-do-north-koreans-escape'
      | 'what-happens-to-north-koreans-who-are-caught-trying-to-escape'
      | 'are-there-any-organizations-that-assist-north-korean-defectors'
    >();
    expectTypeOf<FactorId>().toEqualTypeOf<
      'political-repression' | 'economic-hardship' | 'desire-for-personal-freedom'
    >();
    expectTypeOf<ChallengeId>().toEqualTypeOf<
      | 'navigating-treacherous-terrains'
      | 'avoiding-border-patrols'
      | 'evading-capture-by-authorities'
      | 'language-barriers'
      | 'cultural-differences'
      | 'discrimination'
    >();
    expectTypeOf<SectionId>().toEqualTypeOf<
      | 'estimating-the-number-of-escapees'
      | 'factors-driving-defections'
      | 'challenges-faced-by-escapees'
      | 'frequently-asked-questions-faq'
    >();
  });

  it('rejects a wrong id at compile time', () => {
    getFaq('what-is-a-defector');
    // @ts-expect-error 'what-is-a-defecter' is not a FaqId
    getFaq('what-is-a-defecter');
    // @ts-expect-error a factor id is not a FAQ id
    getFaq('political-repression');
    // @ts-expect-error 'poverty' is not a FactorId
    getFactor('poverty');
    // @ts-expect-error 'walls' is not a ChallengeId
    getChallenge('walls');
    // @ts-expect-error 'after' is not a ChallengePhase
    challengesByPhase('after');
  });

  it('types data with literal ids, readonly', () => {
    expectTypeOf(getFaq('what-is-a-defector')).toEqualTypeOf<FaqEntry<FaqId>>();
    expectTypeOf(faq[0]!.id).toEqualTypeOf<FaqId>();
    expectTypeOf(findFaq('x')).toEqualTypeOf<FaqEntry<FaqId> | undefined>();
    expectTypeOf(challengesByPhase('journey')).toEqualTypeOf<readonly Challenge<ChallengeId>[]>();
    expectTypeOf(article.sections[0]!.id).toEqualTypeOf<SectionId>();
    expectTypeOf(estimate.value).toBeNumber();
    // @ts-expect-error data is readonly
    estimate.value = 1;
    // @ts-expect-error arrays are readonly
    faq.push(faq[0]!);
  });
});

describe('the zod schemas and the public types describe the same shapes', () => {
  it('each schema infers exactly its public type', () => {
    expectTypeOf<z.infer<typeof schema.FaqEntry>>().toEqualTypeOf<types.FaqEntry>();
    expectTypeOf<z.infer<typeof schema.Factor>>().toEqualTypeOf<types.Factor>();
    expectTypeOf<z.infer<typeof schema.Challenge>>().toEqualTypeOf<types.Challenge>();
    expectTypeOf<z.infer<typeof schema.Estimate>>().toEqualTypeOf<types.Estimate>();
    expectTypeOf<z.infer<typeof schema.Article>>().toEqualTypeOf<types.Article>();
    expectTypeOf<z.infer<typeof schema.Section>>().toEqualTypeOf<types.Section>();
    expectTypeOf<z.infer<typeof schema.RichText>>().toEqualTypeOf<types.RichText>();
    expectTypeOf<z.infer<typeof schema.RichBlocks>>().toEqualTypeOf<types.RichBlocks>();
    expectTypeOf<z.infer<typeof schema.Source>>().toEqualTypeOf<types.Source>();
    expectTypeOf<z.infer<typeof schema.LinkNode>>().toEqualTypeOf<types.LinkNode>();
    expectTypeOf<z.infer<typeof schema.Content>>().toEqualTypeOf<types.Content>();
    expectTypeOf<z.infer<typeof schema.Arrivals>>().toEqualTypeOf<figures.Arrivals>();
    expectTypeOf<z.infer<typeof schema.Refugees>>().toEqualTypeOf<figures.Refugees>();
    expectTypeOf<z.infer<typeof schema.RefugeeRow>>().toEqualTypeOf<figures.RefugeeRow>();
    expectTypeOf<z.infer<typeof schema.DatasetText>>().toEqualTypeOf<figures.DatasetText>();
    expectTypeOf<z.infer<typeof schema.DestinationCountry>>().toEqualTypeOf<types.DestinationCountry>();
    expectTypeOf<z.infer<typeof schema.Meta>>().toEqualTypeOf<types.Meta>();
    expectTypeOf<z.infer<typeof schema.License>>().toEqualTypeOf<types.License>();
    expectTypeOf<z.infer<typeof schema.ItemHistory>>().toEqualTypeOf<history.ItemHistory>();
    expectTypeOf<z.infer<typeof schema.ContentRelease>>().toEqualTypeOf<history.ContentRelease>();
    expectTypeOf<z.infer<typeof schema.CollectionChanges>>().toEqualTypeOf<history.CollectionChanges>();
  });

  it('the plain Dataset type (literal ids, no zod) is a zod Dataset, and data.json is one', () => {
    expectTypeOf<Dataset>().toExtend<z.infer<typeof schema.Dataset>>();
    expectTypeOf<Dataset['content']['ko']['faq'][number]['id']>().toEqualTypeOf<FaqId>();
    expectTypeOf<keyof Dataset['content']>().toEqualTypeOf<Locale>();
    expectTypeOf<'en' | 'ko'>().toExtend<keyof Dataset['content']>();
    expectTypeOf<keyof Dataset>().toEqualTypeOf<keyof z.infer<typeof schema.Dataset>>();
  });
});

describe('changesSince answers with the literal ids, in every edition and dataset', () => {
  it('ids still there are the collection’s ids; removed ones, any string', () => {
    const changes = changesSince('0.2.0');
    expectTypeOf(changes.editions.ko.faq).toEqualTypeOf<CollectionChanges<FaqId>>();
    expectTypeOf(changes.editions.en.faq.removed).toEqualTypeOf<readonly string[]>();
    expectTypeOf(changes.editions.en.sections.changed).toEqualTypeOf<readonly SectionId[]>();
    expectTypeOf(changes.editions.en.factors.added).toEqualTypeOf<readonly FactorId[]>();
    expectTypeOf(changes.editions.en.article.changed).toEqualTypeOf<readonly string[]>();
    expectTypeOf<keyof typeof changes.editions>().toEqualTypeOf<Locale>();
    expectTypeOf<keyof typeof changes.datasets.arrivals>().toEqualTypeOf<'rows' | 'sources'>();
    expectTypeOf(faq[0]!.history).toEqualTypeOf<history.ItemHistory | null>();
  });
});

describe('the Korean entry and the locale picker share the ids', () => {
  it('types the Korean data with the same literal ids', async () => {
    const ko = await import('../src/generated/ko.js');
    const picker = await import('../src/locales.js');
    expectTypeOf(ko.getFaq).parameter(0).toEqualTypeOf<FaqId>();
    expectTypeOf<import('../src/generated/ko.js').FaqId>().toEqualTypeOf<FaqId>();
    expectTypeOf(picker.getFaq).parameter(0).toEqualTypeOf<FaqId>();
    // A tuple of literal locales, the source first, Korean among them (whatever others the build has).
    expectTypeOf(picker.locales).toExtend<readonly ['en', ...Locale[]]>();
    expectTypeOf<'ko'>().toExtend<(typeof picker.locales)[number]>();
    expectTypeOf<string>().not.toExtend<(typeof picker.locales)[number]>();
    // @ts-expect-error 'typo' is not a FaqId in Korean either
    ko.getFaq('typo');
    // @ts-expect-error 'qtz' (reserved for local use) is never an available locale
    picker.getArticle('qtz');
  });

  it('LocaleContent names exactly what each generated locale module exports of its own (the shared runtime aside)', async () => {
    const en = await import('../src/generated/en.js');
    type Shared =
      | 'arrivals'
      | 'arrivalSources'
      | 'statedArrivalsTotal'
      | 'meta'
      | 'changesSince'
      | 'releases'
      | 'arrivalsBetween'
      | 'totalArrivals'
      | 'refugees'
      | 'refugeeSources'
      | 'refugeesIn'
      | 'refugeesByCountry'
      | 'refugeeSeries'
      | 'toHtml'
      | 'toJsonLdScript'
      | 'toJsonLdString';
    expectTypeOf<keyof import('../src/locales.js').LocaleContent>().toEqualTypeOf<Exclude<keyof typeof en, Shared>>();
    // The generated locale index builds each locale's object from this list.
    const { LOCALE_CONTENT_NAMES } = await import('../pipeline/emit/locale-module.js');
    expectTypeOf<(typeof LOCALE_CONTENT_NAMES)[number]>().toEqualTypeOf<
      keyof import('../src/locales.js').LocaleContent
    >();
  });
});
