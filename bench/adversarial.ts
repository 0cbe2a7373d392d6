/**
 * Adversarial input: how long the content build takes to accept or reject each case of
 * `tests/fixtures/adversarial/cases.ts` (inputs under the size limit that took seconds to minutes
 * and gigabytes before the limits), against the largest valid article the limits allow (a
 * megabyte of prose) built in the same run. Goal: no case costs more than twice that.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADVERSARIAL_CASES, applyCase } from '../tests/fixtures/adversarial/cases.js';
import { child, report, root, temp } from './lib.js';

interface Run {
  readonly ms: number;
  readonly maxRssMb: number;
}

const fixture = (name: string) => readFileSync(path.join(root, 'tests', 'fixtures', 'good', name), 'utf8');

/** Builds a case's files in a fresh process (one warm-up, then the median of three runs). */
function measure(files: { article: string; arrivals: string }): Run {
  const dir = path.join(temp('adversarial-'), 'content');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'article.en.md'), files.article);
  writeFileSync(path.join(dir, 'arrivals.md'), files.arrivals);
  return child<Run>('adversarial', dir, '3');
}

/** Measures and prints one line per case. @returns Whether every case met the goal. */
export function measureAdversarial(): boolean {
  const good = { article: fixture('article.en.md'), arrivals: fixture('arrivals.md') };
  const prose = ADVERSARIAL_CASES.find((item) => item.name.startsWith('a megabyte of prose'))!;
  const baseline = measure(applyCase(prose, good));
  console.log(
    `adversarial: baseline, a megabyte of valid prose: ${baseline.ms.toFixed(0)} ms, peak RSS ${baseline.maxRssMb.toFixed(0)} MB`,
  );
  let met = true;
  for (const item of ADVERSARIAL_CASES) {
    const run = measure(applyCase(item, good));
    const answer = item.rejects === null ? 'accepted' : 'rejected';
    met =
      report(
        `adversarial: ${item.name} (${answer}) / a megabyte of prose`,
        run.ms / baseline.ms,
        2,
        `${run.ms.toFixed(0)} ms, peak RSS ${run.maxRssMb.toFixed(0)} MB`,
      ) && met;
  }
  return met;
}
