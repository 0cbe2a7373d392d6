import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        // The source: unit, fixture, type, dist and browser tests of the repository itself.
        extends: true,
        test: {
          name: 'source',
          include: ['tests/**/*.test.ts'],
          // Builds the package and renders the examples first: `npm test` needs no earlier command.
          globalSetup: ['tests/setup.ts'],
          // Many tests wait on processes they start (builds, a browser): one file per core, not one
          // fewer; bounds against a hung process, not speed tests, so a busy machine does not fail them.
          maxWorkers: availableParallelism(),
          testTimeout: 120_000,
          exclude: [...configDefaults.exclude, 'tests/package/**', 'tests/long/**'],
          typecheck: {
            enabled: true,
            include: ['tests/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        // The long tests, minutes each, so a command of their own: the growth recipes of CONTRIBUTING
        // carried out in a copy of the repository (a language, a kind), each running the source tests
        // that depend on what it adds, and npm run build killed again and again while dist/ is read.
        extends: true,
        test: {
          name: 'long',
          include: ['tests/long/**/*.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
      {
        // What users receive: the packed tarball, installed, under every compiler and runtime we claim.
        extends: true,
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          globalSetup: ['tests/package/setup.ts'],
          // Compilers and runtimes on a small machine: each command is bounded (and says so when it
          // times out, tests/package/context.ts); no more of them at once than there are cores.
          testTimeout: 900_000,
          hookTimeout: 900_000,
          maxConcurrency: availableParallelism(),
        },
      },
    ],
  },
});
