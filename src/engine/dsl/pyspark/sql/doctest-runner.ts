/**
 * Replays PySpark's recorded doctests for the SQL modules (dataframe, column, functions,
 * group) as their `_test()` runners do: the module's globals plus `spark` (and `sc` for
 * functions), one namespace per docstring, doctest's comparison under the module's flags.
 */
import { createInterpreter } from '../..';
import { InProcessBackend, SparkContext } from '../../../rdd';
import { pythonSparkContext } from '..';
import { loadModule } from '../source-module';
import { pythonSparkSession } from '.';

export interface SqlDoctestRecord {
  readonly id: string;
  readonly area: string;
  readonly code: string;
  readonly expected: string;
  readonly flags: readonly string[];
  readonly exception: boolean;
  readonly module_flags: readonly string[];
}

export interface SqlDoctestResult {
  readonly id: string;
  readonly area: string;
  readonly passed: boolean;
  /** False for setup lines with nothing to compare (they pass unless they raise). */
  readonly printsSomething: boolean;
  readonly got: string;
}

interface Flags {
  readonly ellipsis: boolean;
  readonly whitespace: boolean;
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

/** The last line of a traceback (exception type and message), as doctest compares it. */
function exceptionHead(text: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b/.test(l));
  const line = i < 0 ? (lines[lines.length - 1] ?? '') : lines[i]!;
  const head = line.split(':')[0]!;
  return head.slice(head.lastIndexOf('.') + 1);
}

const MODULES: Record<string, string> = {
  dataframe: 'pyspark.sql.dataframe', column: 'pyspark.sql.column', functions: 'pyspark.sql.functions', group: 'pyspark.sql.dataframe',
};

function fixtures(area: string): Map<string, unknown> {
  const g = new Map<string, unknown>();
  for (const [k, v] of loadModule(MODULES[area] ?? 'pyspark.sql').$d) if (!k.startsWith('__')) g.set(k, v);
  const engine = new SparkContext(new InProcessBackend(4), { master: 'local[4]', appName: `sql.${area} tests` });
  g.set('spark', pythonSparkSession(engine));
  if (area === 'functions') g.set('sc', pythonSparkContext(engine));
  return g;
}

export function runSqlDoctests(records: readonly SqlDoctestRecord[]): SqlDoctestResult[] {
  const results: SqlDoctestResult[] = [];
  const byDoc = new Map<string, SqlDoctestRecord[]>();
  for (const r of records) {
    const key = r.id.slice(0, r.id.lastIndexOf(':'));
    byDoc.set(key, [...(byDoc.get(key) ?? []), r]);
  }
  const globs = new Map<string, Map<string, unknown>>();
  for (const docstring of byDoc.values()) {
    const area = docstring[0]!.area;
    let fx = globs.get(area);
    if (!fx) globs.set(area, (fx = fixtures(area)));
    let out = '';
    const it = createInterpreter({ stdout: { write: (s: string) => void (out += s) }, filename: '<doctest>' });
    for (const [k, v] of fx) it.globals.set(k, v);
    for (const r of docstring) {
      if (r.flags.includes('+SKIP')) continue;
      out = '';
      const res = it.runCell(r.code);
      const f: Flags = {
        ellipsis: r.module_flags.includes('ELLIPSIS') || r.flags.includes('+ELLIPSIS'),
        whitespace: r.module_flags.includes('NORMALIZE_WHITESPACE') || r.flags.includes('+NORMALIZE_WHITESPACE'),
      };
      const got = res.error ? res.error.traceback.join('\n') : out + (res.display !== null ? `${res.display}\n` : '');
      const passed = r.exception
        ? res.error !== null && exceptionHead(r.expected) === exceptionHead(got)
        : res.error === null && matches(r.expected, got, f);
      results.push({ id: r.id, area: r.area, passed, printsSomething: r.exception || r.expected.trim() !== '', got });
    }
  }
  return results;
}
