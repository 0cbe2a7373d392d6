/**
 * A set-up file of the mutation run only (tests/mutation/vitest.config.ts): skips the tests that cannot
 * pass in Stryker's sandbox and cannot see a mutant there. Its src/ holds every mutant at once, switched
 * on one at a time inside the test process; a test that builds the package again from that src/, in
 * another process, compares an instrumented build with the real one (which run.mjs built and Stryker
 * copied) and sees none of the mutants. `npm test` runs them all.
 */
import { beforeEach } from 'vitest';

const OUT_OF_REACH = new Set([
  // tests/package.test.ts: builds dist/ again from a copy of src/, in another process.
  'determinism > a second build, from another directory with another TZ and LANG, is byte-identical',
]);

beforeEach((context) => {
  const names: string[] = [];
  for (let task: { name: string; suite?: unknown } | undefined = context.task; task; ) {
    names.unshift(task.name);
    task = task.suite as typeof task;
  }
  if (OUT_OF_REACH.has(names.join(' > '))) context.skip();
});
