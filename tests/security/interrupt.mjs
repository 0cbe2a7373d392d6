/**
 * Preloaded into a content build (`node --import`) to interrupt it at one file-system call:
 * `INTERRUPT=rename:2:kill` kills the process (SIGKILL) just before its second `rename`;
 * `INTERRUPT=writeFile:3:fail` makes its third `writeFile` fail with EIO; `readdir:1:pause2000` holds
 * the whole process for two seconds before its first `readdir`. A call ending in `Sync`
 * is one of `node:fs`'s synchronous functions, the others are `fs.promises`'; a fourth field counts
 * only the calls whose path ends with it (`readFileSync:1:fail:.md`: the first read of a content
 * file). Used by the tests that prove readers see only whole generations; never loaded by the package.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [call, at, action, suffix = ''] = (process.env.INTERRUPT ?? '').split(':');
const target = call?.endsWith('Sync') ? fs : fs.promises;
if (call && Object.hasOwn(target, call)) {
  const original = target[call];
  let count = 0;
  const interrupt = (args) => {
    if (!String(args[0]).endsWith(suffix)) return;
    count += 1;
    if (count === Number(at)) {
      if (action === 'kill') process.kill(process.pid, 'SIGKILL');
      const pause = /^pause(\d+)$/.exec(action)?.[1];
      if (pause) return Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(pause));
      throw Object.assign(new Error(`EIO: i/o error, ${call} (interrupted by the test)`), { code: 'EIO' });
    }
  };
  target[call] = call.endsWith('Sync')
    ? (...args) => {
        interrupt(args);
        return original(...args);
      }
    : async (...args) => {
        interrupt(args);
        return original(...args);
      };
  syncBuiltinESMExports();
}
