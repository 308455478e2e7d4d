/** AnalysisException text and classes as PySpark shows them for DataFrame and SQL mistakes. */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const h = sparkHarness(createMemoryVfs());
const run = (code: string) => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};
const fails = (code: string) => {
  const r = h.run(code);
  expect(r.error).not.toBeNull();
  return r.error!.trim().split('\n').at(-1)!;
};

run('df = spark.createDataFrame([(1, "a", 2.0)], ["carat", "cut", "price"])\ndf.createOrReplaceTempView("d")');

describe('unresolved columns', () => {
  it('suggest the DataFrame columns nearest first, without the generated subquery alias or a position in generated SQL', () => {
    expect(fails('df.select("prise").collect()')).toBe(
      'pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `prise` cannot be resolved. Did you mean one of the following? [`price`, `carat`, `cut`].');
    expect(fails('df.filter("cot > 1").collect()')).toMatch(/Did you mean one of the following\? \[`cut`, `carat`, `price`\]\.$/);
  });

  it('keep the view qualifier and the line and position for SQL the user wrote', () => {
    expect(fails('spark.sql("SELECT\\n  caret FROM d")')).toBe(
      'pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `caret` cannot be resolved. Did you mean one of the following? [`d`.`carat`, `d`.`cut`, `d`.`price`].; line 2 pos 2');
  });

  it('carry their error class', () => {
    expect(run('try:\n    df.select("nope").collect()\nexcept Exception as e:\n    print(e.getErrorClass(), e.getMessageParameters())')).toBe('UNRESOLVED_COLUMN.WITH_SUGGESTION {}\n');
    expect(run('try:\n    spark.sql("select 1 from")\nexcept Exception as e:\n    print(type(e).__name__, e.getErrorClass())')).toBe('ParseException PARSE_SYNTAX_ERROR\n');
  });
});
