/**
 * LDA optimizer='em' against an independent CPython implementation of Spark's EMLDAOptimizer
 * (java.util.Random soft assignments per partition, count updates): one partition, so the
 * random stream is Random(0 + seed). Also Spark's invariants: the term-topic counts sum to the
 * number of tokens, describeTopics weights are each topic's counts normalised.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from '../sql/harness';

const reason = (() => {
  try {
    execFileSync('python3', ['-c', 'pass']);
    return null;
  } catch {
    return 'python3 is not available';
  }
})();
if (reason) console.log(`lda-em.test.ts skipped: ${reason}`);

const ORACLE = String.raw`
import json, sys
p = json.load(sys.stdin)
docs, k, seed, iters = p["docs"], p["k"], p["seed"], p["maxIter"]
class R:
    def __init__(self, s): self.s = (s ^ 0x5DEECE66D) & ((1 << 48) - 1)
    def nxt(self, b):
        self.s = (self.s * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        return self.s >> (48 - b)
    def d(self): return ((self.nxt(26) << 27) + self.nxt(27)) / float(1 << 53)
V = len(docs[0]); alpha = 50.0 / k + 1; eta = 1.1
r = R(0 + seed)
nd = [[0.0] * k for _ in docs]; nt = [[0.0] * k for _ in range(V)]; E = []
for d, x in enumerate(docs):
    for t, c in enumerate(x):
        if c == 0: continue
        g = [r.d() for _ in range(k)]; s = sum(g)
        for j in range(k):
            nd[d][j] += g[j] / s * c; nt[t][j] += g[j] / s * c
        E.append((d, t, c))
for _ in range(iters):
    N = [sum(nt[t][j] for t in range(V)) for j in range(k)]
    a = [[0.0] * k for _ in docs]; b = [[0.0] * k for _ in range(V)]
    for d, t, c in E:
        g = [(nt[t][j] + eta - 1) * (nd[d][j] + alpha - 1) / (N[j] + V * (eta - 1)) for j in range(k)]
        s = sum(g)
        for j in range(k):
            a[d][j] += g[j] / s * c; b[t][j] += g[j] / s * c
    nd, nt = a, b
print(json.dumps(nt))
`;

describe.skipIf(reason !== null)("LDA optimizer='em'", () => {
  it('matches an independent implementation of Spark\'s EM updates on one partition', () => {
    const docs = [[1, 0, 2, 0, 1], [0, 3, 0, 1, 0], [2, 1, 0, 0, 4], [0, 0, 1, 2, 1], [1, 1, 1, 0, 0], [0, 2, 0, 3, 1]];
    const h = sparkHarness(createMemoryVfs());
    const r = h.run([
      'import json',
      'from pyspark.ml.linalg import Vectors',
      'from pyspark.ml.clustering import LDA',
      `df = spark.createDataFrame([(Vectors.dense([float(c) for c in d]),) for d in ${JSON.stringify(docs)}], ["features"]).coalesce(1)`,
      'm = LDA(k=3, seed=7, optimizer="em", maxIter=15).fit(df)',
      'tm = m.topicsMatrix().toArray()',
      'dt = [[list(r.termIndices), list(r.termWeights)] for r in m.describeTopics().collect()]',
      'print(json.dumps({"tm": [[float(tm[v][t]) for t in range(3)] for v in range(5)], "dt": dt, "dist": m.isDistributed()}))',
    ].join('\n'));
    expect(r.error).toBeNull();
    const got = JSON.parse(r.output.trim().split('\n').pop()!) as { tm: number[][]; dt: [number[], number[]][]; dist: boolean };
    const want = JSON.parse(execFileSync('python3', ['-c', ORACLE], { input: JSON.stringify({ docs, k: 3, seed: 7, maxIter: 15 }) }).toString()) as number[][];
    expect(got.dist).toBe(true);
    got.tm.forEach((row, v) => row.forEach((x, t) => expect(x).toBeCloseTo(want[v]![t]!, 10)));
    const tokens = docs.flat().reduce((a, b) => a + b, 0);
    expect(got.tm.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(tokens, 9);
    got.dt.forEach(([terms, weights], t) => {
      const nk = got.tm.reduce((s, row) => s + row[t]!, 0);
      terms.forEach((v, i) => expect(weights[i]).toBeCloseTo(got.tm[v]![t]! / nk, 12));
    });
  });
});
