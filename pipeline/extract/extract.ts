/**
 * Stage 3, extract: walks the mdast of one article and pulls out its prose (intro, sections,
 * conclusion) and, through the kinds of `kinds/`, each section's items as located drafts.
 * Structural problems are reported on the file with the node's position; every problem is
 * reported, none stops the walk.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type { PhrasingNode } from '../../src/types.js';
import { ALL_KINDS, type AnyKind, type KindDrafts, type KindName } from '../kinds/index.js';
import type { SectionParagraph } from '../kinds/kind.js';
import { type ArticleParts, type RawSection, slug, splitDocument, splitHeadingId } from '../parse/document.js';
import { checkMarkSyntax } from '../parse/mark-syntax.js';
import { isBare } from '../parse/marks.js';
import { toRichBlocks, toRichText } from '../parse/rich-text.js';
import { roleOf } from '../parse/section-role.js';
import { report } from '../shared/rules.js';
import type { ArticleDraft, SectionDraft } from './article-draft.js';
import { type ItemDraft, type Located, pointText } from './draft.js';

/** Options for `extractArticle`. */
export interface ExtractOptions {
  /**
   * Set when the article is a translation: its source's items, by collection (`undefined` when the
   * source has problems of its own: the translation is then read against nothing of it).
   */
  readonly translation?: { readonly source: KindDrafts | undefined };
}

/** What the walk over the sections keeps: each kind's items, the sections, and the kinds met so far. */
interface Walk {
  readonly file: VFile;
  readonly options: ExtractOptions;
  /** For a translation: the text each bare inherited mark stands for. */
  readonly inherited: Readonly<Record<string, PhrasingNode[]>> | undefined;
  readonly items: Record<string, Located<ItemDraft>[]>;
  readonly sections: Located<SectionDraft>[];
  readonly seen: Map<KindName, RawSection>;
  lastIndex: number;
}

/**
 * Extracts an article from its mdast tree. Problems are reported on `file`.
 *
 * @returns The draft; parts that could not be extracted are left out of it (a kind left out has no items).
 */
export function extractArticle(tree: Root, file: VFile, options: ExtractOptions = {}): ArticleDraft {
  const items: Record<string, Located<ItemDraft>[]> = Object.fromEntries(
    ALL_KINDS.map((kind) => [kind.collection, []]),
  );
  // Built with every kind's collection above: the kinds' own item types are theirs to check.
  const drafts = items as unknown as KindDrafts;
  if (tree.children.length === 0) {
    report(file, 'empty-file', 'the file is empty: write the frontmatter, the intro and the sections (see the README)');
    const none = toRichBlocks([], file);
    return { frontmatter: undefined, end: undefined, intro: none, conclusion: none, sections: [], items: drafts };
  }
  checkMarkSyntax(tree, file);
  const parts = splitDocument(tree, file);
  const inherited = inheritedMarks(parts, options, file);
  const walk: Walk = { file, options, inherited, items, sections: [], seen: new Map(), lastIndex: -1 };
  for (const section of parts.sections) extractSection(section, walk);
  const end = tree.position?.end;
  for (const kind of ALL_KINDS) {
    if (kind.required && !walk.seen.has(kind.kind))
      report(file, 'section-missing', `missing the ${kind.kind} section: add ${kind.hint}`, end);
  }
  return {
    frontmatter: parts.frontmatter,
    end,
    intro: toRichBlocks(parts.intro, file),
    conclusion: toRichBlocks(parts.conclusion, file),
    sections: walk.sections,
    items: drafts,
  };
}

/** Extracts one `##` section: its role, its heading and body, and its kind's items. */
function extractSection(section: RawSection, walk: Walk): void {
  const { file, inherited } = walk;
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
  const kind = roleOf(section, marks, `section "${headingText}"`, file, walk.options.translation !== undefined);
  if (!kind || !placeSection(kind, section, walk)) return;
  const body = kind.hasBody
    ? {
        text: paragraphs.map((p) => p.rich.text).join('\n\n'),
        nodes: paragraphs.map((p) => ({ type: 'paragraph' as const, children: p.rich.nodes })),
      }
    : toRichBlocks([], file);
  walk.sections.push({
    value: { id: sectionId, kind: kind.kind, heading, body },
    place: section.heading.position,
    fields: { id: section.heading.position },
  });
  const source = walk.options.translation?.source?.[kind.collection];
  const translation = walk.options.translation && inherited ? { translation: { source, inherited } } : {};
  walk.items[kind.collection]!.push(...kind.extract({ section, sectionId, paragraphs, file, ...translation }));
}

/**
 * Checks that a section of `kind` is the first of its kind and comes after the kinds before it.
 *
 * @returns Whether the section is read (a second one of a kind is not).
 */
function placeSection(kind: AnyKind, section: RawSection, walk: Walk): boolean {
  const first = walk.seen.get(kind.kind);
  if (first) {
    report(
      walk.file,
      'section-twice',
      `a second ${kind.kind} section; the first is at ${pointText(first.heading.position)}`,
      section.heading.position,
    );
    return false;
  }
  walk.seen.set(kind.kind, section);
  const index = ALL_KINDS.indexOf(kind);
  if (index < walk.lastIndex) {
    report(
      walk.file,
      'section-order',
      `the ${kind.kind} section must come before the ${ALL_KINDS[walk.lastIndex]!.kind} section`,
      section.heading.position,
    );
  }
  walk.lastIndex = Math.max(walk.lastIndex, index);
  return true;
}

/** For a translation: the text each bare inherited mark stands for, in the translation's language. */
function inheritedMarks(
  parts: ArticleParts,
  { translation }: ExtractOptions,
  file: VFile,
): Record<string, PhrasingNode[]> | undefined {
  if (!translation) return undefined;
  const fm = parts.frontmatter?.value as { locale?: unknown } | undefined;
  const language = typeof fm?.locale === 'string' ? fm.locale : 'en';
  const place = parts.frontmatter?.locate(['locale']) ?? { line: 1, column: 1 };
  const texts = ALL_KINDS.map(
    (kind) => kind.inherit?.({ source: translation.source?.[kind.collection], language, file, place }) ?? {},
  );
  return Object.assign({}, ...texts);
}
