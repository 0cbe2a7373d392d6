/**
 * `npm run bench`: prints one line per measure with its ratio, its goal and MET / NOT MET.
 * Needs a built package (`npm run build`). Not part of `npm test` or CI.
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
const results = [
  await measureSize(),
  await measureRender(),
  measureImport(),
  measureBuild(),
  measureAdversarial(),
  await measureAuthor(),
];
rmSync(path.join(root, '.tmp', 'bench'), { recursive: true, force: true });
console.log(results.every(Boolean) ? 'all goals met' : 'some goals NOT MET (see above)');
