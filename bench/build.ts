/**
 * Build: the content build against remark-parse alone on the same file; against content-collections
 * without its cache at 1× and 100× the article; its scaling over synthetic content of 1×, 10×, 100×
 * and 200× the article; and Velite on the same corpus.
 */
import { alternate, child, median, type Run, report, spread } from './lib.js';
import { compareWithContentCollections, peerCorpus as corpus, peerVersion } from './peers.js';

/**
 * The content build (writing its outputs) against remark-parse alone, in `rounds` pairs of fresh
 * processes, alternating, each the median of `runs` warm runs: the ratio of the medians, goal ≤ 1.25×.
 *
 * @returns Whether the goal was met.
 */
function versusRemark(what: string, dir: string, runs: number, rounds: number): boolean {
  return versus('ours', 'content build', what, dir, runs, rounds, 1.25);
}

/**
 * A mode of `child.ts` against remark-parse alone, in `rounds` pairs of fresh processes, alternating,
 * each the median of `runs` warm runs: the ratio of the medians.
 *
 * @returns Whether the goal, if any, was met.
 */
function versus(
  mode: string,
  name: string,
  what: string,
  dir: string,
  runs: number,
  rounds: number,
  goal?: number,
): boolean {
  const [ours, remark] = alternate([mode, 'remark'], dir, runs, rounds).map((pairs) => pairs.map((run) => run.ms));
  return report(
    `build: ${name} / remark-parse alone (${what})`,
    median(ours!) / median(remark!),
    goal,
    `${mode} ${spread(ours!)}; remark-parse ${spread(remark!)}; each a median of ${runs} warm runs in a fresh process, ${rounds} pairs alternating`,
  );
}

/** The floor of the build's libraries (`floor` in `child.ts`) against remark-parse alone: no goal. */
function floorVersusRemark(what: string, dir: string, runs: number, rounds: number): void {
  versus('floor', 'libraries alone (remark + YAML + zod + JSON, no code of ours)', what, dir, runs, rounds);
}

/** Measures and prints the build figures. @returns Whether the goals were met. */
export function measureBuild(): boolean {
  const real = corpus(1);
  let met = versusRemark('1× article', real.dir, 30, 5);
  floorVersusRemark('1× article', real.dir, 30, 5);
  reportShares(real.dir);
  const large = corpus(100);
  met = versusRemark(`100× article, ${(large.bytes / 1024).toFixed(0)} KiB`, large.dir, 5, 5) && met;
  floorVersusRemark(`100× article, ${(large.bytes / 1024).toFixed(0)} KiB`, large.dir, 5, 5);
  // Cold: our build without its cache, content-collections with its cache directory removed before each run.
  const cold = ['ours', 'content-collections'] as const;
  for (const [dir, times, runs, rounds] of [
    [real.dir, 1, 15, 5],
    [large.dir, 100, 5, 5],
  ] as const) {
    met = compareWithContentCollections(`peer: our build at ${times}×`, cold, dir, runs, rounds) && met;
  }
  const rows = [1, 10, 100, 200].map(scaleRow);
  met = reportScaling(rows) && met;
  reportVelite(rows);
  return met;
}

/** Where the 1× build's time goes: writing nothing, and parsing the extra syntax, against remark-parse alone. */
function reportShares(dir: string): void {
  const checkOnly = child<Run>('ours-check', dir, '30');
  const remark = child<Run>('remark', dir, '30');
  report(
    'build: content build --check (writes nothing) / remark-parse alone',
    checkOnly.ms / remark.ms,
    undefined,
    `${checkOnly.ms.toFixed(2)} ms vs ${remark.ms.toFixed(2)} ms: the rest of the gap is writing the outputs`,
  );
  const extensions = child<Run>('remark-extensions', dir, '30');
  report(
    'build: remark-parse + frontmatter + directive syntax / remark-parse alone',
    extensions.ms / remark.ms,
    undefined,
    `${extensions.ms.toFixed(2)} ms: the share of the gap that is parsing the extra syntax`,
  );
}

/** One size of the scaling table: our build and Velite's on the article repeated `times` times. */
interface ScaleRow {
  readonly times: number;
  readonly bytes: number;
  readonly run: Run;
  readonly velite: Run | string;
}

/** Builds the article repeated `times` times with ours and with Velite, and prints the line. */
function scaleRow(times: number): ScaleRow {
  const { dir, bytes } = corpus(times);
  const run = child<Run>('ours', dir, '3');
  let velite: Run | string;
  try {
    velite = child<Run>('velite', dir, '3');
  } catch (error) {
    velite =
      String((error as { stderr?: string }).stderr ?? error)
        .split('\n')
        .find((line) => /Error/.test(line)) ?? 'unknown error';
  }
  const peer =
    typeof velite === 'string'
      ? `velite failed: ${velite}`
      : `velite ${velite.ms.toFixed(1)} ms, ${velite.maxRssMb.toFixed(0)} MB`;
  console.log(
    `scale ${times}×: ${(bytes / 1024).toFixed(0)} KiB, ${run.ms.toFixed(1)} ms (${(run.ms / (bytes / 1024)).toFixed(3)} ms/KiB), peak RSS ${run.maxRssMb.toFixed(0)} MB; ${peer}`,
  );
  return { times, bytes, run, velite };
}

/**
 * Linear growth: time and memory per byte at 200× (the largest article under the 1 MiB limit)
 * within 1.5× of those at 100× (small sizes are dominated by fixed costs).
 *
 * @returns Whether both goals were met.
 */
function reportScaling(rows: readonly ScaleRow[]): boolean {
  const perByte = (row: ScaleRow) => row.run.ms / row.bytes;
  const [r100, r200] = [rows[2]!, rows[3]!];
  const time = report(
    'scaling: time per byte at 200× / at 100×',
    perByte(r200) / perByte(r100),
    1.5,
    'linear growth means ≈ 1',
  );
  const memPerByte = (row: ScaleRow) => (row.run.maxRssMb - rows[0]!.run.maxRssMb) / (row.bytes - rows[0]!.bytes);
  const memory = report(
    'scaling: memory above 1× per byte at 200× / at 100×',
    memPerByte(r200) / memPerByte(r100),
    1.5,
    'linear growth means ≈ 1 or less',
  );
  return time && memory;
}

/** Our build against Velite's at each size (no goal). */
function reportVelite(rows: readonly ScaleRow[]): void {
  const velite = peerVersion('velite');
  for (const row of rows) {
    if (typeof row.velite === 'string') continue;
    report(
      `peer: our build / Velite ${velite} at ${row.times}×`,
      row.run.ms / row.velite.ms,
      undefined,
      `${row.run.ms.toFixed(1)} ms vs ${row.velite.ms.toFixed(1)} ms`,
    );
  }
}
