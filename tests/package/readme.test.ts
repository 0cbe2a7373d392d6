/**
 * The README runs as written, against the installed tarball:
 *
 * - its install command installs the package (the tarball in its place);
 * - every `ts`, `tsx` and `js` code block is type-checked as written (TypeScript of the build,
 *   `module: nodenext`, strict; and `node16` for every block without import attributes, which
 *   node16 rejects), then run with Node; a line `expression; // => value` asserts that
 *   the expression deep-equals the value (text after ` — ` is prose). A block whose info string
 *   says `partial` is left out, and such blocks must stay rare;
 * - every `svelte` block is compiled by the Svelte compiler against the tarball (its `/svelte`
 *   through the `svelte` export condition), server-rendered, and must write what the `html` block
 *   after it shows (Svelte's `<!--…-->` markers left out);
 * - the Compatibility section's tables are those of the type and runtime matrices;
 * - the sections come in the order users read them.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Code, Heading, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Component } from 'svelte';
import { render as renderSvelte } from 'svelte/server';
import ts from 'typescript';
import { unified } from 'unified';
import { describe, expect, inject, it } from 'vitest';
import { bundleSvelte } from '../../examples/shared/svelte.js';
import { pkg, root, runCommand } from './context.js';
import { runtimeTable, typesTable } from './matrices.js';

const tarball = inject('tarball');
const consumer = inject('consumer');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

/** A code block of the README, with the `##` section it is in. */
interface Block {
  readonly lang: string;
  readonly meta: string;
  readonly value: string;
  readonly line: number;
  readonly section: string;
}

/** The `##` sections and code blocks of a README. */
function parse(markdown: string): { sections: string[]; blocks: Block[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const sections: string[] = [];
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && (node as Heading).depth === 2) sections.push(mdastToString(node));
    if (node.type === 'code') {
      const code = node as Code;
      blocks.push({
        lang: code.lang ?? '',
        meta: code.meta ?? '',
        value: code.value,
        line: code.position!.start.line + 1,
        section: sections.at(-1) ?? '',
      });
    }
  }
  return { sections, blocks };
}

const RUN = new Set(['ts', 'tsx', 'js']);
const readme = await readFile(path.join(root, 'README.md'), 'utf8');
const { sections, blocks } = parse(readme);
const runnable = blocks.filter((block) => RUN.has(block.lang) && !/\bpartial\b/.test(block.meta));

/** The file a block is written to: CommonJS for a `js` block that `require`s, else ESM (the consumer is `type: module`). */
const fileOf = (block: Block, index: number) => {
  const ext =
    block.lang === 'tsx' ? 'tsx' : block.lang === 'js' ? (/\brequire\(/.test(block.value) ? 'cjs' : 'mjs') : 'ts';
  return `block-${String(index + 1).padStart(2, '0')}-line-${block.line}.${ext}`;
};

/** `expression; // => value — prose` becomes an assertion; every other line stays as written. */
const ASSERTION = /^(\s*)(?!(?:const|let|var|import|export|return|function|type)\b)(\S.*?);\s*\/\/ => (.+?)(?: — .*)?$/;

/**
 * The block as run: its assertion lines rewritten, a prelude defining `__expect`.
 *
 * @returns The source and the number of assertions.
 */
function instrument(block: Block, cjs: boolean): { source: string; assertions: number } {
  let assertions = 0;
  const lines = block.value.split('\n');
  const out = lines.map((line, index) => {
    const match = ASSERTION.exec(line);
    const next = lines[index + 1];
    // An expression alone on its line, its expected value on the next: `expr;` then `// => value`.
    const split = !match && next && /^\s*\/\/ => /.test(next) ? /^(\s*)(\S.*?);\s*$/.exec(line) : null;
    if (match) {
      assertions += 1;
      return `${match[1]}__expect((${match[2]}), (${match[3]}), ${JSON.stringify(`README.md:${block.line + index}`)});`;
    }
    if (split) {
      assertions += 1;
      const value = next!.replace(/^\s*\/\/ => /, '').replace(/ — .*$/, '');
      return `${split[1]}__expect((${split[2]}), (${value}), ${JSON.stringify(`README.md:${block.line + index}`)});`;
    }
    return line;
  });
  const prelude = cjs
    ? "const { deepStrictEqual: __deepStrictEqual } = require('node:assert');"
    : "import { deepStrictEqual as __deepStrictEqual } from 'node:assert';";
  const define = 'const __expect = (actual, expected, where) => __deepStrictEqual(actual, expected, where);';
  return { source: `${prelude}\n${define}\n${out.join('\n')}\n`, assertions };
}

/** Writes, type-checks and runs blocks in `dir`; returns tsc's output and each block's run. */
async function check(dir: string, list: readonly Block[]) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'run'), { recursive: true });
  const files = list.map((block, index) => fileOf(block, index));
  for (const [index, block] of list.entries()) {
    const asWritten =
      block.lang === 'js'
        ? block.value
        : /^\s*(import|export)\b/m.test(block.value)
          ? block.value
          : `${block.value}\nexport {};\n`;
    await writeFile(path.join(dir, files[index]!), asWritten);
  }
  const compilerOptions = {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: ['node'],
    strict: true,
    jsx: 'react-jsx',
    allowJs: true,
    checkJs: true,
    noEmit: true,
    skipLibCheck: true,
  };
  await writeFile(path.join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`);
  const typecheck = await runCommand(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir });
  // module node16 takes no import attributes (TS2823, as the README says): every other block must compile there too.
  const node16Files = files.filter((_, index) => !/\bwith \{ type: 'json' \}/.test(list[index]!.value));
  const node16Options = { ...compilerOptions, module: 'node16', moduleResolution: 'node16' };
  await writeFile(
    path.join(dir, 'tsconfig.node16.json'),
    `${JSON.stringify({ compilerOptions: node16Options, files: node16Files }, null, 2)}\n`,
  );
  const typecheckNode16 = await runCommand(process.execPath, [tsc, '-p', 'tsconfig.node16.json'], { cwd: dir });
  const runs = [];
  for (const [index, block] of list.entries()) {
    const cjs = files[index]!.endsWith('.cjs');
    const { source, assertions } = instrument(block, cjs);
    const js = ts.transpileModule(source, {
      fileName: files[index]!,
      compilerOptions: {
        module: cjs ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        jsx: ts.JsxEmit.ReactJSX,
        verbatimModuleSyntax: false,
      },
    }).outputText;
    const out = path.join(dir, 'run', files[index]!.replace(/\.(tsx?|mjs)$/, '.mjs'));
    await writeFile(out, js);
    runs.push({ block, assertions, ran: await runCommand(process.execPath, [out], { cwd: dir }) });
  }
  return { typecheck, typecheckNode16, node16Files, runs };
}

let svelteRuns = 0;

/**
 * A `svelte` block as a component compiled for the server from the consumer (the tarball), rendered.
 *
 * @returns The HTML it writes, without Svelte's `<!--…-->` markers.
 */
async function renderSvelteBlock(source: string): Promise<string> {
  const dir = path.join(consumer, 'readme-svelte');
  await mkdir(dir, { recursive: true });
  svelteRuns += 1;
  const file = path.join(dir, `Block${svelteRuns}.svelte`);
  const outfile = path.join(dir, `block-${svelteRuns}.mjs`);
  await writeFile(file, source);
  await bundleSvelte('server', { entryPoints: [file], outfile, format: 'esm' });
  const { default: component } = (await import(pathToFileURL(outfile).href)) as { default: Component };
  return renderSvelte(component).body.replaceAll(/<!--[\s\S]*?-->/g, '');
}

/** Each `svelte` block with the block after it (the HTML it renders). */
const svelteBlocks = blocks.flatMap((block, index) =>
  block.lang === 'svelte' ? [[block, blocks[index + 1]] as const] : [],
);

describe('the README', () => {
  it('is in the order users read: what it is, install, use, API, types, rendering, versioning, compatibility, security', () => {
    const order = ['Install', 'Use', 'API', 'Types', 'Rendering', 'Versioning', 'Compatibility', 'Security'];
    expect(sections.filter((section) => order.includes(section))).toEqual(order);
    expect(sections.slice(-2)).toEqual(['Licence', 'Develop']);
  });

  it('Install: the command as written installs the package (the tarball in its place)', async () => {
    const install = blocks.filter((block) => block.section === 'Install' && block.lang === 'sh');
    expect(install.map((block) => block.value)).toEqual([`npm install ${pkg.name}`]);
    const dir = path.join(consumer, '..', 'install');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    await writeFile(path.join(dir, 'package.json'), '{ "name": "install-check", "private": true }\n');
    const [command, ...args] = install[0]!.value.replace(pkg.name, tarball).split(' ');
    const ran = await runCommand(command!, [...args, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dir,
    });
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'node_modules', pkg.name, 'package.json'), 'utf8')).version).toBe(
      pkg.version,
    );
  });

  it('runs every ts, tsx and js block of Use, Types and Rendering, and marks few blocks partial', () => {
    const sectionsRun = new Set(runnable.map((block) => block.section));
    for (const section of ['Use', 'Types', 'Rendering']) expect(sectionsRun, section).toContain(section);
    expect(blocks.filter((block) => RUN.has(block.lang) && /\bpartial\b/.test(block.meta)).length).toBeLessThanOrEqual(
      1,
    );
    expect(runnable.length).toBeGreaterThanOrEqual(10);
  });

  describe('code blocks, against the installed tarball', () => {
    let checked: ReturnType<typeof check> | undefined;
    const result = () => (checked ??= check(path.join(consumer, 'readme'), runnable));

    it('type-check as written (TypeScript, module nodenext, strict)', async () => {
      const { typecheck } = await result();
      expect(`${typecheck.stdout}${typecheck.stderr}`.trim()).toBe('');
      expect(typecheck.code).toBe(0);
    });

    it('type-check under module node16 too, all but the blocks with import attributes (among them the node16 way to load data.json)', async () => {
      const { typecheckNode16, node16Files } = await result();
      expect(`${typecheckNode16.stdout}${typecheckNode16.stderr}`.trim()).toBe('');
      expect(typecheckNode16.code).toBe(0);
      expect(node16Files.length).toBeGreaterThan(runnable.length / 2);
      const createRequireBlock = runnable.findIndex((block) =>
        block.value.includes("createRequire(import.meta.url)('north-korean-escapees/data.json')"),
      );
      expect(node16Files).toContain(fileOf(runnable[createRequireBlock]!, createRequireBlock));
    });

    it('assert what their comments say: at least 30 `// =>` values', async () => {
      const { runs } = await result();
      expect(runs.reduce((sum, run) => sum + run.assertions, 0)).toBeGreaterThanOrEqual(30);
    });

    for (const [index, block] of runnable.entries()) {
      it(`run: block ${index + 1} (${block.section}, README.md:${block.line})`, async () => {
        const run = (await result()).runs[index]!;
        expect(run.ran.stderr).toBe('');
        expect(run.ran.code).toBe(0);
      });
    }
  });

  describe('svelte blocks, compiled against the installed tarball and server-rendered', () => {
    it('there is one in Rendering, each followed by the html block it renders', () => {
      expect(svelteBlocks.map(([block]) => block.section)).toContain('Rendering');
      for (const [block, shown] of svelteBlocks) expect(shown?.lang, `README.md:${block.line}`).toBe('html');
    });

    for (const [block, shown] of svelteBlocks) {
      it(`render: README.md:${block.line} writes the html block after it`, async () => {
        expect(await renderSvelteBlock(block.value)).toBe(shown?.value.trim());
      });
    }

    it('a block that renders something else fails (the comparison is load-bearing)', async () => {
      const [block, shown] = svelteBlocks[0]!;
      const other = block.value.replace("getFaq('what-is-a-defector')", "getFaq('how-do-north-koreans-escape')");
      expect(other).not.toBe(block.value);
      expect(await renderSvelteBlock(other)).not.toBe(shown?.value.trim());
    });
  });

  it('a snippet whose comment is wrong fails (the assertions are load-bearing)', async () => {
    const block = runnable.find((b) => b.value.includes('estimate.value'))!;
    const wrong = { ...block, value: block.value.replace(/(estimate\.value.*\/\/ => \[?)30000/, '$130001') };
    expect(wrong.value).not.toBe(block.value);
    const { runs } = await check(path.join(consumer, 'readme-control'), [wrong]);
    expect(runs[0]!.ran.code).not.toBe(0);
    expect(runs[0]!.ran.stderr).toContain('30001');
  });

  it('Compatibility holds the tables of the type and runtime matrices, word for word', () => {
    const start = readme.indexOf('## Compatibility');
    const compatibility = readme.slice(start, readme.indexOf('\n## ', start + 1));
    expect(compatibility).toContain(typesTable());
    expect(compatibility).toContain(runtimeTable());
  });
});
