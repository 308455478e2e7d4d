/**
 * The optimizer's rules: the plans they give (as Spark 3.5 prints them) and, for every query,
 * the same rows as the analyzed plan run without them.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../../catalog/session';
import type { SqlSession } from '../../catalog/session';
import { executePlan } from '../physical/planner';
import { explainPlan } from '../physical/explain';
import { BATCHES, optimize } from './optimizer';
import type { OptimizerStep } from './optimizer';
import { logicalPlanText } from './plan-text';

function session(): SqlSession {
  const s = createSqlSession();
  const t: unknown[][] = [];
  for (let i = 0; i < 60; i++) t.push([i, i % 7 === 0 ? null : i % 5, i % 3 === 0 ? null : `n${i % 4}`, (i * 13) % 17 + 0.5]);
  s.registerView('t', 'id INT, k INT, name STRING, x DOUBLE', t);
  s.registerView('d', 'k INT, label STRING', [[0, 'zero'], [1, 'one'], [2, 'two'], [null, 'none'], [7, 'seven']]);
  s.registerView('arr', 'id INT, xs ARRAY<INT>', [[1, [1, 2, 3]], [2, []], [3, null], [4, [4, null]]]);
  s.sql(`CREATE TABLE taxes AS SELECT * FROM VALUES ('AL', 0, 1, 6.0, 7.0), ('AK', 3500, 2, 6.0, 7.0), ('AK', 9999, 3, 1.0, 1.0),
    ('AZ', NULL, 4, 1.0, 2.0), ('AZ', 3500, 5, 3.0, 4.0) AS v(state, zipcode, numdep, net_capital_gains, biz_net_income)`);
  return s;
}

const key = (r: unknown[]) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** Runs the analyzed plan as it is and optimized: the same rows (in the same order: our operators keep it). */
/** `ordered`: compare the rows in order (false only where a rule legitimately changes the order, see EliminateOuterJoin). */
function sameRows(s: SqlSession, q: string, ordered = true): string[] {
  const analyzed = s.analyze(q);
  const plain = executePlan(analyzed).map(key);
  const optimized = executePlan(optimize(analyzed)).map(key);
  if (ordered) expect(optimized, q).toEqual(plain);
  else expect([...optimized].sort(), q).toEqual([...plain].sort());
  return optimized;
}

function optimizedText(s: SqlSession, q: string): string {
  return logicalPlanText(optimize(s.analyze(q)));
}

const COURSE = `SELECT zipcode, SUM(biz_net_income) as net_income, SUM(net_capital_gains) as cap_gains,
  SUM(net_capital_gains) + SUM(biz_net_income) as combo
  FROM taxes WHERE NOT (zipcode = 0000 OR zipcode = 9999) GROUP BY zipcode ORDER BY combo desc limit 50`;

describe('optimizer rules', () => {
  it('gives the course query the filter and pruned scan Spark prints (COURSE-NOTEBOOKS §2.3)', () => {
    const s = session();
    expect(sameRows(s, COURSE).length).toBe(1);
    const text = optimizedText(s, COURSE);
    // BooleanSimplification's NOT rewrite, InferFiltersFromConstraints' isnotnull in front, and
    // ColumnPruning's projection of the three columns the aggregate reads.
    expect(text).toMatch(/\n\s+\+- Project \[zipcode#(\d+), net_capital_gains#\d+, biz_net_income#\d+\]\n\s+\+- Filter \(isnotnull\(zipcode#\1\) AND \(NOT \(zipcode#\1 = 0\) AND NOT \(zipcode#\1 = 9999\)\)\)\n\s+\+- Relation default\.taxes\[/);
    const plan = explainPlan(optimize(s.analyze(COURSE)));
    // Over a scan the conjuncts are joined again left to right, and the scan reads only the pruned columns.
    expect(plan).toMatch(/\+- Filter \(\(isnotnull\(zipcode#(\d+)\) AND NOT \(zipcode#\1 = 0\)\) AND NOT \(zipcode#\1 = 9999\)\)\n\s+\+- Scan default\.taxes\[zipcode#\1, net_capital_gains#\d+, biz_net_income#\d+\]\n/);
    expect(plan).toMatch(/HashAggregate\(keys=\[zipcode#(\d+)\], functions=\[partial_sum\(cast\(biz_net_income#\d+ as decimal\(\d+,\d+\)\)\), partial_sum/);
    // The course recorded Spark 2's `Exchange hashpartitioning(zipcode#…, 200)`; Spark 3.5 adds the shuffle origin
    // (ENSURE_REQUIREMENTS, 3.1+) and the exchange's plan id (3.4+), as Databricks prints it today.
    expect(plan).toMatch(/\+- Exchange hashpartitioning\(zipcode#\d+, 200\), ENSURE_REQUIREMENTS, \[plan_id=\d+\]\n/);
  });

  it('records each rule that changed the course query, batch by batch', () => {
    const s = session();
    const steps: OptimizerStep[] = [];
    const analyzed = s.analyze(COURSE);
    const out = optimize(analyzed, BATCHES, steps);
    const rules = new Set(steps.map((x) => x.rule));
    for (const r of ['PushDownPredicates', 'ColumnPruning', 'BooleanSimplification', 'InferFiltersFromConstraints', 'RemoveRedundantAliases']) expect(rules).toContain(r);
    expect(steps.find((x) => x.rule === 'InferFiltersFromConstraints')!.batch).toBe('Infer Filters');
    expect(steps[0]!.before).toBe(logicalPlanText(analyzed));
    expect(steps[steps.length - 1]!.after).toBe(logicalPlanText(out));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.before).toBe(steps[i - 1]!.after);
    // A second run changes nothing: the batches reached their fixed point.
    expect(logicalPlanText(optimize(out))).toBe(logicalPlanText(out));
  });

  it('pushes filters through projections, into both sides of inner joins, and adds isnotnull for join keys', () => {
    const s = session();
    const q = 'SELECT t.id, d.label FROM t JOIN d ON t.k = d.k WHERE t.x > 5 AND d.label <> \'two\' AND t.id + d.k > 3';
    sameRows(s, q);
    const text = optimizedText(s, q);
    expect(text).toMatch(/Join Inner, \(\(k#\d+ = k#\d+\) AND \(\(id#\d+ \+ k#\d+\) > 3\)\)/);
    // The WHERE conjuncts of each side, their isnotnull, then those the join condition implies (k, and id through id + k > 3).
    expect(text).toMatch(/:- Project \[id#\d+, k#\d+\]\n\s+:\s+\+- Filter \(\(isnotnull\(x#\d+\) AND \(x#\d+ > 5\.0\)\) AND \(isnotnull\(k#\d+\) AND isnotnull\(id#\d+\)\)\)\n/);
    expect(text).toMatch(/\+- Filter \(\(isnotnull\(label#\d+\) AND \(label#\d+ <> two\)\) AND isnotnull\(k#\d+\)\)\n/);
    // The physical plan's scans read only the columns used.
    expect(explainPlan(optimize(s.analyze(q)))).toMatch(/\+- Scan t\[id#\d+, k#\d+, x#\d+\]\n/);
  });

  it('keeps outer joins right: only the preserved side takes WHERE conjuncts, only the other side ON conjuncts', () => {
    const s = session();
    for (const q of [
      'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k AND d.label <> \'one\' WHERE t.id < 30 AND d.label IS NULL',
      'SELECT t.id, d.label FROM t RIGHT JOIN d ON t.k = d.k AND t.id > 10 WHERE d.k IS NOT NULL',
      'SELECT t.id, d.label FROM t FULL JOIN d ON t.k = d.k AND t.id > 10 WHERE d.k IS NULL OR t.id < 5',
      'SELECT id FROM t LEFT ANTI JOIN d ON t.k = d.k AND d.label <> \'zero\' AND t.id > 20 WHERE t.id > 3',
      'SELECT id FROM t LEFT SEMI JOIN d ON t.k = d.k AND d.label <> \'zero\' AND t.id > 20 WHERE t.id > 3',
      'SELECT t.id, d.label FROM t CROSS JOIN d WHERE t.k = d.k AND t.id < 9',
    ]) sameRows(s, q);
    const left = optimizedText(s, 'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k AND d.label <> \'one\' WHERE t.id < 30 AND d.label IS NULL');
    // The WHERE conjunct on the null-supplying side stays above the join.
    expect(left).toMatch(/^Project \[[^\n]*\n\+- Filter isnull\(label#\d+\)\n\s+\+- Join LeftOuter, \(k#\d+ = k#\d+\)\n\s+:- Project \[id#\d+, k#\d+\]\n\s+:\s+\+- Filter \(isnotnull\(id#\d+\) AND \(id#\d+ < 30\)\)\n[\s\S]*\+- Filter \(\(isnotnull\(label#\d+\) AND \(label#\d+ <> one\)\) AND isnotnull\(k#\d+\)\)\n/);
  });

  it('turns outer joins whose padded rows a filter drops into inner (or one-sided) joins (EliminateOuterJoin)', () => {
    const s = session();
    const q = 'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k WHERE d.label <> \'two\'';
    sameRows(s, q);
    expect(optimizedText(s, q)).toMatch(/Join Inner, \(k#\d+ = k#\d+\)\n[\s\S]*\+- Filter \(\(isnotnull\(label#\d+\) AND \(label#\d+ <> two\)\) AND isnotnull\(k#\d+\)\)/);
    // A right outer join made inner: the same rows, but an inner join streams its left side where a
    // right outer join streams its right one (as Spark's BroadcastHashJoin BuildRight / BuildLeft), so the order differs.
    sameRows(s, 'SELECT t.id, d.label FROM t RIGHT JOIN d ON t.k = d.k WHERE t.x > 3', false);
    expect(optimizedText(s, 'SELECT t.id, d.label FROM t RIGHT JOIN d ON t.k = d.k WHERE t.x > 3')).toMatch(/Join Inner/);
    for (const q2 of [
      'SELECT t.id, d.label FROM t FULL JOIN d ON t.k = d.k WHERE t.x > 3',
      'SELECT t.id, d.label FROM t FULL JOIN d ON t.k = d.k WHERE d.label = \'one\'',
      'SELECT t.id, d.label FROM t FULL JOIN d ON t.k = d.k WHERE d.label = \'one\' AND t.id > 2',
      'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k WHERE d.label IS NULL',
      'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k WHERE coalesce(d.label, \'x\') = \'x\'',
    ]) sameRows(s, q2);
    expect(optimizedText(s, 'SELECT t.id, d.label FROM t FULL JOIN d ON t.k = d.k WHERE t.x > 3')).toMatch(/Join LeftOuter/);
    // A filter that keeps the padded rows keeps the outer join.
    expect(optimizedText(s, 'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k WHERE d.label IS NULL')).toMatch(/Join LeftOuter/);
  });

  it('pushes HAVING conjuncts on grouping keys below the aggregate, never the aggregate ones', () => {
    const s = session();
    const q = 'SELECT k, count(*) AS c, sum(x) AS sx FROM t GROUP BY k HAVING k > 1 AND count(*) > 3';
    sameRows(s, q);
    const text = optimizedText(s, q);
    expect(text).toMatch(/\+- Filter \(agg0#\d+L > 3\)\n\s+\+- Aggregate /);
    expect(text).toMatch(/\+- Filter \(isnotnull\(k#\d+\) AND \(k#\d+ > 1\)\)\n/);
    sameRows(s, 'SELECT k, count(*) FROM t GROUP BY ROLLUP(k) HAVING k IS NULL');
    sameRows(s, 'SELECT count(*) FROM t HAVING count(*) > 100');
  });

  it('pushes filters on window partition keys below the window, not those on its results', () => {
    const s = session();
    const q = 'SELECT * FROM (SELECT id, k, rank() OVER (PARTITION BY k ORDER BY x DESC) AS r FROM t) w WHERE k = 2 AND r <= 2';
    sameRows(s, q);
    const text = optimizedText(s, q);
    // rank() is never null: no isnotnull on it.
    expect(text).toMatch(/\+- Filter \(w\d+#\d+ <= 2\)\n\s+\+- Window /);
    expect(text).toMatch(/Window [^\n]*\n\s+\+- Project \[id#\d+, k#\d+, x#\d+\]\n\s+\+- Filter \(isnotnull\(k#\d+\) AND \(k#\d+ = 2\)\)/);
  });

  it('does not move non-deterministic expressions', () => {
    const s = session();
    const q = 'SELECT * FROM (SELECT id, rand(7) AS r FROM t) v WHERE id > 10 AND r < 2';
    sameRows(s, q);
    const text = optimizedText(s, q);
    // The projection computing rand() stays under the filter that reads it.
    expect(text).toMatch(/\+- Filter \(isnotnull\(id#\d+\) AND \(\(id#\d+ > 10\) AND \(r#\d+ < 2\.0\)\)\)\n\s+\+- Project \[id#\d+, rand\(\) AS r#\d+\]\n/);
    sameRows(s, 'SELECT id FROM t WHERE rand(3) < 0.5 AND id > 20');
  });

  it('pushes filters into both sides of UNION ALL and limits into UNION ALL and left joins', () => {
    const s = session();
    sameRows(s, 'SELECT * FROM (SELECT id, k FROM t UNION ALL SELECT k, k FROM d) u WHERE k = 2');
    sameRows(s, 'SELECT * FROM (SELECT id, k FROM t UNION SELECT k, k FROM d) u WHERE k > 1');
    sameRows(s, 'SELECT * FROM (SELECT id, k FROM t INTERSECT SELECT k, k FROM d) u WHERE k > 1');
    sameRows(s, 'SELECT * FROM (SELECT id, k FROM t EXCEPT ALL SELECT k, k FROM d) u WHERE k > 1');
    const q = 'SELECT id FROM t UNION ALL SELECT k FROM d LIMIT 4';
    sameRows(s, q);
    expect(optimizedText(s, q)).toMatch(/^GlobalLimit 4\n\+- Union All\n\s+:- LocalLimit 4\n[\s\S]*\n\s+\+- LocalLimit 4\n/);
    expect(explainPlan(optimize(s.analyze(q)))).toMatch(/^== Physical Plan ==\nCollectLimit 4\n\+- Union\n {3}:- \*\(1\) LocalLimit 4\n {3}: {2}\+- \*\(1\) Scan t\[id#\d+\]\n {3}\+- \*\(2\) LocalLimit 4\n/);
    sameRows(s, 'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k LIMIT 7');
    sameRows(s, 'SELECT t.id, d.label FROM t LEFT JOIN d ON t.k = d.k LIMIT 3 OFFSET 2');
  });

  it('simplifies boolean expressions and propagates nulls as Spark does', () => {
    const s = session();
    const q = 'SELECT id FROM t WHERE NOT (x > 3 AND k < 2) AND NOT NOT (id > 1) AND (true OR k = 1) AND NOT (name IS NULL)';
    sameRows(s, q);
    // NOT (a AND b) is NOT a OR NOT b, NOT (x > 3) is x <= 3, NOT NOT a is a, (true OR ...) goes, NOT isnull is isnotnull.
    expect(optimizedText(s, q)).toMatch(/Filter \(isnotnull\(id#\d+\) AND \(\(\(\(x#\d+ <= 3\.0\) OR \(k#\d+ >= 2\)\) AND \(id#\d+ > 1\)\) AND isnotnull\(name#\d+\)\)\)\n/);
    sameRows(s, 'SELECT id, k + NULL, coalesce(NULL, k, NULL) FROM t WHERE id > 40');
    sameRows(s, 'SELECT id FROM t WHERE k = NULL');
    expect(optimizedText(s, 'SELECT id FROM t WHERE 1 = 0')).toMatch(/^Project \[id#\d+\]\n\+- LocalRelation \[id#\d+, k#\d+, name#\d+, x#\d+\]$/);
  });

  it('filters with inferred isnotnull and negated comparisons keep the same rows over nulls, NaN and dictionary strings', () => {
    const s = session();
    const rows = Array.from({ length: 3000 }, (_, i) => [i % 11 === 0 ? null : i % 9, i % 13 === 0 ? null : i % 17 === 0 ? Number.NaN : (i % 7) / 2, i % 5 === 0 ? null : `s${i % 6}`]);
    s.registerView('n', 'a INT, b DOUBLE, c STRING', rows);
    for (const q of [
      'SELECT count(*) FROM n WHERE NOT (a = 3 OR b = 1.5)',
      'SELECT count(*) FROM n WHERE NOT (b > 2.0) AND NOT (c = \'s2\')',
      'SELECT count(*) FROM n WHERE NOT (b <= 1.0) AND a <> 4 AND NOT (c < \'s3\')',
      'SELECT count(*) FROM n WHERE NOT (b = CAST(\'NaN\' AS DOUBLE)) AND NOT (a >= 5)',
      'SELECT a, b, c FROM n WHERE NOT (c <> \'s1\') AND b >= 0.5',
      'SELECT count(*) FROM n WHERE isnotnull(b) AND NOT (b < 3.0)',
    ]) sameRows(s, q);
    // isnotnull alone: every row of a column without nulls, the valid ones of another (counted here).
    const count = (q: string) => Number(s.sql(q).rows[0]![0]);
    expect(count('SELECT count(*) FROM n WHERE c IS NOT NULL AND a IS NOT NULL')).toBe(rows.filter((r) => r[2] !== null && r[0] !== null).length);
    expect(count('SELECT count(*) FROM n WHERE a IS NOT NULL')).toBe(rows.filter((r) => r[0] !== null).length);
    expect(count('SELECT count(*) FROM t WHERE id IS NOT NULL')).toBe(60);
  });

  it('propagates a column\'s constant into the other equalities of a filter (ConstantPropagation), not into other comparisons', () => {
    const s = session();
    for (const q of [
      'SELECT id FROM t WHERE k = 2 AND id % 5 = k',
      'SELECT id FROM t WHERE k = 2 AND (id = k + 10 OR x > 10)',
      'SELECT id FROM t WHERE k = 2 AND id > k',
      'SELECT id FROM t WHERE k = 2 AND k = 3',
      'SELECT id FROM t WHERE name = \'n1\' AND upper(name) = \'N1\'',
      'SELECT id FROM t WHERE NOT (k = 1 AND id % 5 = k)',
      'SELECT id FROM t WHERE x = 2.5 AND id = x * 2',
    ]) sameRows(s, q);
    expect(optimizedText(s, 'SELECT id FROM t WHERE k = 2 AND id % 5 = k')).toMatch(/Filter \(\(isnotnull\(k#\d+\) AND isnotnull\(id#\d+\)\) AND \(\(k#\d+ = 2\) AND \(\(id#\d+ % 5\) = 2\)\)\)/);
    expect(optimizedText(s, 'SELECT id FROM t WHERE k = 2 AND id > k')).toMatch(/\(k#\d+ = 2\) AND \(id#\d+ > k#\d+\)/);
    expect(optimizedText(s, 'SELECT id FROM t WHERE k = 2 AND k = 3')).toMatch(/LocalRelation/);
    // Doubles are left alone (-0.0 = 0.0 but they divide differently).
    expect(optimizedText(s, 'SELECT id FROM t WHERE x = 2.5 AND id = x * 2')).toMatch(/\(x#\d+ = 2\.5\) AND \(cast\(id#\d+ as double\) = \(x#\d+ \* 2\.0\)\)/);
  });

  it('prints EXPLAIN EXTENDED: the parsed, analyzed (with its schema) and optimized logical plans, then the physical one', () => {
    const s = session();
    const text = String(s.sql('EXPLAIN EXTENDED SELECT k, count(*) AS n FROM t WHERE x > 2 GROUP BY k').rows[0]![0]);
    expect(text).toMatch(/^== Parsed Logical Plan ==\n'Aggregate \['k\], \['k, count\(1\) AS n\]\n\+- 'Filter \('x > 2\)\n {3}\+- 'UnresolvedRelation \[t\], \[\], false\n\n== Analyzed Logical Plan ==\nk: int, n: bigint\nProject \[/);
    expect(text).toMatch(/\n\n== Optimized Logical Plan ==\nProject \[[^\n]*\n\+- Aggregate \[k#\d+\][^\n]*\n {3}\+- Project \[k#\d+\]\n {6}\+- Filter \(isnotnull\(x#\d+\) AND \(x#\d+ > 2\.0\)\)\n/);
    expect(text).toMatch(/\n\n== Physical Plan ==\nAdaptiveSparkPlan isFinalPlan=false\n/);
    expect(String(s.sql('EXPLAIN SELECT k FROM t').rows[0]![0])).toMatch(/^== Physical Plan ==\n/);
  });

  it('computes complex grouping expressions below the aggregate as _groupingexpression (PullOutGroupingExpressions)', () => {
    const s = session();
    const q = 'SELECT k % 2 AS m, count(*) AS n, sum(k % 2) AS s FROM t GROUP BY k % 2';
    sameRows(s, q);
    // The aggregate groups by the projected column and outputs it; aggregate functions keep their own arguments.
    expect(optimizedText(s, q)).toMatch(/^Project \[_groupingexpression#(\d+) AS m#\d+, [^\n]*\n\+- Aggregate \[_groupingexpression#\1\], \[_groupingexpression#\1, count\(1\) AS agg0#\d+L, sum\(cast\(\(k#(\d+) % 2\) as bigint\)\) AS agg1#\d+L\]\n {3}\+- Project \[k#\2, \(k#\2 % 2\) AS _groupingexpression#\1\]\n/);
    const plain = 'SELECT k % 2 AS m, count(*) AS n FROM t GROUP BY k % 2';
    expect(explainPlan(optimize(s.analyze(plain)))).toMatch(new RegExp([
      String.raw`HashAggregate\(keys=\[_groupingexpression#(\d+)\], functions=\[count\(1\)\]\)\n`,
      String.raw`\s+\+- Exchange hashpartitioning\(_groupingexpression#\1, 200\), ENSURE_REQUIREMENTS, \[plan_id=\d+\]\n`,
      String.raw`\s+\+- HashAggregate\(keys=\[_groupingexpression#\1\], functions=\[partial_count\(1\)\]\)\n`,
      String.raw`\s+\+- Project \[\(k#\d+ % 2\) AS _groupingexpression#\1\]\n`,
    ].join('')));
    const formatted = String(s.sql(`EXPLAIN FORMATTED ${plain}`).rows[0]![0]);
    expect(formatted).toMatch(/\(\d\) Project\nOutput \[1\]: \[\(k#\d+ % 2\) AS _groupingexpression#(\d+)\]\nInput \[1\]: \[k#\d+\]\n/);
    expect(formatted).toMatch(/Results \[2\]: \[_groupingexpression#\d+ AS m#\d+, count\(1\)#\d+L AS n#\d+L\]/);
    // Columns, constants and grouping sets stay as they are; one expression twice is one column.
    expect(optimizedText(s, 'SELECT k, count(*) FROM t GROUP BY k')).not.toMatch(/_groupingexpression/);
    expect(optimizedText(s, 'SELECT k % 2, count(*) FROM t GROUP BY ROLLUP(k % 2)')).not.toMatch(/_groupingexpression/);
    expect(optimizedText(s, 'SELECT upper(name), k % 3, count(*) FROM t GROUP BY upper(name), k % 3'))
      .toMatch(/Aggregate \[_groupingexpression#(\d+), _groupingexpression#(\d+)\][^\n]*\n\s+\+- Project \[upper\(name#\d+\) AS _groupingexpression#\1, \(k#\d+ % 3\) AS _groupingexpression#\2\]/);
    for (const q2 of [
      'SELECT upper(name), k % 3, count(*), max(x) FROM t GROUP BY upper(name), k % 3',
      'SELECT k % 2 + 1, count(*) FROM t GROUP BY k % 2 HAVING k % 2 = 1 OR count(*) > 100',
      'SELECT k % 2 AS m, count(*) FROM t GROUP BY k % 2 ORDER BY m DESC',
      'SELECT k % 2, count(*) FROM t GROUP BY ROLLUP(k % 2) ORDER BY 1',
      'SELECT d.label, count(*) FROM t JOIN d ON t.k = d.k GROUP BY concat(d.label, \'!\'), d.label',
      'SELECT m, n FROM (SELECT CAST(x AS INT) % 4 AS m, count(*) AS n FROM t GROUP BY CAST(x AS INT) % 4) WHERE m > 1',
      'SELECT count(DISTINCT name), k IS NULL FROM t GROUP BY k IS NULL',
    ]) sameRows(s, q2);
  });

  it('prunes columns through joins, windows, generators and unions, and collapses projections', () => {
    const s = session();
    for (const q of [
      'SELECT d.label, count(*) FROM t JOIN d ON t.k = d.k GROUP BY d.label',
      'SELECT id, v FROM arr LATERAL VIEW explode(xs) e AS v WHERE v > 1',
      'SELECT id, v FROM arr LATERAL VIEW OUTER explode(xs) e AS v',
      'SELECT k, max(r) FROM (SELECT k, name, row_number() OVER (PARTITION BY k ORDER BY id) AS r FROM t) GROUP BY k',
      'SELECT a + 1 FROM (SELECT id * 2 AS a, name FROM (SELECT id, name, x FROM t))',
      'SELECT count(*) FROM (SELECT id, k FROM t UNION ALL SELECT k, k FROM d)',
      'SELECT count(*) FROM t',
      'SELECT count(*) FROM t a JOIN t b ON a.id = b.k',
      'SELECT DISTINCT k FROM t WHERE id > 5',
      'SELECT id FROM t WHERE k IN (SELECT k FROM d WHERE label <> \'one\')',
      'SELECT id FROM t WHERE EXISTS (SELECT 1 FROM d WHERE d.k = t.k) AND id > 3',
      'SELECT id, (SELECT max(label) FROM d WHERE d.k = t.k) FROM t WHERE x > 4',
      'SELECT k, sum(x) FILTER (WHERE id > 3) FROM t GROUP BY k',
    ]) sameRows(s, q);
    const text = optimizedText(s, 'SELECT d.label, count(*) FROM t JOIN d ON t.k = d.k GROUP BY d.label');
    expect(text).toMatch(/\+- Join Inner, \(k#\d+ = k#\d+\)\n\s+:- Project \[k#\d+\]\n\s+:\s+\+- Filter isnotnull\(k#\d+\)\n/);
    expect(optimizedText(s, 'SELECT a + 1 FROM (SELECT id * 2 AS a, name FROM (SELECT id, name, x FROM t))')).toMatch(/^Project \[\(\(id#\d+ \* 2\) \+ 1\) AS [^\n]*\n\+- Relation /);
  });
});
