/**
 * Stage 3, extract: walks the mdast of one article and pulls out its prose (intro, sections,
 * conclusion) and, through the kinds of `kinds/`, each section's items as located drafts.
 * Structural problems are reported on the file with the node's position; every problem is
 * reported, none stops the walk.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type { PhrasingNode, SectionKind } from '../src/types.js';
import { type ArticleParts, type RawSection, slug, splitDocument, splitHeadingId } from './document.js';
import {
  type ArticleDraft,
  type CollectionName,
  type ItemDraft,
  type Located,
  pointText,
  type SectionDraft,
} from './draft.js';
import { KINDS, MARKS } from './kinds/index.js';
import type { KindHandler, SectionParagraph, SourceFigures } from './kinds/kind.js';
import { checkMarkSyntax } from './mark-syntax.js';
import { checkMark, isBare } from './marks.js';
import { toRichBlocks, toRichText } from './rich-text.js';
import { report } from './rules.js';

export type { SourceFigures };

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
  const items = Object.fromEntries(KINDS.map((kind) => [kind.collection, [] as Located<ItemDraft>[]])) as Record<
    CollectionName,
    Located<ItemDraft>[]
  >;
  if (tree.children.length === 0) {
    report(
      file,
      'empty-file',
      'the file is empty: write the frontmatter, the intro and the four sections (see the README)',
    );
    const none = toRichBlocks([], file);
    return { frontmatter: undefined, end: undefined, intro: none, conclusion: none, sections: [], items };
  }
  checkMarkSyntax(tree, file);
  const parts = splitDocument(tree, file);
  const inherited = inheritedMarks(parts, options.source, file);
  const sections: Located<SectionDraft>[] = [];
  const seen = new Map<SectionKind, RawSection>();
  let lastIndex = -1;

  for (const section of parts.sections) {
    const { text: headingText, id: explicitId, nodes: headingNodes } = splitHeadingId(section.heading);
    const sectionId = explicitId ?? slug(headingText);
    const marks: TextDirective[] = [];
    const collect = (node: TextDirective) => {
      marks.push(node);
      return isBare(node) ? inherited?.[node.name] : undefined;
    };
    const heading = toRichText(headingNodes, file);
    const paragraphs: SectionParagraph[] = section.paragraphs.map((paragraph) => ({
      paragraph,
      rich: toRichText(paragraph.children, file, collect),
    }));
    const kind = roleOf(section, marks, `section "${headingText}"`, file, options.source !== undefined);
    if (!kind) continue;
    const index = KINDS.indexOf(kind);
    const first = seen.get(kind.kind);
    if (first) {
      report(
        file,
        'section-twice',
        `a second ${kind.kind} section; the first is at ${pointText(first.heading.position)}`,
        section.heading.position,
      );
      continue;
    }
    seen.set(kind.kind, section);
    if (index < lastIndex) {
      report(
        file,
        'section-order',
        `the ${kind.kind} section must come before the ${KINDS[lastIndex]!.kind} section (order: ${KINDS.map((k) => k.kind).join(', ')})`,
        section.heading.position,
      );
    }
    lastIndex = Math.max(lastIndex, index);

    const body = kind.hasBody
      ? {
          text: paragraphs.map((p) => p.rich.text).join('\n\n'),
          nodes: paragraphs.map((p) => ({ type: 'paragraph' as const, children: p.rich.nodes })),
        }
      : toRichBlocks([], file);
    sections.push({
      value: { id: sectionId, kind: kind.kind, heading, body },
      place: section.heading.position,
      fields: { id: section.heading.position },
    });
    const translation = options.source && inherited ? { figures: options.source, inherited } : undefined;
    items[kind.collection].push(
      ...kind.extract({ section, sectionId, paragraphs, file, ...(translation ? { translation } : {}) }),
    );
  }

  const end = tree.position?.end;
  for (const kind of KINDS) {
    if (!seen.has(kind.kind))
      report(file, 'section-missing', `missing the ${kind.kind} section: add ${kind.hint}`, end);
  }
  return {
    frontmatter: parts.frontmatter,
    end,
    intro: toRichBlocks(parts.intro, file),
    conclusion: toRichBlocks(parts.conclusion, file),
    sections,
    items,
  };
}

/**
 * The kind of a section, from the marks in it and what the kinds recognise. A section with no
 * role, or with the marks of two kinds, is reported.
 *
 * @returns The kind, or `undefined`.
 */
function roleOf(
  section: RawSection,
  marks: readonly TextDirective[],
  label: string,
  file: VFile,
  translation: boolean,
): KindHandler | undefined {
  const kinds = new Set<KindHandler>();
  for (const node of marks) {
    const owner = checkMark(node, MARKS, file, translation);
    if (owner) kinds.add(owner);
  }
  for (const kind of KINDS) if (kind.recognize?.(section)) kinds.add(kind);
  if (kinds.size === 0) {
    report(
      file,
      'section-without-role',
      `${label} has no role: mark its content with :estimate[…], :factor[…] or :challenge[…], or give it ### questions`,
      section.heading.position,
    );
    return undefined;
  }
  if (kinds.size > 1) {
    report(
      file,
      'section-mixed',
      `${label} mixes ${[...kinds].map((k) => k.kind).join(' and ')}: give each its own ## section`,
      section.heading.position,
    );
    return undefined;
  }
  return [...kinds][0];
}

/** For a translation: the text each bare inherited mark stands for, in the translation's language. */
function inheritedMarks(
  parts: ArticleParts,
  source: SourceFigures | undefined,
  file: VFile,
): Record<string, PhrasingNode[]> | undefined {
  if (!source) return undefined;
  const fm = parts.frontmatter?.value as { locale?: unknown } | undefined;
  const language = typeof fm?.locale === 'string' ? fm.locale : 'en';
  const place = parts.frontmatter?.locate(['locale']) ?? { line: 1, column: 1 };
  return Object.assign({}, ...KINDS.map((kind) => kind.inherit?.({ figures: source, language, file, place }) ?? {}));
}
