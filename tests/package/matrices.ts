/**
 * The two matrices the packed package is tested in, and their tables as the README's
 * Compatibility section shows them (tests/package/readme.test.ts checks the README has them
 * word for word; types.test.ts and runtime.test.ts check every cell).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { entries, type PackageEntry, tool } from './context.js';
import { NOT_IN_BROWSER } from './probe.js';

const require = createRequire(import.meta.url);
const versionOf = (packageJson: string) =>
  (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

/** A TypeScript of the type matrix. */
export interface Compiler {
  /** Its `tsc` script. */
  readonly tsc: string;
  /** Its version, e.g. `5.0.4`. */
  readonly version: string;
  /** Whether it parses import attributes (`with { type: 'json' }`, TypeScript ≥ 5.3). */
  readonly attributes: boolean;
  /** Whether it still has `moduleResolution: node10` (TypeScript 7 removed it). */
  readonly node10: boolean;
}

const compiler = (dir: string, attributes: boolean, node10: boolean): Compiler => ({
  tsc: path.join(dir, 'bin', 'tsc'),
  version: versionOf(path.join(dir, 'package.json')),
  attributes,
  node10,
});

/** The oldest TypeScript claimed, the oldest zod 4 supports, the one the package is built with, and the current one. */
export const COMPILERS: readonly Compiler[] = [
  compiler(tool('typescript-5.0'), false, true),
  compiler(tool('typescript-5.5'), true, true),
  compiler(path.dirname(require.resolve('typescript/package.json')), true, true),
  compiler(tool('typescript-7'), true, false),
];

/** The module resolution modes of the type matrix. */
export const MODES = ['node16', 'nodenext', 'bundler', 'node10'] as const;
/** One module resolution mode. */
export type Mode = (typeof MODES)[number];

/**
 * Entries that need more than the package's own minimum — a newer TypeScript, or some resolution
 * modes only — and why: in each case the types of the library the entry is for (a peer dependency).
 */
export const NEEDS: Readonly<
  Record<string, { readonly version?: string; readonly modes?: readonly Mode[]; readonly why: string }>
> = {
  './schema': { version: '5.5', why: 'zod 4 supports TypeScript ≥ 5.5' },
  './vue': { version: '5.4', why: "Vue 3.5's types use `NoInfer`, new in TypeScript 5.4" },
  './svelte': {
    version: '5.5',
    modes: ['node16', 'nodenext', 'bundler'],
    why: "Svelte 5's types do not compile with TypeScript 5.0 (its lib `dom` lacks `VideoFrame`), and they reach their `esrap` types through an `exports` map, which `node10` does not read",
  },
};

const major = (version: string) => version.split('.').slice(0, 2).map(Number) as [number, number];
const atLeast = (version: string, minimum: string) => {
  const [a, b] = major(version);
  const [c, d] = major(minimum);
  return a > c || (a === c && b >= d);
};

/**
 * The entries a compiler is tested with in a resolution mode: all, but those that need a newer
 * compiler or another mode.
 *
 * @returns The entries, in the exports map's order.
 */
export function entriesFor(compiler: Compiler, mode: Mode): PackageEntry[] {
  return entries.filter((entry) => {
    const need = NEEDS[entry.subpath];
    return (
      !need ||
      ((!need.version || atLeast(compiler.version, need.version)) && (!need.modes || need.modes.includes(mode)))
    );
  });
}

/**
 * The Markdown table of the type matrix: one row per resolution mode, one column per TypeScript,
 * and a note for each entry that needs more.
 *
 * @returns The table's lines.
 */
export function typesTable(): string {
  const short = (c: Compiler) => major(c.version).join('.');
  const lines = [
    `| \`moduleResolution\` | ${COMPILERS.map((c) => `TypeScript ${short(c)}`).join(' | ')} |`,
    `| --- | ${COMPILERS.map(() => '---').join(' | ')} |`,
  ];
  for (const mode of MODES) {
    const cells = COMPILERS.map((c) => {
      if (mode === 'node10' && !c.node10) return 'removed in TypeScript 7';
      const skipped = entries.filter((entry) => !entriesFor(c, mode).includes(entry));
      return skipped.length === 0 ? '✓' : `✓ except ${skipped.map((e) => `\`${e.subpath.slice(1)}\``).join(', ')}`;
    });
    lines.push(`| \`${mode}\` | ${cells.join(' | ')} |`);
  }
  const notes = Object.entries(NEEDS).map(([subpath, need]) => {
    const wants = [
      need.version && `TypeScript ≥ ${need.version}`,
      need.modes && `\`moduleResolution\` ${need.modes.join(', ')}`,
    ].filter(Boolean);
    return `\`${subpath.slice(1)}\` needs ${wants.join(' and ')}: ${need.why}.`;
  });
  return [...lines, '', ...notes].join('\n');
}

/** A runtime of the runtime matrix. */
export interface Runtime {
  /** Its name in the table, with its version. */
  readonly name: string;
  /** How the package is loaded there. */
  readonly loads: string;
}

/** The Svelte compiler, which compiles the Svelte entries from the tarball (they load in no runtime as they are). */
export const SVELTE: Runtime = {
  name: `Svelte ${versionOf(require.resolve('svelte/package.json'))} compiler`,
  loads: '`/svelte` compiled for the server and the browser (the `svelte` export condition)',
};

/**
 * The runtimes the tarball is loaded in (the browser is Chromium, headless, with no bundler, and
 * loads every entry but those of `NOT_IN_BROWSER`), and the Svelte compiler.
 */
export const RUNTIMES: readonly (Runtime & {
  readonly kind: 'node' | 'bun' | 'deno' | 'browser' | 'svelte';
  readonly bin?: string;
})[] = [
  ...(['20', '22', '24'] as const).map((v) => ({
    kind: 'node' as const,
    bin: tool(`node-${v}`, 'bin', 'node'),
    name: `Node.js ${versionOf(tool(`node-${v}`, 'package.json'))}`,
    loads: '`import` and `require`',
  })),
  {
    kind: 'bun',
    bin: tool('@oven', 'bun-linux-x64', 'bin', 'bun'),
    name: `Bun ${versionOf(tool('bun', 'package.json'))}`,
    loads: '`import` and `require`',
  },
  {
    kind: 'deno',
    bin: tool('@deno', 'linux-x64-glibc', 'deno'),
    name: `Deno ${versionOf(tool('deno', 'package.json'))}`,
    loads: '`import` (npm package in node_modules)',
  },
  {
    kind: 'browser',
    name: 'Chromium, no bundler',
    loads: `\`<script type="module">\` with an import map (every entry but ${Object.entries(NOT_IN_BROWSER)
      .map(([subpath, why]) => `\`${subpath.slice(1)}\`: ${why}`)
      .join('; ')})`,
  },
  { kind: 'svelte', ...SVELTE },
];

/**
 * The Markdown table of the runtime matrix.
 *
 * @returns The table's lines.
 */
export function runtimeTable(): string {
  const lines = [
    '| runtime | loads the package with | same estimate and FAQ ids in every language, same arrivals total; renderers give the HTML of `toHtml` |',
    '| --- | --- | --- |',
  ];
  for (const runtime of RUNTIMES) lines.push(`| ${runtime.name} | ${runtime.loads} | ✓ |`);
  return lines.join('\n');
}
