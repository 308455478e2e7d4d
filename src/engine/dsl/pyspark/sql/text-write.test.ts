/** df.write.csv / json / text through the PySpark API: Spark's layout, save modes, and what reads back. */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const vfs = createMemoryVfs();
vfs.mkdirs('/w');
const h = sparkHarness(vfs);
const files = (dir: string) => vfs.listDir(dir).map((f) => f.name + (f.isDir ? '/' : '')).sort();
const body = (dir: string, ext: string) => files(dir).filter((n) => n.endsWith(ext)).map((n) => vfs.readText(`${dir}/${n}`)).join('');
const run = (code: string) => {
  const r = h.run(code);
  if (r.error) throw new Error(`${r.error}\n${r.output}`);
  return r.output;
};

run(`import datetime
from pyspark.sql import Row
df = spark.createDataFrame([
    Row(id=1, name="a,b", x=1.5, d=datetime.date(2016, 7, 26)),
    Row(id=2, name="", x=None, d=None),
    Row(id=3, name="plain", x=1e7, d=datetime.date(2016, 7, 27)),
])
`);

describe('DataFrameWriter text formats', () => {
  it('csv: part file plus _SUCCESS; header and quoting; reads back with the same rows', () => {
    run('df.write.csv("/w/c1", header=True)');
    const names = files('/w/c1');
    expect(names[0]).toBe('_SUCCESS');
    expect(names[1]).toMatch(/^part-00000-[0-9a-f-]{36}-c000\.csv$/);
    expect(body('/w/c1', '.csv')).toBe('id,name,x,d\n1,"a,b",1.5,2016-07-26\n2,"",,\n3,plain,1.0E7,2016-07-27\n');
    const out = run(`back = spark.read.csv("/w/c1", header=True, inferSchema=True)
print(back.dtypes)
print(sorted((r.id, r.name, r.x) for r in back.collect()))`);
    expect(out).toBe([
      "[('id', 'int'), ('name', 'string'), ('x', 'double'), ('d', 'date')]",
      // A quoted empty field reads as emptyValue (''), which equals the default nullValue: null.
      "[(1, 'a,b', 1.5), (2, None, None), (3, 'plain', 10000000.0)]",
      '',
    ].join('\n'));
  });

  it('json: one object per row, nulls left out; save modes as Spark has them', () => {
    run('df.write.json("/w/j1")');
    expect(body('/w/j1', '.json')).toBe('{"id":1,"name":"a,b","x":1.5,"d":"2016-07-26"}\n{"id":2,"name":""}\n{"id":3,"name":"plain","x":1.0E7,"d":"2016-07-27"}\n');
    const out = run(`try:
    df.write.json("/w/j1")
except Exception as e:
    print(type(e).__name__, str(e).split(".")[0])
df.write.mode("ignore").json("/w/j1")
df.limit(1).write.mode("append").json("/w/j1")
print(spark.read.json("/w/j1").count())
df.limit(1).write.mode("overwrite").json("/w/j1")
print(spark.read.json("/w/j1").count())`);
    expect(out).toBe([
      'AnalysisException [PATH_ALREADY_EXISTS] Path file:/w/j1 already exists',
      '4',
      '1',
      '',
    ].join('\n'));
  });

  it('partitionBy writes key=value directories; text needs a single string column', () => {
    run('df.write.partitionBy("id").json("/w/p1")\ndf.select("name").write.text("/w/t1")');
    expect(files('/w/p1')).toEqual(['_SUCCESS', 'id=1/', 'id=2/', 'id=3/']);
    expect(body('/w/p1/id=3', '.json')).toBe('{"name":"plain","x":1.0E7,"d":"2016-07-27"}\n');
    expect(body('/w/t1', '.txt')).toBe('a,b\n\nplain\n');
    const out = run(`try:
    df.write.text("/w/t2")
except Exception as e:
    print(type(e).__name__, e)`);
    expect(out).toBe([
      'AnalysisException Text data source supports only a single column, and you have 4 columns.',
      '',
    ].join('\n'));
  });
});
