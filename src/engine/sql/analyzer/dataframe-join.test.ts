/**
 * The SQL the DataFrame API writes: each DataFrame's plan is the subquery `__df<id>` and its
 * columns are references qualified by it (dataframe-source.ts). Resolution through further
 * subqueries, joins of a plan with itself or with one derived from it, positional references,
 * and the messages, which never show the internal names.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../../catalog';

function session() {
  const s = createSqlSession();
  s.sql('CREATE TEMPORARY VIEW a AS SELECT * FROM VALUES (1, 10), (2, 20), (3, 30) AS t(k, x)');
  s.sql("CREATE TEMPORARY VIEW b AS SELECT * FROM VALUES (1, 'a'), (2, 'b'), (4, 'd') AS t(k, v)");
  return s;
}
const rows = (s: ReturnType<typeof session>, sql: string) => s.sql(sql).toGoldenStrings();
const columns = (s: ReturnType<typeof session>, sql: string) => s.analyze(sql).output.filter((o) => !o.hidden).map((o) => o.name);
const A = '(SELECT * FROM a) AS `__df1`';
const B = '(SELECT * FROM b) AS `__df2`';
const J = `(SELECT * FROM ${A} JOIN ${B} ON \`__df1\`.\`k\` = \`__df2\`.\`k\`) AS \`__df3\``;

describe('DataFrame columns in generated SQL', () => {
  it('reach each side of a join through the subqueries over it, named without their qualifier', () => {
    const s = session();
    expect(rows(s, `SELECT \`__df1\`.\`k\`, \`__df2\`.\`v\`, \`__df1\`.\`x\` + 1 FROM ${J} ORDER BY \`__df2\`.\`v\` DESC`)).toEqual(['2\tb\t21', '1\ta\t11']);
    expect(columns(s, `SELECT \`__df1\`.\`k\`, \`__df1\`.\`x\` + 1 FROM ${J}`)).toEqual(['k', '(x + 1)']);
    expect(rows(s, `SELECT \`__df1\`.* FROM ${J} ORDER BY 1`)).toEqual(['1\t10', '2\t20']);
  });

  it('answer to their position in a DataFrame, for columns of the same name', () => {
    const s = session();
    expect(rows(s, `SELECT \`__df3#2\`.\`k\`, \`__df3#3\`.\`v\` FROM ${J} ORDER BY 1`)).toEqual(['1\ta', '2\tb']);
    expect(() => s.analyze(`SELECT k FROM ${J}`)).toThrow('[AMBIGUOUS_REFERENCE] Reference `k` is ambiguous, could be: [`k`, `k`].');
  });

  it('join a plan with itself or with a plan derived from it on the two sides\' columns (SPARK-6231)', () => {
    const s = session();
    // df.join(df, df.k == df.k): both sides are __df1.
    expect(rows(s, `SELECT count(*) FROM ${A} JOIN ${A} ON \`__df1\`.\`k\` = \`__df1\`.\`k\``)).toEqual(['3']);
    expect(rows(s, `SELECT count(*) FROM ${A} FULL JOIN ${A} ON \`__df1\`.\`k\` <=> \`__df1\`.\`k\` AND \`__df1\`.\`k\` = \`__df1\`.\`k\``)).toEqual(['3']);
    // a.join(a.filter(...), a.k == f.k): __df1's k is on both sides, __df4's only on the right.
    const F = '(SELECT * FROM (SELECT * FROM a) AS `__df1` WHERE `__df1`.`x` > 10) AS `__df4`';
    expect(rows(s, `SELECT \`__df4\`.\`x\` FROM ${A} JOIN ${F} ON \`__df1\`.\`k\` = \`__df4\`.\`k\` ORDER BY 1`)).toEqual(['20', '30']);
  });

  it('are ambiguous afterwards when the plan is on both sides, as Spark\'s DetectAmbiguousSelfJoin', () => {
    const s = session();
    expect(() => s.analyze(`SELECT \`__df1\`.\`k\` FROM (SELECT * FROM ${A} JOIN ${A} ON \`__df1\`.\`k\` = \`__df1\`.\`k\`) AS \`__df5\``))
      .toThrow(/^Column k#\d+ are ambiguous\. It's probably because you joined several Datasets together/);
    // An equality of two different columns keeps the plain resolution (Spark's operands are two attributes).
    expect(() => s.analyze(`SELECT * FROM ${A} JOIN ${A} ON \`__df1\`.\`k\` = \`__df1\`.\`x\``)).toThrow(/^Column k#\d+ are ambiguous/);
  });

  it('missing from the input fail as Spark\'s missing attributes, without internal names', () => {
    const s = session();
    expect(() => s.analyze(`SELECT \`__df2\`.\`v\` FROM ${A}`)).toThrow(
      '[MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT] Resolved attribute(s) "v" missing from "k", "x".');
    expect(() => s.analyze(`SELECT nope FROM ${A}`)).toThrow(
      '[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `nope` cannot be resolved. Did you mean one of the following? [`k`, `x`].');
  });

  it('keep the first input\'s lineage through set operations and a user alias', () => {
    const s = session();
    expect(rows(s, `SELECT \`__df1\`.\`k\` FROM (SELECT * FROM ${A} UNION ALL SELECT * FROM ${B}) AS \`__df6\` ORDER BY 1`)).toEqual(['1', '1', '2', '2', '3', '4']);
    expect(rows(s, `SELECT p.k, \`__df1\`.\`x\` FROM (SELECT * FROM (SELECT * FROM ${A}) AS p) AS \`__df7\` WHERE p.k = 2`)).toEqual(['2\t20']);
  });
});

describe('ORDER BY a column the SELECT list does not have', () => {
  it('projects that column under its own name for the sort, as Spark adds the attribute', () => {
    const s = session();
    const plan = s.analyze('SELECT x FROM a ORDER BY k DESC');
    expect(rows(s, 'SELECT x FROM a ORDER BY k DESC')).toEqual(['30', '20', '10']);
    expect(plan.kind === 'project' && plan.child.output.map((o) => o.name)).toEqual(['x', 'k']);
  });
});

describe('generators in the SELECT list', () => {
  it('are not ambiguous with an input column of the same name', () => {
    const s = session();
    expect(rows(s, 'SELECT explode(t.l) AS l, m FROM (SELECT array(1, 2) AS l, 7 AS m) t')).toEqual(['1\t7', '2\t7']);
  });
});
