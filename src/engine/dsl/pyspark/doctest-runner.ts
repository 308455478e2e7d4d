/**
 * Replays PySpark's recorded doctests (rdd, context, broadcast, accumulators) through this
 * layer the way PySpark's `_test()` runners do: one namespace per docstring holding the
 * module's globals and fixtures (`sc`, or `spark` for broadcast), examples in order, and
 * doctest's comparison (ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL).
 */
import { createInterpreter } from '..';
import { InProcessBackend, SparkContext } from '../../rdd';
import { PyObject, makeClass, T } from '../../values/py';
import { pythonSparkContext } from '.';
import { loadModule } from './source-module';
import { setContextVfs } from './text-files';
import { pythonVfs } from '../modules/vfs-host';

export interface DoctestRecord {
  readonly id: string;
  readonly area: string;
  readonly code: string;
  readonly expected: string;
  readonly flags: readonly string[];
  readonly exception: boolean;
  readonly module_flags: readonly string[];
}

export interface DoctestResult {
  readonly id: string;
  readonly area: string;
  readonly passed: boolean;
  readonly got: string;
}

interface Flags {
  readonly ellipsis: boolean;
  readonly whitespace: boolean;
  readonly ignoreDetail: boolean;
}

function ellipsisMatch(want: string, got: string): boolean {
  const parts = want.split('...');
  if (parts.length === 1) return want === got;
  if (!got.startsWith(parts[0]!)) return false;
  let pos = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const at = got.indexOf(part, pos);
    if (at < 0) return false;
    pos = at + part.length;
  }
  const last = parts[parts.length - 1]!;
  return got.length - last.length >= pos && got.endsWith(last);
}

function matches(want: string, got: string, f: Flags): boolean {
  const norm = (s: string) => {
    const t = s.replace(/<BLANKLINE>/g, '');
    return f.whitespace ? t.replace(/\s+/g, ' ').trim() : t.replace(/\s+$/, '');
  };
  const w = norm(want);
  const g = norm(got);
  return w === g || (f.ellipsis && ellipsisMatch(w, g));
}

/**
 * The exception text doctest compares: what follows the traceback header and its indented
 * frames (a message may span lines, as Py4JJavaError's does); only the type name under
 * IGNORE_EXCEPTION_DETAIL.
 */
function exceptionText(text: string, ignoreDetail: boolean): string {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => l.startsWith('Traceback'));
  i = i < 0 ? 0 : i + 1;
  while (i < lines.length && (/^\s/.test(lines[i]!) || lines[i]!.trim() === '' || lines[i]!.trim() === '...')) i++;
  const exc = lines.slice(i).join('\n');
  if (!ignoreDetail) return exc;
  const head = exc.split(':')[0]!;
  return head.slice(head.lastIndexOf('.') + 1);
}

function moduleFor(area: string): string {
  return { rdd: 'pyspark.rdd', context: 'pyspark.context', broadcast: 'pyspark.broadcast', accumulator: 'pyspark.accumulators' }[area] ?? 'pyspark';
}

/** The runner globals of each PySpark module (see pyspark-doctest-globals.md). */
function fixtures(area: string): Map<string, unknown> {
  const g = new Map<string, unknown>();
  for (const [k, v] of loadModule(moduleFor(area)).$d) if (!k.startsWith('__')) g.set(k, v);
  const local = area === 'accumulator' ? 1 : 4;
  const app = { rdd: 'PythonTest', context: 'context tests', broadcast: 'broadcast tests', accumulator: 'test' }[area] ?? 'test';
  const engine = new SparkContext(new InProcessBackend(local), { master: local === 1 ? 'local' : `local[${local}]`, appName: app });
  // Files the examples write with open() are what the context reads, as on one machine.
  setContextVfs(engine, pythonVfs());
  const sc = pythonSparkContext(engine);
  if (area === 'rdd') engine.setCheckpointDir('/tmp/flint-doctest-checkpoints');
  if (area === 'broadcast') {
    const session = makeClass('SparkSession', [T.object], new Map(), 'pyspark.sql.session', 'SparkSession');
    const spark = new PyObject(session);
    spark.$d!.set('sparkContext', sc);
    g.set('spark', spark);
  } else {
    g.set('sc', sc);
  }
  return g;
}

function group(records: readonly DoctestRecord[]): DoctestRecord[][] {
  const groups = new Map<string, DoctestRecord[]>();
  for (const r of records) {
    const key = r.id.slice(0, r.id.lastIndexOf(':'));
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/**
 * Docstrings that cancel a running job from a second thread (a task sleeps 100 s until it is
 * cancelled). PyFlint runs a thread's target to completion on start(), so the cancel would come
 * after four attempts of every task: they are reported as failures without being run.
 */
const NEEDS_CONCURRENT_THREADS = ['SparkContext.setJobGroup', 'SparkContext.addJobTag'];

export function runDoctests(records: readonly DoctestRecord[]): DoctestResult[] {
  const results: DoctestResult[] = [];
  for (const docstring of group(records)) {
    if (NEEDS_CONCURRENT_THREADS.some((name) => docstring[0]!.id.includes(`.${name}:`))) {
      for (const r of docstring) results.push({ id: r.id, area: r.area, passed: false, got: 'not run: cancels a running job from a second thread' });
      continue;
    }
    let out = '';
    const it = createInterpreter({ stdout: { write: (s: string) => void (out += s) }, filename: '<doctest>' });
    for (const [k, v] of fixtures(docstring[0]!.area)) it.globals.set(k, v);
    for (const r of docstring) {
      if (r.flags.includes('+SKIP')) continue;
      out = '';
      const res = it.runCell(r.code);
      const f: Flags = {
        ellipsis: r.module_flags.includes('ELLIPSIS') || r.flags.includes('+ELLIPSIS'),
        whitespace: r.module_flags.includes('NORMALIZE_WHITESPACE') || r.flags.includes('+NORMALIZE_WHITESPACE'),
        ignoreDetail: r.flags.includes('+IGNORE_EXCEPTION_DETAIL') || r.code.includes('IGNORE_EXCEPTION_DETAIL'),
      };
      const got = res.error ? res.error.traceback.join('\n') : out + (res.display !== null ? `${res.display}\n` : '');
      const passed = r.exception
        ? res.error !== null && matches(exceptionText(r.expected, f.ignoreDetail), exceptionText(got, f.ignoreDetail), f)
        : res.error === null && matches(r.expected, got, f);
      results.push({ id: r.id, area: r.area, passed, got });
    }
  }
  return results;
}

