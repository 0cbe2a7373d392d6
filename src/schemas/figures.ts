/**
 * The schemas of the official arrival figures: their sources, rows and stated total, and the
 * checks of their sums and order (which JSON Schema cannot express).
 */
import { z } from 'zod';
import { HistoryField } from './history.js';
import { Id, IsoDate, nonEmpty, RichBlocks } from './text.js';

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
 * The official arrival figures, as `data.json` holds them: their title, their description (the
 * paragraphs of `arrivals.md`), rows, sources and stated total.
 * It checks what `schema.json` checks, no more; `CheckedArrivals` adds the sums JSON Schema cannot express.
 */
export const Arrivals = z
  .strictObject({
    title: nonEmpty,
    description: RichBlocks,
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
