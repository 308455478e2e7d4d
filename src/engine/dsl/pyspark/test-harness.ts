/** A notebook-like Python namespace with `sc` over in-process executors, for tests and scripts. */
import { createInterpreter } from '..';
import type { Interpreter } from '..';
import { InProcessBackend, SparkContext } from '../../rdd';
import { pysparkGlobals } from '.';
import type { Vfs } from '../../io';

export interface PySparkHarness {
  readonly interpreter: Interpreter;
  readonly engineSc: SparkContext;
  /** Runs a cell; returns what a notebook shows: stdout, then the repr of the last expression or the traceback. */
  run(code: string): { output: string; error: string | null };
}

export function pysparkHarness(slots = 4, master = `local[${slots}]`, appName = 'PythonTest', vfs?: Vfs): PySparkHarness {
  const engineSc = new SparkContext(new InProcessBackend(slots), { master, appName });
  let out = '';
  const interpreter = createInterpreter({ stdout: { write: (s: string) => void (out += s) }, globals: pysparkGlobals(engineSc, vfs ? { vfs } : {}) });
  return {
    interpreter,
    engineSc,
    run(code: string) {
      out = '';
      const r = interpreter.runCell(code, '<stdin>');
      if (r.error) return { output: out, error: r.error.traceback.join('\n') };
      return { output: out + (r.display !== null ? `${r.display}\n` : ''), error: null };
    },
  };
}
