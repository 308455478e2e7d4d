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

export function doctestSuite(name: string, file: string, runner: () => Promise<PythonRunner>): ConformanceSuite {
  return {
    name,
    async run(dir, { filter }) {
      const path = join(dir, file);
      if (!existsSync(path)) return null;
      const records = readDoctests(path).filter((r) => !filter || filter.test(r.id));
      const python = await runner();
      const results: CaseResult[] = [];
      try {
        for (const group of byDocstring(records)) results.push(...(await runGroup(python, group)));
      } finally {
        await python.close();
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
    out.push({ id: r.id, area: r.area, passed, ...(passed ? {} : { detail: (got.traceback ?? got.output).split('\n').pop()?.slice(0, 200) }) });
  }
  return out;
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
    `    import ${module} as __flint_module`,
    "    globals().update({k: v for k, v in vars(__flint_module).items() if not k.startswith('__')})",
    '    del __flint_module',
    'except Exception:',
    '    pass',
  ].join('\n');
}
