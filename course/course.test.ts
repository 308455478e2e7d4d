/**
 * Runs every course notebook headless through the CLI, as `flint run FILE --master local[2]` would for a learner,
 * and checks (a) the exit code, (b) cell outputs against the published outputs in COURSE-NOTEBOOKS.md (§3, §5),
 * (c) data invariants recorded in datasets/SOURCES.md or recomputed here from the bundled files, and (d) that every
 * check cell says "not answered" on the skeleton, ✓ on a worked solution and ✗ on a wrong one.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableText } from '../src/notebook/table-text';
import type { TableOutput } from '../src/workers/protocol';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'flint.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'flint-course-'));
const RUN_TIMEOUT = 240_000;
// Each run starts its own worker pool; more than two at once only thrashes a 2-core machine.
const MAX_RUNS = 2;
let running = 0;
const waiting: (() => void)[] = [];
const execFileP = promisify(execFile);

interface Output { kind: string; text?: string; html?: string; name?: string }
interface Cell { source: string; outputs: Output[] }
interface Run { code: number; stderr: string; cells: Cell[] }

function notebook(name: string): string {
  return readFileSync(join(__dirname, name), 'utf8');
}

/** Runs a notebook's text and returns the executed cells (from --out) with their outputs. */
async function run(name: string, text: string, timeout = RUN_TIMEOUT): Promise<Run> {
  if (running >= MAX_RUNS) await new Promise<void>((resume) => waiting.push(resume));
  running++;
  try {
    return await runNow(name, text, timeout);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function runNow(name: string, text: string, timeout: number): Promise<Run> {
  const file = join(tmp, name);
  const out = `${file}.json`;
  writeFileSync(file, text);
  let code = 0;
  let stderr: string;
  try {
    stderr = (await execFileP(process.execPath, [bin, 'run', file, '--master', 'local[2]', '--out', out], { encoding: 'utf8', timeout, maxBuffer: 512 * 1024 * 1024 })).stderr;
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    code = typeof err.code === 'number' ? err.code : -1;
    stderr = err.stderr ?? String(e);
  }
  if (!existsSync(out)) throw new Error(`flint run ${name} wrote no notebook (exit ${code}): ${stderr}`);
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { cells: Cell[] };
  return { code, stderr, cells: doc.cells };
}

/** The text a cell showed (streams and results in order), found by a snippet unique to its source. */
function shown(r: Run, snippet: string): string {
  const matches = r.cells.filter((c) => c.source.includes(snippet));
  if (matches.length !== 1) throw new Error(`${matches.length} cells contain ${JSON.stringify(snippet)}`);
  // A table (display(df), %sql) reads as the CLI prints it.
  return matches[0].outputs.map((o) => (o.kind === 'result' ? `${o.text ?? ''}\n` : o.kind === 'table' ? `${tableText(o as unknown as TableOutput)}\n` : o.text ?? o.html ?? '')).join('');
}

/** Replaces a skeleton line (must occur once) with an answer. */
function answer(text: string, skeleton: string, code: string): string {
  const at = text.indexOf(skeleton);
  if (at < 0 || text.indexOf(skeleton, at + 1) >= 0) throw new Error(`skeleton not unique: ${skeleton}`);
  return text.slice(0, at) + code + text.slice(at + skeleton.length);
}

function checkLines(r: Run): string[] {
  return r.cells.flatMap((c) => c.outputs).flatMap((o) => (o.text ?? '').split('\n')).filter((l) => /^[✓✗]/.test(l));
}

interface Shown { columns: string[]; rows: string[][]; totalRows: number }

/** The table outputs (display(df), %sql) of every cell whose source contains the snippet, values as the CLI prints them. */
function tablesOf(r: Run, snippet: string): Shown[] {
  return r.cells.filter((c) => c.source.includes(snippet)).flatMap((c) => c.outputs).filter((o) => o.kind === 'table').map((o) => {
    const t = o as unknown as TableOutput;
    return { columns: t.columns.map((col) => col.name), rows: t.rows.map((row) => row.map((v) => (v === null ? 'NULL' : String(v)))), totalRows: t.totalRows };
  });
}

/** The one table shown by the one cell whose source contains the snippet. */
function table(r: Run, snippet: string): Shown {
  const found = tablesOf(r, snippet);
  if (found.length !== 1) throw new Error(`${found.length} tables from cells containing ${JSON.stringify(snippet)}`);
  return found[0]!;
}

/** The rows of every table shown by cells containing the snippet, in notebook order. */
function tables(r: Run, snippet: string): string[][][] {
  return tablesOf(r, snippet).map((t) => t.rows);
}

const diamondsCsv = readFileSync(join(root, 'public', 'datasets', 'Rdatasets', 'data-001', 'csv', 'ggplot2', 'diamonds.csv'), 'utf8');
const diamondRows = diamondsCsv.split('\n').filter((l) => l !== '').slice(1).map((l) => l.split(','));

describe.concurrent('course notebooks run headless', async () => {
  it('02-shared-variables: every published output matches exactly', async () => {
    const r = await run('02.py', notebook('02-shared-variables.py'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // COURSE-NOTEBOOKS.md §3 / §5 (the course text), cell by cell.
    expect(shown(r, 'rdd_a.take(1)')).toBe('[(1, (1, 2))]\n');
    expect(shown(r, 'rdd_b.value[0]')).toBe('(1, (1, 4))\n');
    expect(shown(r, 'bmap[1] # the key is 1')).toBe('(1, 4)\n');
    expect(shown(r, 'bmap_broad.value[2]')).toBe('(2, 5)\n');
    expect(shown(r, 'bmap_broad.value[3]')).toBe('(4, 5)\n');
    expect(shown(r, '4 in bmap_broad.value')).toBe('False\n');
    expect(shown(r, 'rdd_a.take(4)')).toBe('[(1, (1, 2)), (2, (2, 3)), (3, (3, 4))]\n');
    expect(r.cells.filter((c) => c.source === 'bmap_broad.value').map((c) => c.outputs.map((o) => o.text).join(''))).toEqual(['{1: (1, 4), 2: (2, 5), 3: (4, 5)}']);
    expect(shown(r, 'join_a_b.take(5)')).toBe('[(1, (1, 4), (1, 2)), (2, (2, 5), (2, 3)), (3, (4, 5), (3, 4))]\n');
    expect(shown(r, 'accum = sc.accumulator(0)')).toBe('Accumulator<id=0, value=0>\n');
    expect(shown(r, 'foreach(lambda x: accum.add(x))')).toBe('10\n');
    // Not published: the blank-line example, checked against the same list counted here.
    expect(shown(r, 'blank_lines = sc.accumulator(0)')).toBe("['Spark runs on a cluster', 'each task gets a copy', 'accumulators add up']\nblank lines: 3\n");
    expect(checkLines(r)).toEqual([
      '✗ Not answered yet: set my_blank_count (an accumulator) and my_line_count.',
      '✗ Not answered yet: set my_pairs to a list of (key, value) pairs.',
    ]);
  }, RUN_TIMEOUT * 2);

  it('02-shared-variables: the check cells accept a worked solution', async () => {
    let text = notebook('02-shared-variables.py');
    text = answer(text, 'my_blank_count = None   # an accumulator: sc.accumulator(0)',
      'my_blank_count = sc.accumulator(0)\nsc.textFile(readme_path).foreach(lambda l: my_blank_count.add(1) if l.strip() == "" else None)');
    text = answer(text, 'my_line_count = None    # e.g. sc.textFile(readme_path).count()', 'my_line_count = sc.textFile(readme_path).count()');
    text = answer(text, 'my_pairs = None  #', 'my_pairs = sc.parallelize([1, 2, 3, 4]).map(lambda k: (k, bmap_broad.value[k][0] if k in bmap_broad.value else None)).collect()  #');
    const r = await run('02-solved.py', text);
    expect(r.code).toBe(0);
    // The same counts taken here from the file Flint mounts at /databricks-datasets/README.md.
    const lines = readFileSync(join(root, 'public', 'datasets', 'README.md'), 'utf8').replace(/\n$/, '').split('\n');
    const blank = lines.filter((l) => l.trim() === '').length;
    expect(blank).toBeGreaterThan(0);
    expect(checkLines(r)).toEqual([`✓ Right: ${lines.length} lines, ${blank} blank.`, '✓ Right: [(1, 1), (2, 2), (3, 4), (4, None)]']);
  }, RUN_TIMEOUT * 2);

  it('01-transformations-and-actions: runs, with results recomputed from the data and the course examples', async () => {
    const r = await run('01.py', notebook('01-transformations-and-actions.py'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(shown(r, 'print("hello this is python")')).toBe('hello this is python\n'); // published (Cmd 1)
    expect(shown(r, 'diamond_lines.count()')).toBe(`${diamondRows.length + 1}\n`);
    expect(diamondRows.length).toBe(53940); // COURSE-NOTEBOOKS.md §2.3: diamonds.count() = 53940
    expect(shown(r, 'ideal.count()')).toBe(`${diamondRows.filter((c) => c[2] === '"Ideal"').length}\n`);
    const firstIdeal = diamondRows.filter((c) => c[2] === '"Ideal"').slice(0, 5).map((c) => `(${c[1]}, ${c[7]})`);
    expect(shown(r, 'ideal.map(lambda cols')).toBe(`[${firstIdeal.join(', ')}]\n`);
    // COURSE-NOTEBOOKS.md §2.2, "Results (computed by us)" for the RDD originals of Cmd 15-23.
    expect(shown(r, 'fav_movies.flatMap')).toBe("['Pulp', 'Fiction', 'Requiem', 'for', 'a', 'dream', 'A', 'clockwork', 'Orange']\n");
    expect(shown(r, 'data.sample(True, 0.1, 12345)')).toBe('True\n');
    expect(shown(r, 'intersection(db_skills)')).toBe("['Paul Jones', 'Tom Mahoney']\n");
    expect(shown(r, 'java_skills.union(db_skills)')).toBe("['Tom Mahoney', 'Alicia Whitekar', 'Paul Jones', 'Rodney Marsh', 'James Kent', 'Paul Jones', 'Tom Mahoney', 'Adam Waugh']\n");
    expect(shown(r, 'java_skills.subtract(db_skills)')).toBe("['Alicia Whitekar', 'Rodney Marsh']\n");
    expect(shown(r, 'groupByKey()')).toBe("[('Leeds', 14.7), ('London', 50.0), ('Manchester', 19.8)]\n");
    expect(shown(r, 'reduceByKey(lambda x, y: x + y)')).toBe("[('Leeds', 14.7), ('London', 50.0), ('Manchester', 19.8)]\n");
    expect(shown(r, 'sorted(sum_count.take(3))')).toBe("[('k1', (16, 2)), ('k2', (6, 2)), ('k3', (8, 2))]\n");
    expect(shown(r, 'sorted(avg_by_key.take(3))')).toBe("[('k1', 8.0), ('k2', 3.0), ('k3', 4.0)]\n");
    expect(shown(r, 'calls = sc.accumulator(0)')).toBe('after map: 0\nafter count: 10\nafter sum: 20\n');
    // PySpark slices parallelize(range(1, 11), 3) at i*n//3.
    expect(shown(r, 'nums.glom().collect()')).toBe('3\n[[1, 2, 3], [4, 5, 6], [7, 8, 9, 10]]\n');
    expect(shown(r, 'nums.repartition(2)')).toBe('2\n');
    expect(checkLines(r)).toEqual([
      '✗ Not answered yet: set my_state_counts to a dict {state: count}.',
      '✗ Not answered yet: set my_avg_price to a dict {cut: average price}.',
    ]);
  }, RUN_TIMEOUT * 2);

  it('01-transformations-and-actions: the check cells accept a worked solution', async () => {
    let text = notebook('01-transformations-and-actions.py');
    text = answer(text, 'my_state_counts = None  #', [
      'my_state_counts = (markets_lines.zipWithIndex().filter(lambda p: p[1] > 0)',
      '                   .map(lambda p: (split_csv_line(p[0])[10], 1)).reduceByKey(lambda a, b: a + b).collectAsMap())  #',
    ].join('\n'));
    text = answer(text, 'my_avg_price = None', [
      'my_avg_price = (diamonds.map(lambda c: (c[2], int(c[7])))',
      '                .combineByKey(lambda v: (v, 1), lambda p, v: (p[0] + v, p[1] + 1), lambda p, q: (p[0] + q[0], p[1] + q[1]))',
      '                .mapValues(lambda p: p[0] / p[1]).collectAsMap())',
    ].join('\n'));
    const r = await run('01-solved.py', text);
    expect(r.code).toBe(0);
    // datasets/SOURCES.md §1.1 (computed with Python's csv module): 53 distinct states over 8,551 rows.
    expect(checkLines(r)).toEqual(['✓ Right: 53 states, 8551 markets in total.', '✓ Right: 5 cuts.']);
  }, RUN_TIMEOUT * 2);

  it('00-module-overview: runs, with every check cell saying not answered', async () => {
    const r = await run('00.py', notebook('00-module-overview.py'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(shown(r, 'first_file.count()')).toBe('2000\n'); // COURSE-NOTEBOOKS.md §4: 2,000 lines per file
    expect(shown(r, 'print(dbutils.fs.head')).toBe([
      '[Truncated to first 108 bytes]', // published first lines of file-0.json (§4 Cmd 6)
      '{"time":1469501107,"action":"Open"}', '{"time":1469501147,"action":"Open"}', '{"time":1469501202,"action":"Open"}', '', '',
    ].join('\n'));
    expect(shown(r, 'words.map(lambda w: (w, 1))')).toBe("[('rdd', 2), ('spark', 3), ('sql', 1)]\n");
    expect(shown(r, 'labels = sc.broadcast')).toBe("['opened', 'closed', 'opened']\n");
    expect(shown(r, 'FROM VALUES')).toContain('|London    |50.0       |');
    expect(checkLines(r)).toEqual([
      '✗ Not answered yet: set my_file_count.',
      '✗ Not answered yet: set my_open_count.',
      '✗ Not answered yet: set my_action_counts.',
      '✗ Not answered yet: set my_close_acc to an accumulator.',
    ]);
  }, RUN_TIMEOUT * 2);

  it('00-module-overview: check cells accept right answers and reject wrong ones', async () => {
    const base = notebook('00-module-overview.py');
    const solved = [
      ['my_file_count = None', 'my_file_count = len(dbutils.fs.ls(events_dir))'],
      ['my_open_count = None  #', 'my_open_count = first_file.filter(lambda l: \'"Open"\' in l).count()  #'],
      ['my_action_counts = None', 'my_action_counts = sc.textFile(events_dir).map(lambda l: ("Open" if \'"Open"\' in l else "Close", 1)).reduceByKey(lambda a, b: a + b).collectAsMap()'],
      ['my_close_acc = None  #', 'my_close_acc = sc.accumulator(0)\nfirst_file.foreach(lambda l: my_close_acc.add(1 if \'"Close"\' in l else 0))  #'],
    ];
    const wrong = [
      ['my_file_count = None', 'my_file_count = 49'],
      ['my_open_count = None  #', 'my_open_count = first_file.count()  #'],
      ['my_action_counts = None', 'my_action_counts = {"Open": 1, "Close": 1}'],
      ['my_close_acc = None  #', 'my_close_acc = sc.accumulator(0)  #'],
    ];
    const right = await run('00-solved.py', solved.reduce((t, [s, c]) => answer(t, s, c), base));
    expect(right.code).toBe(0);
    const lines = checkLines(right);
    // COURSE-NOTEBOOKS.md §4: 50 files, 100,000 events, 50,000 per action.
    expect(lines[0]).toBe('✓ Right: 50 files.');
    expect(lines[1]).toMatch(/^✓ Right: \d+ Open events in file-0\.json\.$/);
    expect(lines[2]).toBe('✓ Right: 50000 Open, 50000 Close.');
    expect(lines[3]).toMatch(/^✓ Right: \d+ Close events\.$/);
    expect(Number(/\d+/.exec(lines[1])![0]) + Number(/\d+/.exec(lines[3])![0])).toBe(2000);
    const bad = await run('00-wrong.py', wrong.reduce((t, [s, c]) => answer(t, s, c), base));
    expect(bad.code).toBe(0);
    expect(checkLines(bad).map((l) => l.slice(0, 9))).toEqual(Array(4).fill('✗ Not yet'));
  }, RUN_TIMEOUT * 3);

  it('notebook 1: every cell runs; outputs match the published ones and the data', async () => {
    // The whole notebook, cross-validated forest included: minutes on a loaded 2-core machine.
    const r = await run('nb1.py', notebook('03-notebook-1-sql-and-mllib.py'), RUN_TIMEOUT * 3);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(shown(r, 'print("hello this is python")')).toBe('hello this is python\n'); // published (Cmd 1)
    // COURSE-NOTEBOOKS.md §2.3 [C S7]: inferSchema's types, in order; 53,940 rows; 21,551 Ideal.
    expect(shown(r, 'diamonds.printSchema()')).toBe(['root', ...[
      ['_c0', 'integer'], ['carat', 'double'], ['cut', 'string'], ['color', 'string'], ['clarity', 'string'], ['depth', 'double'],
      ['table', 'double'], ['price', 'integer'], ['x', 'double'], ['y', 'double'], ['z', 'double'],
    ].map(([n, t]) => ` |-- ${n}: ${t} (nullable = true)`), '', ''].join('\n'));
    expect(shown(r, 'diamonds.select("_c0").limit(10)')).toBe(`[${Array.from({ length: 10 }, (_, i) => `Row(_c0=${i + 1})`).join(', ')}]\n`);
    expect(shown(r, 'diamonds.select("carat").limit(10)')).toBe(`[${diamondRows.slice(0, 10).map((c) => `Row(carat=${Number(c[1])})`).join(', ')}]\n`);
    expect(r.cells.filter((c) => c.source === 'diamonds.count()').map((c) => c.outputs.map((o) => o.text).join(''))).toEqual(['53940', '53940']);
    expect(table(r, 'display(diamonds.filter').totalRows).toBe(diamondRows.filter((c) => c[2] === '"Ideal"').length);
    expect(diamondRows.filter((c) => c[2] === '"Ideal"').length).toBe(21551);
    const first = table(r, 'display(diamonds)').rows;
    expect(first[0]).toEqual(['1', '0.23', 'Ideal', 'E', 'SI2', '61.5', '55.0', '326', '3.95', '3.98', '2.43']); // [C S7]
    expect(first[1]).toEqual(['2', '0.21', 'Premium', 'E', 'SI1', '59.8', '61.0', '326', '3.89', '3.84', '2.31']);
    // §2.2 "Results (computed by us)" for Cmd 15-23; row order is Spark's to choose, so sets where it may differ.
    expect(shown(r, 'explode(split("title"')).toBe("[Row(word='Pulp'), Row(word='Fiction'), Row(word='Requiem'), Row(word='for'), Row(word='a'), Row(word='dream'), Row(word='A'), Row(word='clockwork'), Row(word='Orange')]\n");
    const names = (s: string) => [...s.matchAll(/name='([^']*)'/g)].map((m) => m[1]).sort();
    expect(names(shown(r, 'java_skills.intersect(db_skills)'))).toEqual(['Paul Jones', 'Tom Mahoney']);
    expect(names(shown(r, 'java_skills.union(db_skills)'))).toEqual(['Adam Waugh', 'Alicia Whitekar', 'James Kent', 'Paul Jones', 'Paul Jones', 'Rodney Marsh', 'Tom Mahoney', 'Tom Mahoney']);
    expect(names(shown(r, 'java_skills.subtract(db_skills)'))).toEqual(['Alicia Whitekar', 'Rodney Marsh']);
    expect(shown(r, '# GroupBy and sum').trim().slice(1, -1).split(/, (?=Row)/).sort()).toEqual(["Row(city='Leeds', total_sales=14.7)", "Row(city='London', total_sales=50.0)", "Row(city='Manchester', total_sales=19.8)"]);
    expect(shown(r, 'sum_count.take(3)').trim().slice(1, -1).split(/, (?=Row)/).sort()).toEqual(["Row(key='k1', sum=16, count=2)", "Row(key='k2', sum=6, count=2)", "Row(key='k3', sum=8, count=2)"]);
    expect(shown(r, 'avg_by_key.select("key", "avg")').trim().slice(1, -1).split(/, (?=Row)/).sort()).toEqual(["Row(key='k1', avg=8.0)", "Row(key='k2', avg=3.0)", "Row(key='k3', avg=4.0)"]);
    const sampled = [...shown(r, 'data.sample(0.1)').matchAll(/value=(\d+)/g)].map((m) => Number(m[1]));
    expect(sampled.every((v) => v >= 1 && v <= 20) && new Set(sampled).size === sampled.length).toBe(true);
    // Spark SQL part. SHOW TABLES lists the two views (then cleaned_taxes too).
    expect(tables(r, '%sql show tables')).toEqual([[['', 'markets', 'true'], ['', 'taxes2013', 'true']], [['default', 'cleaned_taxes', 'false'], ['', 'markets', 'true'], ['', 'taxes2013', 'true']]]);
    expect(table(r, 'display(taxes2013)').totalRows).toBe(166740); // §2.3 [C S5]: 166,740 rows x 114 columns
    expect(table(r, 'display(taxes2013)').columns.length).toBe(114);
    expect(shown(r, 'taxes2013.select("STATEFIPS", "zipcode").show(5)')).toBe(['+---------+-------+', '|STATEFIPS|zipcode|', '+---------+-------+',
      ...Array(5).fill('|       01|  00000|'), '+---------+-------+', 'only showing top 5 rows', '', ''].join('\n'));
    // §2.3 [C S5] cleanedTaxes.show(5) and [C S6] rows 6-7.
    const cleaned = table(r, '%sql select * FROM cleaned_taxes');
    expect(cleaned.totalRows).toBe(166740);
    expect(cleaned.rows.slice(0, 7)).toEqual([
      ['AL', '0', '488030', '122290', '571240', '1.1444868E7', '77952.0', '23583.0', '824487.0'],
      ['AL', '0', '195840', '155230', '383240', '1.7810952E7', '81216.0', '54639.0', '252768.0'],
      ['AL', '0', '72710', '146880', '189340', '1.6070153E7', '80627.0', '84137.0', '259836.0'],
      ['AL', '0', '24860', '126480', '134370', '1.4288572E7', '71086.0', '105947.0', '214668.0'],
      ['AL', '0', '16930', '168170', '177800', '2.605392E7', '149150.0', '404166.0', '567439.0'],
      ['AL', '0', '3530', '42190', '48270', '2.0752068E7', '271416.0', '1569967.0', '822565.0'],
      ['AL', '3500', '950', '260', '710', '19851.0', '183.0', '4.0', '1657.0'],
    ]);
    // §2.3 [C S5]: average total income per state for five states.
    const avg = new Map(table(r, 'cleaned_taxes.groupBy("state").avg').rows.map((row) => [row[0], row[1]]));
    expect(['AZ', 'SC', 'LA', 'MN', 'NJ'].map((s) => avg.get(s))).toEqual(['184981.2064590542', '96920.34577777778', '83006.56901615272', '74854.02570585757', '209996.5740402194']);
    expect(table(r, 'display(cleaned_taxes.describe())').rows.map((row) => row[0])).toEqual(['count', 'mean', 'stddev', 'min', 'max']);
    expect(table(r, 'ORDER BY cap_gains ASC').rows.length).toBe(10);
    const combos = tables(r, 'ORDER BY combo desc');
    expect(combos.length).toBe(2);
    expect(combos[0]).toEqual(combos[1]); // the same query before and after CACHE TABLE
    expect(combos[0]!.length).toBe(50);
    // §2.3 [C S5]: TakeOrderedAndProject over the final HashAggregate, a hash exchange on zipcode, then the partial one.
    expect(shown(r, 'combo.explain()')).toMatch(new RegExp([
      String.raw`^== Physical Plan ==\n[\s\S]*TakeOrderedAndProject\(limit=50, orderBy=\[combo#\d+ DESC NULLS LAST\], output=\[zipcode#\d+,net_income#\d+,cap_gains#\d+,combo#\d+\]\)\n`,
      String.raw`\s+\+- HashAggregate\(keys=\[zipcode#\d+\], functions=\[sum\(biz_net_income#\d+\), sum\(net_capital_gains#\d+\)\]\)\n`,
      // Spark 3.5's exchange line (the published text is Spark 2's, before ENSURE_REQUIREMENTS (3.1) and plan_id (3.4)).
      String.raw`\s+\+- Exchange hashpartitioning\(zipcode#\d+, 200\), ENSURE_REQUIREMENTS, \[plan_id=\d+\]\n`,
      String.raw`\s+\+- HashAggregate\(keys=\[zipcode#\d+\], functions=\[partial_sum\(biz_net_income#\d+\), partial_sum\(net_capital_gains#\d+\)\]\)\n`,
      // The filter with the isnotnull Spark infers and its NOT rewrite; the scan reads the three columns used.
      String.raw`\s+\+- Filter \(\(isnotnull\(zipcode#(\d+)\) AND NOT \(zipcode#\1 = 0\)\) AND NOT \(zipcode#\1 = 9999\)\)\n`,
      String.raw`\s+\+- Scan default\.cleaned_taxes\[zipcode#\1, net_capital_gains#\d+, biz_net_income#\d+\]\n`,
    ].join('')));
    // datasets/SOURCES.md: 8,551 markets in 53 states in the bundled export.
    const states = table(r, 'display(markets.groupBy("State").count())').rows;
    expect(states.length).toBe(53);
    expect(states.reduce((s, row) => s + Number(row[1]), 0)).toBe(8551);
    expect(checkLines(r)).toEqual(['✗ Not answered yet: set my_cut_counts to a dict {cut: count}.', '✗ Not answered yet: set my_markets_per_state to a dict {state: count}.', '✗ Not answered yet: set my_slope and my_intercept.']);
    // MLlib part: the 70/30 split covers the prepped rows; explainParams lists LinearRegression's params.
    const prepped = table(r, 'prepped = joined.na.fill(0)').totalRows;
    const [trainCount, testCount] = shown(r, 'training, test = finalPrep.randomSplit').trim().split('\n').map(Number);
    expect(trainCount! + testCount!).toBe(prepped);
    expect(trainCount! / prepped).toBeGreaterThan(0.6);
    expect(shown(r, 'print(lrModel.explainParams())')).toContain('elasticNetParam: the ElasticNet mixing parameter, in range [0, 1]. For alpha = 0, the penalty is an L2 penalty. For alpha = 1, it is an L1 penalty. (default: 0.0, current: 0.5)');
    expect(shown(r, 'print("MSE: ", rm.meanSquaredError)')).toMatch(/^MSE: {2}[\d.e+-]+\nMAE: {2}[\d.e+-]+\nRMSE Squared: {2}[\d.e+-]+\nR Squared: {2}-?[\d.e+-]+\nExplained Variance: {2}[\d.e+-]+ \n\n$/);
    expect(shown(r, 'print("The Best Parameters')).toMatch(/^The Best Parameters:\n--------------------\nRandomForestRegressionModel: uid=RandomForestRegressor_[0-9a-f]{12}, numTrees=(20|60), numFeatures=8\n/);
  }, RUN_TIMEOUT * 5);

  it('notebook 1: the check cells accept a worked solution', async () => {
    let text = notebook('03-notebook-1-sql-and-mllib.py');
    text = answer(text, 'my_cut_counts = None  #', 'my_cut_counts = {r["cut"]: r["count"] for r in diamonds.groupBy("cut").count().collect()}  #');
    text = answer(text, 'my_markets_per_state = None  #', 'my_markets_per_state = {r["State"]: r["count"] for r in markets.groupBy("State").count().collect()}  #');
    text = answer(text, 'my_slope = None\nmy_intercept = None\n', [
      'va = VectorAssembler(inputCols=["sum(total_income_amount)"], outputCol="income_vec")',
      'one = LinearRegression(featuresCol="income_vec", labelCol="count", regParam=0.0).fit(va.transform(training))',
      'my_slope, my_intercept = one.coefficients[0], one.intercept', ''].join('\n'));
    // Everything up to the train/test split, the LinearRegression import, then the one-feature exercise: the
    // cross-validated forest in between has no check cell and takes most of the notebook's time.
    const cell = (at: number) => text.lastIndexOf('# COMMAND ----------', at);
    const mllib = cell(text.indexOf('# MAGIC # Apache Spark MLLib'));
    const exercise = cell(text.indexOf('# MAGIC **Your turn.** A model with a single feature'));
    const solved = [text.slice(0, mllib), '# COMMAND ----------\n\nfrom pyspark.ml.regression import LinearRegression\n\n', text.slice(exercise, cell(text.indexOf('# MAGIC # Conclusion')))].join('');
    const r = await run('nb1-solved.py', solved);
    expect(r.code).toBe(0);
    const [right1, right2, right3] = checkLines(r);
    expect([right1, right2]).toEqual(['✓ Right: 5 cuts, 53940 diamonds.', '✓ Right: 53 states, 8551 markets.']);
    expect(right3).toMatch(/^✓ Right: count ≈ [\d.e+-]+ × income \+ -?[\d.e+-]+, the least-squares line over \d+ training rows\.$/);

    const wrong = await run('nb1-wrong.py', solved.replace('my_slope, my_intercept = one.coefficients[0], one.intercept', 'my_slope, my_intercept = one.coefficients[0] * 1.01, one.intercept'));
    expect(checkLines(wrong)[2]).toMatch(/^✗ Not yet: /);
  }, RUN_TIMEOUT * 3);
});
