/**
 * PySpark for PyFlint: importing this registers the `pyspark` modules (and the codecs and
 * function compiler executors need); `pysparkGlobals` gives a notebook its `sc`.
 */
import type { SparkContext as EngineSparkContext } from '../../rdd';
import { construct } from '../../values/py';
import type { PyType } from '../../values/py';
import { Kw } from '../../values/py';
import { loadModule } from './source-module';
import './modules';
// pyspark.streaming (DStreams) registers with the other modules.
import './streaming';
import { setContextVfs } from './text-files';
import type { Vfs } from '../../io';

export { portableHash, strHashSeed0 } from './portable-hash';
export { setExecutorOutput } from './task-output';
export { setContextVfs } from './text-files';

const pythonContexts = new WeakMap<EngineSparkContext, unknown>();

/**
 * The Python SparkContext over an engine context: one per engine context (so `sc` and
 * `spark.sparkContext` are the same object); the first call makes it the active one.
 */
export function pythonSparkContext(engineSc: EngineSparkContext): unknown {
  let sc = pythonContexts.get(engineSc);
  if (sc === undefined) {
    const cls = loadModule('pyspark.context').$d.get('SparkContext') as PyType;
    sc = construct(cls, [new Kw(['jsc'], [engineSc])]);
    pythonContexts.set(engineSc, sc);
  }
  return sc;
}

export interface PySparkOptions {
  /** The file system textFile / wholeTextFiles / saveAsTextFile use. */
  readonly vfs?: Vfs;
}

/** Names a session seeds into the Python namespace: `sc` (and, later, `spark`). */
export function pysparkGlobals(engineSc: EngineSparkContext, options: PySparkOptions = {}): Record<string, unknown> {
  if (options.vfs) setContextVfs(engineSc, options.vfs);
  return { sc: pythonSparkContext(engineSc) };
}
