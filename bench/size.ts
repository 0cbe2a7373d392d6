/**
 * Size: the main entry bundled, minified and gzipped, against gzip of the article's plain text
 * (the floor: the words themselves); and a bundle that imports only `estimate`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { report, root } from './lib.js';

const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The article's words: title, intro, section headings and bodies, FAQ, conclusion. */
function plainText(): string {
  const data = JSON.parse(readFileSync(path.join(root, 'src/generated/data.json'), 'utf8')).content.en;
  const parts = [data.article.title, data.article.intro.text];
  for (const section of data.article.sections) parts.push(section.heading.text, section.body.text);
  for (const entry of data.faq) parts.push(entry.question.text, entry.answer.text);
  parts.push(data.article.conclusion.text);
  return parts.filter(Boolean).join('\n\n');
}

/** Measures and prints the size figures. @returns Whether the goal was met. */
export async function measureSize(): Promise<boolean> {
  const floor = gzip(plainText());
  const full = await bundle("export * from './dist/index.js';");
  const estimateOnly = await bundle("import { estimate } from './dist/index.js'; console.log(estimate);");
  const data = JSON.parse(readFileSync(path.join(root, 'src/generated/data.json'), 'utf8')).content.en;
  const leaks = data.faq.some((entry: { answer: { text: string } }) =>
    estimateOnly.includes(entry.answer.text.slice(0, 40)),
  );
  const met = report(
    'size: main entry min+gzip / article text gzip',
    gzip(full) / floor,
    1.5,
    `${gzip(full)} B vs ${floor} B (minified ${full.length} B)`,
  );
  report(
    'size: estimate-only bundle min+gzip / article text gzip',
    gzip(estimateOnly) / floor,
    undefined,
    `${gzip(estimateOnly)} B (minified ${estimateOnly.length} B); FAQ answers ${leaks ? 'INCLUDED (tree-shaking failed)' : 'not included'}`,
  );
  return met && !leaks;
}
