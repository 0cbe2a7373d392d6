/**
 * Reads the estimate from its section: the figure (`:estimate[…]`, in a translation bare, the
 * source's), who it comes from (`:source[…]`), the year counting starts from (`:since[…]`) and the
 * destinations (`:destination[…]`), each destination known by its id.
 */
import type { EstimateQualifier, PhrasingNode, RichText } from '../../src/types.js';
import type { ItemDraft, Located } from '../extract/draft.js';
import { slug } from '../parse/document.js';
import { isLeftOut } from '../parse/mark-syntax.js';
import { explicitId, isBare, labelOf, marksIn, wordsOf } from '../parse/marks.js';
import { plainText } from '../parse/rich-text.js';
import type { Place } from '../shared/rules.js';
import { reportEstimate as report } from './estimate-rules.js';
import { type ParsedFigure, readFigure } from './figure.js';
import type { FoundMark, SectionInput } from './kind.js';

/** A destination as extracted: its id (explicit, or the slug of its words) and where it is written. */
export interface DestinationMark {
  readonly id: string;
  readonly place: Place;
}

/** The estimate as extracted: its fields, and each destination's id and place (for the comparison with a translation). */
export interface EstimateDraft extends ItemDraft {
  readonly value: number;
  readonly qualifier: EstimateQualifier;
  readonly label: RichText;
  readonly since: number | null;
  readonly destinations: readonly string[];
  readonly destinationMarks: readonly DestinationMark[];
  readonly attribution: string;
  readonly context: RichText;
  readonly sectionId: string;
}

/** The figure and year a translation takes from its source: none known when the source has problems (never built). */
export function sourceFigures(source: readonly Located<EstimateDraft>[] | undefined): {
  readonly value: number;
  readonly qualifier: EstimateQualifier;
  readonly since: number | null;
} {
  const estimate = source?.[0]?.value;
  return estimate ?? { value: 0, qualifier: 'exactly', since: null };
}

/**
 * Reads the estimate's marks from its section; problems are reported on `input.file`.
 *
 * @returns The estimate, or `undefined` when its figure or its source cannot be read.
 */
export function extractEstimate(input: SectionInput<EstimateDraft>): Located<EstimateDraft> | undefined {
  const { section, sectionId, paragraphs, file } = input;
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
  const { label, figure } = readEstimateFigure(estimate, input);
  if (!figure.ok) report(file, 'estimate-figure', `estimate ${figure.reason}`, estimate.node.position);
  const sinceNode = sinces[0]?.node;
  const since = readSince(sinceNode, input);
  if (!figure.ok || !source) return undefined;
  const destinations = named('destination').map(({ node }) => node);
  return {
    value: {
      id: explicitId(estimate.node) ?? slug(label.text),
      value: figure.value,
      qualifier: figure.qualifier,
      label,
      since,
      destinations: destinations.map((node) => wordsOf(node)),
      destinationMarks: destinations.map((node) => ({
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

/** The estimate's words and figure: in a translation, written bare, the source's figure in its language. */
function readEstimateFigure(
  estimate: FoundMark,
  { translation }: SectionInput<EstimateDraft>,
): { label: RichText; figure: ParsedFigure } {
  const inheritedNodes: PhrasingNode[] | undefined = translation?.inherited.estimate;
  const label: RichText =
    isBare(estimate.node) && inheritedNodes
      ? { text: plainText(inheritedNodes), nodes: inheritedNodes }
      : labelOf(estimate.node);
  if (!translation) return { label, figure: readFigure(label.text) };
  if (!isBare(estimate.node)) {
    const reason = `in a translation is written without words (:estimate{#${explicitId(estimate.node) ?? 'id'}}): its figure comes from the source article, formatted for this language`;
    return { label, figure: { ok: false, reason } };
  }
  const { value, qualifier } = sourceFigures(translation.source);
  return { label, figure: { ok: true, value, qualifier } };
}

/** The year of `:since[…]`: four digits, or in a translation written bare, the source's. */
function readSince(
  node: FoundMark['node'] | undefined,
  { translation, file }: SectionInput<EstimateDraft>,
): number | null {
  if (!node) return null;
  if (translation && isBare(node)) return sourceFigures(translation.source).since;
  const text = wordsOf(node);
  if (/^\d{4}$/.test(text)) return Number(text);
  report(file, 'since-year', `:since[${text}] must be a four-digit year, e.g. :since[1953]`, node.position);
  return null;
}
