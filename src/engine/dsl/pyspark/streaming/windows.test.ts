/**
 * Windowed and stateful word counts over random batches against a CPython model of Spark
 * Streaming's semantics (testdata/window-oracle.py): countByValueAndWindow,
 * reduceByKeyAndWindow with an inverse function (incremental when window >= 5 slides, keeping
 * zero counts), countByWindow and updateStateByKey, for several window and slide durations.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamingHarness } from './test-support';

function randomBatches(seed: number, n: number): string[][] {
  let x = seed >>> 0;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const words = ['a', 'b', 'c', 'd', 'e'];
  return Array.from({ length: n }, () => {
    // A third of the batches are empty, so windows drain and keys fall to zero.
    if (next() < 0.33) return [];
    return Array.from({ length: 1 + Math.floor(next() * 6) }, () => words[Math.floor(next() * (1 + Math.floor(next() * words.length)))]!);
  });
}

function oracle(spec: object): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'flint-windows-'));
  const file = join(dir, 'spec.json');
  writeFileSync(file, JSON.stringify(spec));
  const r = spawnSync('python3', [join(__dirname, 'testdata', 'window-oracle.py'), file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const CASES: [number, number, number][] = [
  // [window, slide, seed] in batches
  [3, 1, 11],
  [5, 1, 12],
  [6, 1, 13],
  [4, 2, 14],
  [10, 2, 15],
  [6, 3, 16],
];

describe('windows and state against a CPython model', () => {
  for (const [w, s, seed] of CASES) {
    it(`window ${w}, slide ${s}`, () => {
      const batches = randomBatches(seed, 24);
      const h = streamingHarness();
      h.run('import json\nssc.checkpoint("/tmp/ck-windows")\ndef sink(stream):\n    out = []\n    stream.foreachRDD(lambda rdd: out.append(sorted(rdd.collect())))\n    return out');
      h.run(
        `words = ssc.queueStream(${JSON.stringify(batches)})\n` +
          'pairs = words.map(lambda x: (x, 1))\n' +
          `cbv = sink(words.countByValueAndWindow(${w}, ${s}))\n` +
          `inv = sink(pairs.reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, ${w}, ${s}))\n` +
          `cbw = sink(words.countByWindow(${w}, ${s}))\n` +
          'st = sink(pairs.updateStateByKey(lambda new, last: sum(new) + (last or 0)))\n' +
          'ssc.start()',
      );
      h.advance(batches.length);
      const got = JSON.parse(h.run('print(json.dumps({"counts_by_value": cbv, "inverse": inv, "count_by_window": cbw, "state": st}))')) as unknown;
      const want = oracle({ batches, window: w, slide: s }) as { inverse: [string, number][][] };
      // The incremental path is exercised: some key has fallen to 0 and stayed.
      if (w >= 5 * s) expect(want.inverse.some((b) => b.some(([, v]) => v === 0))).toBe(true);
      expect(got).toEqual(want);
    });
  }
});
