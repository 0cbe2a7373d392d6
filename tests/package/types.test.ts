/**
 * The type matrix: a consumer importing every entry of the exports map (ESM and CommonJS files)
 * compiles with `strict` and `skipLibCheck: false` under each module resolution mode and each
 * TypeScript of the matrix, against the installed tarball; and the package's literal types reach
 * it (a wrong id is an error there, which `@ts-expect-error` requires).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/locales.js';
import { type PackageEntry, root, runCommand, tool } from './context.js';
import { COMPILERS, type Compiler, entriesFor, MODES, type Mode } from './matrices.js';

const consumer = inject('consumer');
const data = JSON.parse(await readFile(path.join(root, 'dist', 'data.json'), 'utf8'));
const faqId: string = data.content.en.faq[0].id;
/** The source's language, and another: whichever the build has. */
const [source, ...editions] = locales;
const other = JSON.stringify(editions[0]);

/** What each edition's entry (`./ko`, …) must offer its users. */
const editionUses = Object.fromEntries(
  editions.map((locale) => [
    `./${locale}`,
    (m: string) =>
      `${m}.getFaq(${JSON.stringify(faqId)}).answer.text;\n${m}.formatEstimate({ locale: ${JSON.stringify(locale)}, numberLocale: 'de' });\n// @ts-expect-error — not an id\n${m}.getFactor('not-a-factor');`,
  ]),
);

/** What each known entry must offer its users, on top of the checks every entry gets. */
const USES: Readonly<Record<string, (name: string) => string>> = {
  '.': (m) =>
    `${m}.getFaq(${JSON.stringify(faqId)}).question.text;\n${m}.formatEstimate({ locale: ${JSON.stringify(source)}, numberLocale: 'de' });\n// @ts-expect-error — the main entry holds the source's edition\n${m}.formatEstimate({ locale: ${other} });\n// @ts-expect-error — not an id\n${m}.getFaq('not-a-question');`,
  ...editionUses,
  // qtz: a code reserved for local use, never one of the package's languages
  './locales': (m) =>
    `${m}.getFaq(${JSON.stringify(faqId)}, { locale: ${other} });\n${m}.getContent(${other}).formatEstimate();\n// @ts-expect-error — not a locale\n${m}.getArticle('qtz');`,
  './schema': (m) => `export const parsed: { readonly meta: { readonly version: string } } = ${m}.Dataset.parse({});`,
  './data.json': (m) =>
    `export const spdx: string = ${m}.meta.license.spdx;\nexport const total: number = ${m}.arrivals.rows.reduce((sum, row) => sum + row.total, 0);\n// @ts-expect-error — ids are literal types, not string\nexport const notAnId: 'not-an-id' = ${m}.content[${other}].faq[0]!.id;`,
  './schema.json': (m) => `export const dialect: 'https://json-schema.org/draft/2020-12/schema' = ${m}.$schema;`,
  './hast': (m) =>
    `export const hast: { type: 'root'; children: { type: 'element' | 'text' }[] } = ${m}.toHast({ text: '', nodes: [] });\n// @ts-expect-error — a field, not a string\n${m}.toHast('x');`,
  './react': (m) =>
    `export const reactElement: { readonly key: string | null } = ${m}.RichTextView({ value: { text: '', nodes: [] }, components: { link: ({ href, node }) => (href === node.url ? null : null) } });\n// @ts-expect-error — not a kind of node\n${m}.RichTextView({ value: { text: '', nodes: [] }, components: { image: () => null } });`,
  './vue': (m) =>
    `export const vueName: string | undefined = ${m}.RichTextView.name;\nexport const vueLink: Partial<${m}.RichTextComponents> = { link: (props: ${m}.RichNodeProps<'link'>) => props.href };\n// @ts-expect-error — only a link has an href\nexport const vueWrong: ${m}.RichNodeProps<'emphasis'>['href'] = '';`,
  './svelte': (m) =>
    `export const svelteProps: Parameters<typeof ${m}.RichTextView>[1] = { value: { text: '', nodes: [] } };\n// @ts-expect-error — a value is required\nexport const svelteNoValue: Parameters<typeof ${m}.RichTextView>[1] = {};`,
};

/** How a consumer file of one kind imports an entry as `name`. */
function importOf(entry: PackageEntry, name: string, kind: 'esm' | 'cjs', compiler: Compiler, mode: Mode): string {
  if (kind === 'cjs' && entry.require !== null) return `import ${name} = require(${JSON.stringify(entry.specifier)});`;
  if (entry.kind !== 'json') return `import * as ${name} from ${JSON.stringify(entry.specifier)};`;
  // JSON: with import attributes where TypeScript takes them (≥ 5.3; module nodenext or esnext);
  // node16 rejects them (TS2823), so there the type is taken as a type query.
  if (compiler.attributes && mode !== 'node16')
    return `import ${name} from ${JSON.stringify(entry.specifier)} with { type: 'json' };`;
  return `declare const ${name}: typeof import(${JSON.stringify(entry.specifier)});`;
}

/** A consumer file importing every entry the compiler is tested with. */
function consumerFile(kind: 'esm' | 'cjs', compiler: Compiler, mode: Mode): string {
  const lines = [
    '/** Not `any`: an entry whose types are lost would make this `never`. */',
    'type Typed<T> = 0 extends 1 & T ? never : T;',
  ];
  entriesFor(compiler, mode).forEach((entry, index) => {
    // An ESM-only entry (Svelte) has no `require`: a CommonJS file under node16 and nodenext cannot
    // import it (TS1479), as Node could not; under node10 it is imported as ESM is.
    if (entry.require === null && kind === 'cjs' && mode !== 'node10') return;
    const name = `entry${index}`;
    lines.push(
      '',
      `// ${entry.specifier}`,
      importOf(entry, name, kind, compiler, mode),
      `export const typed${index}: Typed<typeof ${name}> = ${name};`,
    );
    const use = USES[entry.subpath];
    if (use) lines.push(use(name));
  });
  return `${lines.join('\n')}\n`;
}

/** The compiler options and files of one cell. */
function project(mode: Mode): { options: Record<string, unknown>; files: Record<string, 'esm' | 'cjs'> } {
  // skipLibCheck: false checks every declaration file the consumer loads, the package's and zod's;
  // only TypeScript's own lib files are skipped (skipDefaultLibCheck). zod's types need `URL`,
  // which lib "dom" (or @types/node) declares.
  const common = {
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    noEmit: true,
  };
  // node10 projects set esModuleInterop (as `tsc --init` does); zod's CommonJS types need it.
  if (mode === 'node10')
    return {
      options: { ...common, module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true },
      files: { 'consumer.ts': 'cjs' },
    };
  if (mode === 'bundler')
    return { options: { ...common, module: 'esnext', moduleResolution: 'bundler' }, files: { 'consumer.ts': 'esm' } };
  return {
    options: { ...common, module: mode, moduleResolution: mode },
    files: { 'consumer.mts': 'esm', 'consumer.cts': 'cjs' },
  };
}

async function compile(
  compiler: Compiler,
  mode: Mode,
  files: Record<string, string>,
  options: Record<string, unknown>,
  label = '',
) {
  const dir = path.join(consumer, 'types', `ts-${compiler.version}-${mode}${label}`);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions: options, files: Object.keys(files) }, null, 2)}\n`,
  );
  return runCommand(process.execPath, [compiler.tsc, '-p', 'tsconfig.json'], { cwd: dir });
}

describe.concurrent.each(COMPILERS.map((c) => [`TypeScript ${c.version}`, c] as const))(
  '%s, strict, skipLibCheck: false',
  (_, compiler) => {
    it('is the TypeScript it says', async () => {
      const ran = await runCommand(process.execPath, [compiler.tsc, '--version'], { cwd: consumer });
      expect(ran.stdout.trim()).toBe(`Version ${compiler.version}`);
    });

    for (const mode of MODES) {
      if (mode === 'node10' && !compiler.node10) {
        it('node10: not offered by this TypeScript (it removed the option)', async () => {
          const { options } = project(mode);
          const ran = await compile(compiler, mode, { 'consumer.ts': 'export {};\n' }, options, '-removed');
          expect(ran.stdout).toContain("Option 'moduleResolution=node10' has been removed");
        });
        continue;
      }
      it(`${mode}: a consumer of ${entriesFor(compiler, mode).length} entries compiles, ids stay literal`, async () => {
        const { options, files } = project(mode);
        const sources = Object.fromEntries(
          Object.entries(files).map(([name, kind]) => [name, consumerFile(kind, compiler, mode)]),
        );
        const ran = await compile(compiler, mode, sources, options);
        expect(`${ran.stdout}${ran.stderr}`.trim()).toBe('');
        expect(ran.code).toBe(0);
      });
    }
  },
);

describe('the Vue entry with the oldest Vue its peer range allows', () => {
  it('compiles against Vue 3.3’s types, and type-checks the value it is given', async () => {
    const vue = tool('vue-3.3');
    const version = JSON.parse(await readFile(path.join(vue, 'package.json'), 'utf8')).version as string;
    expect(version).toMatch(/^3\.3\./);
    const peer = (
      JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
        peerDependencies: Record<string, string>;
      }
    ).peerDependencies.vue;
    expect(peer).toBe('^3.3.0');
    const compiler = COMPILERS.find((c) => c.tsc.startsWith(path.join(root, 'node_modules')))!;
    const { options } = project('bundler');
    const source = [
      "import { h } from 'vue';",
      "import { RichTextView, type RichTextProps } from 'north-korean-escapees/vue';",
      "import { faq } from 'north-korean-escapees';",
      'export const vnode = h(RichTextView, { value: faq[0]!.answer });',
      'export const props: RichTextProps = { value: faq[0]!.question };',
      '// @ts-expect-error — a string is not a rich-text field',
      "h(RichTextView, { value: 'text' });",
      '',
    ].join('\n');
    const ran = await compile(
      compiler,
      'bundler',
      { 'consumer.ts': source },
      { ...options, paths: { vue: [vue] } },
      '-vue-3.3',
    );
    expect(`${ran.stdout}${ran.stderr}`.trim()).toBe('');
    expect(ran.code).toBe(0);
  });
});

describe('the type matrix itself', () => {
  it('fails a consumer when the package loses a literal type (the @ts-expect-error lines are load-bearing)', async () => {
    const compiler = COMPILERS.at(-1)!;
    const { options, files } = project('nodenext');
    const sources = Object.fromEntries(
      Object.entries(files).map(([name, kind]) => [
        name,
        consumerFile(kind, compiler, 'nodenext').replaceAll("'not-a-question'", JSON.stringify(faqId)),
      ]),
    );
    const ran = await compile(compiler, 'nodenext', sources, options, '-control');
    expect(ran.stdout).toContain("error TS2578: Unused '@ts-expect-error' directive.");
  });
});
