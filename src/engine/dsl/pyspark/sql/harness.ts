/** A notebook-like namespace with `sc` and `spark`, for the pyspark.sql tests. */
import { pysparkHarness } from '../test-harness';
import type { PySparkHarness } from '../test-harness';
import type { Vfs } from '../../../io';
import { pysparkSqlGlobals } from '.';

export function sparkHarness(vfs?: Vfs): PySparkHarness {
  const h = pysparkHarness(4, 'local[4]', 'PythonTest', vfs);
  for (const [k, v] of Object.entries(pysparkSqlGlobals(h.engineSc))) h.interpreter.globals.set(k, v);
  return h;
}
