/**
 * Preloaded into a content build (`node --import`) to interrupt it at one file-system call:
 * `INTERRUPT=rename:2:kill` kills the process (SIGKILL) just before its second `rename`;
 * `INTERRUPT=writeFile:3:fail` makes its third `writeFile` fail with EIO. Used by the tests that
 * prove readers see only whole generations; never loaded by the package.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [call, at, action] = (process.env.INTERRUPT ?? '').split(':');
if (call && Object.hasOwn(fs.promises, call)) {
  const original = fs.promises[call];
  let count = 0;
  fs.promises[call] = async (...args) => {
    count += 1;
    if (count === Number(at)) {
      if (action === 'kill') process.kill(process.pid, 'SIGKILL');
      throw Object.assign(new Error(`EIO: i/o error, ${call} (interrupted by the test)`), { code: 'EIO' });
    }
    return original(...args);
  };
  syncBuiltinESMExports();
}
