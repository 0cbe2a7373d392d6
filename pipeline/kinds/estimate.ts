/**
 * The estimate: `:estimate[over 30,000]` (the figure, read from the article's own words),
 * `:source[various estimates]` (who it is attributed to), `:since[1953]` and `:destination[…]`.
 * A translation writes `:estimate` and `:since` bare and takes the source's figure; a destination is
 * known by its country's ISO 3166-1 code (`{#KR}`), the same in every edition, and its words are the
 * edition language's name for that country (`estimate-rules.ts`).
 * Every article has one: its figure is what every edition formats.
 */
import { formatFigure } from '../../src/format.js';
import { PHRASES, phrasesOf } from '../../src/phrases/all.js';
import { Content, Estimate } from '../../src/schema.js';
import { validateOne } from '../validate/checks.js';
import { extractEstimate, sourceFigures } from './estimate-extract.js';
import { compareEstimates } from './estimate-parity.js';
import { checkDestinations, ESTIMATE_RULES, reportEstimate as report } from './estimate-rules.js';
import { defineKind } from './kind.js';

/** The estimate section. */
export const estimateKind = defineKind({
  kind: 'estimate',
  collection: 'estimate',
  required: true,
  noun: 'estimate',
  hint: 'a ## section with :estimate[…] and :source[…]',
  marks: {
    estimate: { attributes: ['id'], inherited: true },
    source: { attributes: [] },
    since: { attributes: [], inherited: true },
    destination: { attributes: ['id'] },
  },
  rules: ESTIMATE_RULES,
  hasBody: true,
  schema: Content.unwrap().shape.estimate,
  lock: {
    noun: 'estimate',
    readerNoun: 'estimate',
    nameField: 'label',
    fields: {
      value: 'fact',
      qualifier: 'fact',
      since: 'fact',
      destinations: 'fact',
      destinationCountries: 'fact',
      attribution: 'fact',
      sectionId: 'fact',
      label: 'text',
      context: 'context',
    },
    // The attribution is a fact of its own; the publication it is quoted from, a detail.
    items: ({ source, ...rest }: Estimate) => [
      { ...rest, attribution: source.attribution, publication: source.publication },
    ],
  },

  emit: {
    imports: { 'query.js': ['estimateFormatter'], 'types.js': ['Estimate'] },
    types: ['Estimate', 'EstimateQualifier', 'FigureSource'],
    helpers: ['formatEstimate'],
    pickerRank: 3,
    render: (
      value,
      { frozen },
    ) => `/** The article's estimate of how many North Koreans have escaped, with its source. */
export const estimate: Estimate = ${frozen(value)};

/**
 * Formats the estimate in this edition's language (its \`locale\`), the digits for \`options.numberLocale\` if given
 * (default: this language's, not the machine's).
 * @returns The text. @throws {RangeError} If \`numberLocale\` is malformed, or \`options.locale\` is not this edition's.
 */
export const formatEstimate = /* @__PURE__ */ estimateFormatter(estimate, phrases);
`,
  },

  inherit({ source, language, file, place }) {
    const figures = sourceFigures(source);
    const phrases = phrasesOf(language);
    let estimate = String(figures.value);
    if (phrases) estimate = formatFigure(figures, phrases);
    else
      report(
        file,
        'estimate-language',
        `cannot write the estimate in "${language}": no phrases for it; add src/phrases/${language}.ts (known: ${Object.keys(PHRASES).join(', ')})`,
        place,
      );
    return {
      estimate: [{ type: 'text', value: estimate }],
      ...(figures.since === null ? {} : { since: [{ type: 'text', value: String(figures.since) }] }),
    };
  },

  extract(input) {
    const item = extractEstimate(input);
    return item ? [item] : [];
  },

  validate({ items, frontmatter, file }) {
    const located = items[0];
    if (!located || !frontmatter) return undefined;
    // The destinations' places serve the messages and the comparison with a translation; their codes are data.
    const { attribution, destinationMarks: _marks, ...rest } = located.value;
    // Intl names the countries in the text's language, its tag (zh-Hans), not the edition's name.
    const language = phrasesOf(frontmatter.locale)?.tag ?? frontmatter.locale;
    const destinationCountries = checkDestinations(located.value, language, file);
    if (!destinationCountries) return undefined;
    const value = { ...rest, destinationCountries, source: { attribution, publication: frontmatter.source } };
    const estimate = validateOne({ ...located, value }, Estimate, 'estimate', file, { idHint: false });
    const year = Number(frontmatter.date.slice(0, 4));
    if (estimate && estimate.since !== null && estimate.since > year) {
      report(
        file,
        'since-year',
        `:since[${estimate.since}] is after the article's date (${frontmatter.date}): the count cannot start in the future`,
        located.fields.since ?? located.place,
      );
    }
    return estimate;
  },

  compare: compareEstimates,
  translates: ({ source, since, destinations }: Estimate) => ({ attribution: source.attribution, since, destinations }),
});
