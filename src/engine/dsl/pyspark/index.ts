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
import { setContextVfs } from './text-files';
import type { Vfs } from '../../io';

export { portableHash, strHashSeed0 } from './portable-hash';
export { setExecutorOutput } from './task-output';
export { setContextVfs } from './text-files';

/** The Python SparkContext over the session's engine context (becomes the active one). */
export function pythonSparkContext(engineSc: EngineSparkContext): unknown {
  const cls = loadModule('pyspark.context').$d.get('SparkContext') as PyType;
  return construct(cls, [new Kw(['jsc'], [engineSc])]);
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
