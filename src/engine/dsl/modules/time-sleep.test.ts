import { afterEach, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { runModule, setInterruptFlag, setParser } from '../index';

setParser(null);
afterEach(() => setInterruptFlag(null));

describe('time.sleep', () => {
  it('blocks the thread yet stops with KeyboardInterrupt when another thread sets the flag', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    setInterruptFlag(flag);
    // The interrupter runs on its own thread: the sleeping one cannot run timers.
    const w = new Worker('const { workerData } = require("node:worker_threads"); setTimeout(() => Atomics.store(workerData, 0, 1), 100);', {
      eval: true,
      workerData: flag,
    });
    const r = runModule('import time\nprint("sleeping")\ntime.sleep(60)\nprint("woke")\n', 'prog.py', { stdout: { write: () => undefined } });
    await w.terminate();
    expect(r.error?.ename).toBe('KeyboardInterrupt');
    expect(Atomics.load(flag, 0)).toBe(0);
  });

  it('returns after the time passed with no interrupt', () => {
    setInterruptFlag(new Int32Array(new SharedArrayBuffer(4)));
    let out = '';
    const r = runModule('import time\nt = time.monotonic()\ntime.sleep(0.06)\nprint(time.monotonic() - t >= 0.05)\n', 'prog.py', { stdout: { write: (s) => (out += s) } });
    expect(r.error).toBeNull();
    expect(out).toBe('True\n');
  });
});
