/**
 * The schemas of the published figures (the datasets): their sources, texts, rows and totals, and the
 * checks of their sums and order (which JSON Schema cannot express).
 */
import { z } from 'zod';
import { HistoryField } from './history.js';
import { CountryCode, Id, IsoDate, Locale, nonEmpty, RichBlocks } from './text.js';

/** Where a published figure comes from, and when it was read there. */
export const DataSource = z
  .strictObject({
    id: Id,
    name: nonEmpty,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
    retrieved: IsoDate,
    note: nonEmpty.optional(),
    history: HistoryField,
  })
  .readonly();
export type DataSource = z.infer<typeof DataSource>;

const Count = z.number().int('must be a whole number').nonnegative('must not be negative');
const Year = z.number().int().min(1945, 'must be a year from 1945').max(2100, 'must be a year before 2100');

/** A dataset's title and description in one language. */
export const DatasetText = z.strictObject({ title: nonEmpty, description: RichBlocks }).readonly();
export type DatasetText = z.infer<typeof DatasetText>;

/** What every dataset has: its title and description in the source language, and in each other edition's by locale. */
export const DATASET_TEXT = {
  title: nonEmpty,
  description: RichBlocks,
  translations: z.record(Locale, DatasetText).readonly(),
};

/** The counts of a row or a total, and the source that states them. */
const COUNTS = { men: Count, women: Count, total: Count, source: DataSource };

/** Arrivals over one period (usually one year). */
export const ArrivalRow = z
  .strictObject({ from: Year.nullable(), to: Year, ...COUNTS, history: HistoryField })
  .readonly();
export type ArrivalRow = z.infer<typeof ArrivalRow>;

/** A cumulative total as stated by a source. */
export const StatedTotal = z.strictObject({ through: Year, ...COUNTS }).readonly();
export type StatedTotal = z.infer<typeof StatedTotal>;

/**
 * The official arrival figures, as `data.json` holds them: their title and description (the
 * paragraphs of `arrivals.md`, and of `arrivals.<locale>.md` for each other edition), rows, sources and stated total.
 * It checks what `schema.json` checks, no more; `CheckedArrivals` adds the sums JSON Schema cannot express.
 */
export const Arrivals = z
  .strictObject({
    ...DATASET_TEXT,
    rows: z.array(ArrivalRow).readonly(),
    sources: z.array(DataSource).readonly(),
    statedTotal: StatedTotal.nullable(),
  })
  .readonly();
export type Arrivals = z.infer<typeof Arrivals>;

/**
 * `Arrivals`, also checked for what JSON Schema cannot express (the content build checks the
 * figures with it): in each row and in the stated total men + women = total, no period ends
 * before it starts, periods are unique and ascending, and the rows add up to the stated total.
 */
export const CheckedArrivals = Arrivals.superRefine((data, ctx) => {
  const sums = (
    item: { readonly men: number; readonly women: number; readonly total: number },
    path: (string | number)[],
  ) => {
    if (item.men + item.women !== item.total)
      ctx.addIssue({
        code: 'custom',
        message: 'men + women must equal total',
        path: [...path, 'total'],
        params: { rule: 'arrivals-sum' },
      });
  };
  data.rows.forEach((row, index) => {
    sums(row, ['rows', index]);
    if (row.from !== null && row.from > row.to)
      ctx.addIssue({
        code: 'custom',
        message: 'the period must not end before it starts',
        path: ['rows', index, 'to'],
        params: { rule: 'arrivals-period' },
      });
  });
  if (data.statedTotal) sums(data.statedTotal, ['statedTotal']);
  data.rows.forEach((row, index) => {
    const previous = data.rows[index - 1];
    if (previous && (row.from ?? -Infinity) <= previous.to) {
      ctx.addIssue({
        code: 'custom',
        message: `years must be unique and ascending: ${row.from ?? '…'}–${row.to} comes after ${previous.to}`,
        path: ['rows', index, 'from'],
        params: { rule: 'arrivals-order' },
      });
    }
  });
  const total = data.statedTotal;
  if (total) {
    const rows = data.rows.filter((row) => row.to <= total.through);
    const sum = (key: 'men' | 'women' | 'total') => rows.reduce((acc, row) => acc + row[key], 0);
    for (const key of ['men', 'women', 'total'] as const) {
      if (sum(key) !== total[key]) {
        ctx.addIssue({
          code: 'custom',
          message: `the rows through ${total.through} add up to ${sum(key)} ${key === 'total' ? 'people' : key}, but the source states ${total[key]}`,
          path: ['statedTotal', key],
          params: { rule: 'arrivals-sum' },
        });
      }
    }
  }
});
export type CheckedArrivals = z.infer<typeof CheckedArrivals>;

/** Refugees from North Korea, and asylum-seekers, at the end of one year: worldwide (`country: null`) or in one country of asylum. */
export const RefugeeRow = z
  .strictObject({
    year: Year,
    country: CountryCode.nullable(),
    refugees: Count,
    asylumSeekers: Count.nullable(),
    source: DataSource,
    history: HistoryField,
  })
  .readonly();
export type RefugeeRow = z.infer<typeof RefugeeRow>;

/**
 * UNHCR's figures of refugees from North Korea, as `data.json` holds them: their title and
 * description, rows (by year; in each year the worldwide row, then the countries of asylum) and sources.
 * It checks what `schema.json` checks; `CheckedRefugees` adds the order and sums JSON Schema cannot express.
 */
export const Refugees = z
  .strictObject({ ...DATASET_TEXT, rows: z.array(RefugeeRow).readonly(), sources: z.array(DataSource).readonly() })
  .readonly();
export type Refugees = z.infer<typeof Refugees>;

/**
 * `Refugees`, also checked for what JSON Schema cannot express (the content build checks the figures
 * with it): years ascending, each year's worldwide row before its countries, no country twice in a
 * year, no country's figure without its year's worldwide one, and the countries of a year adding up
 * to no more than the worldwide figure (a source names only some countries).
 */
export const CheckedRefugees = Refugees.superRefine((data, ctx) => {
  const issue = (index: number, field: string, message: string, rule: string) =>
    ctx.addIssue({ code: 'custom', message, path: ['rows', index, field], params: { rule } });
  const worldwide = new Map<number, number>();
  const countries = new Map<number, { seen: Set<string>; sum: number }>();
  data.rows.forEach((row, index) => {
    const previous = data.rows[index - 1];
    if (previous && row.year < previous.year)
      issue(index, 'year', `years must be ascending: ${row.year} comes after ${previous.year}`, 'refugees-order');
    if (row.country === null) {
      if (worldwide.has(row.year) || countries.has(row.year))
        issue(index, 'country', `${row.year}'s worldwide row must come once, before its countries`, 'refugees-order');
      worldwide.set(row.year, row.refugees);
      return;
    }
    const year = countries.get(row.year) ?? { seen: new Set<string>(), sum: 0 };
    countries.set(row.year, year);
    if (year.seen.has(row.country))
      issue(index, 'country', `${row.country} is given twice for ${row.year}`, 'refugees-order');
    year.seen.add(row.country);
    year.sum += row.refugees;
    const total = worldwide.get(row.year);
    if (total === undefined)
      issue(
        index,
        'country',
        `${row.year} has no worldwide row: a country's figure needs its year's total`,
        'refugees-sum',
      );
    else if (year.sum > total)
      issue(
        index,
        'refugees',
        `the countries of ${row.year} add up to ${year.sum} refugees so far, more than the worldwide ${total}`,
        'refugees-sum',
      );
  });
});
export type CheckedRefugees = z.infer<typeof CheckedRefugees>;
