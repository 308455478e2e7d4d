/**
 * PySpark's doctests: each docstring's examples run in order in a fresh namespace with the
 * module's fixtures (`sc`, `spark`, ...), and each output is compared as doctest does.
 * Runs Python through a real Node cluster, so it measures what `flint run` would print.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult, ConformanceSuite } from '../suite';
import { byDocstring, readDoctests } from './records';
import type { DoctestRecord } from './records';
import { exceptionMatches, outputMatches } from './compare';
import type { PythonRunner } from './python-runner';

/**
 * The master each module's own doctest runner uses (pyspark-doctest-globals.md): the ml
 * modules build a `local[2]` session, everything else `local[4]`. Partition counts decide
 * sampling and some model figures, so the runner matters for the expected outputs.
 */
export function doctestMaster(source: string): string {
  return /^python\/pyspark\/ml\//.test(source) ? 'local[2]' : 'local[4]';
}

export function doctestSuite(name: string, file: string, runner: (master: string) => Promise<PythonRunner>): ConformanceSuite {
  return {
    name,
    async run(dir, { filter }) {
      const path = join(dir, file);
      if (!existsSync(path)) return null;
      const records = readDoctests(path).filter((r) => !filter || filter.test(r.id));
      const results: CaseResult[] = [];
      // One cluster per master, started when its first docstring comes and closed after its last.
      const groups = byDocstring(records);
      for (const master of [...new Set(groups.map((g) => doctestMaster(g[0]!.source)))]) {
        const python = await runner(master);
        try {
          for (const group of groups) if (doctestMaster(group[0]!.source) === master) results.push(...(await runGroup(python, group)));
        } finally {
          await python.close();
        }
      }
      return results;
    },
  };
}

async function runGroup(python: PythonRunner, group: readonly DoctestRecord[]): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  const unavailable = await python.unavailableReason();
  if (unavailable) return group.map((r) => ({ id: r.id, area: r.area, passed: false, detail: unavailable }));
  const ns = await python.freshNamespace(group[0]!.source);
  // doctest's globs are a copy of the module's own globals: bring its names in first.
  const module = moduleOf(group[0]!.source);
  if (module) await python.runExample(ns, modulePrelude(module));
  for (const r of group) {
    if (r.flags.includes('+SKIP')) continue;
    const flags = {
      ellipsis: r.module_flags.includes('ELLIPSIS') || r.flags.includes('+ELLIPSIS'),
      normalizeWhitespace: r.module_flags.includes('NORMALIZE_WHITESPACE') || r.flags.includes('+NORMALIZE_WHITESPACE'),
      ignoreExceptionDetail: r.flags.includes('+IGNORE_EXCEPTION_DETAIL'),
    };
    const got = await python.runExample(ns, r.code);
    const passed = r.exception
      ? got.traceback !== null && exceptionMatches(r.expected, got.traceback, flags)
      : got.traceback === null && outputMatches(r.expected, got.output, flags);
    out.push({ id: r.id, area: r.area, passed, ...(passed ? {} : { detail: failureDetail(r.expected, got) }) });
  }
  return out;
}

/** The traceback's last line, or the first line where the output differs from the expected text. */
function failureDetail(expected: string, got: { output: string; traceback: string | null }): string {
  if (got.traceback !== null) return got.traceback.split('\n').pop()!.slice(0, 200);
  const want = expected.split('\n');
  const have = got.output.replace(/\n$/, '').split('\n');
  const i = want.findIndex((line, k) => line !== have[k]);
  const k = i < 0 ? want.length : i;
  return `line ${k + 1}: expected ${JSON.stringify(want[k] ?? '')}, got ${JSON.stringify(have[k] ?? '')}`.slice(0, 240);
}

/** `python/pyspark/core/rdd.py::RDD.map` → `pyspark.rdd` (3.5's module for PySpark 4's path). */
export function moduleOf(source: string): string | null {
  const m = /^python\/(pyspark\/[\w/]+)\.py::/.exec(source);
  if (!m) return null;
  return m[1]!.replace(/\//g, '.').replace(/^pyspark\.core\./, 'pyspark.').replace(/\.builtin$/, '');
}

function modulePrelude(module: string): string {
  return [
    'try:',
    // PyFlint's globals() is a snapshot, so updating it would bind nothing: import instead.
    `    from ${module} import *`,
    'except Exception:',
    '    pass',
    // pyspark/rdd.py's test runner gives its SparkContext a checkpoint directory (doctest globals doc).
    ...(module === 'pyspark.rdd' ? ['import tempfile as _flint_tmp', 'sc.setCheckpointDir(_flint_tmp.mkdtemp())', 'del _flint_tmp'] : []),
    ...(module.startsWith('pyspark.ml.') ? mlPrelude(module) : []),
  ].join('\n');
}

/** The ML modules' test runners give each run a temp_path; ml.feature also a stringIndDf (doctest globals doc). */
function mlPrelude(module: string): string[] {
  return [
    'import tempfile as _flint_tmp',
    'temp_path = _flint_tmp.mkdtemp()',
    'del _flint_tmp',
    // pyspark/ml/clustering.py's runner prints numpy arrays with legacy="1.13" (the ndarray stand-in follows).
    `import pyspark.ml.linalg as _flint_la; _flint_la.set_printoptions(legacy=${module === 'pyspark.ml.clustering' ? '"1.13"' : 'False'}); del _flint_la`,
    ...(module === 'pyspark.ml.feature' ? [
      'from pyspark.sql import Row',
      'stringIndDf = spark.createDataFrame(sc.parallelize([Row(id=0, label="a"), Row(id=1, label="b"), Row(id=2, label="c"),',
      '    Row(id=3, label="a"), Row(id=4, label="a"), Row(id=5, label="c")], 2))',
    ] : []),
  ];
}
