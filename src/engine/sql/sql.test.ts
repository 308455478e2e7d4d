import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../catalog';

function run(sql: string, setup: string[] = []) {
  const s = createSqlSession();
  for (const q of setup) s.sql(q);
  const r = s.sql(sql);
  return { schema: r.schemaString(), rows: r.toGoldenStrings() };
}

describe('parser', () => {
  it('reports syntax errors in Spark 3.5 shape', () => {
    expect(() => run('SELECT 1 +')).toThrowError(/\[PARSE_SYNTAX_ERROR\] Syntax error at or near end of input\.\(line 1, pos 10\)/);
    try {
      run('SELECT * FROM t WHERE');
    } catch (e) {
      expect((e as Error).message).toContain('== SQL ==\nSELECT * FROM t WHERE\n');
    }
  });
});

describe('analyzer', () => {
  it('generates Spark column names', () => {
    expect(run('SELECT 1 + 2, CAST(1.5 AS INT), count(*), upper("a")').schema)
      .toBe('struct<(1 + 2):int,CAST(1.5 AS INT):int,count(1):bigint,upper(a):string>');
  });
  it('types decimal arithmetic with DecimalPrecision', () => {
    expect(run('SELECT 1.5 * 2.25, 1.0 / 3').rows).toEqual(['3.375\t0.333333']);
    expect(run('SELECT 1.5 * 2.25').schema).toBe('struct<(1.5 * 2.25):decimal(6,3)>');
  });
  it('raises UNRESOLVED_COLUMN with the error class', () => {
    expect(() => run('SELECT b FROM VALUES (1) AS t(a)')).toThrowError(/UNRESOLVED_COLUMN.WITH_SUGGESTION/);
  });
  it('casts without ANSI: a bad cast is NULL', () => {
    expect(run("SELECT CAST('abc' AS INT), CAST('1.9' AS INT)").rows).toEqual(['NULL\t1']);
  });
});

describe('operators', () => {
  const setup = [
    "CREATE TEMPORARY VIEW e AS SELECT * FROM VALUES (1, 'a', 10), (2, 'a', 20), (3, 'b', 30), (4, NULL, 40) AS e(id, dept, pay)",
    "CREATE TEMPORARY VIEW d AS SELECT * FROM VALUES ('a', 'Eng'), ('b', 'Ops'), ('c', 'HR') AS d(dept, name)",
  ];
  it('aggregates with GROUP BY and HAVING', () => {
    expect(run('SELECT dept, sum(pay) FROM e GROUP BY dept HAVING sum(pay) > 25 ORDER BY dept', setup).rows).toEqual(['NULL\t40', 'a\t30', 'b\t30']);
  });
  it('joins with equi keys and outer sides', () => {
    expect(run('SELECT e.id, d.name FROM e LEFT JOIN d ON e.dept = d.dept ORDER BY e.id', setup).rows)
      .toEqual(['1\tEng', '2\tEng', '3\tOps', '4\tNULL']);
    expect(run('SELECT name FROM d LEFT ANTI JOIN e USING (dept)', setup).rows).toEqual(['HR']);
  });
  it('computes window functions over ordered partitions', () => {
    expect(run('SELECT id, rank() OVER (PARTITION BY dept ORDER BY pay DESC), sum(pay) OVER (PARTITION BY dept) FROM e ORDER BY id', setup).rows)
      .toEqual(['1\t2\t30', '2\t1\t30', '3\t1\t30', '4\t1\t40']);
  });
  it('expands ROLLUP into grouping sets', () => {
    expect(run('SELECT dept, count(*) FROM e GROUP BY ROLLUP(dept) ORDER BY dept', setup).rows)
      .toEqual(['NULL\t1', 'NULL\t4', 'a\t2', 'b\t1']);
  });
  it('evaluates correlated subqueries', () => {
    expect(run('SELECT name FROM d WHERE EXISTS (SELECT 1 FROM e WHERE e.dept = d.dept) ORDER BY name', setup).rows).toEqual(['Eng', 'Ops']);
    expect(run('SELECT id FROM e WHERE pay > (SELECT avg(pay) FROM e) ORDER BY id', setup).rows).toEqual(['3', '4']);
  });
  it('runs set operations with ALL semantics', () => {
    expect(run('SELECT * FROM VALUES 1, 1, 2 AS t(x) INTERSECT ALL SELECT * FROM VALUES 1, 1, 1 AS u(x)').rows).toEqual(['1', '1']);
    expect(run('SELECT * FROM VALUES 1, 1, 2 AS t(x) EXCEPT SELECT * FROM VALUES 2 AS u(x)').rows).toEqual(['1']);
  });
  it('runs generators in the SELECT list', () => {
    expect(run('SELECT a, explode(b) FROM VALUES (1, array(10, 20)), (2, array(30)) AS t(a, b)').rows).toEqual(['1\t10', '1\t20', '2\t30']);
    expect(run("SELECT posexplode(array('x', 'y')) AS (p, v)").schema).toBe('struct<p:int,v:string>');
  });
  it('explodes arrays with LATERAL VIEW', () => {
    expect(run('SELECT a, c FROM VALUES (1, array(10, 20)) AS t(a, b) LATERAL VIEW explode(b) x AS c').rows).toEqual(['1\t10', '1\t20']);
  });
});

describe('session API', () => {
  it('registers views from schema + rows and analyzes plans built without SQL text', () => {
    const s = createSqlSession();
    s.registerView('t', 'a int, b string', [[1, 'x'], [2, null]]);
    const plan = s.analyzePlan({
      kind: 'select', distinct: false, windows: {}, lateralViews: [], pos: 0,
      from: { kind: 'relation', name: ['t'], pos: 0, end: 0 },
      items: [{ kind: 'func', name: 'count', args: [{ kind: 'column', parts: ['b'], pos: 0 }], distinct: false, pos: 0 }],
    });
    const r = s.execute(plan);
    expect(r.schemaString()).toBe('struct<count(b):bigint>');
    expect(r.rows).toEqual([[1n]]);
    expect(r.toBatches()[0]!.columns[0]!.kind).toBe('int64');
  });
});

describe('explain', () => {
  it('prints EXPLAIN FORMATTED as Spark\'s ExplainUtils: numbered operators (`* ` in a codegen stage), then a section per operator', () => {
    const s = createSqlSession();
    s.registerView('a', 'k int, w string', [[1, 'x']]);
    s.registerView('b', 'k int, z string', [[1, 'y']]);
    const formatted = (q: string) => (s.sql(`EXPLAIN FORMATTED ${q}`).rows[0]![0] as string).replace(/#\d+/g, '#').replace(/plan_id=\d+/g, 'plan_id=_');
    // Without a shuffle: no AdaptiveSparkPlan, the whole-stage codegen marks and ids.
    expect(formatted('SELECT id * 2 AS x FROM range(0, 10, 1, 3) WHERE id > 3')).toBe([
      '== Physical Plan ==', '* Project (3)', '+- * Filter (2)', '   +- * Range (1)', '', '',
      '(1) Range [codegen id : 1]', 'Output [1]: [id#L]', 'Arguments: Range (0, 10, step=1, splits=3)', '',
      '(2) Filter [codegen id : 1]', 'Input [1]: [id#L]', 'Condition : (id#L > 3)', '',
      '(3) Project [codegen id : 1]', 'Output [1]: [(id#L * 2) AS x#L]', 'Input [1]: [id#L]', '', '',
    ].join('\n'));
    // An adaptive plan: no codegen marks, the AdaptiveSparkPlan last; joins name their type and build side in the tree.
    expect(formatted('SELECT a.k, w, z FROM a JOIN b ON a.k = b.k AND w < z')).toBe([
      '== Physical Plan ==', 'AdaptiveSparkPlan (8)', '+- Project (7)', '   +- BroadcastHashJoin Inner BuildRight (6)',
      '      :- Filter (2)', '      :  +- Scan a (1)', '      +- BroadcastExchange (5)', '         +- Filter (4)', '            +- Scan b (3)', '', '',
      '(1) Scan a', 'Output [2]: [k#, w#]', '',
      '(2) Filter', 'Input [2]: [k#, w#]', 'Condition : (isnotnull(k#) AND isnotnull(w#))', '',
      '(3) Scan b', 'Output [2]: [k#, z#]', '',
      '(4) Filter', 'Input [2]: [k#, z#]', 'Condition : (isnotnull(k#) AND isnotnull(z#))', '',
      '(5) BroadcastExchange', 'Input [2]: [k#, z#]', 'Arguments: HashedRelationBroadcastMode(List(cast(input[0, int, false] as bigint)),false), [plan_id=_]', '',
      '(6) BroadcastHashJoin', 'Left keys [1]: [k#]', 'Right keys [1]: [k#]', 'Join type: Inner', 'Join condition: (w# < z#)', '',
      '(7) Project', 'Output [3]: [k#, w#, z#]', 'Input [4]: [k#, w#, k#, z#]', '',
      '(8) AdaptiveSparkPlan', 'Output [3]: [k#, w#, z#]', 'Arguments: isFinalPlan=false', '', '',
    ].join('\n'));
    // Aggregates: the partial one's buffers and the buffers it ships, the final one's result attributes and result expressions.
    const agg = formatted('SELECT w, count(*) AS n, sum(k) + 1 AS a FROM a GROUP BY w').split('\n\n').slice(2);
    expect(agg).toEqual([
      '(2) HashAggregate\nInput [2]: [k#, w#]\nKeys [1]: [w#]\nFunctions [2]: [partial_count(1), partial_sum(cast(k# as bigint))]\nAggregate Attributes [2]: [count#L, sum#L]\nResults [3]: [w#, count#L, sum#L]',
      '(3) Exchange\nInput [3]: [w#, count#L, sum#L]\nArguments: hashpartitioning(w#, 200), ENSURE_REQUIREMENTS, [plan_id=_]',
      '(4) HashAggregate\nInput [3]: [w#, count#L, sum#L]\nKeys [1]: [w#]\nFunctions [2]: [count(1), sum(cast(k# as bigint))]\nAggregate Attributes [2]: [count(1)#L, sum(cast(k# as bigint))#L]\nResults [3]: [w#, count(1)#L AS n#L, (sum(cast(k# as bigint))#L + 1) AS a#L]',
      '(5) AdaptiveSparkPlan\nOutput [3]: [w#, n#L, a#L]\nArguments: isFinalPlan=false',
      '',
    ]);
    // A window outputs its functions under the projection's names; a join without keys names its type and build side.
    expect(formatted('SELECT w, rank() OVER (PARTITION BY w ORDER BY k) AS r FROM a')).toMatch(/\n\(5\) Project\nOutput \[2\]: \[w#, r#\]\nInput \[3\]: \[k#, w#, r#\]\n/);
    expect(formatted('SELECT * FROM a CROSS JOIN b')).toMatch(/\+- BroadcastNestedLoopJoin Cross BuildRight \(4\)\n[^]*\n\(4\) BroadcastNestedLoopJoin\nJoin type: Cross\nJoin condition: None\n/);
  });

  it('ends every Exchange and BroadcastExchange with its plan id, from a counter that grows across queries (Spark 3.4+ stringArgs)', () => {
    const s = createSqlSession();
    s.registerView('t', 'k string, v bigint', [['a', 1n]]);
    const ids = (q: string) => [...(s.sql(`EXPLAIN ${q}`).rows[0]![0] as string).matchAll(/(?:Exchange|BroadcastExchange) .*, \[plan_id=(\d+)\]$/gm)].map((m) => Number(m[1]));
    const first = ids('SELECT k, sum(v) AS n FROM t GROUP BY k ORDER BY n');
    // The sort's range exchange (printed first) and the aggregate's hash exchange below it, numbered bottom-up.
    expect(first.length).toBe(2);
    expect(first[0]).toBeGreaterThan(first[1]!);
    // Explaining again plans new operators: larger ids.
    const second = ids('SELECT k, sum(v) AS n FROM t GROUP BY k ORDER BY n');
    expect(second.length).toBe(2);
    expect(Math.min(...second)).toBeGreaterThan(Math.max(...first));
    // Operators other than exchanges print none.
    const plain = s.sql('EXPLAIN SELECT k FROM t WHERE v > 0').rows[0]![0] as string;
    expect(plain).not.toContain('plan_id');
  });

  it('prints a two-phase aggregate under an AdaptiveSparkPlan root', () => {
    const s = createSqlSession();
    s.registerView('t', 'k string, v bigint', [['a', 1n]]);
    const text = s.sql('EXPLAIN SELECT k, sum(v) FROM t GROUP BY k').rows[0]![0] as string;
    const lines = text.split('\n');
    expect(lines[0]).toBe('== Physical Plan ==');
    expect(lines[1]).toBe('AdaptiveSparkPlan isFinalPlan=false');
    expect(lines[2]).toMatch(/^\+- HashAggregate\(keys=\[k#\d+\], functions=\[sum\(v#\d+L\)\]\)$/);
    expect(lines[3]).toMatch(/^ {3}\+- Exchange hashpartitioning\(k#\d+, 200\), ENSURE_REQUIREMENTS, \[plan_id=\d+\]$/);
    expect(lines[4]).toMatch(/partial_sum\(v#\d+L\)/);
  });

  it('plans one group of DISTINCT aggregates as Spark\'s four HashAggregates around two exchanges (AggUtils.planAggregateWithOneDistinct)', () => {
    const s = createSqlSession();
    s.registerView('t', 'k bigint, v string, x double', [[1n, 'a', 2]]);
    // Ids kept, so the distinct column's attribute can be followed from the keys below to the functions above.
    const explain = (q: string) => (s.sql(`EXPLAIN ${q}`).rows[0]![0] as string).trimEnd().split('\n').slice(2).map((l) => l.replace(/plan_id=\d+/, 'plan_id=_'));
    // The table's attributes as its scan prints them (the base relation's ids).
    const [k, v, x] = /Scan t\[(.*)\]/.exec(explain('SELECT k, v, x FROM t GROUP BY k, v, x').at(-1)!)![1]!.split(', ');
    expect(explain('SELECT count(DISTINCT v) FROM t')).toEqual([
      `+- HashAggregate(keys=[], functions=[count(distinct ${v})])`,
      '   +- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=_]',
      `      +- HashAggregate(keys=[], functions=[partial_count(distinct ${v})])`,
      `         +- HashAggregate(keys=[${v}], functions=[])`,
      `            +- Exchange hashpartitioning(${v}, 200), ENSURE_REQUIREMENTS, [plan_id=_]`,
      `               +- HashAggregate(keys=[${v}], functions=[])`,
      `                  +- Scan t[${v}]`,
    ]);
    // With grouping keys and other functions: partial, merge, then the distinct ones' partial over the merged others.
    expect(explain('SELECT k, count(DISTINCT v), sum(x) FROM t GROUP BY k')).toEqual([
      `+- HashAggregate(keys=[${k}], functions=[sum(${x}), count(distinct ${v})])`,
      `   +- Exchange hashpartitioning(${k}, 200), ENSURE_REQUIREMENTS, [plan_id=_]`,
      `      +- HashAggregate(keys=[${k}], functions=[merge_sum(${x}), partial_count(distinct ${v})])`,
      `         +- HashAggregate(keys=[${k}, ${v}], functions=[merge_sum(${x})])`,
      `            +- Exchange hashpartitioning(${k}, ${v}, 200), ENSURE_REQUIREMENTS, [plan_id=_]`,
      `               +- HashAggregate(keys=[${k}, ${v}], functions=[partial_sum(${x})])`,
      `                  +- Scan t[${k}, ${v}, ${x}]`,
    ]);
    // A floating or computed distinct argument is normalized / aliased under a fresh id, which the aggregates above read.
    const lines = explain('SELECT k, count(DISTINCT x) FROM t GROUP BY k');
    const alias = /AS (x#\d+)\]/.exec(lines[5]!)?.[1];
    expect(alias).toBeDefined();
    expect(alias).not.toBe(x);
    expect(lines[5]).toBe(`               +- HashAggregate(keys=[${k}, knownfloatingpointnormalized(normalizenanandzero(${x})) AS ${alias}], functions=[])`);
    expect(lines[0]).toBe(`+- HashAggregate(keys=[${k}], functions=[count(distinct ${alias})])`);
  });

  it('plans DISTINCT aggregates over several groups of arguments as RewriteDistinctAggregates: an Expand with a group id, then two aggregates', () => {
    const s = createSqlSession();
    s.registerView('t', 'k bigint, v string, x double', [[1n, 'a', 2]]);
    const lines = (s.sql('EXPLAIN SELECT k, count(DISTINCT v), sum(DISTINCT x) FROM t GROUP BY k').rows[0]![0] as string).trimEnd().split('\n').slice(2).map((l) => l.replace(/plan_id=\d+/, 'plan_id=_'));
    // The Expand's output: the keys, each distinct argument under a fresh id, the group id.
    const m = /^ +\+- Expand \[\[(k#\d+L), (v#\d+), null, 1\], \[k#\d+L, null, (x#\d+), 2\]\], \[k#\d+L, (v#\d+), (x#\d+), (gid#\d+)\]$/.exec(lines[6]!);
    expect(m, lines.join('\n')).not.toBeNull();
    const [, k, , , v, x, gid] = m!;
    expect(lines.slice(0, 6)).toEqual([
      `+- HashAggregate(keys=[${k}], functions=[count(if ((${gid} = 1)) ${v} else null), sum(if ((${gid} = 2)) ${x} else null)])`,
      `   +- Exchange hashpartitioning(${k}, 200), ENSURE_REQUIREMENTS, [plan_id=_]`,
      `      +- HashAggregate(keys=[${k}], functions=[partial_count(if ((${gid} = 1)) ${v} else null), partial_sum(if ((${gid} = 2)) ${x} else null)])`,
      `         +- HashAggregate(keys=[${k}, ${v}, ${x}, ${gid}], functions=[])`,
      `            +- Exchange hashpartitioning(${k}, ${v}, ${x}, ${gid}, 200), ENSURE_REQUIREMENTS, [plan_id=_]`,
      `               +- HashAggregate(keys=[${k}, ${v}, knownfloatingpointnormalized(normalizenanandzero(${x})) AS ${x}, ${gid}], functions=[])`,
    ]);
    expect(s.sql('SELECT k, count(DISTINCT v), sum(DISTINCT x) FROM t GROUP BY k').rows).toEqual([[1n, 1n, 2]]);
  });

  it('plans SELECT DISTINCT as an aggregate on every column in two phases, and normalizes floating grouping keys', () => {
    const s = createSqlSession();
    s.registerView('t', 'k bigint, x double', [[1n, 2]]);
    const explain = (q: string) => (s.sql(`EXPLAIN ${q}`).rows[0]![0] as string).trimEnd().split('\n').slice(2).map((l) => l.replace(/#\d+/g, '').replace(/plan_id=\d+/, 'plan_id=_'));
    expect(explain('SELECT DISTINCT k FROM t')).toEqual([
      '+- HashAggregate(keys=[kL], functions=[])',
      '   +- Exchange hashpartitioning(kL, 200), ENSURE_REQUIREMENTS, [plan_id=_]',
      '      +- HashAggregate(keys=[kL], functions=[])',
      '         +- Scan t[kL]',
    ]);
    expect(explain('SELECT x, count(*) FROM t GROUP BY x').slice(0, 3)).toEqual([
      '+- HashAggregate(keys=[x], functions=[count(1)])',
      '   +- Exchange hashpartitioning(x, 200), ENSURE_REQUIREMENTS, [plan_id=_]',
      '      +- HashAggregate(keys=[knownfloatingpointnormalized(normalizenanandzero(x)) AS x], functions=[partial_count(1)])',
    ]);
  });

  it('puts a LocalTableScan in its parent\'s codegen stage but never starts one with it', () => {
    const s = createSqlSession();
    const explain = (q: string) => (s.sql(`EXPLAIN ${q}`).rows[0]![0] as string).trimEnd().split('\n').slice(1).map((l) => l.replace(/#\d+/g, '').replace(/plan_id=\d+/, 'plan_id=_'));
    expect(explain('SELECT col1 + 1 AS b FROM VALUES (1), (2)')).toEqual(['*(1) Project [(col1 + 1) AS b]', '+- *(1) LocalTableScan [col1]']);
    expect(explain('SELECT * FROM VALUES (1), (2)')).toEqual(['LocalTableScan [col1]']);
  });

  it('marks whole-stage codegen stages when the plan does not shuffle (no adaptive root), and prints Range with its arguments', () => {
    const s = createSqlSession();
    const text = (s.sql('EXPLAIN SELECT id * 2 AS x FROM range(0, 10, 1, 3) WHERE id > 3').rows[0]![0] as string).trimEnd().split('\n').map((l) => l.replace(/#\d+/g, '').replace(/plan_id=\d+/, 'plan_id=_'));
    expect(text).toEqual([
      '== Physical Plan ==',
      '*(1) Project [(idL * 2) AS xL]',
      '+- *(1) Filter (idL > 3)',
      '   +- *(1) Range (0, 10, step=1, splits=3)',
    ]);
  });

  it('prints a broadcast join with Spark\'s arguments: keys of each side, join type, build side, the rest of the condition, null-aware flag', () => {
    const s = createSqlSession();
    s.registerView('a', 'k bigint, v bigint', [[1n, 2n]]);
    s.registerView('b', 'j bigint, w bigint', [[1n, 3n]]);
    const first = (q: string) => (s.sql(`EXPLAIN ${q}`).rows[0]![0] as string).split('\n')[2]!.replace(/#\d+/g, '');
    expect(first('SELECT * FROM a LEFT JOIN b ON a.k = b.j AND a.v > b.w')).toBe('+- BroadcastHashJoin [kL], [jL], LeftOuter, BuildRight, (vL > wL), false');
    expect(first('SELECT * FROM a JOIN b ON a.k < b.j')).toBe('+- BroadcastNestedLoopJoin BuildRight, Inner, (kL < jL)');
  });

  it('prints a window as Spark plans it: Window over the Sort it requires over the hash exchange on its partition keys', () => {
    const s = createSqlSession();
    s.registerView('t', 'k string, v bigint', [['a', 1n]]);
    const explain = (q: string) => (s.sql(`EXPLAIN ${q}`).rows[0]![0] as string).trimEnd().split('\n').slice(2).map((l) => l.replace(/#\d+/g, '').replace(/plan_id=\d+/, 'plan_id=_'));
    expect(explain('SELECT k, v, rank() OVER (PARTITION BY k ORDER BY v DESC) AS r, lag(v) OVER (PARTITION BY k ORDER BY v DESC) AS l FROM t')).toEqual([
      '+- Window [rank(vL) windowspecdefinition(k, vL DESC NULLS LAST, specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())) AS r, '
        + 'lag(vL, -1, null) windowspecdefinition(k, vL DESC NULLS LAST, specifiedwindowframe(RowFrame, -1, -1)) AS lL], [k], [vL DESC NULLS LAST]',
      '   +- Sort [k ASC NULLS FIRST, vL DESC NULLS LAST], false, 0',
      '      +- Exchange hashpartitioning(k, 200), ENSURE_REQUIREMENTS, [plan_id=_]',
      '         +- Scan t[k, vL]',
    ]);
    // No partition keys: one partition; an unordered aggregate's frame is the whole partition; the
    // Project above keeps only the window's column, named by its alias.
    expect(explain('SELECT sum(v) OVER () AS s FROM t').slice(0, 3)).toEqual([
      '+- Project [sL]',
      '   +- Window [sum(vL) windowspecdefinition(specifiedwindowframe(RowFrame, unboundedpreceding$(), unboundedfollowing$())) AS sL], [], []',
      '      +- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=_]',
    ]);
  });
});
