/**
 * A dataset's yearly rows as a bar chart, in the units of its SVG's viewBox: the bars (one per
 * single-year row, each with its tooltip), the value gridlines and their labels, the year labels,
 * the values of the highest and the last bar, and the chart's text alternative. Every label is
 * placed inside the drawing at the largest size site.css gives chart labels (on a phone), which the
 * browser test measures.
 */
import type { Locale } from 'north-korean-escapees/locales';
import type { DatasetDescription } from './datasets.js';
import { formatCount } from './format.js';
import { wordsOf } from './words.js';

/** The drawing's width, and the largest label size (site.css: `.chart text`, on narrow screens). */
export const CHART_WIDTH = 560;
export const LABEL_SIZE = 20;
/** A digit or a comma is at most this many ems wide in the system fonts. */
const DIGIT = 0.66;
const PLOT_HEIGHT = 180;
const TOP = LABEL_SIZE + 10;
const BOTTOM = LABEL_SIZE + 12;
const RIGHT = 20;

/** A label: its text, its anchor point and how it is anchored there; `value` labels mark a bar's value. */
export interface ChartLabel {
  readonly className: 'tick' | 'value';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A bar chart, in viewBox units. */
export interface Chart {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly { x: number; y: number; width: number; height: number; year: number; title: string }[];
  /** The gridlines, from the baseline (the axis) up. */
  readonly grid: readonly { y: number; className: 'axis' | 'grid' }[];
  /** The left end of the gridlines and the bars' area. */
  readonly left: number;
  readonly labels: readonly ChartLabel[];
  readonly alternative: string;
}

/** A round step for about four gridlines up to `max` (1, 2 or 5 times a power of ten). */
function gridStep(max: number): number {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= raw)!;
}

/** The widest a label of `text` can be, in viewBox units. */
const labelWidth = (text: string) => text.length * DIGIT * LABEL_SIZE;

/** A label centred on `x`, moved inwards where it would cross an edge of the drawing. */
function centred(x: number, y: number, text: string, left: number): ChartLabel {
  const half = labelWidth(text) / 2;
  const within = Math.min(Math.max(x, left + half), CHART_WIDTH - RIGHT - half);
  return { className: 'tick', x: within, y, text, anchor: 'middle' };
}

/**
 * The chart of a dataset's single-year rows, with its words in `locale`.
 *
 * @returns The chart.
 */
export function datasetChart(dataset: DatasetDescription, locale: Locale): Chart {
  const ui = wordsOf(locale);
  const yearly = dataset.rows.flatMap((row) => {
    const value = row.values[dataset.drawn];
    return row.from === row.to && value !== null && value !== undefined ? [{ year: row.to, value }] : [];
  });
  if (yearly.length === 0) throw new Error(`${dataset.id}: no single year with a figure to draw`);
  // One slot per year from the first to the last: a year without a figure stays an empty slot, never a bar.
  const first = yearly[0]!.year;
  const slots = yearly.at(-1)!.year - first + 1;
  const step = gridStep(Math.max(...yearly.map((point) => point.value)));
  const top = Math.ceil(Math.max(...yearly.map((point) => point.value)) / step) * step;
  const grid = Array.from({ length: top / step + 1 }, (_, index) => index * step);
  const left = Math.ceil(Math.max(...grid.map((value) => labelWidth(formatCount(locale, value)))) + 8);
  const baseline = TOP + PLOT_HEIGHT;
  const slot = (CHART_WIDTH - RIGHT - left) / slots;
  const y = (value: number) => baseline - (value / top) * PLOT_HEIGHT;
  const bars = yearly.map((point) => ({
    x: round(left + (point.year - first) * slot + slot * 0.15),
    y: round(y(point.value)),
    width: round(slot * 0.7),
    height: round(baseline - y(point.value)),
    year: point.year,
    title: ui.yearCount(point.year, formatCount(locale, point.value)),
  }));
  const centre = (index: number) => left + (yearly[index]!.year - first + 0.5) * slot;
  const most = yearly.reduce((a, b) => (b.value > a.value ? b : a));
  const fewest = yearly.reduce((a, b) => (b.value < a.value ? b : a));
  const marked = [...new Set([yearly.indexOf(most), yearly.length - 1])];
  const labels: ChartLabel[] = [
    ...grid.map((value) => ({
      className: 'tick' as const,
      x: left - 6,
      y: round(y(value) + LABEL_SIZE * 0.35),
      text: formatCount(locale, value),
      anchor: 'end' as const,
    })),
    ...yearly.flatMap((point, index) =>
      point.year % 5 === 0 ? [centred(centre(index), baseline + LABEL_SIZE + 2, String(point.year), left)] : [],
    ),
    ...marked.map((index) => ({
      ...centred(centre(index), round(y(yearly[index]!.value) - 6), formatCount(locale, yearly[index]!.value), left),
      className: 'value' as const,
    })),
  ].map((label) => ({ ...label, x: round(label.x) }));
  const count = (point: { year: number; value: number }) => ui.yearCount(point.year, formatCount(locale, point.value));
  const words = ui.datasets[dataset.id];
  return {
    width: CHART_WIDTH,
    height: baseline + BOTTOM,
    bars,
    grid: grid.map((value) => ({ y: round(y(value)), className: value === 0 ? ('axis' as const) : ('grid' as const) })),
    left,
    labels,
    alternative: words.chart(yearly[0]!.year, yearly.at(-1)!.year, count(most), count(fewest)),
  };
}

/** To a tenth of a unit: short attributes, the same text from every renderer. */
const round = (value: number) => Math.round(value * 10) / 10;
