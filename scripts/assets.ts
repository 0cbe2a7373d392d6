/**
 * Package assets for consumers without JavaScript or without our types: `dist/data.json` (`meta`,
 * as the `meta` export, then the generated data) and `dist/schema.json` (the JSON Schema of that
 * data, generated from the zod `Dataset` schema with `z.toJSONSchema`). Written by `npm run build`
 * (scripts/build.ts) once the content is built; deterministic.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isEntryScript } from '../pipeline/shared/io.js';
import { readMetaInfo } from '../pipeline/shared/package-info.js';
import { GENERATED_DIR, PACKAGE_ROOT } from '../pipeline/shared/paths.js';
import {
  BuiltDataset,
  Dataset,
  EmphasisNode,
  ItemHistory,
  PhrasingNode,
  Release,
  RichBlocks,
  RichText,
  SafeUrl,
  Source,
} from '../src/schema.js';

/** The address the JSON Schema names itself by: the file's path inside the package. */
export const SCHEMA_ID = 'north-korean-escapees/schema.json';

/**
 * The JSON Schema (draft 2020-12) of `data.json`, serialised with two-space indents and a final newline.
 * Checks zod cannot express as JSON Schema (the link-address rule) are documented in `description`s.
 *
 * @returns The schema's text, byte-identical on every run.
 * @throws If zod cannot represent a schema (a build-time bug).
 */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(Dataset, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
    metadata: names(),
  });
  return `${JSON.stringify({ ...schema, $id: SCHEMA_ID, title: 'north-korean-escapees data.json' }, null, 2)}\n`;
}

/**
 * The pattern of a safe link address, as `isSafeUrl` decides it (src/url.ts): no control characters;
 * after leading spaces, not two slashes or backslashes (an authority: the link would leave the site);
 * and either no scheme (no `:` before the first `/`, `\\`, `?` or `#`) or `http:`, `https:` or
 * `mailto:` in any case. JSON Schema patterns have no flags, hence the spelled-out cases.
 */
export const SAFE_URL_PATTERN = String.raw`^(?! *[/\\][/\\])(?:[^:/?#\\\u0000-\u001f\u007f]*(?:[/?#\\][^\u0000-\u001f\u007f]*)?| *(?:[hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]):[^\u0000-\u001f\u007f]*)$`;

/** Readable `$defs` names for the shared shapes, and the link rule zod's refinement cannot export. */
function names() {
  const registry = z.registry<{ id?: string; description?: string; pattern?: string }>();
  registry.add(PhrasingNode, { id: 'PhrasingNode', description: 'An mdast phrasing node without position.' });
  // The list of phrasing nodes is part of the recursion; name it rather than let zod number it.
  registry.add(EmphasisNode.unwrap().shape.children, { id: 'PhrasingNodes', description: 'A list of phrasing nodes.' });
  registry.add(RichText, {
    id: 'RichText',
    description: 'Inline rich text: mdast phrasing nodes and the same text as a plain string.',
  });
  registry.add(RichBlocks, {
    id: 'RichBlocks',
    description: 'Block rich text: mdast paragraphs and the same text as a plain string.',
  });
  registry.add(Source, { id: 'Source', description: 'Where a text comes from.' });
  registry.add(ItemHistory, {
    id: 'ItemHistory',
    description: 'When an item first appeared and when it last changed, each a release of the content.',
  });
  registry.add(Release, { id: 'Release', description: 'A release of the content: its version and date.' });
  registry.add(SafeUrl, {
    description: 'A link address: http:, https:, mailto: or relative.',
    pattern: SAFE_URL_PATTERN,
  });
  return registry;
}

/**
 * The text of `data.json`: `meta` first, then the content build's data, checked with `Dataset`.
 *
 * @param release What the `meta` export holds (the release's version, date and licence).
 * @returns The JSON text, two-space indents and a final newline.
 * @throws If the generated data is not a valid `BuiltDataset`, or the result not a valid `Dataset`.
 */
export function renderDataJson(built: unknown, release: unknown): string {
  BuiltDataset.parse(built);
  const dataset = { meta: release, ...(built as object) };
  Dataset.parse(dataset);
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * Writes `data.json` (the data of `generatedDir` with `meta`, read from package.json and the lock as
 * the content build reads it) and `schema.json` into `outDir`.
 *
 * @returns The paths written.
 * @throws If a file cannot be read or written, or the data is invalid.
 */
export async function writeAssets(
  generatedDir: string,
  outDir: string,
  root: string = PACKAGE_ROOT,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const data = path.join(outDir, 'data.json');
  const schema = path.join(outDir, 'schema.json');
  const built = JSON.parse(await readFile(path.join(generatedDir, 'data.json'), 'utf8'));
  await writeFile(data, renderDataJson(built, await readMetaInfo(root)));
  await writeFile(schema, renderJsonSchema());
  return [data, schema];
}

if (isEntryScript(import.meta.url)) {
  writeAssets(GENERATED_DIR, path.join(PACKAGE_ROOT, 'dist')).then(
    (written) => console.log(`wrote ${written.map((file) => path.relative(PACKAGE_ROOT, file)).join(', ')}`),
    (error: unknown) => {
      console.error(`assets: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
