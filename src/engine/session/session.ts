/**
 * One notebook's state in the driver: the SparkContext on the executor pool, the cell
 * scopes, and the routing of outputs and scheduler events to the cell that caused them.
 */
import { SparkContext } from '../rdd';
import type { SchedulerEvent, TaskBackend } from '../rdd';
import { runTsCell, tsCellErrorData } from '../tscell';
import { formatLogArgs, inspect } from '../util/inspect';
import { assertNever } from '../util/assert-never';
import { FlintError, toErrorData } from '../errors';
import { createInterpreter, repr, setInterruptFlag, setParser, setPythonVfs } from '../dsl';
import { str } from '../values/py';
import type { Interpreter } from '../dsl';
import { parseModule } from '../dsl/syntax';
import { pysparkGlobals } from '../dsl/pyspark';
import { displayStream, isDataFrame, isStreamingDataFrame, pysparkSqlGlobals, pythonSparkSession } from '../dsl/pyspark/sql';
import { mlDisplayHtml } from '../dsl/pyspark/ml';
import { fileSourcesFor } from '../dsl/pyspark/sql/parquet-native';
import type { Vfs } from '../io';
import { createSqlSession } from '../catalog';
import type { OptimizerTrace, SqlSession } from '../catalog';
import { formatValue } from '../types';
import { prettyCell } from '../dataframe';
import { background } from '../streaming';
import type { TickContext } from '../streaming';
import { splitSqlStatements } from './split-sql';
import { dataFrameTableOutput, displayableAsDataFrame, sqlResultTable } from './display-table';
import { dbutilsFor } from './dbutils';
import { runFsCommand } from './fs-cell';
import type { CellOutput, CellRequest, CellRunResult } from './outputs';

export interface SessionHost {
  readonly backend: TaskBackend;
  readonly master: string;
  /** Non-zero asks running code to stop (a view on the cluster's shared control block). */
  readonly interruptFlag?: Int32Array;
  /** The file system cells and jobs read and write (`/databricks-datasets`, `/tmp`, ...). */
  readonly vfs?: Vfs;
  emitOutput(cellId: string, output: CellOutput): void;
  emitScheduler(cellId: string | null, event: SchedulerEvent): void;
}

setParser(parseModule);

export class Session {
  readonly sc: SparkContext;
  private executionCount = 0;
  private currentCell: string | null = null;
  private readonly tsScope: Record<string, unknown>;
  private readonly python = new Map<string, Interpreter>();
  private sqlSession: SqlSession | undefined;

  constructor(private readonly host: SessionHost) {
    this.sc = new SparkContext(host.backend, {
      master: host.master,
      listener: (event) => host.emitScheduler(this.currentCell, event),
    });
    // The Spark UI lists accumulator values as Python prints them.
    this.sc.scheduler.describeValue = (v) => repr(v);
    this.tsScope = { sc: this.sc };
    setInterruptFlag(host.interruptFlag ?? null);
    // open(), os and tempfile work on the files sc.textFile reads.
    setPythonVfs(host.vfs ?? null);
  }

  /** A Python namespace (the notebook's by default), created on first use. */
  private interpreter(namespace = ''): Interpreter {
    let interp = this.python.get(namespace);
    if (!interp) {
      interp = createInterpreter({
        stdout: { write: (text: string) => this.emit({ kind: 'stream', name: 'stdout', text }) },
        stderr: { write: (text: string) => this.emit({ kind: 'stream', name: 'stderr', text }) },
        globals: {
          ...pysparkGlobals(this.sc, { vfs: this.host.vfs }),
          // One SQL session for %sql cells and spark.sql, so temp views are shared.
          ...pysparkSqlGlobals(this.sc, this.sql()),
          ...(this.host.vfs ? { dbutils: dbutilsFor(this.host.vfs) } : {}),
          display: (value: unknown) => this.display(value),
          // Databricks' displayHTML: the page renders it sanitized, in a sandboxed frame.
          displayHTML: (html: unknown) => {
            this.emit({ kind: 'html', html: typeof html === 'string' ? html : str(html) });
            return null;
          },
        },
      });
      this.python.set(namespace, interp);
    }
    return interp;
  }

  /**
   * display(x): a DataFrame, a list of Rows or `dbutils.fs.ls(...)` as a table (cells as
   * show() prints them), anything else as its repr.
   */
  private display(value: unknown): null {
    const stages = mlDisplayHtml(value);
    if (stages !== null) {
      this.emit({ kind: 'html', html: stages });
      return null;
    }
    // A streaming DataFrame runs into a memory table; the cell's table follows its micro-batches.
    if (isDataFrame(value) && isStreamingDataFrame(value)) {
      // Updates go to this cell, whoever triggers them (a background batch, a stop from elsewhere).
      const cell = this.currentCell;
      displayStream(value, (table, live) => {
        if (cell !== null) this.host.emitOutput(cell, { ...dataFrameTableOutput(table, prettyCell), live });
      });
      return null;
    }
    const df = isDataFrame(value) ? value : displayableAsDataFrame(value, pythonSparkSession(this.sc, this.sql()));
    this.emit(df === null ? { kind: 'result', text: repr(value) } : dataFrameTableOutput(df, prettyCell));
    return null;
  }

  /** The optimizer's steps for a recent SQL execution (the Spark UI asks for a selected query). */
  sqlOptimizerTrace(executionId: number): OptimizerTrace | null {
    return this.sqlSession?.optimizerTrace(executionId) ?? null;
  }

  /** SQL and DataFrame query plans analyzed so far (with no job, a cell only built DataFrames). */
  get queriesAnalyzed(): number {
    return this.sqlSession?.queriesAnalyzed ?? 0;
  }

  private sql(): SqlSession {
    if (!this.sqlSession) {
      this.sqlSession = createSqlSession();
      // Queries' heavy stages run as jobs on the executors (they show in progress bars).
      this.sqlSession.attachContext(this.sc);
      // Files by format for SQL (parquet.`/path`, CREATE TABLE ... LOCATION), before any Python cell too.
      if (this.host.vfs) this.sqlSession.catalog.fileSources = fileSourcesFor(this.sqlSession, this.host.vfs);
    }
    return this.sqlSession;
  }

  /**
   * Background work (streaming queries) registered by a cell belongs to it: what a tick
   * prints, even while the driver is idle or another cell sleeps, goes to that cell.
   */
  private tickContext(): TickContext | null {
    const cell = this.currentCell;
    if (cell === null) return null;
    return {
      run: <T>(f: () => T): T => {
        const prev = this.currentCell;
        this.currentCell = cell;
        try {
          return f();
        } finally {
          this.currentCell = prev;
        }
      },
    };
  }

  /**
   * Runs the background ticks that are due while no cell runs (the driver's idle timer);
   * returns the ms until the next one is due (Infinity when there is none).
   */
  runBackground(): number {
    background.setContextProvider(() => this.tickContext());
    background.runDue();
    return background.nextDelay();
  }

  /** Ms until a background tick is due (Infinity when nothing is registered). */
  backgroundDelay(): number {
    return background.nextDelay();
  }

  /** Forgets a Python namespace (the doctest runner drops each docstring's when done). */
  dropNamespace(namespace: string): void {
    this.python.delete(namespace);
  }

  private emit(output: CellOutput): void {
    if (this.currentCell !== null) this.host.emitOutput(this.currentCell, output);
  }

  private cellGlobals(): Record<string, unknown> {
    const stream = (name: 'stdout' | 'stderr') => (...args: unknown[]) =>
      this.emit({ kind: 'stream', name, text: `${formatLogArgs(args)}\n` });
    return {
      console: { log: stream('stdout'), info: stream('stdout'), debug: stream('stdout'), warn: stream('stderr'), error: stream('stderr') },
      display: (value: unknown) => this.emit({ kind: 'result', text: inspect(value) }),
    };
  }

  /**
   * Runs each statement of a %sql cell; the last query's rows are shown as a table. A script
   * (`flint run q.sql`) prints every query's rows as `spark-sql -f` does: tab-separated
   * values, no header, NULL for null.
   */
  private runSql(text: string, script: boolean): void {
    const session = this.sql();
    const statements = splitSqlStatements(text);
    statements.forEach((statement, i) => {
      // As the spark-sql shell, a statement's text describes its jobs and its SQL execution.
      const result = session.withJobDescription(statement.trim(), () => session.sql(statement));
      if (result.isCommand && result.rows.length === 0) return;
      if (script) {
        const lines = result.toGoldenStrings();
        if (lines.length) this.emit({ kind: 'stream', name: 'stdout', text: `${lines.join('\n')}\n` });
      } else if (i === statements.length - 1) {
        this.showSqlResult(result);
      }
    });
  }

  private showSqlResult(result: ReturnType<SqlSession['sql']>): void {
    this.emit(sqlResultTable(result, (v, t) => formatValue(v, t)));
  }

  async runCell(req: CellRequest): Promise<CellRunResult> {
    const executionCount = ++this.executionCount;
    const t0 = performance.now();
    this.currentCell = req.cellId;
    background.setContextProvider(() => this.tickContext());
    let status: 'ok' | 'error' = 'ok';
    try {
      switch (req.language) {
        case 'ts': {
          Object.assign(this.tsScope, this.cellGlobals());
          try {
            const value = await runTsCell(req.code, req.filename, this.tsScope);
            if (value !== undefined) this.emit({ kind: 'result', text: inspect(value) });
          } catch (e) {
            status = 'error';
            this.emit({ kind: 'error', error: tsCellErrorData(e, req.filename, req.lineOffset) });
          }
          break;
        }
        case 'python': {
          const r = this.interpreter(req.namespace).runCell(req.code, req.filename, req.interactive);
          if (r.error) {
            status = 'error';
            this.emit({ kind: 'error', error: r.error });
          } else if (r.display !== null && !req.script) {
            this.emit({ kind: 'result', text: r.display });
          }
          break;
        }
        case 'sql':
          this.runSql(req.code, req.script === true);
          break;
        case 'fs':
          if (!this.host.vfs) throw new FlintError('IllegalStateException', 'this session has no file system');
          for (const line of req.code.split('\n').filter((l) => l.trim() !== '')) runFsCommand(this.host.vfs, line).forEach((o) => this.emit(o));
          break;
        default:
          assertNever(req.language, 'cell language');
      }
    } catch (e) {
      status = 'error';
      this.emit({ kind: 'error', error: toErrorData(e) });
    } finally {
      this.currentCell = null;
    }
    return { status, executionCount, durationMs: performance.now() - t0 };
  }
}
