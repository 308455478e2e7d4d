/**
 * One notebook's state in the driver: the SparkContext on the executor pool, the cell
 * scopes, and the routing of outputs and scheduler events to the cell that caused them.
 */
import { SparkContext } from '../rdd';
import type { SchedulerEvent, TaskBackend } from '../rdd';
import { runTsCell, tsCellErrorData } from '../tscell';
import { formatLogArgs, inspect } from '../util/inspect';
import { assertNever } from '../util/assert-never';
import { toErrorData } from '../errors';
import { createInterpreter, repr, setInterruptFlag, setParser } from '../dsl';
import type { Interpreter } from '../dsl';
import { parseModule } from '../dsl/syntax';
import type { CellOutput, CellRequest, CellRunResult } from './outputs';

export interface SessionHost {
  readonly backend: TaskBackend;
  readonly master: string;
  /** Non-zero asks running code to stop (a view on the cluster's shared control block). */
  readonly interruptFlag?: Int32Array;
  emitOutput(cellId: string, output: CellOutput): void;
  emitScheduler(cellId: string | null, event: SchedulerEvent): void;
}

setParser(parseModule);

const notYet: Record<'sql' | 'fs', string> = {
  sql: '%sql cells are not available in this build of Flint yet.',
  fs: '%fs cells are not available in this build of Flint yet.',
};

export class Session {
  readonly sc: SparkContext;
  private executionCount = 0;
  private currentCell: string | null = null;
  private readonly tsScope: Record<string, unknown>;
  private python: Interpreter | undefined;

  constructor(private readonly host: SessionHost) {
    this.sc = new SparkContext(host.backend, {
      master: host.master,
      listener: (event) => host.emitScheduler(this.currentCell, event),
    });
    this.tsScope = { sc: this.sc };
    setInterruptFlag(host.interruptFlag ?? null);
  }

  /** The notebook's Python namespace, created on first use. */
  private interpreter(): Interpreter {
    this.python ??= createInterpreter({
      stdout: { write: (text: string) => this.emit({ kind: 'stream', name: 'stdout', text }) },
      stderr: { write: (text: string) => this.emit({ kind: 'stream', name: 'stderr', text }) },
      globals: { display: (value: unknown) => this.emit({ kind: 'result', text: repr(value) }) },
    });
    return this.python;
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

  async runCell(req: CellRequest): Promise<CellRunResult> {
    const executionCount = ++this.executionCount;
    const t0 = performance.now();
    this.currentCell = req.cellId;
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
          const r = this.interpreter().runCell(req.code, req.filename);
          if (r.error) {
            status = 'error';
            this.emit({ kind: 'error', error: r.error });
          } else if (r.display !== null && !req.script) {
            this.emit({ kind: 'result', text: r.display });
          }
          break;
        }
        case 'sql':
        case 'fs':
          status = 'error';
          this.emit({ kind: 'error', error: { ename: 'NotImplementedError', evalue: notYet[req.language], traceback: [`NotImplementedError: ${notYet[req.language]}`] } });
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
