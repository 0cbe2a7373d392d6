/**
 * The content build: load → parse → extract → validate → emit, for a whole content directory.
 */
import type { VFile } from 'vfile';
import type { Content } from '../schema.js';
import { collectDiagnostics, type Diagnostic } from './diagnostics.js';
import { renderOutputs, writeOutputs, type OutputFile } from './emit.js';
import { extractArticle } from './extract.js';
import { checkTextLimits, checkTreeDepth } from './limits.js';
import { loadContent } from './load.js';
import { parseContent } from './parse.js';
import { validateArticle } from './validate.js';

/** What to build, and where to. */
export interface BuildOptions {
  /** The directory holding the article's markdown. */
  readonly contentDir: string;
  /** The directory the generated module and data are written to. */
  readonly outDir: string;
  /** Validate only; write nothing. */
  readonly check?: boolean;
  /** The directory diagnostics' paths are shown relative to (default: the working directory). */
  readonly cwd?: string;
}

/** The outcome of a build. */
export interface BuildResult {
  /** Every problem found; empty when the build succeeded. */
  readonly diagnostics: readonly Diagnostic[];
  /** The validated content, when there were no problems. */
  readonly content: Content | undefined;
  /** The rendered outputs, when there were no problems. */
  readonly outputs: readonly OutputFile[];
  /** The paths written (none with `check`, or on problems). */
  readonly written: readonly string[];
}

/**
 * Builds the content of a directory. Content problems do not throw: they are returned as
 * diagnostics and nothing is written.
 *
 * @returns The diagnostics, the content and what was written.
 * @throws If the content directory cannot be read or the output cannot be written.
 */
export async function buildContent(options: BuildOptions): Promise<BuildResult> {
  const files = await loadContent(options.contentDir, options.cwd);
  const results: { name: string; text: string; content: Content | undefined }[] = [];
  for (const file of files) {
    if (file.data.loaded?.unreadable) continue;
    results.push({ name: file.data.loaded!.name, text: String(file.value), content: buildFile(file) });
  }
  const diagnostics = collectDiagnostics(files);
  if (files.length !== 1 && diagnostics.length === 0) {
    const found = files.length === 0 ? 'no .md file' : `${files.length} .md files`;
    return fail([{ file: options.contentDir, line: 1, column: 1, message: `expected exactly one article (.md file), found ${found}` }]);
  }
  const content = results[0]?.content;
  if (diagnostics.length > 0 || !content) return fail(diagnostics);
  const outputs = renderOutputs(content, results.map(({ name, text }) => ({ name, text })));
  const written = options.check ? [] : await writeOutputs(options.outDir, outputs);
  return { diagnostics, content, outputs, written };
}

/**
 * Runs the stages after `load` on one readable file: limits → parse → extract → validate.
 * Content problems are reported on `file`, never thrown.
 *
 * @returns The validated content, or `undefined` if the file has any problem.
 */
export function buildFile(file: VFile): Content | undefined {
  if (!checkTextLimits(String(file.value), file)) return undefined;
  const tree = parseContent(file);
  if (!checkTreeDepth(tree, file)) return undefined;
  return validateArticle(extractArticle(tree, file), file);
}

function fail(diagnostics: readonly Diagnostic[]): BuildResult {
  return { diagnostics, content: undefined, outputs: [], written: [] };
}
