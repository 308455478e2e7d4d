/**
 * to_json and to_csv write a row as df.write.json / df.write.csv write it (Spark uses one
 * JacksonGenerator and one UnivocityGenerator for both): the same rows and options through
 * each pair must give the same text, line for line.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const vfs = createMemoryVfs();
const h = sparkHarness(vfs);
const run = (code: string): string => {
  const r = h.run(code);
  if (r.error) throw new Error(`${r.error}\n${r.output}`);
  return r.output;
};
/** The part files' text of a written directory. */
const written = (dir: string, ext: string) => vfs.listDir(dir).filter((f) => f.name.endsWith(ext)).map((f) => vfs.readText(`${dir}/${f.name}`)).join('');

run(`import datetime
from decimal import Decimal
import pyspark.sql.functions as F
df = spark.createDataFrame([
    (1, " padded ", "", None, datetime.datetime(2016, 7, 26, 3, 45, 7, 123000), datetime.date(2016, 7, 26), 'say "hi", ok', 1e7, Decimal("0.00000012")),
    (2, "line\\nbreak", "x", "y", None, None, None, float("nan"), None),
], "id INT, s STRING, e STRING, n STRING, ts TIMESTAMP, d DATE, q STRING, x DOUBLE, dec DECIMAL(10,8)").coalesce(1)
`);

describe('to_json / to_csv against the JSON / CSV writers', () => {
  it.each([
    ['defaults', '{}'],
    ['formats and nulls', '{"timestampFormat": "dd/MM/yyyy HH:mm", "dateFormat": "yyyyMMdd", "ignoreNullFields": "false"}'],
  ])('to_json = df.write.json (%s)', (name, opts) => {
    const dir = `/w/json-${name.replace(/\W/g, '')}`;
    run(`df.write.options(**${opts}).json("${dir}")`);
    const fn = run(`for r in df.select(F.to_json(F.struct(*df.columns), ${opts})).collect():
    print(r[0])`);
    expect(fn).toBe(written(dir, '.json'));
    expect(fn.split('\n')[0]).toContain('"ts":"');
  });

  it.each([
    ['defaults', '{}'],
    ['separator, quoting and formats', '{"sep": ";", "quoteAll": "true", "timestampFormat": "yyyy/MM/dd", "nullValue": "NA", "ignoreLeadingWhiteSpace": "false"}'],
  ])('to_csv = df.write.csv (%s)', (name, opts) => {
    const dir = `/w/csv-${name.replace(/\W/g, '')}`;
    run(`df.write.options(**${opts}).csv("${dir}")`);
    const fn = run(`for r in df.select(F.to_csv(F.struct(*df.columns), ${opts})).collect():
    print(r[0])`);
    expect(fn).toBe(written(dir, '.csv'));
  });

  it('to_csv as Spark writes the first row by default', () => {
    expect(run('print(df.select(F.to_csv(F.struct(*df.columns))).first()[0])')).toBe('1,padded,"",,2016-07-26T03:45:07.123Z,2016-07-26,"say \\"hi\\", ok",1.0E7,1.2E-7\n');
  });
});
