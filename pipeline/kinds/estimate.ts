/**
 * The estimate: `:estimate[over 30,000]` (the figure, read from the article's own words),
 * `:source[various estimates]` (who it is attributed to), `:since[1953]` and `:destination[…]`.
 * A translation writes `:estimate` and `:since` bare and takes the source's figure; a destination is
 * known by its id (`{#south-korea}`, by default the slug of its words), so a translation writes it.
 */
import { formatFigure } from '../../src/format.js';
import { PHRASES, phrasesOf } from '../../src/phrases/all.js';
import { Estimate, type Estimate as EstimateType } from '../../src/schema.js';
import type { PhrasingNode, RichText } from '../../src/types.js';
import { validateOne } from '../checks.js';
import { slug } from '../document.js';
import type { ItemDraft, Located } from '../draft.js';
import { isLeftOut } from '../mark-syntax.js';
import { explicitId, isBare, labelOf, marksIn, wordsOf } from '../marks.js';
import { plainText } from '../rich-text.js';
import { report } from '../rules.js';
import { compareEstimates } from './estimate-parity.js';
import { type ParsedFigure, readFigure } from './figure.js';
import type { FoundMark, KindHandler, SectionInput } from './kind.js';

/** The estimate section. */
export const estimateKind: KindHandler = {
  kind: 'estimate',
  collection: 'estimate',
  noun: 'estimate',
  hint: 'a ## section with :estimate[…] and :source[…]',
  marks: {
    estimate: { attributes: ['id'], inherited: true },
    source: { attributes: [] },
    since: { attributes: [], inherited: true },
    destination: { attributes: ['id'] },
  },
  hasBody: true,
  lock: {
    noun: 'estimate',
    readerNoun: 'estimate',
    nameField: 'label',
    fields: {
      value: 'fact',
      qualifier: 'fact',
      since: 'fact',
      destinations: 'fact',
      attribution: 'fact',
      sectionId: 'fact',
      label: 'text',
      context: 'context',
    },
    // The attribution is a fact of its own; the publication it is quoted from, a detail.
    items: ({ source, ...rest }: EstimateType) => [
      { ...rest, attribution: source.attribution, publication: source.publication },
    ],
  },

  emit: {
    imports: { 'query.js': ['estimateFormatter'], 'types.js': ['Estimate'] },
    names: ['estimate', 'formatEstimate'],
    render: (
      value,
      { locale, frozen },
    ) => `/** The article's estimate of how many North Koreans have escaped, with its source. */
export const estimate: Estimate = ${frozen(value)};

/**
 * Formats the estimate in this edition's language (${JSON.stringify(locale)}), the digits for \`options.numberLocale\` if given
 * (default: this language's, not the machine's).
 * @returns The text. @throws {RangeError} If \`numberLocale\` is malformed, or \`options.locale\` is not this edition's.
 */
export const formatEstimate = /* @__PURE__ */ estimateFormatter(estimate, phrases);
`,
  },

  inherit({ figures, language, file, place }) {
    const phrases = phrasesOf(language);
    let estimate = String(figures.estimate.value);
    if (phrases) estimate = formatFigure(figures.estimate, phrases);
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
    // The destinations' ids and places serve the comparison with a translation; they are not data.
    const { attribution, destinationMarks: _, ...rest } = located.value;
    const estimate = validateOne(
      { ...located, value: { ...rest, source: { attribution, publication: frontmatter.source } } },
      Estimate,
      'estimate',
      file,
    );
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
  translates: ({ source, since, destinations }: EstimateType) => ({
    attribution: source.attribution,
    since,
    destinations,
  }),
};

/** Reads the estimate's marks from its section. */
function extractEstimate({
  section,
  sectionId,
  paragraphs,
  file,
  translation,
}: SectionInput): Located<ItemDraft> | undefined {
  const found: FoundMark[] = [];
  for (const { paragraph, rich } of paragraphs) for (const node of marksIn(paragraph)) found.push({ node, rich });
  // A mark whose syntax is broken was reported as such; the estimate is not read from half its marks.
  if (found.some((item) => isLeftOut(item.node))) return undefined;
  const named = (name: string) => found.filter((item) => item.node.name === name);
  const [estimates, sources, sinces] = [named('estimate'), named('source'), named('since')];
  for (const [marks, name] of [
    [estimates, 'estimate'],
    [sources, 'source'],
    [sinces, 'since'],
  ] as const) {
    for (const extra of marks.slice(1))
      report(file, 'mark-twice', `only one :${name}[…] is allowed`, extra.node.position);
  }
  const estimate = estimates[0];
  if (!estimate) {
    report(
      file,
      'estimate-missing',
      'the estimate section needs its figure marked as :estimate[…], e.g. :estimate[over 30,000]',
      section.heading.position,
    );
    return undefined;
  }
  const source = sources[0];
  if (!source) {
    report(
      file,
      'estimate-source-missing',
      'the estimate needs a source: mark who it comes from as :source[…], e.g. according to :source[various estimates]',
      estimate.node.position,
    );
  }
  const inheritedNodes: PhrasingNode[] | undefined = translation?.inherited.estimate;
  const label: RichText =
    isBare(estimate.node) && inheritedNodes
      ? { text: plainText(inheritedNodes), nodes: inheritedNodes }
      : labelOf(estimate.node);
  let figure: ParsedFigure;
  if (translation && !isBare(estimate.node)) {
    figure = {
      ok: false,
      reason: `in a translation is written without words (:estimate{#${explicitId(estimate.node) ?? 'id'}}): its figure comes from the source article, formatted for this language`,
    };
  } else {
    figure = translation ? { ok: true, ...translation.figures.estimate } : readFigure(label.text);
  }
  if (!figure.ok) report(file, 'estimate-figure', `estimate ${figure.reason}`, estimate.node.position);

  let since: number | null = null;
  const sinceNode = sinces[0]?.node;
  if (sinceNode && translation && isBare(sinceNode)) {
    since = translation.figures.since;
  } else if (sinceNode) {
    const text = wordsOf(sinceNode);
    if (/^\d{4}$/.test(text)) since = Number(text);
    else report(file, 'since-year', `:since[${text}] must be a four-digit year, e.g. :since[1953]`, sinceNode.position);
  }
  if (!figure.ok || !source) return undefined;
  return {
    value: {
      id: explicitId(estimate.node) ?? slug(label.text),
      value: figure.value,
      qualifier: figure.qualifier,
      label,
      since,
      destinations: named('destination').map((item) => wordsOf(item.node)),
      destinationMarks: named('destination').map(({ node }) => ({
        id: explicitId(node) ?? slug(wordsOf(node)),
        place: node.position,
      })),
      attribution: wordsOf(source.node),
      context: estimate.rich,
      sectionId,
    },
    place: estimate.node.position,
    fields: { id: estimate.node.position, since: sinceNode?.position, attribution: source.node.position },
  };
}
