/**
 * One JSON reading, three ways in: from_json over a column, spark.read.schema(...).json and
 * spark.readStream.schema(...).json give the same rows for the same records, as Spark's one
 * JacksonParser + FailureSafeParser does — longs past 2^53 and decimal digits exact, a field
 * that does not convert kept as a partial row, malformed JSON per mode. (Before the shared
 * codec the file paths went through JSON.parse: 9007199254740993 came back ...992, decimals
 * as floats, and a bad field nulled the whole record.)
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const vfs = createMemoryVfs();
const h = sparkHarness(vfs);
const run = (code: string): string => {
  const r = h.run(code);
  if (r.error) return `ERROR ${r.error}`;
  return r.output;
};

const RECORDS = [
  '{"id": 9007199254740993, "amount": 12.345, "tag": "a"}',
  '{"id": "x", "amount": 1, "tag": {"k": 1.50}}',
  '{"id": 2, "amount": 1',
  '{"id": 3, "amount": 99999999999.5, "tag": null}',
  '{"id": 4} what follows the object is not read',
  "{'id': -9223372036854775808, 'amount': \"1,234.5\"}",
];
const SCHEMA = 'id LONG, amount DECIMAL(10,2), tag STRING, _corrupt_record STRING';
vfs.writeFile('/j/in/part-0.json', RECORDS.join('\n') + '\n', { createParents: true });
run(`import pyspark.sql.functions as F
from pyspark.sql import Row
lines = spark.createDataFrame([(i, l) for i, l in enumerate(${JSON.stringify(RECORDS)})], "n INT, v STRING")
def show(rows):
    for r in rows:
        print(tuple(r))
def from_json(mode):
    show(r.j for r in lines.orderBy("n").select(F.from_json("v", "${SCHEMA}", {"mode": mode}).alias("j")).collect())
def read(mode):
    show(spark.read.schema("${SCHEMA}").option("mode", mode).json("/j/in").collect())
stream_no = [0]
def read_stream(mode):
    stream_no[0] += 1
    name = "js%d" % stream_no[0]
    q = spark.readStream.schema("${SCHEMA}").option("mode", mode).json("/j/in").writeStream.format("memory").queryName(name).trigger(availableNow=True).start()
    q.awaitTermination(10)
    if q.exception() is not None:
        raise q.exception()
    show(spark.table(name).collect())
`);

const PERMISSIVE = [
  "(9007199254740993, Decimal('12.35'), 'a', None)",
  `(None, Decimal('1.00'), '{"k":1.5}', '${RECORDS[1]}')`,
  `(None, None, None, '${RECORDS[2]}')`,
  `(3, None, None, '${RECORDS[3]}')`,
  '(4, None, None, None)',
  "(-9223372036854775808, Decimal('1234.50'), None, None)",
  '',
].join('\n');

describe('JSON with a schema: from_json, spark.read and readStream agree with Spark', () => {
  it.each(['from_json', 'read', 'read_stream'])('%s, PERMISSIVE: exact longs and decimals, partial rows, the corrupt record', (path) => {
    expect(run(`${path}("PERMISSIVE")`)).toBe(PERMISSIVE);
  });

  it.each(['read', 'read_stream'])('%s, DROPMALFORMED: only the records that read whole', (path) => {
    expect(run(`${path}("DROPMALFORMED")`)).toBe([
      "(9007199254740993, Decimal('12.35'), 'a', None)", '(4, None, None, None)', "(-9223372036854775808, Decimal('1234.50'), None, None)", '',
    ].join('\n'));
  });

  it.each(['from_json', 'read', 'read_stream'])('%s, FAILFAST: stops at the first bad record', (path) => {
    // Spark's message shows the record's result row (InternalRow.toString): the partial result and the corrupt text.
    expect(run(`${path}("FAILFAST")`)).toContain(`[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [null,1.00,{"k":1.5},${RECORDS[1]}].`);
  });

  it('from_json refuses DROPMALFORMED; a blank text is null; map and array schemas', () => {
    expect(run('from_json("DROPMALFORMED")')).toContain("from_json() doesn't support the DROPMALFORMED mode. Acceptable modes are PERMISSIVE and FAILFAST.");
    expect(run(`print(spark.createDataFrame([("",), ("{bad",), ('{"b": 9007199254740993}',)], "v STRING").select(F.from_json("v", "map<string,long>").alias("m")).collect())`))
      .toBe('[Row(m=None), Row(m=None), Row(m={\'b\': 9007199254740993})]\n');
    expect(run(`print(spark.createDataFrame([('[{"a": 1}, {"a": 2}]',), ('{"a": 3}',)], "v STRING").select(F.from_json("v", "array<struct<a:int>>").alias("a")).collect())`))
      .toBe('[Row(a=[Row(a=1), Row(a=2)]), Row(a=[Row(a=3)])]\n');
  });

  it('to_json writes what from_json reads back, with the options of the JSON writer', () => {
    expect(run(`df = spark.createDataFrame([(9007199254740993, None, {"k": None})], "id LONG, s STRING, m MAP<STRING,INT>")
print(df.select(F.to_json(F.struct("id", "s", "m")).alias("j")).first().j)
print(df.select(F.to_json(F.struct("id", "s"), {"ignoreNullFields": "false"}).alias("j")).first().j)
print(df.select(F.from_json(F.to_json(F.struct("id")), "id LONG").alias("j")).first().j.id)`)).toBe('{"id":9007199254740993,"m":{"k":null}}\n{"id":9007199254740993,"s":null}\n9007199254740993\n');
  });

  it('schema_of_json infers as the reader does; get_json_object and json_tuple keep number tokens', () => {
    const doc = '{"a": 1.0, "b": 9007199254740993, "c": [1, 2.5], "d": {"y": 1, "x": null}, "e": 123456789012345678901234}';
    expect(run(`print(spark.range(1).select(F.schema_of_json(F.lit('${doc}'))).first()[0])`))
      .toBe('STRUCT<a: DOUBLE, b: BIGINT, c: ARRAY<DOUBLE>, d: STRUCT<x: STRING, y: BIGINT>, e: DECIMAL(24,0)>\n');
    expect(run(`j = spark.createDataFrame([('${doc}',)], "v STRING")
print(j.select(*[F.get_json_object("v", p) for p in ["$.a", "$.b", "$.c", "$.d", "$.e", "$.d.x"]]).first())
print(j.select(F.json_tuple("v", "a", "b", "e")).first())`)).toBe([
      "Row(get_json_object(v, $.a)='1.0', get_json_object(v, $.b)='9007199254740993', get_json_object(v, $.c)='[1,2.5]', get_json_object(v, $.d)='{\"y\":1,\"x\":null}', get_json_object(v, $.e)='123456789012345678901234', get_json_object(v, $.d.x)=None)",
      "Row(c0='1.0', c1='9007199254740993', c2='123456789012345678901234')",
      '',
    ].join('\n'));
  });

  it('json_tuple takes its names as top-level keys, not paths', () => {
    expect(run(`print(spark.createDataFrame([('{"a.b": 1, "a": {"b": 2}}',), ('{bad',)], "v STRING").select(F.json_tuple("v", "a.b", "a")).collect())`))
      .toBe('[Row(c0=\'1\', c1=\'{"b":2}\'), Row(c0=None, c1=None)]\n');
  });
});
