/**
 * Runs a TypeScript entry of this repository as compiled JavaScript, with no TypeScript loader at
 * run time:
 *
 *   node scripts/run.mjs pipeline/cli.ts [arguments…]      (what `npm run content` runs)
 *
 * The entry is bundled by esbuild, with its dependencies, into one CommonJS file under `.compiled/`
 * (git-ignored); the tools in EXTERNAL stay in node_modules, loaded only by the commands that use
 * them. It is compiled again only when it is missing or when one of the files it was made from, or
 * package-lock.json, or this file, has changed: a fingerprint of their contents is checked on every
 * start (a few milliseconds). A fresh clone needs no extra step: its first run compiles. In CI
 * (`CI` set) nothing already under `.compiled/` is trusted: every command compiles afresh.
 *
 * V8's code cache of the bundle is kept beside it, so a start reads compiled code instead of parsing
 * and compiling a megabyte of JavaScript (Node 20 has no compile cache of its own for this).
 *
 * The entry exports `main(args)`, which resolves to the exit code. The fingerprint is passed to it
 * as `globalThis.__NKE_PIPELINE_FINGERPRINT__` (the content build's cache key includes its code).
 * Plain JavaScript on purpose: it is what runs before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, '.compiled');
/** Tools loaded from node_modules when a command needs them (large, or with native parts), never bundled. */
const EXTERNAL = ['tsup', 'esbuild', 'typescript', 'rollup', 'rollup-plugin-dts', '@changesets/read'];
/**
 * Whether the compiled bundles and V8 code caches already under `.compiled/` may be used. Not in CI
 * or a release (`CI` set): a commit can put files there (`git add -f`) whose fingerprint matches,
 * since it is computed from public sources; there every command is compiled afresh and run without
 * a code cache.
 */
const TRUST_COMPILED = !process.env.CI;
/** Files every bundle depends on besides its own inputs. */
const ALWAYS = ['package-lock.json', 'scripts/run.mjs'];

/**
 * The fingerprint of a bundle's inputs: their paths and contents.
 *
 * @returns A hexadecimal sha256, or `undefined` if an input cannot be read (it was removed: compile again).
 */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  try {
    for (const file of [...inputs, ...ALWAYS]) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file)));
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

/** Writes a file whole or not at all (other processes may be starting the same command). */
function writeAtomic(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

/**
 * Compiles `entry` if its bundle is missing or out of date.
 *
 * @returns The bundle's path and its fingerprint (`undefined` if an input could not be read again).
 */
export function compile(entry) {
  const name = entry.replace(/\.ts$/, '').replaceAll('/', '-');
  const bundle = path.join(OUT_DIR, `${name}.cjs`);
  const manifestFile = path.join(OUT_DIR, `${name}.json`);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    manifest = undefined;
  }
  if (TRUST_COMPILED && manifest && existsSync(bundle) && manifest.fingerprint === fingerprint(manifest.inputs)) {
    return { bundle, fingerprint: manifest.fingerprint };
  }
  const esbuild = createRequire(import.meta.url)('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    // import() of a tool becomes require() (every tool in EXTERNAL has a CommonJS entry): the bundle
    // runs as a script, where a dynamic import needs a loader Node 20 does not always offer.
    supported: { 'dynamic-import': false },
    // The bundle lives one directory below the root, as its sources do, so paths made from
    // import.meta.url mean the same compiled or not.
    define: { 'import.meta.url': '__importMetaUrl', 'import.meta.dirname': '__dirname' },
    banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .sort();
  const print = fingerprint(inputs);
  mkdirSync(OUT_DIR, { recursive: true });
  writeAtomic(bundle, result.outputFiles[0].contents);
  writeAtomic(manifestFile, `${JSON.stringify({ entry, fingerprint: print, inputs }, null, 2)}\n`);
  // No fingerprint (an input could not be read again): none is passed on, and the build hashes its sources itself.
  return { bundle, fingerprint: print };
}

/**
 * Loads a bundle as a CommonJS module, from V8's code cache when it has one for this very source.
 *
 * @returns The module's exports and a function that saves the code cache (once the code has run).
 */
export function load(bundle) {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = `${bundle}.v8`;
  let cachedData;
  try {
    cachedData = TRUST_COMPILED ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const require = createRequire(bundle);
  script.runInThisContext().call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
  module.loaded = true;
  let saved = cachedData !== undefined && !script.cachedDataRejected;
  const saveCache = () => {
    if (saved) return;
    saved = true;
    try {
      writeAtomic(cacheFile, script.createCachedData());
    } catch {
      // A cache that cannot be written is only slower next time.
    }
  };
  return { exports: module.exports, saveCache };
}

/** Compiles (if needed) and runs an entry with arguments; sets the exit code. */
async function run(entry, args) {
  if (!entry?.endsWith('.ts')) {
    process.stderr.write('usage: node scripts/run.mjs <entry.ts> [arguments…]\n');
    process.exitCode = 2;
    return;
  }
  const { bundle, fingerprint: print } = compile(entry);
  if (print) globalThis.__NKE_PIPELINE_FINGERPRINT__ = print;
  const { exports, saveCache } = load(bundle);
  // Long-running commands (--watch) save the cache once they have started; others when they end.
  setTimeout(saveCache, 2000).unref();
  try {
    process.exitCode = await exports.main(args);
  } finally {
    saveCache();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run(process.argv[2], process.argv.slice(3));
}
