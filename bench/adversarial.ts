/**
 * Adversarial input: how long the content build takes to accept or reject each case of
 * `tests/fixtures/adversarial/cases.ts` (inputs under the size limit that took seconds to minutes
 * and gigabytes before the limits), against the largest valid article the limits allow (a
 * megabyte of prose) built in the same run. Goal: no case costs more than twice that. The cases
 * of many marked items (`where: 'factors'`) are also built writing their outputs: goal, at most 24
 * times the input written. And `searchFaq` on million-character queries: goal, a second each.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADVERSARIAL_CASES, applyCase } from '../tests/fixtures/adversarial/cases.js';
import { child, type Run, report, root, SEARCH_QUERIES, temp } from './lib.js';

const fixture = (name: string) => readFileSync(path.join(root, 'tests', 'fixtures', 'good', name), 'utf8');

/** Builds a case's files in a fresh process (one warm-up, then the median of three runs), writing nothing unless `mode` says so. */
function measure(files: { article: string; arrivals: string }, mode = 'adversarial'): Run {
  const dir = path.join(temp('adversarial-'), 'content');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'article.en.md'), files.article);
  writeFileSync(path.join(dir, 'arrivals.md'), files.arrivals);
  return child<Run>(mode, dir, '3');
}

/** The cases of many marked items, built writing their outputs. @returns Whether each wrote at most 24 times its input. */
function measureWritten(good: { article: string; arrivals: string }): boolean {
  let met = true;
  for (const item of ADVERSARIAL_CASES.filter((each) => each.where === 'factors')) {
    const files = applyCase(item, good);
    const input = Buffer.byteLength(files.article) + Buffer.byteLength(files.arrivals);
    const run = measure(files, 'adversarial-write');
    const written = run.outBytes ?? 0;
    const detail = `${written} B written from ${input} B, ${run.ms.toFixed(0)} ms, peak RSS ${run.maxRssMb.toFixed(0)} MB`;
    met = report(`adversarial: ${item.name}, written / read`, written / input, 24, detail) && met;
  }
  return met;
}

/** `searchFaq` on each of `SEARCH_QUERIES`, in a fresh process. @returns Whether each took at most a second. */
function measureSearch(): boolean {
  let met = true;
  for (const name of Object.keys(SEARCH_QUERIES)) {
    const run = child<Run>('search', name, '3');
    const detail = `${run.ms.toFixed(0)} ms, peak RSS ${run.maxRssMb.toFixed(0)} MB`;
    met = report(`adversarial: searchFaq, ${name} / 1 s`, run.ms / 1000, 1, detail) && met;
  }
  return met;
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
  const written = measureWritten(good);
  const searched = measureSearch();
  return written && searched && met;
}
