/**
 * `npm run bench`: prints one line per measure with its ratio, its goal and MET / NOT MET.
 * `npm run bench -- build author` runs only the named parts (size, render, import, build,
 * adversarial, author). Needs a built package (`npm run build`). Not part of `npm test` or CI.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureAdversarial } from './adversarial.js';
import { measureAuthor } from './author.js';
import { measureBuild } from './build.js';
import { measureImport } from './import.js';
import { root } from './lib.js';
import { measureRender } from './render.js';
import { measureSize } from './size.js';

console.log(
  `# ${new Date().toISOString()} · Node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length} · ${os.platform()} ${os.arch()}`,
);
const parts: Record<string, () => boolean | Promise<boolean>> = {
  size: measureSize,
  render: measureRender,
  import: measureImport,
  build: measureBuild,
  adversarial: measureAdversarial,
  author: measureAuthor,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in parts));
if (unknown.length > 0) {
  console.error(`unknown part ${unknown.join(', ')}: choose from ${Object.keys(parts).join(', ')}`);
  process.exit(1);
}
const results: boolean[] = [];
for (const [name, measure] of Object.entries(parts)) {
  if (chosen.length === 0 || chosen.includes(name)) results.push(await measure());
}
rmSync(path.join(root, '.tmp', 'bench'), { recursive: true, force: true });
console.log(results.every(Boolean) ? 'all goals met' : 'some goals NOT MET (see above)');
