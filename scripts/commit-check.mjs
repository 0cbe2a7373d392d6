/**
 * What a commit must not hold, because a command or a test could load it as code instead of the
 * repository's own: files git ignores (`git add -f`: a generation, a compiled command, `dist/`),
 * anything in or named `node_modules` (an installed package's place), and links or submodules of
 * any kind (a link `pipeline/node_modules -> ../evil` is no directory, so `.gitignore`'s
 * `node_modules/` does not match it). The repository itself needs none of them.
 *
 *   node scripts/commit-check.mjs      prints each and exits 1, or exits 0 in silence
 *
 * `.ci/run` calls it before `npm ci`; `scripts/run.mjs` calls `committedHazards` before every
 * command, in CI and out. Plain JavaScript with no dependency: it runs before anything is installed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** git's modes of a symbolic link and of a submodule. */
const LINK_MODES = new Map([
  ['120000', 'a symbolic link'],
  ['160000', 'a submodule'],
]);

function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * The committed paths of the checkout at `root` that must not be there, each with why.
 *
 * @returns `{ path, why }` for each, sorted by path; empty outside a git checkout or without git.
 */
export function committedHazards(root) {
  let staged;
  let ignored;
  try {
    staged = git(root, ['ls-files', '--stage', '-z']);
    ignored = git(root, ['ls-files', '--cached', '--ignored', '--exclude-standard', '-z']);
  } catch {
    return [];
  }
  const hazards = new Map();
  for (const file of ignored.split('\0').filter(Boolean)) hazards.set(file, 'a file git ignores');
  for (const record of staged.split('\0').filter(Boolean)) {
    const [mode] = record.split(' ');
    const file = record.slice(record.indexOf('\t') + 1);
    if (LINK_MODES.has(mode)) hazards.set(file, LINK_MODES.get(mode));
    else if (!hazards.has(file) && file.split('/').includes('node_modules'))
      hazards.set(file, 'inside a node_modules folder');
  }
  return [...hazards].map(([file, why]) => ({ path: file, why })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * The message for hazards found, or `undefined` when there are none.
 *
 * @returns One line naming the first five (and how many more).
 */
export function hazardMessage(hazards) {
  if (hazards.length === 0) return undefined;
  const named = hazards.slice(0, 5).map((h) => `${JSON.stringify(h.path)} (${h.why})`);
  const more = hazards.length > 5 ? `, and ${hazards.length - 5} more` : '';
  return `error: the commit holds what a command or a test could load instead of the repository's own code: ${named.join(', ')}${more}. Remove them (git rm -r --cached <path>).`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const message = hazardMessage(committedHazards(process.cwd()));
  if (message) {
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
}
