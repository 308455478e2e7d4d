import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from './args';
import { tableText } from '../notebook/table-text';

const bin = join(__dirname, '..', '..', 'bin', 'flint.mjs');
const dir = mkdtempSync(join(tmpdir(), 'flint-cli-'));

function flint(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('flint run', () => {
  it('runs a .ts file: console output and the last value on stdout, exit 0', () => {
    const p = file('ok.ts', 'console.log("glom:", JSON.stringify(sc.range(0, 6, 1, 3).glom().collect()));\nsc.parallelize([1, 2, 3]).map((x: number) => x * 10).collect()\n');
    const r = flint('run', p, '--master', 'local[2]');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('glom: [[0,1],[2,3],[4,5]]\n[10, 20, 30]\n');
    expect(r.code).toBe(0);
  });

  it('runs tasks on 3 distinct executors with --master local[3] (seen in --verbose logs)', () => {
    const p = file('spread.ts', 'sc.range(0, 30, 1, 6).map((x: number) => x + 1).sum()\n');
    const r = flint('run', p, '--master', 'local[3]', '--verbose');
    expect(r.stdout).toBe('465\n');
    const executors = new Set([...r.stderr.matchAll(/Finished task \S+ in stage \S+ \(TID \d+\) in \d+ ms on executor (\d+)/g)].map((m) => m[1]));
    expect(executors).toEqual(new Set(['0', '1', '2']));
  });

  it('prints an error to stderr and exits 1', () => {
    const p = file('bad.ts', 'const x = 1;\nnotThere(x);\n');
    const r = flint('run', p);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ReferenceError: notThere is not defined');
    expect(r.stderr).toContain('bad.ts, line 2');
  });

  it('says clearly what it cannot run and exits 2', () => {
    const r = flint('run', file('data.csv', 'a,b\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot run 'data.csv': expected a .ts, .py or .sql program, or a notebook/);
  });

  it('writes the executed notebook with --out', () => {
    const out = join(dir, 'executed.json');
    const r = flint('run', file('out.ts', 'console.log("hello")\n'), '--out', out);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.cells[0].outputs).toEqual([{ kind: 'stream', name: 'stdout', text: 'hello\n' }]);
    expect(doc.cells[0].executionCount).toBe(1);
  });

  it('rejects bad usage with exit 2', () => {
    expect(flint('frobnicate').code).toBe(2);
    expect(flint('run').code).toBe(2);
    expect(flint('run', file('x.ts', '1'), '--master', 'yarn').code).not.toBe(0);
  });
});

describe('parseArgs', () => {
  it('reads options in both forms', () => {
    expect(parseArgs(['run', 'a.ts', '--master=local[3]', '--out', 'o.json'])).toEqual({ command: 'run', file: 'a.ts', master: 'local[3]', out: 'o.json', verbose: false });
  });
});

describe('flint run prog.py', () => {
  it('prints what CPython prints and exits 0', () => {
    const r = flint('run', file('ok.py', 'xs = [i * i for i in range(5)]\nprint(xs, sum(xs) / 4, {"a": (1, 2.0)})\nxs\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[0, 1, 4, 9, 16] 7.5 {\'a\': (1, 2.0)}\n');
    expect(r.code).toBe(0);
  });

  it('prints a CPython-style traceback to stderr and exits 1', () => {
    const p = file('err.py', 'def f(d):\n    return d["k"]\n\nf({})\n');
    const r = flint('run', p);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${p}", line 4, in <module>\n    f({})\n  File "${p}", line 2, in f\n    return d["k"]\n           ~^^^^^\nKeyError: 'k'\n`);
  });
});

describe('flint run script.sql', () => {
  it('prints each query result as spark-sql -f does (tab-separated, NULL for null)', () => {
    const r = flint('run', file('q.sql', "create temporary view t as select * from values (1, 'a'), (2, null) as t(id, name);\nselect id, name from t order by id;\nselect count(*) from t\n"));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\ta\n2\tNULL\n2\n');
    expect(r.code).toBe(0);
  });

  it('reports a ParseException and exits 1', () => {
    const r = flint('run', file('bad.sql', 'selec 1\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ParseException/);
  });
});

describe('flint run notebook', () => {
  const ipynb = JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    cells: [
      { cell_type: 'markdown', id: 'm1', metadata: {}, source: ['# Title'] },
      { cell_type: 'code', id: 'c1', metadata: {}, execution_count: null, outputs: [], source: ['x = 6\n', 'print(x * 7)'] },
      { cell_type: 'code', id: 'c2', metadata: {}, execution_count: null, outputs: [], source: ['%sql\n', 'select 1 + 1 as two'] },
      { cell_type: 'code', id: 'c3', metadata: {}, execution_count: null, outputs: [], source: ['x / 4'] },
    ],
  });

  it('runs an .ipynb cell by cell: prints, %sql tables and last values', () => {
    const r = flint('run', file('nb.ipynb', ipynb));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('42\n+---+\n|two|\n+---+\n|2  |\n+---+\n1.5\n');
    expect(r.code).toBe(0);
  });

  it('runs a Databricks source notebook and stops at the first failing cell', () => {
    const src = '# Databricks notebook source\nprint("one")\n\n# COMMAND ----------\n\nundefined_name\n\n# COMMAND ----------\n\nprint("never")\n';
    const r = flint('run', file('db.py', src));
    expect(r.stdout).toBe('one\n');
    expect(r.stderr).toMatch(/NameError: name 'undefined_name' is not defined/);
    expect(r.code).toBe(1);
  });

  it('writes the executed notebook with --out, outputs included', () => {
    const out = join(dir, 'nb-out.json');
    expect(flint('run', file('nb2.ipynb', ipynb), '--out', out).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.cells).toHaveLength(4);
    expect(doc.cells[1].outputs).toEqual([{ kind: 'stream', name: 'stdout', text: '42\n' }]);
  });
});

describe('flint run with pyspark', () => {
  it('predefines sc: word count over the bundled markets file, broadcast and accumulator', () => {
    const src = [
      'lines = sc.textFile("/databricks-datasets/data.gov/farmers_markets_geographic_data/data-001/market_data.csv")',
      'print(lines.count())',
      'pairs = sc.parallelize(["a b", "b c", "c a b"], 2).flatMap(lambda s: s.split()).map(lambda w: (w, 1))',
      'print(sorted(pairs.reduceByKey(lambda a, b: a + b).collect()))',
      'acc = sc.accumulator(0)',
      'sc.parallelize(range(10)).foreach(lambda x: acc.add(x))',
      'print(acc.value, repr(acc))',
    ].join('\n');
    const r = flint('run', file('spark.py', `${src}\n`), '--master', 'local[2]');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("8552\n[('a', 2), ('b', 3), ('c', 2)]\n45 Accumulator<id=0, value=45>\n");
    expect(r.code).toBe(0);
  });
});

describe('dbutils, %fs and flint gen', () => {
  it('gives Python cells dbutils.fs over the same file system as sc', () => {
    const src = [
      'files = dbutils.fs.ls("/databricks-datasets/data.gov/farmers_markets_geographic_data/data-001/")',
      'print([(f.name, f.size, f.isDir()) for f in files])',
      'dbutils.fs.put("/tmp/x.txt", "hello", True)',
      'print(sc.textFile("/tmp/x.txt").collect(), dbutils.fs.rm("/tmp/x.txt"), dbutils.fs.rm("/tmp/x.txt"))',
    ].join('\n');
    const r = flint('run', file('dbu.py', `${src}\n`), '--master', 'local[2]');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("[('market_data.csv', 2628104, False)]\nWrote 5 bytes.\n['hello'] True False\n");
  });

  it('runs %fs cells of a notebook', () => {
    const src = '# Databricks notebook source\n# MAGIC %fs mkdirs /tmp/flint-fs-test\n\n# COMMAND ----------\n\n# MAGIC %fs ls /tmp\n';
    const r = flint('run', file('fsnb.py', src));
    expect(r.code).toBe(0);
    // Column widths depend on whatever else is in /tmp, so match the row, not the padding.
    expect(r.stdout).toMatch(/\|dbfs:\/tmp\/flint-fs-test\/ *\|flint-fs-test\/ *\|0 +\|\d+ *\|/);
  });

  it('writes the synthetic events files deterministically', () => {
    const out = join(dir, 'gen');
    const r = flint('gen', '--only', 'events', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('50 files, synthetic, scale 1');
    const first = readFileSync(join(out, 'structured-streaming/events/file-0.json'), 'utf8').split('\n')[0];
    expect(first).toBe('{"time":1469501107,"action":"Open"}');
  });
});

describe('flint run with spark', () => {
  it('reads the markets CSV into a DataFrame and shares temp views with %sql cells', () => {
    const src = [
      '# Databricks notebook source',
      'markets = spark.read.csv("/databricks-datasets/data.gov/farmers_markets_geographic_data/data-001/market_data.csv", header=True, inferSchema=True)',
      'markets.createOrReplaceTempView("markets")',
      'print(markets.count())',
      '',
      '# COMMAND ----------',
      '',
      '# MAGIC %sql SELECT State, count(*) AS n FROM markets GROUP BY State ORDER BY n DESC LIMIT 2',
    ].join('\n');
    const r = flint('run', file('markets.py', `${src}\n`), '--master', 'local[2]');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('8551\n+----------+---+\n|State     |n  |\n+----------+---+\n|California|765|\n|New York  |666|\n+----------+---+\n');
    expect(r.code).toBe(0);
  });
});

describe('table outputs', () => {
  const notebook = [
    '# Databricks notebook source',
    'from pyspark.sql import Row',
    "df = spark.createDataFrame([(1, 'London', 50.0), (2, None, None)], ['id', 'city', 'amount'])",
    'display(df)',
    '# COMMAND ----------',
    "display([Row(a=1, b='x'), Row(a=2, b=None)])",
    '# COMMAND ----------',
    "display(dbutils.fs.ls('/databricks-datasets/Rdatasets/data-001/csv/ggplot2/'))",
    '# COMMAND ----------',
    'display([1, 2])',
    '# COMMAND ----------',
    '# MAGIC %sql',
    '# MAGIC SELECT id, id % 2 = 0 AS even FROM range(1500)',
    '',
  ].join('\n');

  it('display(df), display(rows), display(dbutils.fs.ls) and %sql send tables; the CLI prints them as show() text', () => {
    const out = join(dir, 'tables-out.json');
    const r = flint('run', file('tables.py', notebook), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.formatVersion).toBe(3);
    const [df, rows, ls, list, sql] = doc.cells.map((c: { outputs: unknown[] }) => c.outputs[0]);
    expect(df).toEqual({
      kind: 'table',
      columns: [{ name: 'id', type: 'bigint' }, { name: 'city', type: 'string' }, { name: 'amount', type: 'double' }],
      rows: [['1', 'London', '50.0'], ['2', null, null]],
      totalRows: 2,
      truncated: false,
    });
    expect(rows).toMatchObject({ columns: [{ name: 'a', type: 'bigint' }, { name: 'b', type: 'string' }], rows: [['1', 'x'], ['2', null]] });
    expect(ls.columns).toEqual([{ name: 'path', type: 'string' }, { name: 'name', type: 'string' }, { name: 'size', type: 'bigint' }, { name: 'modificationTime', type: 'bigint' }]);
    expect(ls.rows.map((row: string[]) => row.slice(0, 3))).toEqual([['dbfs:/databricks-datasets/Rdatasets/data-001/csv/ggplot2/diamonds.csv', 'diamonds.csv', '3192560']]);
    expect(list).toEqual({ kind: 'result', text: '[1, 2]' });
    expect(sql).toMatchObject({ columns: [{ name: 'id', type: 'bigint' }, { name: 'even', type: 'boolean' }], totalRows: 1500, truncated: true });
    expect(sql.rows).toHaveLength(1000);
    expect(sql.rows[999]).toEqual(['999', 'false']);
    expect(r.stdout).toBe(`${[tableText(df), tableText(rows), tableText(ls), '[1, 2]', tableText(sql)].join('\n')}\n`);
    expect(r.stdout).toContain('|2  |NULL  |NULL  |\n');
    expect(r.stdout.trimEnd().endsWith('only showing top 1000 rows')).toBe(true);
  });
});

describe('displayHTML', () => {
  it('sends an HTML output, as Databricks renders it (the CLI prints the markup)', () => {
    const out = join(dir, 'html-out.json');
    const r = flint('run', file('html.py', '# Databricks notebook source\ndisplayHTML("<b>bold</b>")\n'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('<b>bold</b>\n');
    expect(JSON.parse(readFileSync(out, 'utf8')).cells[0].outputs).toEqual([{ kind: 'html', html: '<b>bold</b>' }]);
  });
});
