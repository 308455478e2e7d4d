/**
 * `pyspark.sql._native`: what the Python-written DataFrame API calls on the "JVM side".
 * A DataFrame is SQL text over the session's catalog; every action runs it through the
 * SQL engine (`SqlSession`), so results are exactly what `spark.sql` gives.
 */
import { createSqlSession, estimateBatchBytes } from '../../../catalog';
import type { SqlSession } from '../../../catalog';
import { FlintError } from '../../../errors';
import { parseStatement } from '../../../sql/parser';
import { explainPlan, newAttribute, optimize, partitionCount } from '../../../sql';
import type { LPlan } from '../../../sql/logical';
import { parseSchema, simpleString, structType } from '../../../types';
import type { DataType, StructField, StructType } from '../../../types';
import { csvOptionsFrom, inferFields, rowToEngine, showString, toPython, treeString } from '../../../dataframe';
import { csvTextSource, jsonTextSource, listInputFiles, textTextSource } from '../../../dataframe/text-scan';
import type { TextSource } from '../../../dataframe/text-scan';
import { fileOrigin, fileScanSettingsFrom } from '../../../dataframe/file-scan';
import type { FileScanSettings } from '../../../dataframe/file-scan';
import type { ColumnBatch } from '../../../columnar';
import { batchesFromRows, cachedRows } from '../../../columnar';
import type { PyDatetimeFactory } from '../../../dataframe';
import { importModule } from '../../modules/registry';
import type { RDD, SparkContext } from '../../../rdd';
import { rddSource } from '../../../dataframe/rdd-scan';
import { contextVfs } from '../text-files';
import { PyModule, call, construct, getattr, pyErr, toArray, tuple } from '../../../values/py';
import type { PyType , PyDict} from '../../../values/py';
import { loadModule } from '../source-module';
import { parquetNativeFunctions } from './parquet-native';
import { sparkCallSite } from '../../runtime/call-site';
import { javaError } from '../native';

/** The text PySpark puts before a Python worker's traceback (captured.py's convert_exception). */
const PYTHON_WORKER = '\n  An exception was thrown from the Python worker. Please see the stack trace below.\n';

/**
 * Engine errors as PySpark's captured exceptions (`pyspark.errors.exceptions.captured`). As
 * PySpark's convert_exception: a Python UDF's failure is a PythonException; a SparkException
 * (a failed job) is no captured class, so py4j's Py4JJavaError reaches the user, raised by `call`.
 */
function captured(e: unknown, call = 'o.sql'): unknown {
  if (!(e instanceof FlintError)) return e;
  if (e.ename === 'SparkException' || e.ename === 'KeyboardInterrupt') return javaError(call, e);
  const mod = loadModule('pyspark.errors.exceptions.captured');
  if (e.ename === 'PythonException') return construct(mod.$d.get('PythonException') as PyType, [`${PYTHON_WORKER}${e.message}`]);
  const known = ['AnalysisException', 'ParseException', 'ArithmeticException', 'NumberFormatException', 'SparkRuntimeException', 'IllegalArgumentException'];
  const name = known.includes(e.ename) ? e.ename : 'AnalysisException';
  const cls = mod.$d.get(e.ename === 'ParseException' ? 'ParseException' : name === 'SparkRuntimeException' ? 'SparkRuntimeException' : name) as PyType | undefined;
  return construct(cls ?? (mod.$d.get('AnalysisException') as PyType), [e.message]);
}

/** The Dataset method a collecting action calls through py4j: `count` for df.count() ('count at Native...'), else collectToPython. */
function jvmAction(description: string | undefined): string {
  const m = description === undefined ? null : /^(\w+) at NativeMethodAccessorImpl\.java:0$/.exec(description);
  return `o.${m ? m[1]! : 'collectToPython'}`;
}

/** Runs an engine operation; `call` is the JVM method PySpark's py4j call names (`o.collectToPython`). */
function engine<T>(f: () => T, call?: string): T {
  try {
    return f();
  } catch (e) {
    throw captured(e, call);
  }
}

/** A type as nested tuples the Python types module rebuilds: ('long',), ('array', elem, containsNull), ... */
function typeTuple(t: DataType): unknown {
  switch (t.kind) {
    case 'array': return tuple(['array', typeTuple(t.element), t.containsNull]);
    case 'map': return tuple(['map', typeTuple(t.key), typeTuple(t.value), t.valueContainsNull]);
    case 'struct': if (t.udt) return tuple(['udt', importModule(t.udt.pyModule, true).$d.get(t.udt.pyClass)]);
      return tuple(['struct', t.fields.map((f) => tuple([f.name, typeTuple(f.type), f.nullable]))]);
    case 'decimal': return tuple(['decimal', t.precision, t.scale]);
    default: return tuple([t.kind]);
  }
}

const schemaOf = (s: SqlSession, sql: string): StructType => {
  const plan = s.analyze(sql);
  return structType(plan.output.filter((a) => !a.hidden).map((a) => ({ name: a.name, type: a.type, nullable: a.nullable })));
};

let viewCounter = 0;

/** Spark's file-scan settings as the session has them when a query runs (partitions follow the conf). */
export function fileScanSettings(s: SqlSession, sc: SparkContext): () => FileScanSettings {
  return fileScanSettingsFrom((k) => s.conf.get(k), () => sc.defaultParallelism);
}

/** date/datetime constructors of PyFlint's datetime module, for collected dates and timestamps. */
function datetimeFactory(): PyDatetimeFactory {
  const m = importModule('datetime', true);
  const date = m.$d.get('date');
  const datetime = m.$d.get('datetime');
  return {
    date: (y, mo, d) => call(date, [y, mo, d]),
    datetime: (y, mo, d, h, mi, s, us) => call(datetime, [y, mo, d, h, mi, s, us]),
    udt: (info, values) => call(getattr(construct(importModule(info.pyModule, true).$d.get(info.pyClass) as PyType, []), 'deserialize'), [values]),
    decimal: (text) => call(importModule('decimal', true).$d.get('Decimal'), [text]),
  };
}

/** A view's fields: parsed from `ddl`, or inferred from rows; the names in `nonNull` not nullable. */
function viewFields(names: unknown, rows: readonly (readonly unknown[])[], ddl: string | null, nonNull: unknown): StructField[] {
  const required = new Set(toArray(nonNull) as string[]);
  return (ddl === null ? inferFields(toArray(names) as string[], rows) : engine(() => parseSchema(ddl)))
    .map((f) => (required.has(f.name) ? { ...f, nullable: false } : f));
}

export function sqlNativeModule(): PyModule {
  const m = new PyModule('pyspark.sql._native');
  const rowClass = () => loadModule('pyspark.sql.types').$d.get('_make_row');
  const fns: Record<string, (...a: never[]) => unknown> = {
    ...Object.fromEntries(Object.entries(parquetNativeFunctions).map(([k, f]) => [k, (...a: never[]) => engine(() => (f as (...b: never[]) => unknown)(...a))])),
    new_session: () => createSqlSession(),
    /** Runs a command eagerly (as spark.sql does) and says whether `sql` is a query to keep lazy. */
    is_query: (s: SqlSession, sql: string) => engine(() => {
      if (parseStatement(sql).kind === 'query') {
        s.analyze(sql);
        return true;
      }
      return false;
    }),
    run_command: (s: SqlSession, sql: string) => engine(() => {
      const res = s.sql(sql);
      const name = `__flint_cmd_${viewCounter++}`;
      s.registerView(name, [...res.schema.fields], [...res.rows]);
      return name;
    }),
    schema: (s: SqlSession, sql: string) => engine(() => typeTuple(schemaOf(s, sql))),
    /** DataFrame.inputFiles(): the files of every file source the query reads, qualified, each once. */
    input_files: (s: SqlSession, sql: string) => engine(() => {
      const out = new Set<string>();
      const walk = (p: LPlan): void => {
        if (p.kind === 'scan') {
          if (p.origin?.kind === 'files') for (const f of p.origin.inputFiles) out.add(f);
          if (p.cached) walk(p.cached.child);
        } else if (p.kind === 'join' || p.kind === 'setOp') {
          walk(p.left);
          walk(p.right);
        } else if (p.kind !== 'command') walk(p.child);
      };
      walk(s.analyze(sql));
      return [...out];
    }),
    /** df.drop(col): the DataFrame column (`from` is the DataFrame as a subquery) the column reference `ref` resolves to, or null. */
    column_index: (s: SqlSession, from: string, ref: string) => engine(() => {
      const out = s.analyze(`SELECT *, ${ref} FROM ${from}`).output.filter((a) => !a.hidden);
      const i = out.slice(0, -1).findIndex((a) => a.id === out[out.length - 1]!.id);
      return i < 0 ? null : i;
    }),
    /**
     * `description`: the job description PySpark's action gives; by default the Python call site
     * (`collect at <stdin>:3`, `take at ...`), as DataFrame.collect's SCCallSiteSync sets it.
     */
    collect: (s: SqlSession, sql: string, description?: string) => engine(() => {
      const res = s.withJobDescription(description ?? sparkCallSite() ?? 'collect at <stdin>:1', () => s.sql(sql));
      const make = rowClass();
      const names = res.schema.fields.map((f) => f.name);
      const mk = (ns: string[], vs: unknown[]) => call(make, [ns, vs]);
      const dt = datetimeFactory();
      return res.rows.map((r) => mk(names, res.schema.fields.map((f, i) => toPython(r[i], f.type, mk, dt))));
    }, jvmAction(description)),
    /**
     * DataFrame.cache / persist: a temp view over the query's rows, computed on first use and
     * kept (Spark's InMemoryRelation); queries over it explain as InMemoryTableScan.
     */
    cache_view: (s: SqlSession, sql: string, storageLevel: string, sc: SparkContext | null = null) => engine(() => {
      const analyzed = s.analyze(sql);
      const visible = analyzed.output.filter((a) => !a.hidden);
      const types = visible.map((a) => a.type);
      let batches: ColumnBatch[] | null = null;
      const name = `__flint_cache_${viewCounter++}`;
      const get = (): ColumnBatch[] => {
        if (batches) return batches;
        batches = batchesFromRows(types, s.sql(sql).rows as unknown[][]);
        // Once computed, the Storage page lists it, named by its plan (Spark's CachedRDDBuilder
        // abbreviates the plan's text to 1024 characters).
        const plan = explainPlan(optimize(analyzed)).replace(/^== Physical Plan ==\n/, '').trimEnd();
        sc?.post({
          kind: 'tableCached', name, plan: plan.length > 1024 ? `${plan.slice(0, 1021)}...` : plan, numPartitions: Math.max(1, batches.length),
          numRows: batches.reduce((n, b) => n + b.numRows, 0), sizeBytes: estimateBatchBytes(batches), executorId: 'driver',
        });
        return batches;
      };
      s.catalog.createTempView(name, {
        kind: 'scan', name: 'InMemoryRelation', output: visible.map((a) => newAttribute(a.name, a.type, a.nullable)),
        rows: () => cachedRows(get()), batches: get, cached: { child: optimize(analyzed), storageLevel },
      }, true);
      return name;
    }),
    /** df.unpersist(): the Storage page drops the cached DataFrame (its view stays for DataFrames still reading it). */
    uncache_view: (sc: SparkContext | null, name: string) => (sc?.post({ kind: 'tableUncached', name }), null),
    /** The rows of each partition as Spark places them (`df.rdd`), empty partitions included. */
    partitions: (s: SqlSession, sql: string) => engine(() => {
      const n = partitionCount(optimize(s.analyze(sql)));
      const res = s.withJobDescription('javaToPython at NativeMethodAccessorImpl.java:0', () => s.sql(`SELECT *, spark_partition_id() AS __pid FROM (${sql}) AS __t`));
      const make = rowClass();
      const fields = res.schema.fields.slice(0, -1);
      const names = fields.map((f) => f.name);
      const mk = (ns: string[], vs: unknown[]) => call(make, [ns, vs]);
      const dt = datetimeFactory();
      const parts: unknown[][] = Array.from({ length: n }, () => []);
      for (const r of res.rows) parts[Math.min(n - 1, r[fields.length] as number)]!.push(mk(names, fields.map((f, i) => toPython(r[i], f.type, mk, dt))));
      return parts;
    }, 'o.javaToPython'),
    show: (s: SqlSession, sql: string, n: number, truncate: number, vertical: boolean) => engine(() => {
      const res = s.withJobDescription('showString at NativeMethodAccessorImpl.java:0', () => s.sql(`SELECT * FROM (${sql}) AS __t LIMIT ${Math.max(0, n) + 1}`));
      return showString(res.schema, res.rows, n, truncate, vertical);
    }, 'o.showString'),
    tree_string: (s: SqlSession, sql: string) => engine(() => treeString(schemaOf(s, sql))),
    simple_string: (s: SqlSession, sql: string) => engine(() => schemaOf(s, sql).fields.map((f) => tuple([f.name, simpleString(f.type)]))),
    /** Registers Python rows (lists of values) as a fresh view; `ddl` null means infer. Returns the view name. */
    create_view: (s: SqlSession, names: unknown, rows: unknown, ddl: string | null, nonNull: unknown) => {
      const data = (toArray(rows) as unknown[]).map((r) => toArray(r));
      const fields = viewFields(names, data, ddl, nonNull);
      const name = `__flint_df_${viewCounter++}`;
      for (const r of data) {
        if (r.length !== fields.length) throw pyErr('ValueError', `[LENGTH_SHOULD_BE_THE_SAME] obj and fields should be of the same length, got ${r.length} and ${fields.length}.`);
      }
      // PySpark parallelizes the data and applies the schema to that RDD: a LogicalRDD (Scan ExistingRDD).
      engine(() => s.registerView(name, fields, data.map((r) => rowToEngine(r, fields)), { kind: 'rdd' }));
      return name;
    },
    /** The column names of a DDL schema string. */
    ddl_names: (ddl: string) => engine(() => parseSchema(ddl).map((f) => f.name)),
    /**
     * `spark.createDataFrame(rdd)`: a fresh view whose scan is the RDD's lineage (elements: rows as
     * lists in column order), the schema given (`ddl`) or inferred from `sample` (its first rows).
     */
    create_rdd_view: (s: SqlSession, rdd: RDD, names: unknown, sample: unknown, ddl: string | null, nonNull: unknown) => {
      const fields = viewFields(names, (toArray(sample) as unknown[]).map((r) => toArray(r)), ddl, nonNull);
      const name = `__flint_df_${viewCounter++}`;
      const src = rddSource(rdd, fields);
      const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
      s.catalog.createTempView(name, { kind: 'scan', name, output, rows: () => cachedRows(src.batches()), batches: src.batches, partitions: src.partitions, files: src.files, origin: { kind: 'rdd' } }, true);
      return name;
    },
    /**
     * Reads csv/json/text files through the context's VFS into a fresh view; returns its name.
     * The driver settles the schema; queries the executors run read the files themselves
     * (Spark's FileScanRDD, `dataframe/text-scan.ts`), others read them here when first needed.
     */
    read_files: (s: SqlSession, sc: SparkContext, format: string, paths: unknown, options: PyDict) => engine(() => {
      const opt = (k: string, d: string) => {
        const v = options.get(k);
        return v === undefined || v === null ? d : typeof v === 'boolean' ? String(v) : String(v);
      };
      const vfs = contextVfs(sc);
      const files = listInputFiles(vfs, toArray(paths) as string[]);
      const name = `__flint_df_${viewCounter++}`;
      const settings = fileScanSettings(s, sc);
      let src: TextSource;
      if (format === 'text') {
        src = textTextSource(vfs, files, { wholetext: opt('wholetext', 'false').toLowerCase() === 'true', lineSep: opt('lineSep', '') || undefined }, settings);
      } else if (format !== 'json') {
        const keys = new Map<string, string>();
        for (const k of options.keyArray() as string[]) keys.set(String(k).toLowerCase(), String(k));
        const o = csvOptionsFrom((k) => {
          // Spark's reader options are case-insensitive; a None value is unset.
          const key = keys.get(k.toLowerCase());
          const v = key === undefined ? undefined : options.get(key);
          return v === undefined || v === null ? undefined : String(v);
        }, s.conf.get('spark.sql.columnNameOfCorruptRecord') ?? '_corrupt_record', s.conf.get('spark.sql.csv.parser.columnPruning.enabled'));
        // CSV goes straight to column batches (typed vectors), never through rows.
        src = csvTextSource(vfs, files, o, settings);
      } else {
        // JSON: one schema inferred over every file, as Spark's JsonInferSchema does.
        const flag = (k: string) => {
          const v = opt(k, '');
          return v === '' ? undefined : v.toLowerCase() === 'true';
        };
        src = jsonTextSource(vfs, files, {
          mode: opt('mode', 'PERMISSIVE'),
          columnNameOfCorruptRecord: opt('columnNameOfCorruptRecord', s.conf.get('spark.sql.columnNameOfCorruptRecord') ?? '_corrupt_record'),
          primitivesAsString: flag('primitivesAsString'),
          allowSingleQuotes: flag('allowSingleQuotes'),
          dropFieldIfAllNull: flag('dropFieldIfAllNull'),
          multiLine: flag('multiLine'),
          lineSep: opt('lineSep', '') || undefined,
        }, settings);
      }
      const output = src.fields.map((f) => newAttribute(f.name, f.type, f.nullable));
      const origin = fileOrigin(vfs, format === 'text' || format === 'json' ? format : 'csv', toArray(paths) as string[]);
      s.catalog.createTempView(name, { kind: 'scan', name, output, rows: () => cachedRows(src.batches()), batches: src.batches, partitions: src.partitions, files: src.files, origin }, true);
      return name;
    }),
  };
  for (const [k, f] of Object.entries(fns)) {
    (f as { $name?: string }).$name = k;
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.sql._native');
  return m;
}
