/**
 * PullOutNondeterministic: non-deterministic grouping keys are computed once per input row,
 * below the aggregate, so rows group by the partition they were in and by the random value
 * they drew.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../../catalog';
import { logicalPlanText } from '../optimizer/plan-text';

const rows = (sql: string) => createSqlSession().sql(sql).rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)));

describe('PullOutNondeterministic', () => {
  it('groups by spark_partition_id() of the input rows', () => {
    expect(rows('SELECT spark_partition_id() AS p, count(*) FROM range(0, 100, 1, 4) GROUP BY spark_partition_id() ORDER BY 1'))
      .toEqual([[0, 25], [1, 25], [2, 25], [3, 25]]);
    // The key inside a larger expression, and the same call in an aggregate function's argument.
    expect(rows('SELECT spark_partition_id() + 1, count(*), max(spark_partition_id()) FROM range(0, 10, 1, 2) GROUP BY spark_partition_id() + 1 ORDER BY 1'))
      .toEqual([[1, 5, 0], [2, 5, 1]]);
    expect(rows('SELECT spark_partition_id() * 10 + 1 AS q, count(*) FROM range(0, 9, 1, 3) GROUP BY spark_partition_id() ORDER BY 1'))
      .toEqual([[1, 3], [11, 3], [21, 3]]);
  });

  it('computes a random key once per row: the groups are those of the same key projected first', () => {
    const grouped = rows('SELECT CAST(rand(5) * 4 AS INT) AS k, count(*), sum(id) FROM range(0, 1000, 1, 4) GROUP BY CAST(rand(5) * 4 AS INT) ORDER BY k');
    const projected = rows('SELECT k, count(*), sum(id) FROM (SELECT id, CAST(rand(5) * 4 AS INT) AS k FROM range(0, 1000, 1, 4)) GROUP BY k ORDER BY k');
    expect(grouped).toEqual(projected);
    expect(grouped.map((r) => r[0])).toEqual([0, 1, 2, 3]);
    expect(grouped.reduce((n, r) => n + Number(r[1]), 0)).toBe(1000);
  });

  it('puts the non-deterministic leaves in a projection below the aggregate, next to the input columns', () => {
    const s = createSqlSession();
    const text = logicalPlanText(s.analyze('SELECT floor(rand(1) * id), count(*) FROM range(0, 10, 1, 2) GROUP BY floor(rand(1) * id)'));
    expect(text).toMatch(/\+- Aggregate \[floor\(\(_nondeterministic#(\d+) \* cast\(id#(\d+)L as double\)\)\)\][^\n]*\n\s+\+- Project \[id#\2L, rand\(\) AS _nondeterministic#\1\]\n/);
    // Deterministic keys are left to the optimizer (PullOutGroupingExpressions).
    expect(logicalPlanText(s.analyze('SELECT id % 2, count(*) FROM range(4) GROUP BY id % 2'))).not.toMatch(/_nondeterministic/);
  });
});
