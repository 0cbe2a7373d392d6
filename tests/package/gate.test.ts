/**
 * The packaging gate, on the packed tarball: publint (strict), "Are the types wrong?" on every entry
 * and resolution mode with nothing excluded, what the tarball holds, its optional peer dependencies
 * (present in the test project; a consumer installs none of them, and with one framework none of the
 * others), and plain Node users (ESM and CommonJS) getting the same data as the build, frozen; an
 * esbuild bundle of `estimate` alone carries no FAQ answer.
 */

import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';
import { COMMAND_TIMEOUT_MS, entries, entryFiles, pkg, root, runCommand } from './context.js';

const tarball = inject('tarball');
const consumer = inject('consumer');
const require = createRequire(import.meta.url);
/** Whether a version is in a range of caret ranges (`^18.0.0 || ^19.0.0`), the only form the peer ranges take. */
function inCaretRange(version: string, range: string): boolean {
  const [major, minor, patch] = version.split(/[.+-]/).map(Number) as [number, number, number];
  return range.split('||').some((part) => {
    const match = /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!match) throw new Error(`not a caret range: ${part}`);
    const [want, wantMinor, wantPatch] = match.slice(1).map(Number) as [number, number, number];
    return major === want && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch));
  });
}

const attw = path.join(path.dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');

describe('the tarball', () => {
  it('passes publint --strict: no error, warning or suggestion', async () => {
    const bytes = await readFile(tarball);
    const result = await publint({
      pkgDir: 'package',
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      strict: true,
    });
    expect(result.messages.map((m) => `${m.type}: ${formatMessage(m, result.pkg)}`)).toEqual([]);
  });

  it('passes "Are the types wrong?" on every entry of the exports map, in every resolution mode, nothing excluded', async () => {
    // Its report (~250 kB) goes to a file: through a pipe it is cut short, as it exits before the pipe drains.
    const file = path.join(path.dirname(tarball), 'attw.json');
    const out = openSync(file, 'w');
    try {
      const ran = spawnSync(process.execPath, [attw, tarball, '--format', 'json', '--no-definitely-typed'], {
        cwd: path.dirname(tarball),
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', out, 'pipe'],
        timeout: COMMAND_TIMEOUT_MS,
      });
      if (ran.error)
        throw new Error(`attw did not finish: ${ran.error.message} (bound: ${COMMAND_TIMEOUT_MS / 1000} s)`);
    } finally {
      closeSync(out);
    }
    const printed = await readFile(file, 'utf8');
    const report = JSON.parse(printed.slice(printed.indexOf('{')));
    // The one finding: an ESM-only (Svelte) entry, like Svelte 5 itself, resolves to ESM from a
    // CommonJS \`require\` (node16-cjs); the README says the Svelte entry is for Svelte's compiler.
    const esmOnly = entries.filter((entry) => entry.require === null).map((entry) => entry.subpath);
    expect(esmOnly).toEqual(['./svelte']);
    expect(report.analysis.problems ?? []).toEqual(
      esmOnly.map((entrypoint) => ({ kind: 'CJSResolvesToESM', entrypoint, resolutionKind: 'node16-cjs' })),
    );
    const analysed = report.analysis.entrypoints as Record<
      string,
      { resolutions: Record<string, { resolution?: { fileName: string } }> }
    >;
    expect(Object.keys(analysed).sort()).toEqual(Object.keys(pkg.exports as object).sort());
    for (const entry of entries) {
      const resolutions = analysed[entry.subpath]!.resolutions;
      expect(Object.keys(resolutions).sort(), entry.subpath).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
      // Every mode finds types, and node10 (no exports map) through typesVersions.
      for (const [mode, resolution] of Object.entries(resolutions))
        expect(resolution.resolution?.fileName, `${entry.subpath} ${mode}`).toMatch(/\.d\.c?ts$/);
    }
  });

  it('holds dist, one readable declaration file per entry and format (no hashed chunks), the README, LICENSE and NOTICE.md', async () => {
    const ran = await runCommand('tar', ['-tzf', tarball], { cwd: root });
    const files = ran.stdout
      .trim()
      .split('\n')
      .map((file) => file.replace(/^package\//, ''))
      .sort();
    const declarations = files.filter((file) => /\.d\.c?ts$/.test(file));
    const expected = [...new Set(entries.flatMap((entry) => entryFiles(entry).types))].sort();
    expect(declarations).toEqual(expected);
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'LICENSE',
        'NOTICE.md',
        'package.json',
        ...entries.flatMap((e) => entryFiles(e).code),
      ]),
    );
    for (const file of declarations) {
      const text = await readFile(path.join(consumer, 'node_modules', pkg.name, file), 'utf8');
      // Self-contained: declarations import packages only (zod for /schema), never another file of the package.
      expect(text, file).not.toMatch(/from '\.\.?\//);
    }
  });

  it('declares React, Vue, Svelte and zod optional peer dependencies, present in the test project at versions in range', async () => {
    const peers = pkg.peerDependencies as Record<string, string>;
    expect(Object.keys(peers).sort()).toEqual(['react', 'svelte', 'vue', 'zod']);
    for (const name of Object.keys(peers))
      expect((pkg.peerDependenciesMeta as Record<string, { optional?: boolean }>)[name]?.optional, name).toBe(true);
    for (const [name, range] of Object.entries(peers)) {
      const manifest = require.resolve(`${name}/package.json`, { paths: [consumer] });
      const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
      expect(inCaretRange(version, range), `${name}@${version} in ${range}`).toBe(true);
    }
    expect(inCaretRange('18.3.1', '^18.0.0 || ^19.0.0')).toBe(true);
    expect(inCaretRange('20.0.0', '^18.0.0 || ^19.0.0')).toBe(false);
    expect(inCaretRange('3.2.9', '^3.3.0')).toBe(false);
  });

  it('installs nothing else: no framework for a plain consumer, and React alone for a React consumer', async () => {
    // Outside the repository, so that nothing resolves from its node_modules; offline. React (which
    // has no dependencies) is packed from the repository's node_modules, as npm's cache has no index of it.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nke-install-'));
    try {
      const installed = async (...specs: string[]) => {
        await rm(path.join(dir, 'node_modules'), { recursive: true, force: true });
        await writeFile(path.join(dir, 'package.json'), '{ "name": "install-check", "private": true }\n');
        const args = ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
        const ran = await runCommand('npm', [...args, ...specs], { cwd: dir });
        expect(ran.code, ran.stderr).toBe(0);
        return (await readdir(path.join(dir, 'node_modules'))).filter((name) => !name.startsWith('.')).sort();
      };
      expect(await installed(tarball)).toEqual([pkg.name]);
      const packed = await runCommand(
        'npm',
        [
          'pack',
          path.dirname(require.resolve('react/package.json')),
          '--ignore-scripts',
          '--json',
          '--pack-destination',
          dir,
        ],
        { cwd: dir },
      );
      const [react] = JSON.parse(packed.stdout) as { filename: string }[];
      expect(await installed(tarball, path.join(dir, react!.filename))).toEqual([pkg.name, 'react'].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('declares its licence and where it comes from in the installed package.json', async () => {
    const installed = JSON.parse(await readFile(path.join(consumer, 'node_modules', pkg.name, 'package.json'), 'utf8'));
    expect(installed.license).toBe('MIT AND CC-BY-4.0 AND LicenseRef-Not-Licensed-See-NOTICE');
    expect(installed.version).toBe(pkg.version);
  });
});

describe('plain Node, from the installed tarball', () => {
  const expected = async () => {
    const data = JSON.parse(await readFile(path.join(root, 'dist', 'data.json'), 'utf8'));
    return { estimate: data.content.en.estimate, faq: data.content.en.faq, meta: data.meta, frozen: true };
  };
  const print =
    'JSON.stringify({ estimate: p.estimate, faq: p.faq, meta: p.meta, frozen: Object.isFrozen(p.faq[0].answer) })';

  it('import (ESM) gives the built data, frozen', async () => {
    await writeFile(path.join(consumer, 'gate-esm.mjs'), `import * as p from '${pkg.name}';\nconsole.log(${print});\n`);
    const ran = await runCommand(process.execPath, ['gate-esm.mjs'], { cwd: consumer });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual(await expected());
  });

  it('require (CommonJS) gives the built data, frozen', async () => {
    await writeFile(path.join(consumer, 'gate-cjs.cjs'), `const p = require('${pkg.name}');\nconsole.log(${print});\n`);
    const ran = await runCommand(process.execPath, ['gate-cjs.cjs'], { cwd: consumer });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual(await expected());
  });
});

describe('tree-shaking, from the installed tarball', () => {
  const bundle = async (source: string) => {
    const result = await build({
      stdin: { contents: source, resolveDir: consumer, sourcefile: 'entry.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  };

  it('an esbuild bundle of `estimate` alone carries no FAQ answer (and one of `faq` carries them all)', async () => {
    const data = JSON.parse(await readFile(path.join(root, 'dist', 'data.json'), 'utf8'));
    const answers: string[] = data.content.en.faq.map((entry: { answer: { text: string } }) =>
      entry.answer.text.slice(0, 40),
    );
    const text = await bundle(`import { estimate } from '${pkg.name}';\nconsole.log(estimate.value);\n`);
    expect(answers.filter((answer) => text.includes(answer))).toEqual([]);
    expect(text).toContain(JSON.stringify(data.content.en.estimate.label.text));
    const full = await bundle(`import { faq } from '${pkg.name}';\nconsole.log(faq.length);\n`);
    expect(answers.filter((answer) => !full.includes(answer))).toEqual([]);
  });
});
