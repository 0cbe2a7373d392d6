#!/usr/bin/env node
/**
 * The packaging gate (`npm run check:package`, run by .ci/run after the build): packs the package
 * once with `npm pack`, then checks that very tarball with publint (strict: no warnings) and
 * @arethetypeswrong/cli (node10, node16-cjs, node16-esm, bundler), installs it offline into a
 * throwaway project and uses it from plain ESM, plain CommonJS, TypeScript (node16, nodenext and
 * bundler resolution, strict) and an esbuild bundle that must tree-shake the FAQ away.
 *
 * Prints one line per check; exits 1 if any fails. Nothing is downloaded: the package has no
 * dependencies and every tool is a dev dependency from the lockfile. KEEP_TMP=1 keeps the temp dir.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const exec = promisify(execFile);
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = require.resolve('typescript/bin/tsc');
const attw = path.join(path.dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
for (const file of [path.join(root, 'dist', 'index.js'), path.join(root, 'src', 'generated', 'data.json')]) {
  if (!existsSync(file)) {
    console.log(`FAIL  ${path.relative(root, file)} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}
const data = JSON.parse(await readFile(path.join(root, 'src', 'generated', 'data.json'), 'utf8')).content.en;
const tmp = await mkdtemp(path.join(os.tmpdir(), 'nke-package-'));
let failures = 0;

/** Runs one named check; a thrown error fails it with its message. */
async function check(name, fn) {
  try {
    const detail = await fn();
    console.log(`ok    ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL  ${name}: ${String(error?.message ?? error).trim().split('\n').join('\n      ')}`);
  }
}

async function run(file, args, cwd) {
  try {
    return (await exec(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } })).stdout;
  } catch (error) {
    throw new Error(`${path.basename(file)} ${args.join(' ')} exited ${error.code}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/** The data a consumer prints, compared with what the build generated. */
function expectSameData(stdout, how) {
  const got = JSON.parse(stdout);
  const want = { estimate: data.estimate, faq: data.faq, version: pkg.version, frozen: true };
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${how} gave different data than src/generated/data.json`);
  return `${data.faq.length} FAQ entries, version ${got.version}`;
}

try {
  const packed = JSON.parse(await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], root));
  const tarball = path.join(tmp, packed[0].filename);
  const bytes = await readFile(tarball);
  console.log(`packed ${packed[0].filename} (${packed[0].size} bytes, ${packed[0].files.length} files)`);

  await check('publint --strict', async () => {
    const result = await publint({
      pkgDir: 'package',
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      strict: true,
    });
    if (result.messages.length > 0) throw new Error(result.messages.map((m) => `${m.type}: ${formatMessage(m, result.pkg)}`).join('\n'));
    return 'no errors, warnings or suggestions';
  });

  await check('attw (node10, node16-cjs, node16-esm, bundler)', async () => {
    // The JSON subpaths (./data.json, ./schema.json) are data files, not modules with types, and
    // node10 resolution has no `exports` map: they are for ESM/bundler/HTTP consumers, so attw skips them.
    const args = [attw, tarball, '--format', 'json', '--no-definitely-typed', '--exclude-entrypoints', './data.json', './schema.json'];
    const report = JSON.parse(await run(process.execPath, args, tmp).catch((e) => {
      // attw exits 1 when it finds problems; its JSON is still on stdout.
      const json = e.message.slice(e.message.indexOf('{'));
      if (!json.startsWith('{')) throw e;
      return json;
    }));
    const problems = report.analysis.problems ?? [];
    if (problems.length > 0) throw new Error(problems.map((p) => `${p.kind} ${p.resolutionKind ?? ''} ${p.entrypoint ?? ''}`).join('\n'));
    const kinds = Object.keys(report.analysis.entrypoints['.'].resolutions).sort().join(', ');
    if (kinds !== 'bundler, node10, node16-cjs, node16-esm') throw new Error(`checked only ${kinds}`);
    return 'no problems';
  });

  const project = path.join(tmp, 'consumer');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  await check('install the tarball offline', async () => {
    await run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], project);
    const installed = JSON.parse(await readFile(path.join(project, 'node_modules', pkg.name, 'package.json'), 'utf8'));
    if (installed.version !== pkg.version) throw new Error(`installed ${installed.version}, expected ${pkg.version}`);
  });

  const print = 'JSON.stringify({ estimate: p.estimate, faq: p.faq, version: p.meta.version, frozen: Object.isFrozen(p.faq[0].answer) })';
  await check('plain ESM (.mjs, import)', async () => {
    await writeFile(path.join(project, 'esm.mjs'), `import * as p from '${pkg.name}';\nconsole.log(${print});\n`);
    return expectSameData(await run(process.execPath, ['esm.mjs'], project), 'import');
  });
  await check('plain CommonJS (.cjs, require)', async () => {
    await writeFile(path.join(project, 'cjs.cjs'), `const p = require('${pkg.name}');\nconsole.log(${print});\n`);
    return expectSameData(await run(process.execPath, ['cjs.cjs'], project), 'require');
  });

  // The same typed use in every flavour: ids autocomplete from the content, a wrong id must not compile.
  const typed = `import { faq, getFaq, meta, formatEstimate, type FaqId, type FaqEntry, type Meta } from '${pkg.name}';
const id: FaqId = ${JSON.stringify(data.faq[0].id)};
export const entry: FaqEntry<FaqId> = getFaq(id);
export const ids: readonly FaqId[] = faq.map((e) => e.id);
export const info: Meta = meta;
export const label: string = formatEstimate();
// @ts-expect-error — not a FAQ id: the package's literal id types must reject it
getFaq('not-a-question-of-this-article');
`;
  await writeFile(path.join(project, 'typed.mts'), typed);
  await writeFile(path.join(project, 'typed.cts'), typed);
  await writeFile(path.join(project, 'typed.ts'), typed);
  const flavours = [
    ['node16', { module: 'node16', moduleResolution: 'node16' }, ['typed.mts', 'typed.cts']],
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }, ['typed.mts', 'typed.cts']],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['typed.ts']],
  ];
  for (const [name, options, files] of flavours) {
    await check(`TypeScript ${name} strict (${files.join(', ')})`, async () => {
      const config = {
        compilerOptions: { ...options, target: 'es2022', lib: ['es2022'], types: [], strict: true, noEmit: true, skipLibCheck: false },
        files,
      };
      await writeFile(path.join(project, `tsconfig.${name}.json`), `${JSON.stringify(config, null, 2)}\n`);
      await run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], project);
      return 'compiles; the wrong id is an error';
    });
  }

  const answers = data.faq.map((entry) => entry.answer.text.slice(0, 40));
  const bundle = async (source) => {
    const result = await build({
      stdin: { contents: source, resolveDir: project, sourcefile: 'entry.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  await check('esbuild bundle of `estimate` only is tree-shaken', async () => {
    const text = await bundle(`import { estimate } from '${pkg.name}';\nconsole.log(estimate.value);\n`);
    const leaked = answers.filter((answer) => text.includes(answer));
    if (leaked.length > 0) throw new Error(`the bundle contains FAQ answers: ${leaked.map((a) => JSON.stringify(a)).join(', ')}`);
    if (!text.includes(JSON.stringify(data.estimate.label.text))) throw new Error('the bundle does not contain the estimate');
    // Control: the same check does see the answers when the FAQ is imported.
    const full = await bundle(`import { faq } from '${pkg.name}';\nconsole.log(faq.length);\n`);
    if (!answers.every((answer) => full.includes(answer))) throw new Error('control failed: a bundle importing `faq` lacks its answers');
    return `${text.length} bytes, no FAQ answer (a bundle of \`faq\` is ${full.length} bytes)`;
  });
} catch (error) {
  failures += 1;
  console.log(`FAIL  ${error?.message ?? error}`);
} finally {
  if (process.env.KEEP_TMP) console.log(`kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}

console.log(failures === 0 ? 'package checks passed' : `${failures} package check${failures === 1 ? '' : 's'} failed`);
process.exitCode = failures === 0 ? 0 : 1;
