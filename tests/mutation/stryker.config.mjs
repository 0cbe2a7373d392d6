// @ts-check
/**
 * The mutation score of the shipped runtime: Stryker changes src/ one mutant at a time and runs the
 * tests `npm test` runs (the `source` vitest project, tests/mutation/vitest.config.ts) against each.
 * Run it with `npm run mutation` (tests/README.md); one file: `npm run mutation -- --mutate src/freeze.ts`.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  // The runtime the package ships: its generated modules (src/generated/) are data, rebuilt by the tests' set-up.
  mutate: ['src/**/*.ts', '!src/.generated.*/**'],
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one test process at a time.
  concurrency: 1,
  // A mutant's time-out is its tests' net time, times 1.5, plus this. A mutant of code that runs as a module loads
  // reloads every test file it concerns, which takes longer than their net time (5 s, the default, was not enough);
  // a mutant that loops forever (a loop's index counting the wrong way) costs this much, and a new test process.
  timeoutMS: 15_000,
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: what is not the project's, and the symbolic links, which Stryker cannot copy
  // (vitest.config.ts makes them again). Copied: dist/ and examples/out/, which run.mjs builds from the unmutated
  // src/ first, and the generated modules, without which vitest cannot see which tests import the mutated files.
  ignorePatterns: ['.compiled', '.tmp', 'coverage', '/dist', 'src/generated', 'tests/package/matrix', 'reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 90 },
  cleanTempDir: 'always',
};
