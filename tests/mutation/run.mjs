/**
 * `npm run mutation`: the mutation score of src/ (tests/README.md). Installs Stryker and Node 22
 * (Stryker 10 needs Node 22 or later) from tests/mutation/package-lock.json with `npm ci`, unless
 * what is installed came from that very lockfile, builds the package and the example site as the tests'
 * set-up does, then runs Stryker on that Node from the root of
 * the repository with tests/mutation/stryker.config.mjs. Arguments are passed to `stryker run`,
 * e.g. `npm run mutation -- --mutate src/freeze.ts`.
 *
 * Plain JavaScript: it runs on whatever Node started npm.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const want = createHash('sha256')
  .update(readFileSync(path.join(here, 'package-lock.json')))
  .digest('hex');
const stamp = path.join(here, 'node_modules', '.installed-from-lock');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
  // --loglevel=error: npm runs on Node 20 here, and would warn that these packages want Node 22.
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', here], {
    cwd: here,
    stdio: 'inherit',
  });
  writeFileSync(stamp, want);
}

// What the tests' set-up (tests/setup.ts) makes is made here, from the unmutated src/, and copied into
// Stryker's sandbox: the package (`npm run build`: dist/ and src/generated/, whose modules import the
// runtime) and the example site (`npm run examples`).
for (const args of [
  [path.join('scripts', 'run.mjs'), path.join('scripts', 'build.ts')],
  [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), path.join('examples', 'render.ts')],
]) {
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
}

// The symbolic links Stryker's sandbox cannot copy, for tests/mutation/vitest.config.ts to make again there:
// a link to a folder of the repository as it is (the folder is copied beside it), any other by its real path.
const links = {};
for (const name of ['node_modules', 'dist', path.join('src', 'generated')]) {
  const file = path.join(root, name);
  if (!existsSync(file) || !lstatSync(file).isSymbolicLink()) continue;
  const target = readlinkSync(file);
  const inside = !path.isAbsolute(target) && realpathSync(file).startsWith(realpathSync(root) + path.sep);
  links[name] = inside ? target : realpathSync(file);
}

const node = path.join(here, 'node_modules', 'node-22', 'bin', 'node');
const stryker = path.join(here, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const started = Date.now();
const result = spawnSync(
  node,
  [stryker, 'run', path.join('tests', 'mutation', 'stryker.config.mjs'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NKE_MUTATION_LINKS: JSON.stringify(links) } },
);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`npm run mutation: ${minutes} min; the report is reports/mutation/mutation.html`);
process.exit(result.status ?? 1);
