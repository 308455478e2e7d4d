/**
 * Python functions as FunctionRefs for the core, as PySpark pickles closures with
 * cloudpickle: ship.ts serialises the function; the codecs here turn the Broadcast and
 * Accumulator objects it captures into ids (noting them, so the scheduler ships the
 * broadcast bytes and accumulator zeros with the task) and back into executor-side
 * objects whose `.value` / `add` use the running task's registries.
 */
import { registerCodec } from '../../values';
import { PyDict, PyObject, construct, pyErr, tuple } from '../../values/py';
import type { PyModule, PyType } from '../../values/py';
import { registerFunctionCompiler } from '../../rdd';
import type { FunctionRef } from '../../rdd';
import { encodePyFunction } from './ship-encode';

type SharedKind = 'broadcast' | 'accumulator' | 'resultiterable';

interface Collector {
  readonly broadcasts: Set<number>;
  readonly accumulators: Set<number>;
}

let collecting: Collector | null = null;
let classOf: ((kind: SharedKind) => PyType) | null = null;

/** How the codecs find the Python classes on an executor (set when the modules register). */
export function setSharedClassResolver(resolve: (kind: SharedKind) => PyType): void {
  classOf = resolve;
}

function sharedKind(v: unknown): SharedKind | undefined {
  if (!(v instanceof PyObject)) return undefined;
  const k = v.$cls.lookup('_flint_shared');
  return k === 'broadcast' || k === 'accumulator' || k === 'resultiterable' ? k : undefined;
}

function sharedId(v: PyObject, kind: 'broadcast' | 'accumulator'): number {
  const id = v.$d?.get(kind === 'broadcast' ? '_bid' : '_aid');
  if (typeof id !== 'number') throw pyErr('RuntimeError', `this ${kind} object has no id`);
  return id;
}

function executorObject(kind: 'broadcast' | 'accumulator', id: number): PyObject {
  if (!classOf) throw new Error('pyspark modules are not registered on this executor');
  const o = new PyObject(classOf(kind));
  o.$d!.set(kind === 'broadcast' ? '_bid' : '_aid', id);
  o.$d!.set('_on_executor', true);
  return o;
}

for (const kind of ['broadcast', 'accumulator'] as const) {
  registerCodec<PyObject>({
    name: `pyspark.${kind}`,
    test: (v): v is PyObject => sharedKind(v) === kind,
    encode: (v, w) => {
      const id = sharedId(v, kind);
      if (collecting) (kind === 'broadcast' ? collecting.broadcasts : collecting.accumulators).add(id);
      w.u32(id);
    },
    decode: (r) => executorObject(kind, r.u32()),
  });
}

/** groupByKey's values travel as their list and come back as a ResultIterable. */
registerCodec<PyObject>({
  name: 'pyspark.resultiterable',
  test: (v): v is PyObject => sharedKind(v) === 'resultiterable',
  encode: (v, w) => w.value(v.$d?.get('data') ?? []),
  decode: (r) => {
    if (!classOf) throw new Error('pyspark modules are not registered on this executor');
    const o = new PyObject(classOf('resultiterable'));
    const data = r.value() as unknown[];
    o.$d!.set('data', data);
    o.$d!.set('index', null);
    o.$d!.set('maxindex', data.length);
    return o;
  },
});

const SPARK_5063 =
  'It appears that you are attempting to reference SparkContext from a broadcast variable, action, or transformation. ' +
  'SparkContext can only be used on the driver, not in code that it run on workers. For more information, see SPARK-5063.';
const RDD_NESTED =
  'It appears that you are attempting to broadcast an RDD or reference an RDD from an action or transformation. ' +
  'RDD transformations and actions can only be invoked by the driver, not inside of other transformations; for example, ' +
  'rdd1.map(lambda x: rdd2.values.count() * x) is invalid because the values transformation and count action cannot be ' +
  'performed inside of the rdd1.map transformation. For more information, see SPARK-5063.';

let errorsModule: (() => PyModule) | null = null;

/** Where PySparkRuntimeError lives (set when the modules register). */
export function setErrorsModule(load: () => PyModule): void {
  errorsModule = load;
}

function runtimeError(errorClass: string, text: string): unknown {
  const cls = errorsModule?.().$d.get('PySparkRuntimeError') as PyType | undefined;
  return cls ? construct(cls, [`[${errorClass}] ${text}`, errorClass, new PyDict()]) : pyErr('RuntimeError', `[${errorClass}] ${text}`);
}

/** PySpark refuses to pickle the driver-only objects with these messages. */
function driverOnlyError(e: unknown): unknown {
  const msg = (e as { args?: { items?: unknown[] } }).args?.items?.[0];
  if (typeof msg !== 'string') return e;
  if (/\(a SparkContext value\)/.test(msg)) return runtimeError('CONTEXT_ONLY_VALID_ON_DRIVER', SPARK_5063);
  if (/\(a (RDD|PipelinedRDD) value\)/.test(msg)) return runtimeError('RDD_TRANSFORM_ONLY_VALID_ON_DRIVER', RDD_NESTED);
  return e;
}

/** A Python callable as a FunctionRef naming the broadcasts and accumulators it uses. */
export function pyFunctionRef(fn: unknown): FunctionRef {
  const prev = collecting;
  const c: Collector = { broadcasts: new Set(), accumulators: new Set() };
  collecting = c;
  try {
    const ref = encodePyFunction(fn);
    return {
      ...ref,
      ...(c.broadcasts.size > 0 ? { broadcastIds: [...c.broadcasts] } : {}),
      ...(c.accumulators.size > 0 ? { accumulatorIds: [...c.accumulators] } : {}),
    };
  } catch (e) {
    throw driverOnlyError(e);
  } finally {
    collecting = prev;
  }
}


const helpers: Record<string, (...a: unknown[]) => unknown> = {
  pairToTuple: (p) => tuple([(p as unknown[])[0], (p as unknown[])[1]]),
};

registerFunctionCompiler('pyspark', (name) => {
  const fn = helpers[name];
  if (!fn) throw new Error(`unknown pyspark helper '${name}'`);
  return fn;
});

export function helperRef(name: keyof typeof helpers): FunctionRef {
  return { id: `pyspark:${name}`, lang: 'pyspark', source: name };
}
