/**
 * Import: a cold `import()` of the package in a fresh Node process, against importing the same
 * data as a `.json` file in a fresh process. Medians of several runs, alternating the two.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, report, root, temp } from './lib.js';

/** Milliseconds a plain `node` process takes to `import()` the module at `file` (startup excluded). */
function coldImport(file: string, json: boolean): number {
  const options = json ? ", { with: { type: 'json' } }" : '';
  const code = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}${options}); console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', code], {
    encoding: 'utf8',
  });
  return Number(out.trim());
}

/** Measures and prints the import figure. @returns Whether the goal was met. */
export function measureImport(runs = 15): boolean {
  // The same data as the main entry carries: the English content and the arrival figures.
  const json = path.join(temp(), 'data.json');
  const dataset = JSON.parse(readFileSync(path.join(root, 'src/generated/data.json'), 'utf8'));
  writeFileSync(json, JSON.stringify({ ...dataset.content.en, arrivals: dataset.arrivals }));
  const pkg = path.join(root, 'dist/index.js');
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(coldImport(pkg, false));
    baseline.push(coldImport(json, true));
  }
  const [a, b] = [median(ours), median(baseline)];
  return report(
    'import: cold import() of the package / of the same data as .json',
    a / b,
    1.2,
    `${a.toFixed(2)} ms vs ${b.toFixed(2)} ms, medians of ${runs} fresh processes each`,
  );
}
