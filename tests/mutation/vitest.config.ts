/**
 * The vitest configuration Stryker runs (tests/mutation/stryker.config.mjs): the `source` project of
 * the root configuration, the tests `npm test` runs, alone (Stryker's vitest runner has no option to
 * pick one project of several). Its type tests (`*.test-d.ts`) are left out: the compiler cannot see
 * a mutant, which exists only while the tests run.
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import root from '../../vitest.config.js';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Stryker's sandbox holds copies of files, not symbolic links: run.mjs names the links of the repository
// (dist and src/generated, the build's links to its last output folders; node_modules where it is one, as in
// a git worktree sharing another checkout's), and they are made again here, before vitest reads which tests
// import which files.
const links: Record<string, string> = JSON.parse(process.env.NKE_MUTATION_LINKS ?? '{}');
for (const [name, target] of Object.entries(links)) {
  if (!existsSync(path.join(rootDir, name))) symlinkSync(target, path.join(rootDir, name));
}

const source = (root.test?.projects as TestProjectInlineConfiguration[] | undefined)?.find(
  (project) => project.test?.name === 'source',
);
if (!source?.test) throw new Error('vitest.config.ts has no project named source');

const { projects: _projects, ...shared } = root.test ?? {};

/**
 * The tests of the runtime, those of src/: the entries, the renderers and JSON-LD, the schemas, the example
 * site's HTML and the security tests of rendering and of search. Left out are the tests of the content build
 * (tests/pipeline/), of the release tooling (tests/release/), of the build scripts (tests/scripts/) and the
 * other security tests: they test other code than src/, mostly in other processes (a browser, builds in a
 * copy of the repository), where no mutant is ever switched on, and a mutant of code that runs as a module
 * loads (the data's freezing, the zod schemas) would run every one of them, at a minute or more a mutant.
 * A mutant the tests of src/ kill, the whole of `npm test` kills: the score is a lower bound of the score
 * with every test.
 */
const RUNTIME_TESTS = [
  'tests/*.test.ts',
  'tests/render/**/*.test.ts',
  'tests/schemas/**/*.test.ts',
  'tests/examples/html.test.ts',
  'tests/security/linear.test.ts',
  'tests/security/render.test.ts',
];

/**
 * Runs the quickest test files first, by their last duration. Stryker stops a mutant's run at the first failed
 * test, and a mutant of code that runs as a module loads runs every test file it could concern: the quick
 * files, which test src/ directly, mostly find it first.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const duration = (file: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${path.relative(this.ctx.config.root, file.moduleId)}`)
        ?.duration ?? Number.MAX_SAFE_INTEGER;
    return [...files].sort((a, b) => duration(a) - duration(b));
  }
}

export default defineConfig({
  root: rootDir,
  // No global set-up: tests/setup.ts would build dist/ from the sandbox's src/, which holds every mutant at once
  // (the bundle tests fail on its size). run.mjs built dist/ and the example site before, from the real src/.
  // skip.ts skips the one test that builds the package again in another process, from the sandbox's src/.
  // The runs' cache in the sandbox, not in node_modules, which the sandbox shares with the repository.
  cacheDir: path.join(rootDir, '.tmp', 'vitest-mutation'),
  test: {
    ...shared,
    ...source.test,
    include: RUNTIME_TESTS,
    // The shape of the code (file and function lengths, imports): Stryker's instrumented src/ is not the code's.
    exclude: [...(source.test?.exclude ?? []), 'tests/structure.test.ts'],
    globalSetup: [],
    setupFiles: [path.join(rootDir, 'tests', 'mutation', 'skip.ts')],
    sequence: { sequencer: QuickestFirst },
    typecheck: { enabled: false },
  },
});
