/**
 * What a Python function does inside a task: its prints go to the executor's log, not the
 * notebook (as on Databricks, where `foreach(print)` shows nothing in the cell), and the
 * Python exceptions it raises while its result is consumed lazily (generators, map objects)
 * reach the scheduler as task failures with their Python traceback.
 */
import { FlintError } from '../../errors';
import { PyBaseException, PyIterator, STOP, call, exceptionLine, formatException, io, iter } from '../../values/py';
import type { TextSink } from '../../values/py';
import { wrap } from '../runtime/errors';

let executorLog: TextSink = { write: () => {} };

/** Where prints inside tasks go (an executor log view); discarded by default. */
export function setExecutorOutput(sink: TextSink): void {
  executorLog = sink;
}

/** A Python exception as the task failure the scheduler reports (with its traceback). */
export function asTaskFailure(e: unknown): unknown {
  if (!(e instanceof PyBaseException) && e instanceof Error) return e;
  const x = e instanceof PyBaseException ? e : wrap(e);
  // The JVM wraps a Python worker's traceback in PythonException; its text leads the failure.
  const lines = formatException(x).map((l, i) => (i === 0 ? `org.apache.spark.api.python.PythonException: ${l}` : l));
  const last = exceptionLine(x);
  const colon = last.indexOf(': ');
  return colon < 0 ? new FlintError(last, '', lines.slice(0, -1)) : new FlintError(last.slice(0, colon), last.slice(colon + 2), lines.slice(0, -1));
}

/** How many task-code calls are running (a task's Python code may consume another pipeline's output). */
let depth = 0;

/**
 * Runs task code with prints sent to the executor log. A Python exception becomes the task's
 * failure only at the outermost boundary, when the engine itself pulls a result: raised inside
 * Python code (a pipeline consuming another's output, or the partition function's first call,
 * whose shipped wrapper reports it), it must stay a Python exception for the frames around it.
 */
function inTask<T>(f: () => T, boundary: boolean): T {
  const out = io.stdout;
  io.stdout = executorLog;
  depth++;
  try {
    return f();
  } catch (e) {
    throw boundary && depth === 1 ? asTaskFailure(e) : e;
  } finally {
    depth--;
    io.stdout = out;
  }
}

class TaskIterator extends PyIterator {
  constructor(private readonly inner: PyIterator) {
    super();
  }

  nx(): unknown {
    const v = inTask(() => this.inner.nx(), true);
    return v === STOP ? STOP : v;
  }
}

/** Runs a partition function's thunk and streams its result, both as task code. */
export function taskOutput(thunk: unknown): PyIterator {
  return new TaskIterator(inTask(() => iter(call(thunk, [])), false));
}
