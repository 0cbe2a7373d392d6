/**
 * Stage 3, extract: walks the mdast of one article and pulls out the article's prose, the
 * estimate, the factors, the challenges and the FAQ as plain objects. Structural problems are
 * reported on the file with the node's position; every problem is reported, none stops the walk.
 *
 * The conventions it reads are documented in the README under "Authoring content".
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Point, Position } from 'unist';
import { VFile } from 'vfile';
import { formatFigure, type Figure } from '../format.js';
import type { ChallengePhase, FaqEntry, PhrasingNode, RichBlocks, RichText, SectionKind } from '../types.js';
import { parseFigure } from './estimate-text.js';
import { readFrontmatter, type FrontmatterData } from './frontmatter.js';
import { plainText, rawHtmlMessage, toRichBlocks, toRichText } from './rich-text.js';

/** An extracted value with the positions its fields came from, for located validation messages. */
export interface Located<T> {
  readonly value: T;
  /** Where the value as a whole is written. */
  readonly place: Position | Point | undefined;
  /** Where individual fields are written, by field name. */
  readonly fields: Readonly<Record<string, Position | Point | undefined>>;
}

/** A section as extracted, before validation. */
export interface SectionDraft {
  readonly id: string;
  readonly kind: SectionKind;
  readonly heading: RichText;
  readonly body: RichBlocks;
}

/** The estimate as extracted; `source.publication` is filled in from the frontmatter when validated. */
export interface EstimateDraft {
  readonly id: string;
  readonly value: number;
  readonly qualifier: string;
  readonly label: RichText;
  readonly since: number | null;
  readonly destinations: readonly string[];
  readonly attribution: string;
  readonly context: RichText;
  readonly sectionId: string;
}

/** A factor as extracted. */
export interface FactorDraft {
  readonly id: string;
  readonly label: RichText;
  readonly context: RichText;
  readonly sectionId: string;
}

/** A challenge as extracted. */
export interface ChallengeDraft extends FactorDraft {
  readonly phase: string;
}

/** Everything extracted from one article. */
export interface ArticleDraft {
  readonly frontmatter: FrontmatterData | undefined;
  /** The end of the file, where missing parts are reported. */
  readonly end: Point | undefined;
  readonly intro: RichBlocks;
  readonly sections: readonly Located<SectionDraft>[];
  readonly conclusion: RichBlocks;
  readonly estimate: Located<EstimateDraft> | undefined;
  readonly factors: readonly Located<FactorDraft>[];
  readonly challenges: readonly Located<ChallengeDraft>[];
  readonly faq: readonly Located<FaqEntry>[];
}

/** The sections every article has, in the order they must appear, with how each is recognised. */
export const REQUIRED_SECTIONS: readonly { readonly kind: SectionKind; readonly hint: string }[] = [
  { kind: 'estimate', hint: 'a ## section with :estimate[…] and :source[…]' },
  { kind: 'factors', hint: 'a ## section with :factor[…] marks' },
  { kind: 'challenges', hint: 'a ## section with :challenge[…]{phase=…} marks' },
  { kind: 'faq', hint: 'a ## section of ### questions, each followed by its answer' },
];

/** The text directives authors may use, the section kind each belongs to, and its attributes. */
const DIRECTIVES: Readonly<Record<string, { readonly kind: SectionKind; readonly attributes: readonly string[] }>> = {
  estimate: { kind: 'estimate', attributes: ['id'] },
  source: { kind: 'estimate', attributes: [] },
  since: { kind: 'estimate', attributes: [] },
  destination: { kind: 'estimate', attributes: [] },
  factor: { kind: 'factors', attributes: ['id'] },
  challenge: { kind: 'challenges', attributes: ['id', 'phase'] },
};

interface RawSection {
  heading: Heading;
  paragraphs: Paragraph[];
  questions: { heading: Heading; answers: Paragraph[] }[];
}

/** What a translation takes from its source article. */
export interface SourceFigures {
  /** The source's estimate: a bare `:estimate` in the translation is this figure in the translation's language. */
  readonly estimate: Figure;
  /** The source's `:since` year: a bare `:since` in the translation is this year. */
  readonly since: number | null;
}

/** Options for `extractArticle`. */
export interface ExtractOptions {
  /** Set when the article is a translation: the figures of its source article. */
  readonly source?: SourceFigures;
}

/**
 * Extracts an article from its mdast tree. Problems are reported on `file`.
 *
 * @returns The draft; parts that could not be extracted are left out of it.
 */
export function extractArticle(tree: Root, file: VFile, options: ExtractOptions = {}): ArticleDraft {
  if (tree.children.length === 0) {
    file.message('the file is empty: write the frontmatter, the intro and the four sections (see the README)', {
      place: { line: 1, column: 1 },
    });
    const none = toRichBlocks([], file);
    return { frontmatter: undefined, end: undefined, intro: none, conclusion: none, sections: [], estimate: undefined, factors: [], challenges: [], faq: [] };
  }
  const { intro, sections, conclusion, frontmatter } = splitDocument(tree, file);
  const fm = frontmatter?.value as { locale?: unknown } | undefined;
  const language = typeof fm?.locale === 'string' ? fm.locale.split('-')[0]! : 'en';
  const inherited = inheritedFigures(options.source, language, file, frontmatter);
  const draft = {
    frontmatter,
    end: tree.position?.end,
    intro: toRichBlocks(intro, file),
    conclusion: toRichBlocks(conclusion, file),
    sections: [] as Located<SectionDraft>[],
    estimate: undefined as Located<EstimateDraft> | undefined,
    factors: [] as Located<FactorDraft>[],
    challenges: [] as Located<ChallengeDraft>[],
    faq: [] as Located<FaqEntry>[],
  };
  const seen = new Map<SectionKind, Heading>();
  let lastIndex = -1;

  for (const raw of sections) {
    const { text: headingText, id: explicitId, nodes: headingNodes } = splitHeadingId(raw.heading);
    const id = explicitId ?? slug(headingText);
    const directives: TextDirective[] = [];
    const collect = (node: TextDirective) => {
      directives.push(node);
      return isBare(node) ? inherited[node.name] : undefined;
    };
    const heading = toRichText(headingNodes, file);
    const paragraphs = raw.paragraphs.map((paragraph) => ({ paragraph, rich: toRichText(paragraph.children, file, collect) }));
    const kinds = new Set<SectionKind>();
    for (const node of directives) {
      const kind = checkDirective(node, file, options.source !== undefined);
      if (kind) kinds.add(kind);
    }
    if (raw.questions.length > 0) kinds.add('faq');
    const label = `section "${headingText}"`;
    if (kinds.size === 0) {
      file.message(
        `${label} has no role: mark its content with :estimate[…], :factor[…] or :challenge[…], or give it ### questions`,
        { place: raw.heading.position },
      );
      continue;
    }
    if (kinds.size > 1) {
      file.message(`${label} mixes ${[...kinds].join(' and ')}: give each its own ## section`, { place: raw.heading.position });
      continue;
    }
    const kind = [...kinds][0]!;
    const index = REQUIRED_SECTIONS.findIndex((section) => section.kind === kind);
    const first = seen.get(kind);
    if (first) {
      file.message(`a second ${kind} section; the first is at ${pointText(first.position?.start)}`, {
        place: raw.heading.position,
      });
      continue;
    }
    seen.set(kind, raw.heading);
    if (index < lastIndex) {
      file.message(
        `the ${kind} section must come before the ${REQUIRED_SECTIONS[lastIndex]!.kind} section (order: ${REQUIRED_SECTIONS.map((s) => s.kind).join(', ')})`,
        { place: raw.heading.position },
      );
    }
    lastIndex = Math.max(lastIndex, index);

    const body =
      kind === 'faq'
        ? toRichBlocks([], file)
        : {
            text: paragraphs.map((p) => p.rich.text).join('\n\n'),
            nodes: paragraphs.map((p) => ({ type: 'paragraph' as const, children: p.rich.nodes })),
          };
    draft.sections.push({
      value: { id, kind, heading, body },
      place: raw.heading.position,
      fields: { id: raw.heading.position },
    });

    if (kind === 'estimate') draft.estimate = extractEstimate(raw, paragraphs, id, file, options.source, inherited.estimate);
    if (kind === 'factors' || kind === 'challenges') {
      for (const { paragraph, rich } of paragraphs) {
        for (const node of directivesIn(paragraph)) {
          const item = extractItem(node, rich, id);
          if (!item) continue;
          if (kind === 'factors') draft.factors.push(item);
          else {
            const phase = node.attributes?.phase;
            if (phase === undefined || phase === null) {
              file.message(`:challenge[${item.value.label.text}] needs a phase: {phase=journey} or {phase=after-crossing}`, {
                place: node.position,
              });
              continue;
            }
            draft.challenges.push({ ...item, value: { ...item.value, phase: phase as ChallengePhase | string } });
          }
        }
      }
    }
    if (kind === 'faq') {
      for (const paragraph of raw.paragraphs) {
        file.message('this paragraph is not under a ### question: every FAQ answer needs its question above it', {
          place: paragraph.position,
        });
      }
      for (const question of raw.questions) {
        const split = splitHeadingId(question.heading);
        const entryId = split.id ?? slug(split.text);
        if (question.answers.length === 0) {
          file.message(`question "${split.text}" has no answer: write its answer as paragraphs below it`, {
            place: question.heading.position,
          });
          continue;
        }
        draft.faq.push({
          value: { id: entryId, question: toRichText(split.nodes, file), answer: toRichBlocks(question.answers, file) },
          place: question.heading.position,
          fields: { id: question.heading.position, question: question.heading.position, answer: question.answers[0]!.position },
        });
      }
    }
  }

  const end = tree.position?.end;
  for (const { kind, hint } of REQUIRED_SECTIONS) {
    if (!seen.has(kind)) file.message(`missing the ${kind} section: add ${hint}`, { place: end });
  }
  return draft;
}

/** Splits the document into frontmatter, intro, `##` sections (with `###` questions) and conclusion. */
function splitDocument(tree: Root, file: VFile) {
  const intro: Paragraph[] = [];
  const conclusion: Paragraph[] = [];
  const sections: RawSection[] = [];
  let frontmatter: FrontmatterData | undefined;
  let part: 'intro' | 'sections' | 'conclusion' = 'intro';
  let conclusionBreak: RootContent | undefined;

  for (const [index, node] of tree.children.entries()) {
    const place = node.position;
    const current = sections[sections.length - 1];
    switch (node.type) {
      case 'yaml':
        if (index === 0) frontmatter = readFrontmatter(node, file);
        else file.message('frontmatter must be at the very top of the file', { place });
        break;
      case 'heading':
        if (node.depth === 1) {
          file.message('do not write a # heading: the title comes from the frontmatter', { place });
        } else if (part === 'conclusion') {
          file.message(`headings cannot follow the *** that starts the conclusion (at ${pointText(conclusionBreak?.position?.start)})`, {
            place,
          });
        } else if (node.depth === 2) {
          part = 'sections';
          sections.push({ heading: node, paragraphs: [], questions: [] });
        } else if (node.depth === 3 && current) {
          current.questions.push({ heading: node, answers: [] });
        } else if (node.depth === 3) {
          file.message('a ### question must be inside a ## section', { place });
        } else {
          file.message(`a ${'#'.repeat(node.depth)} heading is too deep: use ## for sections and ### for questions`, { place });
        }
        break;
      case 'paragraph':
        if (part === 'intro') intro.push(node);
        else if (part === 'conclusion') conclusion.push(node);
        else if (current && current.questions.length > 0) current.questions[current.questions.length - 1]!.answers.push(node);
        else current?.paragraphs.push(node);
        break;
      case 'thematicBreak':
        if (part === 'conclusion') file.message('only one *** may separate the conclusion', { place });
        else if (part === 'intro') file.message('the *** that starts the conclusion must come after the sections', { place });
        part = 'conclusion';
        conclusionBreak ??= node;
        break;
      case 'html':
        file.message(rawHtmlMessage(node.value), { place });
        break;
      default:
        file.message(`${describeBlock(node)} is not allowed: write paragraphs, ## sections and ### questions`, { place });
    }
  }
  if (!frontmatter) file.message('missing frontmatter: start the file with --- and the title, slug, date, description, locale and source', {
    place: { line: 1, column: 1 },
  });
  return { intro, sections, conclusion, frontmatter };
}

function describeBlock(node: RootContent): string {
  const names: Partial<Record<RootContent['type'], string>> = {
    code: 'a code block',
    blockquote: 'a block quote',
    list: 'a list',
    table: 'a table',
    definition: 'a link definition',
    leafDirective: `a ::${'name' in node ? node.name : ''} directive`,
    containerDirective: `a :::${'name' in node ? node.name : ''} directive`,
  };
  return names[node.type] ?? `a ${node.type} block`;
}

/** Checks a directive's name and attributes; returns the section kind it marks, if it is known. */
function checkDirective(node: TextDirective, file: VFile, translation: boolean): SectionKind | undefined {
  const spec = DIRECTIVES[node.name];
  if (!spec) {
    file.message(`unknown mark :${node.name}; known marks are ${Object.keys(DIRECTIVES).map((n) => `:${n}`).join(', ')}`, {
      place: node.position,
    });
    return undefined;
  }
  for (const name of Object.keys(node.attributes ?? {})) {
    if (!spec.attributes.includes(name)) {
      const allowed = spec.attributes.length > 0 ? `; it takes ${spec.attributes.join(', ')}` : '';
      file.message(`:${node.name} does not take the attribute "${name}"${allowed}`, { place: node.position });
    }
  }
  if (translation && INHERITED.includes(node.name)) return spec.kind;
  if (toPlain(node.children).trim() === '') {
    file.message(`:${node.name}[] is empty: put the article's words inside the brackets`, { place: node.position });
    return spec.kind;
  }
  return spec.kind;
}

function extractEstimate(
  raw: RawSection,
  paragraphs: readonly { paragraph: Paragraph; rich: RichText }[],
  sectionId: string,
  file: VFile,
  inherit: SourceFigures | undefined,
  inheritedNodes: PhrasingNode[] | undefined,
): Located<EstimateDraft> | undefined {
  const found: { node: TextDirective; rich: RichText }[] = [];
  for (const { paragraph, rich } of paragraphs) for (const node of directivesIn(paragraph)) found.push({ node, rich });
  const named = (name: string) => found.filter((item) => item.node.name === name);
  const estimates = named('estimate');
  const sources = named('source');
  const sinces = named('since');
  for (const extra of estimates.slice(1)) file.message('only one :estimate[…] is allowed', { place: extra.node.position });
  for (const extra of sources.slice(1)) file.message('only one :source[…] is allowed', { place: extra.node.position });
  for (const extra of sinces.slice(1)) file.message('only one :since[…] is allowed', { place: extra.node.position });
  const estimate = estimates[0];
  if (!estimate) {
    file.message('the estimate section needs its figure marked as :estimate[…], e.g. :estimate[over 30,000]', {
      place: raw.heading.position,
    });
    return undefined;
  }
  const source = sources[0];
  if (!source) {
    file.message('the estimate needs a source: mark who it comes from as :source[…], e.g. according to :source[various estimates]', {
      place: estimate.node.position,
    });
  }
  const label: RichText =
    isBare(estimate.node) && inheritedNodes ? { text: plainText(inheritedNodes), nodes: inheritedNodes } : labelOf(estimate.node);
  let figure: ReturnType<typeof parseFigure>;
  if (inherit && !isBare(estimate.node)) {
    figure = { ok: false, reason: `in a translation is written without words (:estimate{#${String(estimate.node.attributes?.id ?? 'id')}}): its figure comes from the source article, formatted for this language` };
  } else {
    figure = inherit ? { ok: true, ...inherit.estimate } : parseFigure(label.text);
  }
  if (!figure.ok) file.message(`estimate ${figure.reason}`, { place: estimate.node.position });

  let since: number | null = null;
  const sinceNode = sinces[0]?.node;
  if (sinceNode && inherit && isBare(sinceNode)) {
    since = inherit.since;
  } else if (sinceNode) {
    const text = toPlain(sinceNode.children).trim();
    if (/^\d{4}$/.test(text)) since = Number(text);
    else file.message(`:since[${text}] must be a four-digit year, e.g. :since[1953]`, { place: sinceNode.position });
  }
  if (!figure.ok || !source) return undefined;
  return {
    value: {
      id: typeof estimate.node.attributes?.id === 'string' ? estimate.node.attributes.id : slug(label.text),
      value: figure.value,
      qualifier: figure.qualifier,
      label,
      since,
      destinations: named('destination').map((item) => toPlain(item.node.children).trim()),
      attribution: toPlain(source.node.children).trim(),
      context: estimate.rich,
      sectionId,
    },
    place: estimate.node.position,
    fields: { id: estimate.node.position, since: sinceNode?.position, attribution: source.node.position },
  };
}

function extractItem(node: TextDirective, context: RichText, sectionId: string): Located<FactorDraft> | undefined {
  const label = labelOf(node);
  if (label.text.trim() === '') return undefined;
  const explicit = node.attributes?.id;
  return {
    value: { id: typeof explicit === 'string' ? explicit : slug(label.text), label, context, sectionId },
    place: node.position,
    fields: { id: node.position, label: node.position, phase: node.position },
  };
}

/** Marks that a translation may leave bare, to take the source article's figure. */
const INHERITED = ['estimate', 'since'];

/** Whether a directive has no words: `:estimate` or `:estimate[]`. */
function isBare(node: TextDirective): boolean {
  return toPlain(node.children).trim() === '' && node.children.length === 0;
}

/** The text that bare `:estimate` and `:since` marks stand for in a translation, by mark name. */
function inheritedFigures(
  source: SourceFigures | undefined,
  language: string,
  file: VFile,
  frontmatter: FrontmatterData | undefined,
): Record<string, PhrasingNode[]> {
  if (!source) return {};
  let estimate: string;
  try {
    estimate = formatFigure(source.estimate, language);
  } catch (error) {
    file.message(`cannot write the estimate in "${language}": ${(error as Error).message}`, {
      place: frontmatter?.locate(['locale']) ?? { line: 1, column: 1 },
    });
    estimate = String(source.estimate.value);
  }
  return {
    estimate: [{ type: 'text', value: estimate }],
    ...(source.since === null ? {} : { since: [{ type: 'text', value: String(source.since) }] }),
  };
}

/**
 * The rich text of a directive's words. Problems inside them were already reported when the
 * paragraph around them was converted, so they are not reported twice.
 */
function labelOf(node: TextDirective): RichText {
  return toRichText(node.children, new VFile(), () => {});
}

/** The text directives directly or indirectly inside a paragraph, in document order. */
function directivesIn(paragraph: Paragraph): TextDirective[] {
  const out: TextDirective[] = [];
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'textDirective') out.push(node);
      if ('children' in node) walk(node.children);
    }
  };
  walk(paragraph.children);
  return out;
}

/**
 * Splits an explicit id written at the end of a heading, `## Heading {#the-id}`, from its text.
 */
function splitHeadingId(heading: Heading): { text: string; id: string | undefined; nodes: PhrasingContent[] } {
  const nodes = [...heading.children];
  const last = nodes[nodes.length - 1];
  let id: string | undefined;
  if (last?.type === 'text') {
    const match = /\s*\{#([^}]*)\}\s*$/.exec(last.value);
    if (match) {
      id = match[1]!;
      const rest = last.value.slice(0, match.index);
      if (rest === '') nodes.pop();
      else nodes[nodes.length - 1] = { ...last, value: rest };
    }
  }
  return { text: toPlain(nodes).trim(), id, nodes };
}

/**
 * The id github-slugger gives a text (without de-duplication: duplicates are reported, not renamed).
 *
 * @returns A lower-case, hyphenated slug.
 */
export function slug(text: string): string {
  return new GithubSlugger().slug(text);
}

function toPlain(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) text += node.value;
    else if ('children' in node) text += toPlain(node.children);
  }
  return text;
}

function pointText(point: Point | undefined): string {
  return point ? `line ${point.line}, column ${point.column}` : 'an earlier line';
}
