/**
 * pyspark.ml.fpm and pyspark.ml.recommendation end to end: FPGrowth's itemsets and rules and
 * PrefixSpan's patterns against brute-force enumeration in CPython (python3), the PySpark
 * doctests' sorted outputs, Spark's row order for the documented example, and ALS's factors
 * against the normal equations they must satisfy (solved by numpy). Skipped, with the reason
 * printed, without python3 / numpy.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from '../sql/harness';
import { rng } from '../../../ml/algos/testdata/oracle.mjs';

function missing(): string | null {
  try {
    execFileSync('python3', ['-c', 'import numpy']);
    return null;
  } catch {
    return 'python3 with numpy is not available';
  }
}
const reason = missing();
if (reason) console.log(`fpm-als.test.ts skipped: ${reason}`);

const python = (code: string, input: unknown): unknown => JSON.parse(execFileSync('python3', ['-c', code], { input: JSON.stringify(input) }).toString());

describe.skipIf(reason !== null)('frequent patterns and ALS', () => {
  const h = sparkHarness(createMemoryVfs());
  const run = (code: string): string => {
    const r = h.run(code);
    expect(r.error).toBeNull();
    return r.output;
  };
  const json = (code: string): unknown => JSON.parse(run(`import json\n${code}`).trim().split('\n').pop()!);

  it("FPGrowth: Spark's documented example, rows in Spark's order (8 partitions), rules and transform", () => {
    const out = run([
      'from pyspark.ml.fpm import FPGrowth',
      'df = spark.createDataFrame([(0, [1, 2, 5]), (1, [1, 2, 3, 5]), (2, [1, 2])], ["id", "items"]).repartition(8)',
      'model = FPGrowth(itemsCol="items", minSupport=0.5, minConfidence=0.6).fit(df)',
      'model.freqItemsets.show()',
      'model.associationRules.sort("antecedent", "consequent").show()',
      'model.transform(df).sort("id").show()',
    ].join('\n'));
    expect(out).toContain([
      '+---------+----+',
      '|    items|freq|',
      '+---------+----+',
      '|      [1]|   3|',
      '|      [2]|   3|',
      '|   [2, 1]|   3|',
      '|      [5]|   2|',
      '|   [5, 2]|   2|',
      '|[5, 2, 1]|   2|',
      '|   [5, 1]|   2|',
      '+---------+----+',
    ].join('\n'));
    expect(out).toContain('|    [2, 1]|       [5]|0.6666666666666666| 1.0|0.6666666666666666|');
    expect(out).toContain('|  2|      [1, 2]|       [5]|');
  });

  it('FPGrowth itemsets and rules equal a brute-force enumeration on random baskets', () => {
    const r = rng(3);
    const baskets: string[][] = [];
    for (let i = 0; i < 40; i++) {
      const b = new Set<string>();
      for (const it of 'abcdefgh') if (r() < 0.35 + (it < 'd' ? 0.3 : 0)) b.add(it);
      baskets.push([...b]);
    }
    const got = json([
      'from pyspark.ml.fpm import FPGrowth',
      `df = spark.createDataFrame([(b,) for b in ${JSON.stringify(baskets)}], ["items"])`,
      'm = FPGrowth(minSupport=0.2, minConfidence=0.5).fit(df)',
      'sets = sorted([sorted(r.items), r.freq] for r in m.freqItemsets.collect())',
      'rules = sorted([sorted(r.antecedent), r.consequent, round(r.confidence, 12), round(r.lift, 12), round(r.support, 12)] for r in m.associationRules.collect())',
      'print(json.dumps([sets, rules]))',
    ].join('\n'));
    const want = python([
      'import json, sys, itertools, math',
      'b = [set(x) for x in json.load(sys.stdin)]',
      'n = len(b); mc = math.ceil(0.2 * n)',
      'items = sorted(set().union(*b))',
      'freq = {}',
      'for k in range(1, len(items) + 1):',
      '    for c in itertools.combinations(items, k):',
      '        f = sum(1 for t in b if set(c) <= t)',
      '        if f >= mc: freq[c] = f',
      'sets = sorted([list(c), f] for c, f in freq.items())',
      'rules = []',
      'for c, f in freq.items():',
      '    if len(c) < 2: continue',
      '    for x in c:',
      '        a = tuple(y for y in c if y != x)',
      '        conf = f / freq[a]',
      '        if conf >= 0.5: rules.append([list(a), [x], round(conf, 12), round(conf / (freq[(x,)] / n), 12), round(f / n, 12)])',
      'print(json.dumps([sets, sorted(rules)]))',
    ].join('\n'), baskets);
    expect(got).toEqual(want);
  });

  it("PrefixSpan: the doctest's patterns, and brute force on random sequences", () => {
    const out = run([
      'from pyspark.ml.fpm import PrefixSpan',
      'from pyspark.sql import Row',
      // PySpark's fpm doctests run on local[2]: the frequent-item order (and so [2, 1]) follows two partitions.
      'df = sc.parallelize([Row(sequence=[[1, 2], [3]]), Row(sequence=[[1], [3, 2], [1, 2]]), Row(sequence=[[1, 2], [5]]), Row(sequence=[[6]])]).toDF().repartition(2)',
      'PrefixSpan(minSupport=0.5, maxPatternLength=5).findFrequentSequentialPatterns(df).sort("sequence").show(truncate=False)',
    ].join('\n'));
    expect(out).toContain('|[[1]]     |3   |\n|[[1], [3]]|2   |\n|[[2]]     |3   |\n|[[2, 1]]  |3   |\n|[[3]]     |2   |');
    const r = rng(8);
    const db: number[][][] = [];
    for (let i = 0; i < 12; i++) {
      const seq: number[][] = [];
      const len = 1 + Math.floor(r() * 4);
      for (let k = 0; k < len; k++) {
        const set = new Set<number>();
        const m = 1 + Math.floor(r() * 3);
        for (let j = 0; j < m; j++) set.add(1 + Math.floor(r() * 4));
        seq.push([...set]);
      }
      db.push(seq);
    }
    const got = json([
      'from pyspark.ml.fpm import PrefixSpan',
      `df = spark.createDataFrame([(s,) for s in ${JSON.stringify(db)}], ["sequence"])`,
      'rows = PrefixSpan(minSupport=0.3, maxPatternLength=3).findFrequentSequentialPatterns(df).collect()',
      'print(json.dumps(sorted([[sorted(x) for x in r.sequence], r.freq] for r in rows)))',
    ].join('\n'));
    const want = python([
      'import json, sys, itertools, math',
      'db = [[set(s) for s in seq] for seq in json.load(sys.stdin)]',
      'mc = math.ceil(0.3 * len(db))',
      'items = sorted(set().union(*[set().union(*seq) for seq in db]))',
      'def contains(seq, pat):',
      '    e = 0',
      '    for s in pat:',
      '        while e < len(seq) and not s <= seq[e]: e += 1',
      '        if e >= len(seq): return False',
      '        e += 1',
      '    return True',
      'sets = [set(c) for k in range(1, 4) for c in itertools.combinations(items, k)]',
      'out = []',
      'def grow(pat, length):',
      '    for s in sets:',
      '        if length + len(s) > 3: continue',
      '        p = pat + [s]',
      '        f = sum(1 for q in db if contains(q, p))',
      '        if f >= mc:',
      '            out.append([[sorted(x) for x in p], f])',
      '            grow(p, length + len(s))',
      'grow([], 0)',
      'print(json.dumps(sorted(out)))',
    ].join('\n'), db);
    expect(got).toEqual(want);
  });

  it('ALS: explicit factors satisfy their regularised normal equations; implicit nonnegative factors are >= 0', () => {
    const r = rng(12);
    const triples: [number, number, number][] = [];
    for (let u = 0; u < 15; u++) for (let i = 0; i < 12; i++) if (r() < 0.5) triples.push([u, i, Math.round((1 + r() * 4) * 2) / 2]);
    const got = json([
      'from pyspark.ml.recommendation import ALS',
      `df = spark.createDataFrame([(u, i, float(r)) for (u, i, r) in ${JSON.stringify(triples)}], ["user", "item", "rating"])`,
      'm = ALS(rank=3, maxIter=6, regParam=0.1, seed=7).fit(df)',
      'U = dict((r.id, r.features) for r in m.userFactors.collect())',
      'V = dict((r.id, r.features) for r in m.itemFactors.collect())',
      'p = m.transform(df).collect()',
      'n = ALS(rank=3, maxIter=4, implicitPrefs=True, nonnegative=True, alpha=2.0, seed=7).fit(df)',
      'neg = [x for r in n.userFactors.collect() + n.itemFactors.collect() for x in r.features if x < 0]',
      'print(json.dumps({"U": U, "V": V, "pred": [[r.user, r.item, r.prediction] for r in p], "neg": len(neg)}))',
    ].join('\n')) as { U: Record<string, number[]>; V: Record<string, number[]>; pred: number[][]; neg: number };
    expect(got.neg).toBe(0);
    // The last half-step solved the users from the items: check each user against numpy's solve.
    const check = python([
      'import json, sys',
      'import numpy as np',
      'd = json.load(sys.stdin)',
      'V = {int(k): np.array(v) for k, v in d["V"].items()}',
      'err = 0.0',
      'for u, f in d["U"].items():',
      '    rs = [(i, r) for (uu, i, r) in d["t"] if uu == int(u)]',
      '    Y = np.array([V[i] for i, _ in rs]); y = np.array([r for _, r in rs])',
      '    x = np.linalg.solve(Y.T @ Y + 0.1 * len(rs) * np.eye(3), Y.T @ y)',
      '    err = max(err, float(np.max(np.abs(x - np.array(f)))))',
      'perr = max(abs(p - float(np.float32(np.dot(np.array(d["U"][str(u)], dtype=np.float32), np.array(d["V"][str(i)], dtype=np.float32))))) for (u, i, p) in d["pred"])',
      'print(json.dumps([err, perr]))',
    ].join('\n'), { ...got, t: triples }) as [number, number];
    expect(check[0]).toBeLessThan(1e-5);
    expect(check[1]).toBeLessThan(1e-5);
  });
});
