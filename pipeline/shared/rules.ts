/**
 * The rules of the content: every problem the build reports carries one of these ids (and the
 * source `north-korean-escapees`), printed as `path:line:col: message [rule-id]`, so authors can
 * look a rule up and tests compare ids, not sentences. One line each; AUTHORING.md lists them.
 * These are the rules every article shares; each kind of section declares its own (`kinds/`), and
 * `kinds/index.ts` lists them all.
 */

import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';

/** Every rule, by id, with what it asks of the content. */
export const RULES = {
  // Files, their size and the work they cost: checked before that work (most before parsing, in one linear pass).
  'unreadable-file': 'A content file must be a readable regular file, not a link.',
  'unexpected-file':
    'The content directory holds `article.<locale>.md` files and each dataset’s `<name>.md` and `<name>.<locale>.md`, nothing else.',
  'missing-source-article': 'The content directory must hold the source article, `article.en.md`.',
  'missing-dataset': 'The content directory holds every registered dataset’s file, `<name>.md` (e.g. `arrivals.md`).',
  'dataset-translation-missing':
    'Every edition describes every dataset in its language: `<name>.<locale>.md` beside `article.<locale>.md` (until then the English stands in).',
  'file-too-large': 'A content file may have at most 1 MiB (a dataset 65,536 characters).',
  'too-many-lines': 'A content file may have at most 20,000 lines.',
  'frontmatter-too-large': 'A frontmatter may have at most 16 KiB.',
  'too-much-markup': 'A file may hold at most 50,000 markup characters and tabs.',
  'too-many-brackets': 'A file may hold at most 2,000 `[` (links and marks).',
  'too-many-marks': 'A file may hold at most 2,000 marks (`:name`).',
  'too-many-escapes': 'A file may hold at most 10,000 backslash escapes.',
  'too-many-backticks': 'A file may hold at most 10,000 backticks (code spans).',
  'too-many-containers':
    'A file’s block quote and list levels, each counted on every line it opens or continues, may add up to at most 1,000 (it may hold none).',
  'paragraph-too-long': 'A paragraph (a run of lines without a blank one) may have at most 1,000 lines.',
  'brackets-too-deep': 'At most 32 `[` may be open inside each other in one paragraph.',
  'too-many-delimiters': 'A paragraph may hold at most 1,000 `*` and `_`.',
  'containers-too-deep': 'A line may open at most 32 block quotes or list levels.',
  'indent-too-deep': 'A line may be indented at most 128 characters.',
  'markup-too-deep': 'Markup may nest at most 64 levels.',
  'too-many-table-rows': 'A dataset table may have at most 1,000 rows.',
  'too-many-combining-marks': 'A character may carry at most 30 combining marks in a row.',
  'too-much-context':
    'The paragraphs marked items ship as their context may add up to at most 4 times the file’s characters (at least 16 Ki).',
  'too-many-problems': 'At most 50 problems are printed per file; the rest are counted.',
  // Text.
  'invalid-utf8': 'A content file must be UTF-8.',
  'nul-byte': 'A content file must not contain NUL bytes.',
  'bidi-control':
    'Text must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069), written or escaped (`&#x202E;`, `"\\u202E"`).',
  'control-character':
    'Text must not contain control characters but tabs and line breaks (C0, DEL, C1), written or escaped (`&#12;`, `"\\x9b"`).',
  // Frontmatter.
  'frontmatter-missing': 'A content file starts with a YAML frontmatter between `---` lines.',
  'frontmatter-yaml': 'The frontmatter must be valid YAML.',
  'frontmatter-tag': 'The frontmatter uses no YAML tags (`!!js/function`, `!evil`).',
  'frontmatter-string': 'Frontmatter strings hold no lone surrogates.',
  'frontmatter-aliases': 'The frontmatter may expand at most 100 YAML aliases.',
  'frontmatter-not-mapping': 'The frontmatter is a mapping of keys to values.',
  'frontmatter-unknown-key': 'The frontmatter has only the known keys.',
  'frontmatter-missing-key': 'The frontmatter has every required key.',
  'frontmatter-value':
    'Each frontmatter value has its required form (a date, a kebab-case slug, an http(s) address, …).',
  'locale-mismatch': 'The frontmatter `locale` is the one in the file name.',
  'translation-of':
    'A translation names its source article in `translationOf`; the source has none (and no `translated` revisions).',
  'translation-date': 'A translation has its source article’s date.',
  'translation-slug': 'A translation has its source article’s slug.',
  // The document's structure.
  'empty-file': 'An article has a frontmatter, an intro, its sections and a conclusion.',
  'heading-level': 'Sections are `##` headings and questions `###` headings; no `#`, no `####`.',
  'question-outside-section': 'A `###` question belongs to a `##` section.',
  'conclusion-break': 'One `***` line, after the sections, starts the conclusion; nothing but paragraphs follows it.',
  'block-not-allowed':
    'An article holds paragraphs, sections and questions: no lists, tables, code blocks, quotes or block directives.',
  'section-without-role': 'Every `##` section has one role, given by its marks or its `###` questions.',
  'section-mixed': 'A section has one role: marks of two kinds need two sections.',
  'section-twice': 'Each kind of section appears once.',
  'section-order': 'The sections come in the order of their kinds (`pipeline/kinds/index.ts`).',
  'section-missing': 'An article has a section of every kind it must have; the others may be left out.',
  // Text inside paragraphs.
  'raw-html': 'Raw HTML is never passed through: write markdown.',
  image: 'Text holds no images.',
  'reference-link': 'Links are written `[text](address)`, not as references.',
  'unsafe-link': 'A link is `http:`, `https:`, `mailto:` or relative (no scheme and no `//host`).',
  'mark-outside-section': 'Marks (`:factor[…]`, …) are used only in the sections they belong to.',
  'unknown-mark': 'Only the marks of the kinds of section are used.',
  'mark-attribute': 'A mark takes only its own attributes (`id`, and those its kind gives it).',
  'empty-mark': 'A mark holds the article’s words.',
  'mark-unclosed': 'A mark’s words are closed by `]` in the same paragraph (brackets inside them in pairs).',
  'mark-attributes-syntax': 'A mark’s attributes are written `{#id key=value}`, separated by spaces and closed by `}`.',
  // The items (each kind's own rules are in its module).
  'invalid-id': 'Ids are kebab-case: lower-case letters and digits joined by single hyphens.',
  'duplicate-id': 'Ids are unique (section and question ids share one namespace, as they share a page).',
  'invalid-value': 'Each extracted value has the form the schema gives it.',
  // Translations.
  'translation-missing-item':
    'A translation has every item of its source article, with the same id (a warning: the source item stands in).',
  'translation-extra-item': 'A translation has no item its source article lacks (a warning: the item is left out).',
  'translation-stale':
    'A translation records the revision of each source item it translates, and it is the current one (a warning).',
  'translation-mismatch':
    'A translation states the same figures, years, places, phases and section roles as its source.',
  // A dataset's file (`<name>.md`); each dataset's own rules are declared with it (`datasets/`).
  'table-missing':
    'A dataset’s figures are one pipe table with its columns, after a blank line; the paragraphs are their description.',
  'table-delimiter': 'The table’s second line is its delimiter row: one `---` cell per column (`---:` aligns right).',
  'table-cells': 'Every row of the table has one cell per column.',
  'table-columns':
    'The table has the columns its dataset declares, in order (e.g. `arrivals.md`: Period, Men, Women, Total, Source).',
  'duplicate-source-id': 'Source ids are unique.',
} as const satisfies Record<string, string>;

/** The id of a rule. */
export type RuleId = keyof typeof RULES;

/** How much a broken rule matters: an error stops the build; a warning is printed and the build goes on. */
export type Severity = 'error' | 'warning';

/**
 * The rules whose problems are warnings: a translation that lags behind its source. Locally the
 * build goes on (a missing item falls back to the source); `npm run check:release` fails on them
 * unless a pending changeset declares the translation pending.
 */
export const WARNING_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'translation-missing-item',
  'translation-extra-item',
  'translation-stale',
  'dataset-translation-missing',
]);

/**
 * The severity of a rule.
 *
 * @returns `warning` for the rules of `WARNING_RULES`, otherwise `error`.
 */
export function severityOf(ruleId: string): Severity {
  return WARNING_RULES.has(ruleId as RuleId) ? 'warning' : 'error';
}

/**
 * Whether a file has any problem that is an error (warnings do not count).
 *
 * @returns `true` if a message on `file` breaks a rule whose severity is `error`.
 */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => severityOf(message.ruleId ?? 'invalid-value') === 'error');
}

/** The `source` of every message, as remark-lint gives each plugin's. */
export const RULE_SOURCE = 'north-korean-escapees';

/** Where a message points: a node's position, a point, or nothing (then 1:1). */
export type Place = Position | Point | undefined;

/**
 * Reports a problem on a file, stamped with its rule id and source.
 *
 * @returns Nothing; the message is kept on `file.messages`.
 */
export function report(file: VFile, ruleId: RuleId, reason: string, place?: Place): void {
  stamp(file, ruleId, reason, place);
}

/** Rules by id, with what each asks: the shared ones above, or a kind's own. */
export type RuleSet = Readonly<Record<string, string>>;

/** Reports a problem breaking one of `rules` (its id checked against them): see `reporterOf`. */
export type Reporter<Rules extends RuleSet> = (
  file: VFile,
  ruleId: keyof Rules & string,
  reason: string,
  place?: Place,
) => void;

/**
 * The `report` of a kind's own rules.
 *
 * @returns A function that reports, as `report` does, a problem breaking one of `rules`.
 */
export function reporterOf<const Rules extends RuleSet>(rules: Rules): Reporter<Rules> {
  // The rules are only the ids' type: the message is put as `report` puts it.
  void rules;
  return (file, ruleId, reason, place) => stamp(file, ruleId, reason, place);
}

/** Puts a message on a file, stamped with its rule id and source. */
function stamp(file: VFile, ruleId: string, reason: string, place: Place): void {
  // A message is an Error (vfile-message), whose stack is captured and then set to '': with no frames
  // to capture, thousands of messages (one per mark of an adversarial file) cost a sixth of the time less.
  const frames = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    file.message(reason, { place: place ?? { line: 1, column: 1 }, ruleId, source: RULE_SOURCE });
  } finally {
    Error.stackTraceLimit = frames;
  }
}
