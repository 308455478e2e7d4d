/**
 * Size statistics (Spark's SizeInBytesOnlyStatsPlanVisitor) and join selection (Spark's
 * JoinSelection) over optimized plans of real queries.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../../catalog';
import type { SqlSession } from '../../catalog';
import type { LPlan } from '../logical';
import { optimize } from '../optimizer/optimizer';
import { DEFAULT_SIZE_IN_BYTES, bytesToString, defaultSize, planStats, sizePerRow, statsText } from './plan-stats';
import { isOrderable, selectJoin } from './join-selection';

function session(conf: Record<string, string> = {}): SqlSession {
  const s = createSqlSession();
  for (const [k, v] of Object.entries(conf)) s.conf.set(k, v);
  // 1,000 rows of (int, string): 1000 × (8 + 4 + 20) bytes.
  s.registerView('big', 'k INT, s STRING', Array.from({ length: 1000 }, (_, i) => [i, `s${i}`]));
  s.registerView('small', 'k INT, v DOUBLE', Array.from({ length: 10 }, (_, i) => [i, i / 2]));
  // A DataFrame from Python data (Spark's LogicalRDD: size unknown), as pyspark's createDataFrame registers it.
  const rddView = s.registerView as (name: string, schema: string, rows: unknown[][], origin: { kind: 'rdd' }) => void;
  rddView('__flint_df_900', 'k INT, w STRING', [[1, 'a'], [2, 'b']], { kind: 'rdd' });
  rddView('__flint_df_901', 'k INT, z STRING', [[1, 'x']], { kind: 'rdd' });
  return s;
}

function plan(s: SqlSession, q: string): LPlan {
  return optimize(s.analyze(q));
}

function joinIn(p: LPlan): Extract<LPlan, { kind: 'join' }> {
  if (p.kind === 'join') return p;
  const kids = p.kind === 'scan' || p.kind === 'command' ? [] : p.kind === 'setOp' ? [p.left, p.right] : [p.child];
  for (const k of kids) {
    try {
      return joinIn(k);
    } catch {
      // not in this branch
    }
  }
  throw new Error('no join');
}

function strategy(s: SqlSession, q: string): string {
  const st = selectJoin(joinIn(plan(s, q)), s.conf as ReadonlyMap<string, string>).strategy;
  return 'build' in st ? `${st.kind}:${st.build}` : st.kind;
}

describe('plan size statistics', () => {
  it('uses Spark default sizes per type', () => {
    expect([defaultSize({ kind: 'int' }), defaultSize({ kind: 'long' }), defaultSize({ kind: 'string' }), defaultSize({ kind: 'binary' })]).toEqual([4, 8, 20, 100]);
    expect(defaultSize({ kind: 'decimal', precision: 10, scale: 2 })).toBe(8);
    expect(defaultSize({ kind: 'decimal', precision: 38, scale: 2 })).toBe(16);
    expect(defaultSize({ kind: 'array', element: { kind: 'int' }, containsNull: true })).toBe(4);
  });

  it('sizes leaves as Spark does', () => {
    const s = session();
    // Range: 8 bytes a row, row count known.
    expect(planStats(plan(s, 'SELECT * FROM range(100)'))).toEqual({ sizeInBytes: 800n, rowCount: 100n });
    expect(planStats(plan(s, 'SELECT * FROM range(0, 10, 3)')).rowCount).toBe(4n);
    // A local relation: rows × (8 + default sizes).
    expect(planStats(plan(s, 'SELECT * FROM big')).sizeInBytes).toBe(1000n * 32n);
    expect(planStats(plan(s, 'SELECT * FROM VALUES (1, 2L), (3, 4L) AS t(a, b)')).sizeInBytes).toBe(2n * 20n);
    // A DataFrame from Python data is a LogicalRDD: spark.sql.defaultSizeInBytes.
    expect(planStats(plan(s, 'SELECT * FROM __flint_df_900')).sizeInBytes).toBe(DEFAULT_SIZE_IN_BYTES);
    expect(planStats(plan(session({ 'spark.sql.defaultSizeInBytes': '123' }), 'SELECT * FROM __flint_df_900'), new Map([['spark.sql.defaultSizeInBytes', '123']])).sizeInBytes).toBe(123n);
  });

  it('scales unary operators by the row width and follows the visitor for the rest', () => {
    const s = session();
    // Projection of k alone: 1000 × 32 × 12 / 32.
    expect(planStats(plan(s, 'SELECT k FROM big')).sizeInBytes).toBe(12000n);
    expect(sizePerRow(plan(s, 'SELECT k FROM big').output)).toBe(12n);
    // An aggregate without keys is one row.
    expect(planStats(plan(s, 'SELECT count(*) FROM big')).sizeInBytes).toBe(16n);
    // LIMIT: the limit's rows of the output; with a known smaller row count, that count.
    expect(planStats(plan(s, 'SELECT * FROM big LIMIT 5')).sizeInBytes).toBe(5n * 32n);
    expect(planStats(plan(s, 'SELECT * FROM range(3) LIMIT 5'))).toEqual({ sizeInBytes: 3n * 16n, rowCount: 3n });
    // Joins: the product of the sides (semi/anti: the left side); UNION: the sum.
    expect(planStats(plan(s, 'SELECT * FROM big JOIN small ON big.k = small.k')).sizeInBytes).toBe(32000n * 200n);
    expect(planStats(plan(s, 'SELECT * FROM big LEFT SEMI JOIN small ON big.k = small.k')).sizeInBytes).toBe(32000n);
    expect(planStats(plan(s, 'SELECT k FROM big UNION ALL SELECT k FROM small')).sizeInBytes).toBe(12000n + 120n);
  });
});

describe('EXPLAIN COST', () => {
  it('prints sizes as Utils.bytesToString and row counts to 3 digits', () => {
    expect([0n, 2047n, 2048n, 10n * 1024n * 1024n, DEFAULT_SIZE_IN_BYTES].map(bytesToString)).toEqual(['0.0 B', '2047.0 B', '2.0 KiB', '10.0 MiB', '8.0 EiB']);
    // Past a long: EiB up to 2048 EiB, then three significant digits in bytes.
    expect(bytesToString(DEFAULT_SIZE_IN_BYTES * 2n)).toBe('16.0 EiB');
    expect(bytesToString(DEFAULT_SIZE_IN_BYTES * DEFAULT_SIZE_IN_BYTES)).toBe('8.51E+37 B');
    expect([5n, 999n, 1000n, 12345n, 99960n].map((r) => statsText({ sizeInBytes: 800n, rowCount: r }))).toEqual([
      'Statistics(sizeInBytes=800.0 B, rowCount=5)', 'Statistics(sizeInBytes=800.0 B, rowCount=999)', 'Statistics(sizeInBytes=800.0 B, rowCount=1.00E+3)',
      'Statistics(sizeInBytes=800.0 B, rowCount=1.23E+4)', 'Statistics(sizeInBytes=800.0 B, rowCount=1.00E+5)',
    ]);
  });

  it('prints the optimized plan with each node\'s statistics, then the physical plan (DataFrame.explain(mode="cost"))', () => {
    const s = session();
    const text = (s.sql('EXPLAIN COST SELECT * FROM big JOIN range(100) r ON big.k = r.id').rows[0]![0] as string).split('\n');
    expect(text[0]).toBe('== Optimized Logical Plan ==');
    expect(text[1]).toMatch(/^Join Inner, .*, Statistics\(sizeInBytes=\d+\.\d (B|KiB|MiB)\)$/);
    expect(text.some((l) => /Range.*Statistics\(sizeInBytes=800\.0 B, rowCount=100\)$/.test(l))).toBe(true);
    expect(text).toContain('== Physical Plan ==');
    expect(text.filter((l) => l.includes('Statistics(')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('join selection', () => {
  it('broadcasts a side under autoBroadcastJoinThreshold, on the sides the join type can build', () => {
    const s = session();
    expect(strategy(s, 'SELECT * FROM big JOIN small ON big.k = small.k')).toBe('broadcastHash:right');
    expect(strategy(s, 'SELECT * FROM small JOIN big ON big.k = small.k')).toBe('broadcastHash:left');
    expect(strategy(s, 'SELECT * FROM big LEFT JOIN small ON big.k = small.k')).toBe('broadcastHash:right');
    expect(strategy(s, 'SELECT * FROM small LEFT JOIN big ON big.k = small.k')).toBe('broadcastHash:right');
    expect(strategy(s, 'SELECT * FROM small RIGHT JOIN big ON big.k = small.k')).toBe('broadcastHash:left');
    expect(strategy(s, 'SELECT * FROM big LEFT ANTI JOIN small ON big.k = small.k')).toBe('broadcastHash:right');
    // Full outer joins never broadcast hash: sort-merge.
    expect(strategy(s, 'SELECT * FROM big FULL JOIN small ON big.k = small.k')).toBe('sortMerge');
  });

  it('sort-merges what is too big to broadcast, and follows the threshold', () => {
    const s = session();
    expect(strategy(s, 'SELECT * FROM __flint_df_900 a JOIN __flint_df_901 b ON a.k = b.k')).toBe('sortMerge');
    // A side that is small enough still broadcasts against a LogicalRDD.
    expect(strategy(s, 'SELECT * FROM __flint_df_900 a JOIN small b ON a.k = b.k')).toBe('broadcastHash:right');
    const off = session({ 'spark.sql.autoBroadcastJoinThreshold': '-1' });
    expect(strategy(off, 'SELECT * FROM big JOIN small ON big.k = small.k')).toBe('sortMerge');
    const tiny = session({ 'spark.sql.autoBroadcastJoinThreshold': '300' });
    expect(strategy(tiny, 'SELECT * FROM big JOIN small ON big.k = small.k')).toBe('broadcastHash:right');
    const tinier = session({ 'spark.sql.autoBroadcastJoinThreshold': '100' });
    expect(strategy(tinier, 'SELECT * FROM big JOIN small ON big.k = small.k')).toBe('sortMerge');
    // preferSortMergeJoin=false: a much smaller side builds a shuffled hash join.
    const shj = session({ 'spark.sql.autoBroadcastJoinThreshold': '100', 'spark.sql.join.preferSortMergeJoin': 'false' });
    expect(strategy(shj, 'SELECT * FROM big JOIN small ON big.k = small.k')).toBe('shuffledHash:right');
  });

  it('plans joins without keys as nested loops or cartesian products', () => {
    const s = session();
    expect(strategy(s, 'SELECT * FROM big JOIN small ON big.k < small.k')).toBe('broadcastNestedLoop:right');
    expect(strategy(s, 'SELECT * FROM __flint_df_900 a JOIN __flint_df_901 b ON a.k < b.k')).toBe('cartesian');
    expect(strategy(s, 'SELECT * FROM __flint_df_900 a LEFT JOIN __flint_df_901 b ON a.k < b.k')).toBe('broadcastNestedLoop:right');
    expect(strategy(s, 'SELECT * FROM __flint_df_900 a CROSS JOIN __flint_df_901 b')).toBe('cartesian');
  });

  it('follows join hints first', () => {
    const s = session();
    expect(strategy(s, 'SELECT /*+ BROADCAST(b) */ * FROM __flint_df_900 a JOIN __flint_df_901 b ON a.k = b.k')).toBe('broadcastHash:right');
    expect(strategy(s, 'SELECT /*+ BROADCASTJOIN(a) */ * FROM __flint_df_900 a JOIN __flint_df_901 b ON a.k = b.k')).toBe('broadcastHash:left');
    expect(strategy(s, 'SELECT /*+ MAPJOIN(a, b) */ * FROM __flint_df_900 a JOIN __flint_df_901 b ON a.k = b.k')).toBe('broadcastHash:right');
    expect(strategy(s, 'SELECT /*+ MERGE(small) */ * FROM big JOIN small ON big.k = small.k')).toBe('sortMerge');
    expect(strategy(s, 'SELECT /*+ SHUFFLE_MERGE(big) */ * FROM big JOIN small ON big.k = small.k')).toBe('sortMerge');
    expect(strategy(s, 'SELECT /*+ SHUFFLE_HASH(big) */ * FROM big JOIN small ON big.k = small.k')).toBe('shuffledHash:left');
    expect(strategy(s, 'SELECT /*+ SHUFFLE_REPLICATE_NL(big) */ * FROM big JOIN small ON big.k = small.k')).toBe('cartesian');
    // A broadcast hint on a side the join type cannot build: as without hints.
    expect(strategy(s, 'SELECT /*+ BROADCAST(big) */ * FROM big LEFT JOIN small ON big.k = small.k')).toBe('broadcastHash:right');
    // An unknown relation name in a hint changes nothing.
    expect(strategy(s, 'SELECT /*+ MERGE(nope) */ * FROM big JOIN small ON big.k = small.k')).toBe('broadcastHash:right');
  });

  it('knows which key types sort', () => {
    expect(isOrderable({ kind: 'map', key: { kind: 'int' }, value: { kind: 'int' }, valueContainsNull: true })).toBe(false);
    expect(isOrderable({ kind: 'array', element: { kind: 'string' }, containsNull: true })).toBe(true);
  });
});

describe('EXPLAIN of the selected join', () => {
  const explain = (s: SqlSession, q: string) => (s.sql(`EXPLAIN ${q}`).rows[0]![0] as string).trimEnd().split('\n').slice(2).map((l) => l.replace(/#\d+/g, '#').replace(/plan_id=\d+/, 'plan_id=_'));

  it('prints a sort-merge join with the sorts and hash exchanges EnsureRequirements adds (DataFrame.hint:2)', () => {
    const s = session();
    expect(explain(s, 'SELECT * FROM __flint_df_900 a JOIN __flint_df_901 b USING (k)')).toEqual([
      '+- Project [k#, w#, z#]',
      '   +- SortMergeJoin [k#], [k#], Inner',
      '      :- Sort [k# ASC NULLS FIRST], false, 0',
      '      :  +- Exchange hashpartitioning(k#, 200), ENSURE_REQUIREMENTS, [plan_id=_]',
      '      :     +- Filter isnotnull(k#)',
      '      :        +- Scan ExistingRDD[k#,w#]',
      '      +- Sort [k# ASC NULLS FIRST], false, 0',
      '         +- Exchange hashpartitioning(k#, 200), ENSURE_REQUIREMENTS, [plan_id=_]',
      '            +- Filter isnotnull(k#)',
      '               +- Scan ExistingRDD[k#,z#]',
    ]);
    // spark.sql.shuffle.partitions shows in the exchanges; a full outer join keeps its condition.
    const s8 = session({ 'spark.sql.shuffle.partitions': '8' });
    expect(explain(s8, 'SELECT * FROM __flint_df_900 a FULL JOIN __flint_df_901 b ON a.k = b.k AND a.w < b.z').slice(0, 3)).toEqual([
      '+- SortMergeJoin [k#], [k#], FullOuter, (w# < z#)',
      '   :- Sort [k# ASC NULLS FIRST], false, 0',
      '   :  +- Exchange hashpartitioning(k#, 8), ENSURE_REQUIREMENTS, [plan_id=_]',
    ]);
  });

  it('adds no exchange over a side an aggregate already partitioned by the join keys, renamed or not', () => {
    const s = session();
    const text = explain(s, 'SELECT * FROM (SELECT k AS kk, count(*) AS n FROM big GROUP BY k) x FULL JOIN (SELECT k, sum(v) AS t FROM small GROUP BY k) y ON x.kk = y.k');
    const smj = text.findIndex((l) => l.includes('SortMergeJoin'));
    expect(smj).toBeGreaterThanOrEqual(0);
    // Each Sort sits right on the final HashAggregate (its exchange is the aggregate's own, below it).
    const sorts = text.map((l, i) => [l, i] as const).filter(([l]) => l.includes('Sort [')).map(([, i]) => i);
    expect(sorts.length).toBe(2);
    for (const i of sorts) expect(text[i + 1]).toMatch(/\+- HashAggregate\(keys=\[k#\], functions=\[(count|sum)/);
    expect(text.filter((l) => l.includes('Exchange hashpartitioning')).length).toBe(2);
  });

  it('prints broadcast hash joins with their build side and HashedRelationBroadcastMode (DataFrame.hint:3)', () => {
    const s = session();
    expect(explain(s, 'SELECT /*+ BROADCAST(b) */ * FROM __flint_df_900 a JOIN __flint_df_901 b USING (k)')).toEqual([
      '+- Project [k#, w#, z#]',
      '   +- BroadcastHashJoin [k#], [k#], Inner, BuildRight, false',
      '      :- Filter isnotnull(k#)',
      '      :  +- Scan ExistingRDD[k#,w#]',
      '      +- BroadcastExchange HashedRelationBroadcastMode(List(cast(input[0, int, false] as bigint)),false), [plan_id=_]',
      '         +- Filter isnotnull(k#)',
      '            +- Scan ExistingRDD[k#,z#]',
    ]);
    expect(explain(s, 'SELECT * FROM small JOIN __flint_df_901 b ON small.k = b.k').slice(0, 2)).toEqual([
      '+- BroadcastHashJoin [k#], [k#], Inner, BuildLeft, false',
      '   :- BroadcastExchange HashedRelationBroadcastMode(List(cast(input[0, int, false] as bigint)),false), [plan_id=_]',
    ]);
  });

  it('prints joins without keys as cartesian products or broadcast nested loops', () => {
    const s = session();
    expect(explain(s, 'SELECT * FROM __flint_df_900 a JOIN __flint_df_901 b ON a.k < b.k')[0]).toBe('+- CartesianProduct (k# < k#)');
    const nl = explain(s, 'SELECT * FROM big JOIN small ON big.k < small.k');
    expect(nl[0]).toBe('+- BroadcastNestedLoopJoin BuildRight, Inner, (k# < k#)');
    expect(nl).toContain('   +- BroadcastExchange IdentityBroadcastMode, [plan_id=_]');
  });
});
