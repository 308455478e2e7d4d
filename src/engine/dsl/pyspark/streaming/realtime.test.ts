/**
 * On the system clock: batches run on the driver's background runner while a cell sleeps
 * (time.sleep) or waits (awaitTerminationOrTimeout), and the test plays `nc -lk` by sending
 * lines to the socket endpoint between cells.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pysparkHarness } from '../test-harness';
import { resetSocketEndpoints, socketEndpoint } from '.';
import '../sql';
import { setInterruptFlag } from '../../runtime/state';

afterEach(() => resetSocketEndpoints());

function harness() {
  const h = pysparkHarness(2, 'local[2]');
  const run = (code: string): string => {
    const r = h.run(code);
    if (r.error) throw new Error(`${r.output}\n${r.error}`);
    return r.output;
  };
  return run;
}

describe('batches on the system clock', () => {
  it('counts words a test sends to the socket while cells sleep and wait', () => {
    const run = harness();
    run(
      'import time\nfrom pyspark.streaming import StreamingContext\nssc = StreamingContext(sc, 0.2)\n' +
        'batches = []\ncounts = ssc.socketTextStream("localhost", 9911).flatMap(lambda l: l.split()).countByValue()\n' +
        'counts.foreachRDD(lambda t, rdd: batches.append((t, sorted(rdd.collect()))))\nssc.start()',
    );
    const nc = socketEndpoint('localhost', 9911);
    nc.send('red green red\n');
    run('time.sleep(0.5)');
    nc.send('blue red\n');
    expect(run('print(ssc.awaitTerminationOrTimeout(0.5))')).toBe('False\n');
    run('ssc.stop(stopSparkContext=False, stopGraceFully=True)');
    const out = run(
      'print([c for _, c in batches if c])\n' +
        'times = [t for t, _ in batches]\n' +
        'print(all(round((b - a).total_seconds(), 3) == 0.2 for a, b in zip(times, times[1:])), len(batches) >= 4)',
    );
    expect(out).toBe("[[('green', 1), ('red', 2)], [('blue', 1), ('red', 1)]]\nTrue True\n");
    // Stopped: no more batches however long the driver sleeps.
    expect(run('n = len(batches)\ntime.sleep(0.5)\nprint(len(batches) == n)')).toBe('True\n');
  });

  it('returns from awaitTermination() when a batch stops the context', () => {
    const run = harness();
    const out = run(
      'from pyspark.streaming import StreamingContext\nssc = StreamingContext(sc, 0.1)\nseen = []\n' +
        'def f(rdd):\n    seen.append(rdd.collect())\n    if rdd.isEmpty():\n        ssc.stop(stopSparkContext=False)\n' +
        'ssc.queueStream([[1], [2]]).foreachRDD(f)\nssc.start()\nssc.awaitTermination()\nprint(seen, ssc._jssc.state)',
    );
    expect(out).toBe('[[1], [2], []] STOPPED\n');
  });

  it('prints pprint blocks into the cell that is sleeping', () => {
    const run = harness();
    run('import time\nfrom pyspark.streaming import StreamingContext\nssc = StreamingContext(sc, 0.25)\nssc.queueStream([["x"]]).pprint()\nssc.start()');
    const out = run('time.sleep(0.6)');
    expect(out).toMatch(/^-{43}\nTime: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?\n-{43}\nx\n\n/);
    run('ssc.stop(False)');
  });

  it('hands an interrupt that lands during a batch to the sleeping cell, and keeps the batches going', () => {
    const run = harness();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    setInterruptFlag(flag);
    try {
      run(
        'import time\nfrom pyspark.streaming import StreamingContext\nssc = StreamingContext(sc, 0.1)\nseen = []\n' +
          'def f(rdd):\n    seen.append(1)\n    if len(seen) == 2:\n        raise KeyboardInterrupt\n' +
          'ssc.queueStream([[1]]).foreachRDD(f)\nssc.start()',
      );
      const t0 = performance.now();
      expect(harnessError(run, 'time.sleep(5)')).toMatch(/KeyboardInterrupt$/);
      expect(performance.now() - t0).toBeLessThan(4000);
      expect(run('n = len(seen)\ntime.sleep(0.35)\nprint(len(seen) > n, ssc._jssc.state)')).toBe('True ACTIVE\n');
      run('ssc.stop(False)');
    } finally {
      setInterruptFlag(null);
    }
  });
});

function harnessError(run: (code: string) => string, code: string): string {
  try {
    run(code);
  } catch (e) {
    return (e as Error).message.trimEnd();
  }
  return '';
}
