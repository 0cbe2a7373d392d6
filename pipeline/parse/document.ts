/**
 * The shape of an article's markdown: the frontmatter, the intro, the `##` sections with their
 * `###` questions, and the conclusion after `***`. Everything else at the top level is reported.
 */
import { slug as githubSlug } from 'github-slugger';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { pointText } from '../extract/draft.js';
import { type FrontmatterData, readFrontmatter } from '../load/frontmatter.js';
import { report } from '../shared/rules.js';
import { rawHtmlMessage } from './rich-text.js';

/** A `##` section as written: its heading, its paragraphs and its `###` questions with their answers. */
export interface RawSection {
  readonly heading: Heading;
  readonly paragraphs: Paragraph[];
  readonly questions: { readonly heading: Heading; readonly answers: Paragraph[] }[];
}

/** An article split into its parts. */
export interface ArticleParts {
  readonly frontmatter: FrontmatterData | undefined;
  readonly intro: readonly Paragraph[];
  readonly sections: readonly RawSection[];
  readonly conclusion: readonly Paragraph[];
}

/**
 * Splits the document into frontmatter, intro, `##` sections (with `###` questions) and conclusion.
 * Problems (misplaced headings, blocks other than paragraphs, …) are reported on `file`.
 *
 * @returns The parts; what could not be placed is left out.
 */
export function splitDocument(tree: Root, file: VFile): ArticleParts {
  const intro: Paragraph[] = [];
  const conclusion: Paragraph[] = [];
  const sections: RawSection[] = [];
  let frontmatter: FrontmatterData | undefined;
  let part: 'intro' | 'sections' | 'conclusion' = 'intro';
  let conclusionBreak: RootContent | undefined;

  for (const node of tree.children) {
    const place = node.position;
    const current = sections[sections.length - 1];
    switch (node.type) {
      case 'yaml':
        // remark-frontmatter only reads a frontmatter at the very start of the file.
        frontmatter = readFrontmatter(node, file);
        break;
      case 'heading':
        if (node.depth === 1) {
          report(file, 'heading-level', 'do not write a # heading: the title comes from the frontmatter', place);
        } else if (part === 'conclusion') {
          report(
            file,
            'conclusion-break',
            `headings cannot follow the *** that starts the conclusion (at ${pointText(conclusionBreak?.position)})`,
            place,
          );
        } else if (node.depth === 2) {
          part = 'sections';
          sections.push({ heading: node, paragraphs: [], questions: [] });
        } else if (node.depth === 3 && current) {
          current.questions.push({ heading: node, answers: [] });
        } else if (node.depth === 3) {
          report(file, 'question-outside-section', 'a ### question must be inside a ## section', place);
        } else {
          report(
            file,
            'heading-level',
            `a ${'#'.repeat(node.depth)} heading is too deep: use ## for sections and ### for questions`,
            place,
          );
        }
        break;
      case 'paragraph':
        if (part === 'intro') intro.push(node);
        else if (part === 'conclusion') conclusion.push(node);
        else if (current && current.questions.length > 0)
          current.questions[current.questions.length - 1]!.answers.push(node);
        else current?.paragraphs.push(node);
        break;
      case 'thematicBreak':
        if (part === 'conclusion') report(file, 'conclusion-break', 'only one *** may separate the conclusion', place);
        else if (part === 'intro')
          report(file, 'conclusion-break', 'the *** that starts the conclusion must come after the sections', place);
        part = 'conclusion';
        conclusionBreak ??= node;
        break;
      case 'html':
        report(file, 'raw-html', rawHtmlMessage(node.value), place);
        break;
      default:
        report(
          file,
          'block-not-allowed',
          `${describeBlock(node)} is not allowed: write paragraphs, ## sections and ### questions`,
          place,
        );
    }
  }
  if (!frontmatter) {
    report(
      file,
      'frontmatter-missing',
      'missing frontmatter: start the file with --- and the title, slug, date, description, locale and source',
    );
  }
  return { intro, sections, conclusion, frontmatter };
}

/**
 * Names a block for a message, e.g. "a code block".
 *
 * @returns The block's name with its article.
 */
export function describeBlock(node: RootContent): string {
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

/**
 * Splits an explicit id written at the end of a heading, `## Heading {#the-id}`, from its text.
 *
 * @returns The heading's plain text, its explicit id (if any) and its phrasing nodes without the id.
 */
export function splitHeadingId(heading: Heading): { text: string; id: string | undefined; nodes: PhrasingContent[] } {
  const nodes = [...heading.children];
  const last = nodes[nodes.length - 1];
  let id: string | undefined;
  if (last?.type === 'text') {
    const found = trailingId(last.value);
    if (found) {
      id = found.id;
      const rest = last.value.slice(0, found.start);
      if (rest === '') nodes.pop();
      else nodes[nodes.length - 1] = { ...last, value: rest };
    }
  }
  return { text: toPlain(nodes).trim(), id, nodes };
}

/** White space as `\s` reads it in a regular expression. */
const SPACE = /\s/;

/**
 * Finds `{#id}` at the end of a text (white space around it allowed), as `/\s*\{#([^}]*)\}\s*$/`
 * would, but in one linear pass: that expression retries from every position of a long run of
 * spaces or of `{#`, which is quadratic.
 *
 * @returns The id and where the white space before `{#` starts, or `undefined`.
 */
function trailingId(value: string): { id: string; start: number } | undefined {
  let end = value.length;
  while (end > 0 && SPACE.test(value[end - 1]!)) end -= 1;
  const close = end - 1;
  if (close < 2 || value[close] !== '}') return undefined;
  const open = value.indexOf('{#', value.lastIndexOf('}', close - 1) + 1);
  if (open === -1 || open + 2 > close) return undefined;
  let start = open;
  while (start > 0 && SPACE.test(value[start - 1]!)) start -= 1;
  return { id: value.slice(open + 2, close), start };
}

/**
 * The id github-slugger gives a text (without de-duplication: duplicates are reported, not renamed).
 *
 * @returns A lower-case, hyphenated slug.
 */
export function slug(text: string): string {
  return githubSlug(text);
}

/**
 * The text of mdast phrasing nodes: their text and inline code, without markup.
 *
 * @returns The plain text.
 */
export function toPlain(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) text += node.value;
    else if ('children' in node) text += toPlain(node.children);
  }
  return text;
}
