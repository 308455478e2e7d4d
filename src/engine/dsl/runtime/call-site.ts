/**
 * Where user code called into pyspark, as PySpark's `first_spark_call()` finds it: the name of
 * the outermost pyspark function on the stack and the file and line of the frame that called it
 * (`collect at <stdin>:3`). Spark's UI names jobs and RDDs after it.
 *
 * PyFlint keeps no frame stack at run time (a frame's line is a JS local, `$ln`), so nothing is
 * paid on the hot path: the lookup reads a JS stack trace instead, only when it is asked (at job
 * submission). Each compiled unit carries a `//# sourceURL=pyflint-<id>` and starts every
 * statement on a JS line of its own (compiler/stmt.ts `block`), so a stack frame's line gives
 * the unit and the statement, the statement its code object (file, function name) and line.
 * Engines whose stack traces ignore sourceURL for `new Function` code find no frames: the
 * callers keep their fixed descriptions.
 */
import type { CodeObject } from './errors';

/** Per compiled unit: for each line of its JS source, the statement position and code object. */
export interface UnitSites {
  readonly id: number;
  /** `$ln` position id of the statement a JS line belongs to (0: none). */
  readonly stmt: Int32Array;
  /** Index of the code object (`$co[i]`) a JS line runs in (-1: none). */
  readonly code: Int32Array;
}

let nextUnitId = 1;

/** The sourceURL comment appended to a unit's JS source. */
export function sourceUrlComment(id: number): string {
  return `\n//# sourceURL=pyflint-${id}`;
}

/**
 * Maps each line of a unit's generated source to its statement: the first `$ln = N` on a line
 * (statements start lines); a line without one continues the statement above.
 */
export function unitSites(source: string, stmtCodes: ReadonlyMap<number, number>): UnitSites {
  const lines = source.split('\n');
  const stmt = new Int32Array(lines.length);
  const code = new Int32Array(lines.length).fill(-1);
  const re = /\$ln = (\d+)/;
  let s = 0;
  let c = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]!);
    if (m) {
      const pos = Number(m[1]);
      const co = stmtCodes.get(pos);
      if (co !== undefined) {
        s = pos;
        c = co;
      }
    }
    stmt[i] = s;
    code[i] = c;
  }
  return { id: nextUnitId++, stmt, code };
}

interface Instances {
  readonly sites: UnitSites;
  /** The code objects of each instantiation (one per filename it ran under), latest last. */
  refs: WeakRef<readonly CodeObject[]>[];
}

const units = new Map<number, Instances>();

const finalizer = new FinalizationRegistry<number>((id) => {
  const u = units.get(id);
  if (!u) return;
  u.refs = u.refs.filter((r) => r.deref() !== undefined);
  if (!u.refs.length) units.delete(id);
});

/** Called when a unit is instantiated under a filename (compiler/module.ts `instantiate`). */
export function registerInstance(sites: UnitSites, codes: readonly CodeObject[]): void {
  let u = units.get(sites.id);
  if (!u) {
    u = { sites, refs: [] };
    units.set(sites.id, u);
  }
  u.refs.push(new WeakRef(codes));
  finalizer.register(codes, sites.id);
}

/** How many lines the engine's `new Function` wrapper puts before the body (null: no sourceURL in stacks). */
let wrapperLines: number | null | undefined;

function bodyLineOffset(): number | null {
  if (wrapperLines === undefined) {
    try {
      const probe = new Function('f', 'return f();\n//# sourceURL=pyflint-probe') as (f: () => string) => string;
      const m = /pyflint-probe:(\d+):\d+/.exec(probe(stackText));
      wrapperLines = m ? Number(m[1]) - 1 : null;
    } catch {
      wrapperLines = null;
    }
  }
  return wrapperLines;
}

interface V8CallSite {
  getScriptNameOrSourceURL(): string | null;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

type ErrorCtor = {
  stackTraceLimit?: number;
  prepareStackTrace?: (e: Error, sites: V8CallSite[]) => unknown;
};

/** `url:line:col` per frame, innermost first; every frame (the outermost Python frames matter). */
function stackText(): string {
  const E = Error as unknown as ErrorCtor;
  const limit = E.stackTraceLimit;
  const prepare = E.prepareStackTrace;
  E.stackTraceLimit = Infinity;
  // V8 hands structured frames to prepareStackTrace: formatting only their locations skips the
  // host's formatting (source maps under Node or vitest cost about a millisecond a trace).
  // Other engines ignore it and format the usual `name@url:line:col` text.
  E.prepareStackTrace = (_e, sites) => sites.map((c) => `${c.getScriptNameOrSourceURL() ?? ''}:${c.getLineNumber() ?? 0}:${c.getColumnNumber() ?? 0}`).join('\n');
  try {
    return String(new Error().stack ?? '');
  } finally {
    E.stackTraceLimit = limit;
    E.prepareStackTrace = prepare;
  }
}

export interface PyFrameSite {
  readonly filename: string;
  readonly lineno: number;
  /** The code object's name: the function, `<module>`, `<lambda>`, `<listcomp>`. */
  readonly name: string;
}

/** The Python frames on the current stack, innermost first (as far as the JS stack trace shows them). */
export function pythonFrames(): PyFrameSite[] {
  const offset = bodyLineOffset();
  if (offset === null) return [];
  const stack = stackText();
  const out: PyFrameSite[] = [];
  for (const m of stack.matchAll(/pyflint-(\d+):(\d+):\d+/g)) {
    const u = units.get(Number(m[1]));
    if (!u) continue;
    const i = Number(m[2]) - 1 - offset;
    const codes = latest(u);
    const co = codes?.[u.sites.code[i] ?? -1];
    if (!co) continue;
    const span = co.positions[u.sites.stmt[i]!];
    out.push({ filename: co.filename, lineno: span ? span[0]! : 0, name: co.name });
  }
  return out;
}

function latest(u: Instances): readonly CodeObject[] | undefined {
  for (let k = u.refs.length - 1; k >= 0; k--) {
    const codes = u.refs[k]!.deref();
    if (codes) return codes;
  }
  return undefined;
}

/** pyspark's own modules (`<pyspark.rdd>`, `<pyspark.sql.dataframe>`), which PySpark's lookup skips. */
export function isPySparkFile(filename: string): boolean {
  return /^<(pyspark|py4j)[.>]/.test(filename);
}

export interface SparkCallSite {
  /** The pyspark function the user called (`collect`, `count`, `reduceByKey`). */
  readonly function: string;
  readonly file: string;
  readonly line: number;
}

/**
 * PySpark's `first_spark_call()`: the outermost pyspark frame names the function; the frame
 * just outside it gives file and line. Null when no pyspark frame is on the stack (or the
 * engine's stack traces do not show PyFlint's frames).
 */
export function firstSparkCall(frames: readonly PyFrameSite[] = pythonFrames()): SparkCallSite | null {
  for (let i = frames.length - 1; i >= 0; i--) {
    if (!isPySparkFile(frames[i]!.filename)) continue;
    const user = frames[i + 1] ?? frames[i]!;
    // The user called a public method: Flint's pyspark defines some as module functions
    // (`def _collect(self)`, then `DataFrame.collect = _collect`), PySpark in the class.
    const name = frames[i]!.name;
    return { function: /^__.*__$/.test(name) ? name : name.replace(/^_+(?=[a-zA-Z])/, ''), file: user.filename, line: user.lineno };
  }
  return null;
}

/** `collect at <stdin>:3`, as SCCallSiteSync sets the JVM's call site; null when unknown. */
export function sparkCallSite(): string | null {
  const s = firstSparkCall();
  return s && `${s.function} at ${s.file}:${s.line}`;
}

/** `<stdin>:3`: where user code called into pyspark; null when unknown. */
export function userCallSite(): string | null {
  const s = firstSparkCall();
  return s && `${s.file}:${s.line}`;
}
