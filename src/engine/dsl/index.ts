/**
 * PyFlint's public surface: interpreters for notebook cells and scripts, the interrupt flag,
 * and function shipping for Spark closures.
 */
import type * as A from './ast';
import { compileModule, instantiate } from './compiler/module';
import { checkModule } from './compiler/check';
import { PyBaseException, formatException, exceptionLine, io, repr, str, E, pyErr } from '../values/py';
import type { TextSink } from '../values/py';
import type { ErrorData } from '../errors';
import { S, setInterruptFlag } from './runtime/state';
import { wrap } from './runtime/errors';
import { parsePython } from './parse';
import { evaluator } from './runtime/introspect';
import { Globals, asGlobals } from '../values/py/globals';
import { parseExpression, PySyntaxError } from './syntax';
import { flushAllFiles } from './modules/vfs-host';
import { DISPLAY_HOOK, displayHook, toInteractive } from './interactive';
import './modules/math';
import './modules/sys';
import './modules/builtins-module';
import './modules/random';
import './modules/operator';
import './modules/functools';
import './modules/itertools';
import './modules/collections';
import './modules/json';
import './modules/open';
import './modules/io-module';
import './modules/os-path';
import './modules/os-module';
import './modules/glob';
import './modules/tempfile';
import './modules/shutil';
import './modules/fileinput';
import './modules/gzip';
import './modules/time-module';
import './modules/threading';
import './modules/datetime';
import './modules/calendar';
import './modules/decimal';
import './modules/re';
import './modules/heapq';
import './modules/bisect';
import './modules/copy';
import './modules/statistics';
import './modules/string';
import './modules/abc';
import './modules/abc-collections';
import './modules/typing';
import './modules/textwrap';
import './modules/csv-module';

export { setInterruptFlag };
export { setPythonVfs } from './modules/vfs-host';
export { setStepLimit } from '../values/py/interrupt';
export { registerModule, moduleFrom } from './modules/registry';
export { setParser } from './parse';
export { serializePyFunction, compileShippedFunction } from './ship';

export interface InterpreterOptions {
  readonly stdout: TextSink;
  readonly stderr?: TextSink;
  readonly filename?: string;
  /** Names the host pre-seeds into the notebook's globals (sc, spark, display, ...). */
  readonly globals?: Record<string, unknown>;
}

export interface CellResult {
  /** The last expression statement's value (undefined when none, or None). */
  readonly value: unknown;
  /** repr() of value, or null when there is nothing to display. */
  readonly display: string | null;
  readonly error: ErrorData | null;
  /** Set when the code raised SystemExit (sys.exit): the process exit status. */
  readonly exitCode?: number;
}

export interface Interpreter {
  readonly globals: Map<string, unknown>;
  /** `interactive`: Python's 'single' mode (doctest) — every expression statement shows its value. */
  runCell(source: string, cellName?: string, interactive?: boolean): CellResult;
}

evaluator.current = {
  run(source, G, mode, filename) {
    try {
      return evaluate(source, asGlobals(G), mode, filename);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        const x = pyErr(e.type, e.msg);
        for (const k of ['filename', 'lineno', 'offset', 'text'] as const) x.$d!.set(k, e[k]);
        throw x;
      }
      throw e;
    }
  },
};

function evaluate(source: string, G: Globals, mode: 'eval' | 'exec', filename: string): unknown {
  {
    let mod: A.Module;
    if (mode === 'eval') {
      const e = parseExpression(source.trim(), filename).body;
      const stmt: A.ExprStmt = { _type: 'Expr', value: e, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
      mod = { _type: 'Module', body: [stmt], type_ignores: [] };
    } else mod = parsePython(source, filename);
    checkModule(mod, filename, source);
    const compiled = compileModule(mod, { lastExpr: mode === 'eval' }, `${mode}\u0000${source}`);
    return instantiate(compiled, filename, source.split('\n'))(G, String(G.get('__name__') ?? '__main__'));
  }
}

function errorData(e: PyBaseException): ErrorData {
  const lines = formatException(e);
  const last = exceptionLine(e);
  const colon = last.indexOf(': ');
  return { ename: e.$cls.name, evalue: colon >= 0 ? last.slice(colon + 2) : '', traceback: lines };
}

function syntaxErrorData(e: unknown): ErrorData | null {
  const se = e as { type?: string; msg?: string; filename?: string; lineno?: number; offset?: number; text?: string | null };
  if (!se || typeof se !== 'object' || typeof se.msg !== 'string' || !se.type || !/Error$/.test(se.type)) return null;
  const lines = [`  File "${se.filename}", line ${se.lineno}`];
  if (se.text) {
    const text = se.text.replace(/\n$/, '');
    const stripped = text.trimStart();
    lines.push(`    ${stripped}`);
    if (se.offset) lines.push(`    ${' '.repeat(Math.max(0, se.offset - 1 - (text.length - stripped.length)))}^`);
  }
  lines.push(`${se.type}: ${se.msg}`);
  return { ename: se.type, evalue: se.msg, traceback: lines };
}

/** sys.exit(code): an int is the status; anything else is printed to stderr, status 1. */
function systemExit(x: PyBaseException, err: TextSink): CellResult {
  const code = x.args.items.length ? x.args.items[0] : null;
  if (code === null || code === undefined) return { value: undefined, display: null, error: null, exitCode: 0 };
  if (typeof code === 'number' && Number.isInteger(code)) return { value: undefined, display: null, error: null, exitCode: code };
  if (typeof code === 'boolean') return { value: undefined, display: null, error: null, exitCode: code ? 1 : 0 };
  err.write(`${str(code)}\n`);
  return { value: undefined, display: null, error: null, exitCode: 1 };
}

function run(source: string, filename: string, G: Globals, lastExpr: boolean, out: TextSink, err: TextSink, interactive = false): CellResult {
  const prevOut = io.stdout;
  const prevErr = io.stderr;
  io.stdout = out;
  io.stderr = err;
  try {
    let mod: A.Module;
    try {
      mod = parsePython(source, filename);
      checkModule(mod, filename, source);
    } catch (e) {
      const data = syntaxErrorData(e);
      if (data) return { value: undefined, display: null, error: data };
      throw e;
    }
    if (interactive) {
      mod = toInteractive(mod);
      G.set(DISPLAY_HOOK, displayHook);
    }
    const compiled = compileModule(mod, { lastExpr }, `${source}\u0000${lastExpr}\u0000${interactive}`);
    const body = instantiate(compiled, filename, source.split('\n'));
    S.depth = 0;
    S.exc.length = 0;
    const value = body(G, String(G.get('__name__') ?? '__main__'));
    const display = value === undefined || value === null ? null : repr(value);
    return { value, display, error: null };
  } catch (e) {
    const x = e instanceof PyBaseException ? e : wrap(e);
    if (x.$cls === E.SystemExit && !lastExpr) return systemExit(x, err);
    return { value: undefined, display: null, error: errorData(x) };
  } finally {
    if (interactive) G.delete(DISPLAY_HOOK);
    flushAllFiles();
    io.stdout = prevOut;
    io.stderr = prevErr;
  }
}

export function createInterpreter(opts: InterpreterOptions): Interpreter {
  const G = new Globals([['__name__', '__main__'], ['__doc__', null]]);
  for (const [k, v] of Object.entries(opts.globals ?? {})) G.set(k, v);
  const err = opts.stderr ?? opts.stdout;
  let n = 0;
  return {
    globals: G,
    runCell(source: string, cellName?: string, interactive?: boolean) {
      n++;
      return run(source, cellName ?? opts.filename ?? `<cell ${n}>`, G, true, opts.stdout, err, interactive);
    },
  };
}

/** Runs a whole program (`flint run prog.py`); uncaught exceptions come back as error data. */
export function runModule(source: string, filename: string, opts: { stdout: TextSink; stderr?: TextSink }): CellResult {
  const G = new Globals([['__name__', '__main__'], ['__doc__', null], ['__file__', filename]]);
  return run(source, filename, G, false, opts.stdout, opts.stderr ?? opts.stdout);
}

export { repr, str, E, pyErr };
