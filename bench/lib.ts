/**
 * Shared helpers of the benchmarks: medians, child processes, and the synthetic corpus.
 * Every figure is a ratio against a baseline measured in the same run, on the same machine.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median and the spread (lowest–highest) of some milliseconds, for a report line. */
export function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${median(sorted).toFixed(0)} ms, ${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)} ms over ${sorted.length}`;
}

/** Prints one measure: `name: ratio (goal ≤ g) MET|NOT MET — detail`. */
export function report(name: string, ratio: number, goal: number | undefined, detail: string): boolean {
  const verdict = goal === undefined ? 'INFO' : ratio <= goal ? 'MET' : 'NOT MET';
  const goalText = goal === undefined ? 'no goal' : `goal ≤ ${goal}×`;
  console.log(`${name}: ${ratio.toFixed(2)}× (${goalText}) ${verdict} — ${detail}`);
  return goal === undefined || ratio <= goal;
}

/** Runs `bench/child.ts` in a fresh Node process and returns what it printed as JSON. */
export function child<T>(...args: string[]): T {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [path.join(root, 'bench', 'child.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

/** What one fresh process measured (see `child.ts`). */
export interface Run {
  readonly ms: number;
  readonly maxRssMb: number;
  /** content-collections only: the part of `ms` spent reading its configuration. */
  readonly setupMs?: number;
  /** `adversarial-write` only: the bytes the build wrote. */
  readonly outBytes?: number;
}

/**
 * Million-character queries for `searchFaq` (`child.ts search NAME`): each was folded once per
 * FAQ entry before the query was folded once per search (U+FDFA's took 9.7 s).
 */
export const SEARCH_QUERIES: Readonly<Record<string, () => string>> = {
  'a million U+FDFA (each decomposes to 18 characters, 4 words)': () => '\uFDFA'.repeat(1_000_000),
  'a million characters of a word the FAQ holds, repeated': () => 'defector '.repeat(111_111),
  'a million characters of one letter': () => 'a'.repeat(1_000_000),
};

/**
 * Two modes of `child.ts` on the same directory in pairs of fresh processes, alternating, `rounds`
 * times (each process reporting the median of `runs` warm runs).
 *
 * @returns Each mode's runs, one per round.
 */
export function alternate(modes: readonly [string, string], dir: string, runs: number, rounds: number): [Run[], Run[]] {
  const pairs: [Run[], Run[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    pairs[0].push(child<Run>(modes[0], dir, String(runs)));
    pairs[1].push(child<Run>(modes[1], dir, String(runs)));
  }
  return pairs;
}

/**
 * A new temporary directory under the repository's `.tmp/bench` (git-ignored), so that tools
 * run there (Velite compiles its config next to it) resolve packages from the repository.
 */
export function temp(prefix = 'run-'): string {
  const base = path.join(root, '.tmp', 'bench');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, prefix));
}

/**
 * Writes a synthetic article `times` the size of the real one into `dir/article.en.md` (with the
 * real `arrivals.md` beside it): the real
 * article, plus `times - 1` copies of its prose as extra FAQ entries with unique questions.
 *
 * @returns The file's size in bytes.
 */
export function writeCorpus(dir: string, times: number): number {
  const article = readFileSync(path.join(root, 'content', 'article.en.md'), 'utf8');
  const start = article.indexOf('---', 3) + 4;
  const prose = article
    .slice(start)
    .split('\n\n')
    .map((block) => block.trim())
    .filter((block) => block !== '' && block !== '***' && !block.startsWith('#'))
    .map((block) => block.replace(/:(\w+)\[([^\]]*)\](\{[^}]*\})?/g, '$2'));
  const extra: string[] = [];
  for (let copy = 1; copy < times; copy++) {
    for (const [index, block] of prose.entries()) extra.push(`### Synthetic question ${copy}.${index}?\n\n${block}\n`);
  }
  const marker = '\n***\n';
  const at = article.lastIndexOf(marker);
  const text = `${article.slice(0, at)}\n${extra.join('\n')}${article.slice(at)}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'article.en.md'), text);
  copyFileSync(path.join(root, 'content', 'arrivals.md'), path.join(dir, 'arrivals.md'));
  return Buffer.byteLength(text);
}
