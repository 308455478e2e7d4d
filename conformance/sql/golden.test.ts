import { describe, expect, it } from 'vitest';
import { runGoldenSet, sameFieldTypes } from './golden';
import type { GoldenRecord } from './golden';

const rec = (index: number, sql: string, schema: string, output: string, error: string | null = null): GoldenRecord =>
  ({ set: 'test', file: 'f.sql', index, sql, schema, output, error });

describe('SQL golden runner', () => {
  it('sorts rows of unordered queries and keeps ORDER BY order', () => {
    const results = runGoldenSet('t', [
      rec(0, 'CREATE TEMPORARY VIEW v AS SELECT * FROM VALUES (2), (1) AS v(a)', 'struct<>', ''),
      rec(1, 'SELECT a FROM v', 'struct<a:int>', '1\n2'),
      rec(2, 'SELECT a FROM v ORDER BY a DESC', 'struct<a:int>', '2\n1'),
      rec(3, 'SELECT a FROM v ORDER BY a DESC', 'struct<a:int>', '1\n2'),
    ]);
    expect(results.map((r) => r.passed)).toEqual([true, true, true, false]);
    expect(results[3]!.id).toBe('t/f.sql:3');
  });
  it('compares exception class and error class for failures', () => {
    const err = (cls: string) => `org.apache.spark.sql.AnalysisException\n{\n  "errorClass" : "${cls}"\n}`;
    const results = runGoldenSet('t', [
      rec(0, 'SELECT nope', 'struct<>', '', err('UNRESOLVED_COLUMN.WITHOUT_SUGGESTION')),
      rec(1, 'SELECT nope', 'struct<>', '', err('TABLE_OR_VIEW_NOT_FOUND')),
      rec(2, 'SELECT 1', 'struct<>', '', err('X')),
      rec(3, 'SELEC 1', 'struct<>', '', 'org.apache.spark.sql.catalyst.parser.ParseException\nboom'),
    ]);
    expect(results.map((r) => r.passed)).toEqual([true, false, false, true]);
  });
  it('checks the schema string', () => {
    const results = runGoldenSet('t', [rec(0, 'SELECT 1 AS x', 'struct<x:bigint>', '1')]);
    expect(results[0]!.passed).toBe(false);
    expect(results[0]!.detail).toContain('schema');
  });
  it('with era column names, passes equal types and rows under other names, and nothing else', () => {
    expect(sameFieldTypes('struct<(CAST(5 AS DOUBLE) / CAST(2 AS DOUBLE)):double>', ['double'])).toBe(true);
    expect(sameFieldTypes("struct<ifnull(NULL, 'x'):string,nvl(a:b, 1):int>", ['string', 'int'])).toBe(true);
    expect(sameFieldTypes('struct<a:int,b:bigint>', ['int', 'int'])).toBe(false);
    expect(sameFieldTypes('struct<a:int>', ['int', 'int'])).toBe(false);
    const recs = [rec(0, 'SELECT 5 / 2', 'struct<(CAST(5 AS DOUBLE) / CAST(2 AS DOUBLE)):double>', '2.5'), rec(1, 'SELECT 5 / 2', 'struct<x:double>', '2.0')];
    expect(runGoldenSet('t', recs, undefined, {}, true).map((r) => r.passed)).toEqual([true, false]);
    expect(runGoldenSet('t', recs).map((r) => r.passed)).toEqual([false, false]);
  });
});
