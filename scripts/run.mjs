/**
 * Runs a TypeScript entry of this repository as compiled JavaScript, with no TypeScript loader at
 * run time:
 *
 *   node scripts/run.mjs pipeline/commands/cli.ts [arguments…]      (what `npm run content` runs)
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
 * The entry exports `main(args)`, which resolves to the exit code. The fingerprint of the content
 * build's code (what `pipeline/build.ts` imports, directly or not; the whole bundle's for an entry
 * without it) is passed to it as `globalThis.__NKE_PIPELINE_FINGERPRINT__`: the content build's
 * cache key includes it, and `npm run content` and `npm run build`, which bundle other code around
 * the same content build, share their cache.
 *
 * As a worker thread (`workerData: { run: { entry, name, tools } }`) it loads the `tools` and
 * `entry` at once, then calls the export `name` with the arguments of the one message it gets and
 * posts back `{ value }` or `{ error }`: part of a command's work runs on a second core.
 *
 * Plain JavaScript on purpose: it is what runs before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { committedHazards, hazardMessage } from './commit-check.mjs';

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
    return { bundle, fingerprint: manifest.pipeline };
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
  const pipeline = fingerprint(importedBy(CONTENT_BUILD, result.metafile) ?? inputs);
  mkdirSync(OUT_DIR, { recursive: true });
  writeAtomic(bundle, result.outputFiles[0].contents);
  writeAtomic(manifestFile, `${JSON.stringify({ entry, fingerprint: print, pipeline, inputs }, null, 2)}\n`);
  // No fingerprint (an input could not be read again): none is passed on, and the build hashes its sources itself.
  return { bundle, fingerprint: print && pipeline };
}

/** The content build's module: what it imports is the code its output depends on. */
const CONTENT_BUILD = 'pipeline/build.ts';

/**
 * `start` and the inputs it imports, directly or not, outside node_modules, from esbuild's metafile.
 *
 * @returns Them, sorted; `undefined` when the bundle does not hold `start`.
 */
function importedBy(start, metafile) {
  if (!metafile.inputs[start]) return undefined;
  const seen = new Set([start]);
  for (const file of seen) {
    for (const { path: next } of metafile.inputs[file]?.imports ?? []) {
      if (!next.includes('node_modules/') && metafile.inputs[next]) seen.add(next);
    }
  }
  return [...seen].sort();
}

/**
 * Runs the CommonJS file `file` as `module`, compiled from the V8 code cache `cacheFile` when there
 * is one for this text (and `.compiled/` is trusted); V8 rejects a cache made from another text.
 *
 * @returns `saveCache`, which writes the cache once, after the work: code compiled while it ran is
 * in it too (nothing is written when the cache was used as it was).
 */
function runCached(file, cacheFile, module) {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = TRUST_COMPILED ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const require = createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, path.dirname(file));
  module.loaded = true;
  let saved = cachedData !== undefined && !script.cachedDataRejected;
  return () => {
    if (saved) return;
    saved = true;
    try {
      writeAtomic(cacheFile, script.createCachedData());
    } catch {
      // A cache that cannot be written is only slower next time.
    }
  };
}

/**
 * Loads a bundle as a CommonJS module, from V8's code cache when it has one for this very source.
 *
 * @returns The module's exports and a function that saves the code cache (once the code has run).
 */
export function load(bundle) {
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const saveCache = runCached(bundle, `${bundle}.v8`, module);
  return { exports: module.exports, saveCache };
}

/**
 * Tools loaded from a V8 code cache, as the bundles are, for their size: TypeScript is 9 MB of
 * JavaScript, 0.3–0.4 s to compile on every start (its cache, kept as `.compiled/<name>.v8`, also
 * holds the functions compiled while it worked).
 */
const CODE_CACHED = ['typescript'];
/** The `saveCache` of each tool loaded in this thread. */
const toolCaches = [];

/**
 * Loads the tool `name` (one of CODE_CACHED) with its code cache and puts it in `require.cache`,
 * where every `require()` of it finds it.
 *
 * @returns Its exports.
 */
function loadTool(name) {
  const require = createRequire(import.meta.url);
  const file = require.resolve(name);
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  try {
    toolCaches.push(runCached(file, path.join(OUT_DIR, `${name}.v8`), module));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  return module.exports;
}

/**
 * Until something reads the tool `name` (one of CODE_CACHED), `require()` of it answers a stand-in
 * (put in `require.cache`, as Node allows) that loads it (`loadTool`) when anything of it is first
 * read: tsup requires TypeScript as it loads, for a declaration build this package does not use.
 */
function deferTool(name) {
  const require = createRequire(import.meta.url);
  const file = require.resolve(name);
  if (require.cache[file]) return;
  let real;
  const tool = () => {
    real ??= loadTool(name);
    return real;
  };
  const standIn = new Proxy(
    {},
    {
      // Reading `__esModule` (how a CommonJS import tells a compiled ES module) loads nothing.
      get: (_, key) => (key === '__esModule' && !real ? undefined : Reflect.get(tool(), key)),
      has: (_, key) => Reflect.has(tool(), key),
      ownKeys: () => Reflect.ownKeys(tool()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(tool(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  require.cache[file] = { id: file, filename: file, loaded: true, exports: standIn, children: [], paths: [] };
}

/** Writes the code caches of the bundle (`saveCache`) and of the tools loaded. */
function saveCaches(saveCache) {
  saveCache();
  for (const save of toolCaches) save();
}

/** Compiles (if needed) and runs an entry with arguments; sets the exit code. */
async function run(entry, args) {
  if (!entry?.endsWith('.ts')) {
    process.stderr.write('usage: node scripts/run.mjs <entry.ts> [arguments…]\n');
    process.exitCode = 2;
    return;
  }
  // In CI and out: a fresh clone of a hostile commit must not run what it planted (commit-check.mjs).
  const refused = hazardMessage(committedHazards(ROOT));
  if (refused) {
    process.stderr.write(`${refused}\n`);
    process.exitCode = 1;
    return;
  }
  const { bundle, fingerprint: print } = compile(entry);
  if (print) globalThis.__NKE_PIPELINE_FINGERPRINT__ = print;
  for (const name of CODE_CACHED) deferTool(name);
  const { exports, saveCache } = load(bundle);
  // Long-running commands (--watch) save the caches once they have started; others when they end.
  setTimeout(() => saveCaches(saveCache), 2000).unref();
  try {
    process.exitCode = await exports.main(args);
  } finally {
    saveCaches(saveCache);
  }
}

/**
 * A worker thread's part (see above): loads `entry`, then calls its export `name` with the arguments
 * the first message brings and posts the result.
 */
function serve({ entry, name, tools = [] }) {
  for (const tool of tools) loadTool(tool);
  const { exports, saveCache } = load(compile(entry).bundle);
  parentPort.once('message', async (args) => {
    try {
      parentPort.postMessage({ value: await exports[name](...args) });
    } catch (error) {
      parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      saveCaches(saveCache);
    }
  });
}

if (!isMainThread && workerData?.run) {
  serve(workerData.run);
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run(process.argv[2], process.argv.slice(3));
}
