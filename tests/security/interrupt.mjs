/**
 * Preloaded into a content build (`node --import`) to interrupt it at one file-system call:
 * `INTERRUPT=rename:2:kill` kills the process (SIGKILL) just before its second `rename`;
 * `INTERRUPT=writeFile:3:fail` makes its third `writeFile` fail with EIO; `readdir:1:pause2000` holds
 * the whole process for two seconds before its first `readdir`; `signal` writes the file named by
 * INTERRUPT_SIGNAL and goes on, `hold` writes it and holds the process until `<that file>.go` exists
 * (at most two minutes), so that a test orders two processes by what they did, not by how long they
 * took on a loaded machine. A call ending in `Sync`
 * is one of `node:fs`'s synchronous functions, the others are `fs.promises`'; a fourth field counts
 * only the calls whose path ends with it (`readFileSync:1:fail:.md`: the first read of a content
 * file). Used by the tests that prove readers see only whole generations; never loaded by the package.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [call, at, action, suffix = ''] = (process.env.INTERRUPT ?? '').split(':');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Tells the test this call was reached; with `hold`, waits for the test's go-ahead. */
function signal(hold) {
  const file = process.env.INTERRUPT_SIGNAL;
  fs.writeFileSync(file, String(process.pid));
  for (let waited = 0; hold && !fs.existsSync(`${file}.go`) && waited < 120_000; waited += 20) sleep(20);
}

const target = call?.endsWith('Sync') ? fs : fs.promises;
if (call && Object.hasOwn(target, call)) {
  const original = target[call];
  let count = 0;
  const interrupt = (args) => {
    if (!String(args[0]).endsWith(suffix)) return;
    count += 1;
    if (count === Number(at)) {
      if (action === 'kill') process.kill(process.pid, 'SIGKILL');
      if (action === 'signal' || action === 'hold') return signal(action === 'hold');
      const pause = /^pause(\d+)$/.exec(action)?.[1];
      if (pause) return sleep(Number(pause));
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
