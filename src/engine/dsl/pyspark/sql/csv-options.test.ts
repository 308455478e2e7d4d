/**
 * spark.read.csv options as Spark 3.5 reads them (CSVOptions, UnivocityParser, CSVInferSchema,
 * FailureSafeParser), through the PySpark API: with the schema inferred (the byte reader for
 * default options, the general reader otherwise) and with a user schema.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const vfs = createMemoryVfs();
vfs.mkdirs('/c');
const h = sparkHarness(vfs);
const put = (name: string, text: string) => vfs.writeFile(`/c/${name}`, text);
const run = (code: string) => {
  const r = h.run(code);
  if (r.error) throw new Error(`${r.error}\n${r.output}`);
  return r.output;
};
const lines = (...l: string[]) => [...l, ''].join('\n');

describe('quoting, escapes and lines', () => {
  it('reads a backslash-escaped quote inside quotes as the quote (escape defaults to backslash)', () => {
    put('esc.csv', 'a,b\n1,"say \\"hi\\", then go"\n2,"back\\slash"\n');
    expect(run('print(spark.read.csv("/c/esc.csv", header=True).collect())')).toBe(
      lines(`[Row(a='1', b='say "hi", then go'), Row(a='2', b='back\\\\slash')]`),
    );
    // With the escape turned off, the backslash is text and the quote closes the value.
    put('esc2.csv', 'a\n"x\\"\n');
    expect(run('print(spark.read.csv("/c/esc2.csv", header=True, escape="").collect())')).toBe(lines(`[Row(a='x\\\\')]`));
  });

  it('ends a record at its line unless multiLine is set', () => {
    put('ml.csv', 'a,b\n1,"two\nlines"\n2,z\n');
    expect(run('print(spark.read.csv("/c/ml.csv", header=True).count())')).toBe(lines('3'));
    expect(run('print(spark.read.csv("/c/ml.csv", header=True, multiLine=True).collect())')).toBe(
      lines(`[Row(a='1', b='two\\nlines'), Row(a='2', b='z')]`),
    );
  });

  it('skips comment lines and lines blank after trimming; trims white space when asked', () => {
    put('cm.csv', '# a comment\nk,v\n  \n x , y \n\t\n');
    expect(run('print(spark.read.csv("/c/cm.csv", header=True, comment="#").collect())')).toBe(lines(`[Row(k=' x ', v=' y ')]`));
    expect(run('print(spark.read.csv("/c/cm.csv", header=True, comment="#", ignoreLeadingWhiteSpace=True, ignoreTrailingWhiteSpace=True).collect())')).toBe(
      lines(`[Row(k='x', v='y')]`),
    );
  });

  it('reads a custom lineSep, a tab separator and a latin-1 file', () => {
    put('ls.csv', 'a;b|1;2|3;4');
    expect(run('print(spark.read.csv("/c/ls.csv", sep=";", lineSep="|", header=True, inferSchema=True).collect())')).toBe(lines('[Row(a=1, b=2), Row(a=3, b=4)]'));
    put('tab.csv', 'a\tb\n1\tx y\n');
    expect(run('print(spark.read.csv("/c/tab.csv", sep="\\t", header=True).collect())')).toBe(lines(`[Row(a='1', b='x y')]`));
    vfs.writeFile('/c/latin.csv', Uint8Array.of(0x6e, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a));
    expect(run('print(spark.read.csv("/c/latin.csv", header=True, encoding="ISO-8859-1").collect())')).toBe(lines(`[Row(n='café')]`));
  });
});

describe('null and empty values', () => {
  it('reads unquoted and quoted empty fields as null by default, and a quoted one as emptyValue when nullValue differs', () => {
    put('nv.csv', 'id,s,n\n1,,NA\n2,"",5\n3,NA,\n');
    expect(run('print(spark.read.csv("/c/nv.csv", header=True, inferSchema=True).collect())')).toBe(
      lines(`[Row(id=1, s=None, n='NA'), Row(id=2, s=None, n='5'), Row(id=3, s='NA', n=None)]`),
    );
    // nullValue applies in inference too: n is an int column.
    const df = 'df = spark.read.csv("/c/nv.csv", header=True, inferSchema=True, nullValue="NA")\nprint(df.dtypes)\nprint(df.collect())';
    expect(run(df)).toBe(lines(
      `[('id', 'int'), ('s', 'string'), ('n', 'int')]`,
      `[Row(id=1, s=None, n=None), Row(id=2, s='', n=5), Row(id=3, s=None, n=None)]`,
    ));
    expect(run('print(spark.read.csv("/c/nv.csv", header=True, nullValue="NA", emptyValue="<e>").collect()[1])')).toBe(lines(`Row(id='2', s='<e>', n='5')`));
  });

  it('reads nanValue, positiveInf and negativeInf as double', () => {
    put('inf.csv', 'x\n1.5\nnan!\n+oo\n-oo\n');
    const code = 'df = spark.read.csv("/c/inf.csv", header=True, inferSchema=True, nanValue="nan!", positiveInf="+oo", negativeInf="-oo")\nprint(df.dtypes)\nprint([r.x for r in df.collect()])';
    expect(run(code)).toBe(lines(`[('x', 'double')]`, '[1.5, nan, inf, -inf]'));
  });
});

describe('schema inference', () => {
  it('infers dates with dateFormat and timestamps with timestampFormat', () => {
    put('dt.csv', 'd,t\n01/02/2024,2024/03/04 05:06:07\n15/03/2023,2023/12/31 23:59:59\n');
    const code = 'df = spark.read.csv("/c/dt.csv", header=True, inferSchema=True, dateFormat="dd/MM/yyyy", timestampFormat="yyyy/MM/dd HH:mm:ss")\nprint(df.dtypes)\ndf.show()';
    expect(run(code)).toBe(lines(
      `[('d', 'date'), ('t', 'timestamp')]`,
      '+----------+-------------------+',
      '|         d|                  t|',
      '+----------+-------------------+',
      '|2024-02-01|2024-03-04 05:06:07|',
      '|2023-03-15|2023-12-31 23:59:59|',
      '+----------+-------------------+',
      '',
    ));
  });

  it('takes the columns from the first record: _c names without a header, duplicates suffixed by index', () => {
    put('w.csv', '1,2\n3,4,5\n6\n');
    expect(run('df = spark.read.csv("/c/w.csv", inferSchema=True)\nprint(df.columns)\nprint(df.collect())')).toBe(lines(
      `['_c0', '_c1']`,
      '[Row(_c0=1, _c1=2), Row(_c0=3, _c1=4), Row(_c0=6, _c1=None)]',
    ));
    put('dup.csv', 'a,A,b\n1,2,3\n');
    expect(run('print(spark.read.csv("/c/dup.csv", header=True).columns)')).toBe(lines(`['a0', 'A1', 'b']`));
  });

  it('merges the inferred types of several files', () => {
    put('m1.csv', 'k,v\n1,2\n');
    put('m2.csv', 'k,v\n2,2.5\n');
    expect(run('df = spark.read.csv(["/c/m1.csv", "/c/m2.csv"], header=True, inferSchema=True)\nprint(df.dtypes)\nprint(sorted(df.collect()))')).toBe(lines(
      `[('k', 'int'), ('v', 'double')]`,
      '[Row(k=1, v=2.0), Row(k=2, v=2.5)]',
    ));
  });
});

describe('parse modes', () => {
  put('bad.csv', 'id,name,score\n1,a,1.5\n2,b\n3,c,2.5,extra\n4,d,x\n');

  it('PERMISSIVE pads short records and drops extra tokens; a user schema with _corrupt_record gets the record text', () => {
    expect(run('print(spark.read.csv("/c/bad.csv", header=True).collect())')).toBe(lines(
      `[Row(id='1', name='a', score='1.5'), Row(id='2', name='b', score=None), Row(id='3', name='c', score='2.5'), Row(id='4', name='d', score='x')]`,
    ));
    const code = 'df = spark.read.schema("id INT, name STRING, score DOUBLE, _corrupt_record STRING").csv("/c/bad.csv", header=True)\ndf.show(truncate=False)';
    expect(run(code)).toBe(lines(
      '+---+----+-----+---------------+',
      '|id |name|score|_corrupt_record|',
      '+---+----+-----+---------------+',
      '|1  |a   |1.5  |NULL           |',
      '|2  |b   |NULL |2,b            |',
      '|3  |c   |2.5  |3,c,2.5,extra  |',
      '|4  |d   |NULL |4,d,x          |',
      '+---+----+-----+---------------+',
      '',
    ));
    // Without the corrupt column the bad value is null and the row stays.
    expect(run('print(spark.read.schema("id INT, name STRING, score DOUBLE").csv("/c/bad.csv", header=True).count())')).toBe(lines('4'));
  });

  it('DROPMALFORMED drops records of the wrong length or with a bad value', () => {
    expect(run('print(spark.read.csv("/c/bad.csv", header=True, mode="DROPMALFORMED").collect())')).toBe(lines(
      `[Row(id='1', name='a', score='1.5'), Row(id='4', name='d', score='x')]`,
    ));
    expect(run('print(spark.read.schema("id INT, name STRING, score DOUBLE").csv("/c/bad.csv", header=True, mode="DROPMALFORMED").collect())')).toBe(lines(
      `[Row(id=1, name='a', score=1.5)]`,
    ));
  });

  it('FAILFAST raises on the first malformed record, at the action that parses it (the read itself succeeds)', () => {
    const code = `df = spark.read.schema("id INT, name STRING, score DOUBLE").csv("/c/bad.csv", header=True, mode="FAILFAST")
print(df.columns)
try:
    df.collect()
except Exception as e:
    print(type(e).__name__, str(e).split("SparkException: ")[-1].splitlines()[0])`;
    // A failed job: py4j's Py4JJavaError, whose text ends with the task's SparkException.
    expect(run(code)).toBe(lines("['id', 'name', 'score']", 'Py4JJavaError [MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [2,b,null].'));
  });

  it('FAILFAST without a schema reads (inference fails on no record) and raises at the action that parses the bad row (count() parses no column)', () => {
    const code = `for infer in (True, False):
    df = spark.read.csv("/c/bad.csv", header=True, inferSchema=infer, mode="FAILFAST")
    print(df.dtypes)
    for act in (df.count, df.collect):
        try:
            act()
        except Exception as e:
            print(type(e).__name__, str(e).split("SparkException: ")[-1].splitlines()[0])`;
    const failure = 'Py4JJavaError [MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [2,b,null].';
    // Spark's CSV parser converts no column for count() (column pruning, an empty required
    // schema): every record counts and nothing fails; collect() reads every column.
    const code2 = code.replace('for act in (df.count, df.collect):', 'print(df.count())\n    for act in (df.collect,):');
    expect(run(code2)).toBe(lines(
      "[('id', 'int'), ('name', 'string'), ('score', 'string')]", '4', failure,
      "[('id', 'string'), ('name', 'string'), ('score', 'string')]", '4', failure,
    ));
  });

  it('prunes columns as Spark does: only the columns a query reads make a record malformed', () => {
    const s = 'id INT, name STRING, score DOUBLE';
    const code = `def show(df):
    try:
        print([tuple(r) for r in df.collect()])
    except Exception as e:
        print(type(e).__name__, str(e).split("SparkException: ")[-1].splitlines()[0][:60])
d = spark.read.schema("${s}").csv("/c/bad.csv", header=True, mode="DROPMALFORMED")
show(d.select("name"))
show(d.select("score"))
show(d.select("id", "name", "score"))
f = spark.read.schema("${s}").csv("/c/bad.csv", header=True, mode="FAILFAST")
show(f.select("id", "name"))
show(f.select("score"))
p = spark.read.schema("${s}, _corrupt_record STRING").csv("/c/bad.csv", header=True)
show(p.select("score", "_corrupt_record"))
show(p.select("_corrupt_record"))
show(spark.read.csv("/c/bad.csv", header=True, mode="DROPMALFORMED").select("id"))
spark.conf.set("spark.sql.csv.parser.columnPruning.enabled", "false")
d = spark.read.schema("${s}").csv("/c/bad.csv", header=True, mode="DROPMALFORMED")
show(d.select("name"))
print(d.count())
spark.conf.set("spark.sql.csv.parser.columnPruning.enabled", "true")
show(spark.read.schema("${s}").csv("/c/bad.csv", header=True, mode="DROPMALFORMED", columnPruning=False).select("name"))`;
    expect(run(code)).toBe(lines(
      // A short or long record is malformed only when every column is read; 'x' only when score is.
      "[('a',), ('b',), ('c',), ('d',)]",
      '[(1.5,), (None,), (2.5,)]',
      "[(1, 'a', 1.5)]",
      "[(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')]",
      'Py4JJavaError [MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed r',
      "[(1.5, None), (None, None), (2.5, None), (None, '4,d,x')]",
      'AnalysisException [UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN] The f',
      "[('1',), ('2',), ('3',), ('4',)]",
      // spark.sql.csv.parser.columnPruning.enabled=false (read when the DataFrame is read; Spark reads it
      // when the query runs) or the columnPruning option parses every column.
      "[('a',)]",
      '1',
      "[('a',)]",
    ));
  });

  it('rejects option values CSVOptions rejects', () => {
    const code = `for kw in [dict(header="maybe"), dict(quote="''")]:
    try:
        spark.read.csv("/c/bad.csv", **kw)
    except Exception as e:
        print(type(e).__name__, str(e))`;
    expect(run(code)).toBe(lines('IllegalArgumentException header flag can be true or false.', 'IllegalArgumentException quote cannot be more than one character'));
  });

  it('enforceSchema=false checks the header against the user schema', () => {
    const code = `try:
    spark.read.schema("id INT, nom STRING, score DOUBLE").csv("/c/bad.csv", header=True, enforceSchema=False).collect()
except Exception as e:
    print(str(e).splitlines()[0])`;
    expect(run(code)).toBe(lines('CSV header does not conform to the schema.'));
  });

  it('gives each mode its behaviour on 10,000 malformed lines, without a crash', () => {
    const good = Array.from({ length: 100 }, (_, i) => `${i},n${i},${i}.5`);
    const bad = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `${i},"unclosed` : i % 3 === 1 ? `${i},x,y,z,w` : `x${i},n,q`));
    put('many.csv', ['id,name,score', ...good, ...bad].join('\n'));
    const counts = `s = "id INT, name STRING, score DOUBLE, _corrupt_record STRING"
print(spark.read.csv("/c/many.csv", header=True).count())
m = spark.read.csv("/c/many.csv", header=True, mode="DROPMALFORMED")
print(m.count(), len(m.collect()))
p = spark.read.schema(s).csv("/c/many.csv", header=True)
print(p.count(), len(p.where(p["_corrupt_record"].isNotNull()).select("id").collect()), p.cache().where(p["_corrupt_record"].isNotNull()).count())
d = spark.read.schema(s).csv("/c/many.csv", header=True, mode="DROPMALFORMED")
print(d.count(), len(d.collect()))
f = spark.read.schema(s).csv("/c/many.csv", header=True, mode="FAILFAST")
print(f.count())
try:
    f.collect()
except Exception as e:
    print("failed:", type(e).__name__, str(e).split("SparkException: ")[-1][:48])`;
    // count() parses no column (Spark's column pruning), so every record counts in every mode.
    // Inferred (all strings): only length mismatches are malformed (the 'x…' lines have 3 fields);
    // reading id alone, only the 'x…' ids are (3333); the cached rows were parsed whole.
    expect(run(counts)).toBe(lines('10100', '10100 3433', '10100 3333 10000', '10100 100', '10100', 'failed: Py4JJavaError [MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION]'));
  });
});
