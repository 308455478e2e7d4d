/**
 * The SQL entry point the notebook and the DataFrame API build on: parse → analyze →
 * plan → execute, plus the catalog commands. `createSqlSession()` gives one session.
 */
import { batchesFromRows, cachedRows } from '../columnar';
import type { ColumnBatch } from '../columnar';
import { castTo } from '../expr';
import type { Row } from '../expr';
import type { Plan, Statement } from '../sql/ast';
import { Analyzer, freshRelation } from '../sql/analyzer/analyzer';
import { AnalysisException } from '../sql/errors';
import { newAttribute } from '../sql/logical';
import type { LPlan, ScanOrigin } from '../sql/logical';
import { parseStatement } from '../sql/parser';
import { executePlan } from '../sql/physical/planner';
import { distributePlan, planSource, recordingResolver, setPlanSource } from '../sql/physical/distributed';
import type { SparkContext } from '../rdd';
import { explainFormatted, explainPlan } from '../sql/physical/explain';
import { withStatsText } from '../sql/physical/plan-stats';
import { optimize } from '../sql/optimizer/optimizer';
import { logicalPlanText, parsedPlanText } from '../sql/optimizer/plan-text';
import {
  BooleanType, field, formatValue, parseSchema, setSessionTimeZone, simpleString, StringType, structType,
} from '../types';
import type { StructField, StructType } from '../types';
import { Catalog } from './catalog';
import { localRelationPartitions } from '../sql/partitions';
import { SqlUiReporter } from './sql-ui';
import type { OptimizerTrace } from './sql-ui';
import { scalarNames, isAggregateName } from '../expr';

export class SqlResult {
  constructor(
    readonly schema: StructType,
    readonly rows: readonly Row[],
    /** True for commands (DDL, SET, ...) whose golden schema is `struct<>` when they return nothing. */
    readonly isCommand = false,
    /** DESCRIBE TABLE output, which HiveResult prints as three left-aligned 20-wide cells (null as ""). */
    readonly hiveDescribe = false,
  ) {}

  /** The rows as columnar batches (typed arrays + validity bitmaps), e.g. to post to a worker. */
  toBatches(): ColumnBatch[] {
    return batchesFromRows(this.schema.fields.map((f) => f.type), this.rows);
  }

  /** `struct<a:int,b:string>` as SQL golden files print it. */
  schemaString(): string {
    return simpleString(this.schema);
  }

  /** One tab-separated line per row, values formatted as Spark's HiveResult does. */
  toGoldenStrings(): string[] {
    if (this.hiveDescribe) return this.rows.map((r) => r.map((v) => (v === null ? '' : String(v)).padEnd(20)).join('\t'));
    return this.rows.map((r) => this.schema.fields.map((f, i) => formatValue(r[i], f.type)).join('\t'));
  }
}

export interface SqlSession {
  readonly catalog: Catalog;
  readonly conf: Map<string, string>;
  sql(text: string): SqlResult;
  /** Runs a statement and also returns the analyzed plan of a query (null for commands). */
  sqlDetailed(text: string): { result: SqlResult; plan: LPlan | null; statement: Statement };
  /** Analyzes a query to its logical plan without running it (for the DataFrame API). */
  analyze(text: string): LPlan;
  /**
   * Analyzes a parsed query plan (the DataFrame API builds these `ast.ts` plans directly;
   * `sql` is the text positions in error messages refer to, if any).
   */
  analyzePlan(plan: Plan, sql?: string): LPlan;
  /** Runs an already-analyzed plan. */
  execute(plan: LPlan): SqlResult;
  /** Registers an in-memory table as a temporary view. */
  /** `origin`: the relation Spark would read the rows from (`{ kind: 'rdd' }` for a DataFrame of Python data, a LogicalRDD), for EXPLAIN. */
  registerView(name: string, schema: readonly StructField[] | string, rows: Row[], origin?: ScanOrigin): void;
  /** Registers column batches (a reader's output, e.g. `readCsvBatches`) as a temporary view. */
  registerBatches(name: string, fields: readonly StructField[], batches: readonly ColumnBatch[]): void;
  /**
   * Runs queries' heavy stages as jobs on this context's executors (null: all in the
   * calling thread, as without a cluster).
   */
  attachContext(sc: SparkContext | null): void;
  /** The optimizer's rule-by-rule steps for a recent query execution reported to the Spark UI. */
  optimizerTrace(executionId: number): OptimizerTrace | null;
  /** Query plans analyzed so far (a cell that built DataFrames and ran nothing only defined transformations). */
  readonly queriesAnalyzed: number;
  /** Runs `f` with `description` as the description of the jobs it starts (`collect at <stdin>:1`). */
  withJobDescription<T>(description: string, f: () => T): T;
}

const EMPTY = structType([]);

export function createSqlSession(): SqlSession {
  const catalog = new Catalog();
  const conf = new Map<string, string>();
  let context: SparkContext | null = null;
  let description: string | null = null;
  const ui = new SqlUiReporter(conf);
  let analyzed = 0;
  const resultOf = (plan: LPlan): SqlResult => {
    const optimized = optimize(plan);
    const dctx = context && { sc: context, conf, description: description ?? context.callSite('sql') };
    const rows = ui.execute(context, plan, optimized, dctx?.description ?? '', planSource(plan)?.source.text ?? '', (observe) => {
      const executed = distributePlan(optimized, planSource(plan), dctx);
      return { executed, rows: executePlan(executed, [], observe) };
    });
    return new SqlResult(structType(plan.output.filter((a) => !a.hidden).map((a) => field(a.name, a.type, a.nullable))), stripHidden(plan, rows));
  };
  const analyzeQuery = (sql: string, stmt: Extract<Statement, { kind: 'query' }>): LPlan => {
    // The relations the analysis reads are recorded, so executors can rebuild the query's stages.
    const rec = recordingResolver(catalog, sql);
    const plan = new Analyzer(rec.resolver, sql, conf).plan(stmt.plan);
    analyzed++;
    setPlanSource(plan, rec.recorded());
    return plan;
  };
  const session: SqlSession = {
    catalog,
    conf,
    sql(text) {
      return run(parse(text), text);
    },
    sqlDetailed(text) {
      const statement = parse(text);
      if (statement.kind === 'query') {
        const plan = analyzeQuery(text, statement);
        return { result: resultOf(plan), plan, statement };
      }
      return { result: run(statement, text), plan: null, statement };
    },
    analyze(text) {
      const stmt = parse(text);
      if (stmt.kind !== 'query') throw new AnalysisException('Not a query.');
      return analyzeQuery(text, stmt);
    },
    analyzePlan(plan, sql = '') {
      setSessionTimeZone(conf.get('spark.sql.session.timeZone') ?? 'UTC');
      analyzed++;
      return new Analyzer(catalog, sql, conf).plan(plan);
    },
    execute: resultOf,
    attachContext(sc) {
      context = sc;
    },
    optimizerTrace: (id) => ui.optimizerTrace(id),
    get queriesAnalyzed() {
      return analyzed;
    },
    withJobDescription(d, f) {
      const prev = description;
      description = d;
      try {
        return f();
      } finally {
        description = prev;
      }
    },
    registerView(name, schema, rows, origin) {
      const fields = typeof schema === 'string' ? parseSchema(schema) : [...schema];
      const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
      const batches = batchesFromRows(fields.map((f) => f.type), rows);
      // A local relation (createDataFrame): LocalTableScan's partitions. Only the count is
      // kept, not `rows`: the view holds the batches, and the caller's row arrays can go.
      const count = rows.length;
      catalog.createTempView(name, { kind: 'scan', name, rows: () => cachedRows(batches), batches: () => batches, output, partitions: () => localRelationPartitions(count), ...(origin ? { origin } : {}) }, true);
    },
    registerBatches(name, fields, batches) {
      const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
      catalog.createTempView(name, { kind: 'scan', name, rows: () => cachedRows(batches), batches: () => batches, output }, true);
    },
  };

  const parse = (text: string) => {
    // The session zone is process-wide state in the type layer; set it before each statement.
    setSessionTimeZone(conf.get('spark.sql.session.timeZone') ?? 'UTC');
    return parseStatementWithConf(text);
  };
  const flag = (key: string) => conf.get(key)?.toLowerCase() === 'true';
  const parseStatementWithConf = (text: string) => parseStatement(text, {
    legacySetOpsPrecedence: flag('spark.sql.legacy.setopsPrecedence.enabled'),
    exponentLiteralAsDecimal: flag('spark.sql.legacy.exponentLiteralAsDecimal.enabled'),
  });
  const command = (rows: Row[] = [], schema: StructType = EMPTY): SqlResult => new SqlResult(schema, rows, true);

  function run(stmt: Statement, sql: string): SqlResult {
    switch (stmt.kind) {
      case 'query': return resultOf(analyzeQuery(sql, stmt));
      case 'createView': {
        let plan = new Analyzer(catalog, sql, conf).plan(stmt.plan);
        if (stmt.columns) {
          if (stmt.columns.length !== plan.output.length) {
            throw new AnalysisException(`The number of columns produced by the SELECT clause (num: \`${plan.output.length}\`) does not match the number of column names specified by CREATE VIEW (num: \`${stmt.columns.length}\`).`, 'CREATE_VIEW_COLUMN_ARITY_MISMATCH.NOT_ENOUGH_DATA_COLUMNS');
          }
          plan = freshRelation(plan, [], stmt.columns.map((c) => c.name));
        }
        const materialized = materialize(plan);
        if (stmt.global) catalog.createGlobalTempView(stmt.name[stmt.name.length - 1]!, materialized, stmt.replace);
        else if (stmt.temporary) catalog.createTempView(stmt.name[stmt.name.length - 1]!, materialized, stmt.replace);
        else catalog.createView(stmt.name, materialized, stmt.replace, stmt.ifNotExists);
        return command();
      }
      case 'createTable': {
        // A data source at a path (OPTIONS (path ...) or LOCATION): read from / written to files.
        const optionPath = Object.entries(stmt.options ?? {}).find(([k]) => k.toLowerCase() === 'path')?.[1];
        const path = stmt.location ?? optionPath;
        if (path !== undefined && stmt.provider && catalog.fileSources) {
          const files = catalog.fileSources;
          const declared = stmt.schema ? parseSchema(stmt.schema.replace(/\bNOT\s+NULL\b/gi, '')) : undefined;
          if (stmt.plan && !stmt.temporaryView) {
            if (catalog.table(stmt.name) && stmt.ifNotExists) return command();
            const res = resultOf(new Analyzer(catalog, sql, conf).plan(stmt.plan));
            files.write(stmt.provider, path, res.schema.fields, res.rows, stmt.options ?? {}, 'error');
            catalog.createTable(stmt.name, res.schema.fields.map((f) => ({ ...f })), [...res.rows], stmt.provider, stmt.ifNotExists);
            return command();
          }
          const rel = files.relation(stmt.provider, path, stmt.options ?? {}, declared);
          if (rel) {
            if (stmt.temporaryView) catalog.createTempView(stmt.name[stmt.name.length - 1]!, rel, stmt.replace);
            else if (rel.kind === 'scan' && rel.files) {
              // An external table over the files: read when a query needs it (by the executors when they can).
              catalog.createTable(stmt.name, rel.output.map((a) => ({ name: a.name, type: a.type, nullable: a.nullable })), [], stmt.provider, stmt.ifNotExists, rel);
            } else {
              const res = resultOf(rel);
              catalog.createTable(stmt.name, res.schema.fields.map((f) => ({ ...f })), [...res.rows], stmt.provider, stmt.ifNotExists);
            }
            return command();
          }
        }
        if (stmt.temporaryView) {
          // No file system here: the view has its declared schema and no rows.
          const fields = stmt.schema ? parseSchema(stmt.schema) : [];
          session.registerView(stmt.name[stmt.name.length - 1]!, fields, []);
          return command();
        }
        if (stmt.plan) {
          const res = resultOf(new Analyzer(catalog, sql, conf).plan(stmt.plan));
          catalog.createTable(stmt.name, res.schema.fields.map((f) => ({ ...f })), [...res.rows], stmt.provider ?? 'parquet', stmt.ifNotExists);
        } else {
          catalog.createTable(stmt.name, stmt.schema ? parseSchema(stmt.schema.replace(/\bNOT\s+NULL\b/gi, '')) : [], [], stmt.provider ?? 'parquet', stmt.ifNotExists);
        }
        return command();
      }
      case 'insert': {
        const t = catalog.table(stmt.table);
        if (!t) throw new AnalysisException(`The table or view ${stmt.table.map((p) => '`' + p + '`').join('.')} cannot be found.`, 'TABLE_OR_VIEW_NOT_FOUND');
        const plan = new Analyzer(catalog, sql, conf).plan(stmt.plan);
        // Static partition values (PARTITION (ds='x')) fill their columns; the query fills the rest.
        const staticParts = new Map<string, unknown>();
        for (const [col, e] of stmt.partition ?? []) {
          if (e) staticParts.set(col.toLowerCase(), executePlan(new Analyzer(catalog, sql, conf).plan({ kind: 'select', items: [e], distinct: false, windows: {}, lateralViews: [], pos: 0 }))[0]![0]);
        }
        const dataCols = t.schema.filter((f) => !staticParts.has(f.name.toLowerCase()));
        if (plan.output.length !== dataCols.length) {
          throw new AnalysisException(`Cannot write to \`${t.name}\`, the reason is not enough data columns.`, 'INSERT_COLUMN_ARITY_MISMATCH.NOT_ENOUGH_DATA_COLUMNS');
        }
        let next = 0;
        const cast: LPlan = {
          kind: 'project', child: plan, output: t.schema.map((f) => newAttribute(f.name, f.type, true)),
          exprs: t.schema.map((f) => {
            const key = f.name.toLowerCase();
            if (staticParts.has(key)) {
              const v = staticParts.get(key);
              return castTo({ kind: 'literal', value: v, type: v === null ? { kind: 'null' } : typeof v === 'number' ? { kind: 'int' } : StringType, nullable: v === null }, f.type);
            }
            const i = next++;
            return castTo({ kind: 'ref', index: i, type: plan.output[i]!.type, nullable: true }, f.type);
          }),
        };
        const batches = batchesFromRows(t.schema.map((f) => f.type), executePlan(cast));
        // An external table's files are read into it first (Flint keeps inserted rows with the table, not as new files).
        if (t.external) t.batches = stmt.overwrite ? [] : [...(t.external.batches?.() ?? batchesFromRows(t.schema.map((f) => f.type), t.external.rows()))];
        t.external = undefined;
        t.batches = stmt.overwrite ? batches : [...t.batches, ...batches];
        return command();
      }
      case 'drop': {
        if (stmt.what === 'database') {
          catalog.dropDatabase(stmt.name[0]!, stmt.ifExists);
          return command();
        }
        if (stmt.what === 'function') return command();
        const dropped = catalog.drop(stmt.name, stmt.what) || (stmt.what === 'table' && catalog.drop(stmt.name, 'view'));
        if (!dropped && !stmt.ifExists) {
          throw new AnalysisException(`The table or view ${stmt.name.map((p) => '`' + p + '`').join('.')} cannot be found.`, 'TABLE_OR_VIEW_NOT_FOUND');
        }
        return command();
      }
      case 'createDatabase': catalog.createDatabase(stmt.name, stmt.ifNotExists); return command();
      case 'use': catalog.useDatabase(stmt.database); return command();
      case 'set': {
        const schema = structType([field('key', StringType), field('value', StringType)]);
        if (stmt.key === undefined) return command([...conf.entries()].sort().map(([k, v]) => [k, v]), schema);
        if (stmt.value === undefined) return command([[stmt.key, conf.get(stmt.key) ?? '<undefined>']], schema);
        conf.set(stmt.key, stmt.value);
        return command([[stmt.key, stmt.value]], schema);
      }
      case 'reset':
        if (stmt.key !== undefined) conf.delete(stmt.key);
        else conf.clear();
        return command();
      case 'show': return show(stmt);
      case 'describe': return describe(stmt, sql);
      case 'cache': {
        const name = stmt.table.join('.');
        if (stmt.plan) {
          const view = materialize(new Analyzer(catalog, sql, conf).plan(stmt.plan));
          catalog.createTempView(stmt.table[stmt.table.length - 1]!, view, true);
          // CACHE TABLE (not LAZY) fills the cache now, as Spark's eager caching does.
          if (!stmt.lazy && context && view.kind === 'scan' && view.batches) ui.cached(context, name, view.batches());
        } else {
          const rel = catalog.lookupRelation(stmt.table);
          if (!rel) throw new AnalysisException(`The table or view ${stmt.table.map((p) => '`' + p + '`').join('.')} cannot be found.`, 'TABLE_OR_VIEW_NOT_FOUND');
          catalog.cacheTable(stmt.table);
          if (!stmt.lazy && context && rel.kind === 'scan' && rel.batches) ui.cached(context, name, rel.batches());
        }
        return command();
      }
      case 'uncache':
        catalog.uncacheTable(stmt.table);
        ui.uncached(context, stmt.table.join('.'));
        return command();
      case 'clearCache':
        catalog.uncacheTable(null);
        ui.uncached(context, null);
        return command();
      case 'explain': {
        if (stmt.statement.kind !== 'query') return command([['== Physical Plan ==\nExecute Command\n']], structType([field('plan', StringType)]));
        const analyzed = analyzeQuery(sql, stmt.statement);
        const plan = optimize(analyzed);
        // EXPLAIN COST: the optimized plan with each node's size statistics, then the physical plan.
        if (stmt.mode === 'cost') return command([[`== Optimized Logical Plan ==\n${withStatsText(logicalPlanText(plan), plan, conf)}\n\n${explainPlan(plan, conf)}`]], structType([field('plan', StringType)]));
        if (stmt.mode === 'formatted') return command([[explainFormatted(plan, conf)]], structType([field('plan', StringType)]));
        if (stmt.mode !== 'extended') return command([[explainPlan(plan, conf)]], structType([field('plan', StringType)]));
        // EXPLAIN EXTENDED: the parsed, analyzed (with its output schema) and optimized logical plans, then the physical one.
        const schema = analyzed.output.filter((a) => !a.hidden).map((a) => `${a.name}: ${simpleString(a.type)}`).join(', ');
        const text = [
          `== Parsed Logical Plan ==\n${parsedPlanText(stmt.statement.plan)}`,
          `== Analyzed Logical Plan ==\n${schema}\n${logicalPlanText(analyzed)}`,
          `== Optimized Logical Plan ==\n${logicalPlanText(plan)}`,
          explainPlan(plan, conf),
        ].join('\n\n');
        return command([[text]], structType([field('plan', StringType)]));
      }
      case 'unsupported': throw new AnalysisException(`Operation not supported: ${stmt.what.toUpperCase()}.`, 'UNSUPPORTED_FEATURE');
      default: {
        const never: never = stmt;
        throw new Error(`unexpected ${JSON.stringify(never)}`);
      }
    }
  }

  function show(stmt: Extract<Statement, { kind: 'show' }>): SqlResult {
    switch (stmt.what) {
      case 'tables': case 'views': {
        const schema = structType([field('namespace', StringType), field('tableName', StringType), field('isTemporary', BooleanType)]);
        const re = stmt.pattern ? patternRegex(stmt.pattern) : null;
        const rows = catalog.listTables(stmt.from?.[0]).filter(([, n]) => !re || re.test(n)).map(([d, n, t]) => [d, n.toLowerCase(), t]);
        return command(rows, schema);
      }
      case 'databases': return command(catalog.listDatabases().map((d) => [d]), structType([field('namespace', StringType)]));
      case 'functions': {
        const re = stmt.pattern ? patternRegex(stmt.pattern) : null;
        // Flint's internal helpers (__flint_*) are not Spark functions.
        const names = [...new Set([...scalarNames()])].filter((n) => !n.startsWith('__flint_') && (!re || re.test(n))).sort();
        return command(names.map((n) => [n]), structType([field('function', StringType)]));
      }
      case 'columns': {
        const parts = stmt.from ? [...stmt.from, stmt.table![stmt.table!.length - 1]!] : stmt.table!;
        const plan = catalog.lookupRelation(parts);
        if (!plan) throw new AnalysisException(`The table or view ${parts.map((p) => '`' + p + '`').join('.')} cannot be found.`, 'TABLE_OR_VIEW_NOT_FOUND');
        return command(plan.output.map((a) => [a.name]), structType([field('col_name', StringType)]));
      }
      default: {
        const never: never = stmt.what;
        throw new Error(`unexpected ${String(never)}`);
      }
    }
  }

  function describe(stmt: Extract<Statement, { kind: 'describe' }>, sql: string): SqlResult {
    const schema = structType([field('col_name', StringType), field('data_type', StringType), field('comment', StringType)]);
    if (stmt.function !== undefined) {
      const name = stmt.function.toLowerCase();
      const known = scalarNames().includes(name) || isAggregateName(name);
      const descSchema = structType([field('function_desc', StringType)]);
      // Cast aliases (boolean(x), int(x), ...) are registered as Cast with a generated usage text.
      if (CAST_ALIASES.has(name)) {
        const rows: Row[] = [[`Function: ${name}`], ['Class: org.apache.spark.sql.catalyst.expressions.Cast'], [`Usage: ${name}(expr) - Casts the value \`expr\` to the target data type \`${name}\`.`]];
        if (stmt.extended) rows.push([`Extended Usage:\n    No example/argument for ${name}.\n`]);
        return command(rows, descSchema);
      }
      if (!known) throw new AnalysisException(`Undefined function: ${stmt.function}.`, 'UNRESOLVED_ROUTINE');
      return command([[`Function: ${name}`]], descSchema);
    }
    const plan = stmt.query ? new Analyzer(catalog, sql, conf).plan(stmt.query) : catalog.lookupRelation(stmt.table!);
    if (!plan) throw new AnalysisException(`The table or view ${stmt.table!.map((p) => '`' + p + '`').join('.')} cannot be found.`, 'TABLE_OR_VIEW_NOT_FOUND');
    return new SqlResult(schema, plan.output.filter((a) => !a.hidden).map((a) => [a.name, simpleString(a.type), null]), true, true);
  }

  return session;
}

const CAST_ALIASES = new Set(['boolean', 'tinyint', 'smallint', 'int', 'bigint', 'float', 'double', 'decimal', 'date', 'timestamp', 'binary', 'string']);

function patternRegex(p: string): RegExp {
  const alts = p.split('|').map((x) => x.trim().replace(/[.+?^${}()[\]\\]/g, '\\$&').replace(/\*/g, '.*'));
  return new RegExp(`^(${alts.join('|')})$`, 'i');
}

/**
 * Views keep their rows as of creation (in columnar batches), like a cached plan over immutable
 * inputs. A view of a whole file source or RDD is that source's scan itself, as Spark inlines
 * the view's plan: queries over it read the source (EXPLAIN's FileScan / Scan ExistingRDD, the
 * executors' file scans), which reads its rows once when first needed.
 */
function materialize(plan: LPlan): LPlan {
  let source = optimize(plan);
  // Every column of the source, in order, under its own name (the view's attributes are the query's).
  while (source.kind === 'project' && source.exprs.length === source.child.output.length && source.exprs.every((e, i) => e.kind === 'ref' && e.index === i)) source = source.child;
  const scan = source;
  const whole = scan.output.length === plan.output.length && plan.output.every((a, i) => !a.hidden && a.name === scan.output[i]!.name && a.type.kind === scan.output[i]!.type.kind);
  if (scan.kind === 'scan' && scan.origin && !scan.cached && whole) return { ...scan, output: plan.output };
  let cached: ColumnBatch[] | null = null;
  const visibleIdx = plan.output.map((a, i) => (a.hidden ? -1 : i)).filter((i) => i >= 0);
  const output = visibleIdx.map((i) => plan.output[i]!);
  const batches = (): ColumnBatch[] => {
    cached ??= batchesFromRows(output.map((a) => a.type), executePlan(optimize(plan)).map((r) => visibleIdx.map((i) => r[i])));
    return cached;
  };
  return { kind: 'scan', name: 'View', output, rows: () => cachedRows(batches()), batches };
}

function stripHidden(plan: LPlan, rows: Row[]): Row[] {
  if (!plan.output.some((a) => a.hidden)) return rows;
  const keep = plan.output.map((a, i) => (a.hidden ? -1 : i)).filter((i) => i >= 0);
  return rows.map((r) => keep.map((i) => r[i]));
}

export { StringType };
