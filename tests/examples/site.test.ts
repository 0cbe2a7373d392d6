/**
 * The example site's shared parts, without a browser: each language's fonts from its script, the
 * datasets and their words, and the charts' geometry (the browser test measures the drawn labels).
 */
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, datasetChart } from '../../examples/shared/chart.js';
import { keyFigureOf } from '../../examples/shared/dataset-view.js';
import { DATASETS } from '../../examples/shared/datasets.js';
import { fontCss, fontFamily, SCRIPTS, scriptOf } from '../../examples/shared/fonts.js';
import { formatCount } from '../../examples/shared/format.js';
import { languageTag } from '../../examples/shared/language.js';
import { wordsOf } from '../../examples/shared/words.js';
import { statedArrivalsTotal } from '../../src/index.js';
import { getContent, locales } from '../../src/locales.js';

describe('the fonts of each language', () => {
  it.each(locales)('%s is set in the fonts of the script its article is written in', (locale) => {
    const script = scriptOf(locale);
    const title = [...getContent(locale).article.title].filter((c) => /\p{L}/u.test(c));
    expect(title.filter((letter) => SCRIPTS[script].letters.test(letter)).length / title.length).toBeGreaterThan(0.5);
    // The rule names the language's tag (zh-Hans for zh), as the pages' lang attributes do.
    expect(fontCss()).toContain(`[lang|="${languageTag(locale)}"]{font-family:${fontFamily(script)};`);
  });

  it('knows the script of each language from Intl, Korean from Latin, and Chinese in either form', () => {
    // Not the package's languages (which the test above reads): what adding one will find.
    expect(['en', 'ko', 'zh', 'zh-TW', 'ja'].map((code) => new Intl.Locale(code).maximize().script)).toEqual([
      'Latn',
      'Kore',
      'Hans',
      'Hant',
      'Jpan',
    ]);
    for (const script of Object.values(SCRIPTS)) expect(script.fonts.at(-1)).toBe('sans-serif');
    expect(fontFamily('Kore')).toMatch(/^"Apple SD Gothic Neo", "Noto Sans KR", .*"Malgun Gothic", .*sans-serif$/);
  });
});

describe('the datasets', () => {
  it('have words in every language: a heading, and a heading for each of their numbers', () => {
    for (const locale of locales) {
      expect(Object.keys(wordsOf(locale).datasets).sort()).toEqual(DATASETS.map((dataset) => dataset.id).sort());
      for (const dataset of DATASETS) {
        const words = wordsOf(locale).datasets[dataset.id];
        for (const row of dataset.rows) expect(row.values.length, dataset.id).toBe(words.columns.length);
        expect(dataset.drawn).toBeLessThan(words.columns.length);
      }
    }
  });

  it('give the front page the stated total of arrivals as its key figure', () => {
    const arrivals = DATASETS.find((dataset) => dataset.id === 'arrivals')!;
    expect(arrivals.keyFigure).toEqual({ value: statedArrivalsTotal!.total, through: statedArrivalsTotal!.through });
    for (const locale of locales)
      expect(keyFigureOf(arrivals, locale)).toEqual({
        value: formatCount(locale, statedArrivalsTotal!.total),
        label: wordsOf(locale).datasets.arrivals.keyFigure(statedArrivalsTotal!.through),
        href: '#arrivals',
      });
  });
});

describe.each(DATASETS.flatMap((dataset) => locales.map((locale) => [dataset.id, locale] as const)))(
  'the chart of %s in %s',
  (id, locale) => {
    const dataset = DATASETS.find((d) => d.id === id)!;
    const chart = datasetChart(dataset, locale);
    const yearly = dataset.rows.filter((row) => row.from === row.to);
    const values = yearly.map((row) => row.values[dataset.drawn]!);

    it('has a bar per single-year row, in order, as high as its value', () => {
      expect(chart.bars.map((bar) => bar.year)).toEqual(yearly.map((row) => row.to));
      const axis = chart.grid[0]!;
      expect(axis.className).toBe('axis');
      const scale = (axis.y - chart.grid.at(-1)!.y) / ((chart.grid.length - 1) * gridStep(chart));
      chart.bars.forEach((bar, index) => {
        expect(bar.y + bar.height).toBeCloseTo(axis.y, 0);
        expect(Math.abs(bar.height - values[index]! * scale)).toBeLessThanOrEqual(0.15);
        expect(bar.x).toBeGreaterThanOrEqual(chart.left);
        expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
      });
    });

    it('has round gridlines up to the first above the highest value, each labelled, and marks the highest and the last bar', () => {
      const step = gridStep(chart);
      expect(String(step)).toMatch(/^[125]0*$/);
      expect((chart.grid.length - 1) * step).toBeGreaterThanOrEqual(Math.max(...values));
      expect((chart.grid.length - 2) * step).toBeLessThan(Math.max(...values));
      const marked = chart.labels.filter((label) => label.className === 'value').map((label) => label.text);
      const format = (value: number) => formatCount(locale, value);
      expect(marked).toEqual([...new Set([format(Math.max(...values)), format(values.at(-1)!)])]);
      expect(chart.width).toBe(CHART_WIDTH);
    });
  },
);

/** The value between two gridlines, read back from the tick labels. */
function gridStep(chart: ReturnType<typeof datasetChart>): number {
  const ticks = chart.labels
    .filter((label) => label.anchor === 'end')
    .map((label) => Number(label.text.replace(/\D/g, '')));
  return ticks[1]! - ticks[0]!;
}
