/** A notebook-like namespace with `sc` and a StreamingContext on a ManualClock, for tests. */
import { createMemoryVfs } from '../../../io';
import type { Vfs } from '../../../io';
import { pysparkHarness } from '../test-harness';
import type { PySparkHarness } from '../test-harness';
// A session has a SparkSession, so py4j converts IllegalArgumentException (pyspark.errors...captured).
import '../sql';
import '.';

export interface StreamingHarness {
  readonly h: PySparkHarness;
  readonly vfs: Vfs;
  /** Runs a cell; throws with the traceback if it fails; returns its output. */
  run(code: string): string;
  /** Runs a cell that must fail; returns the traceback. */
  fails(code: string): string;
  /** Moves the manual clock (and the VFS's modification-time clock) forward by `seconds`. */
  advance(seconds: number): string;
  /** The VFS clock (files written now get this modification time). */
  setFileTime(ms: number): void;
}

export interface HarnessOptions {
  /** Share a VFS with an earlier harness (a driver restarted on the same storage). */
  readonly vfs?: Vfs;
  /** Create no StreamingContext (getOrCreate makes one). */
  readonly noContext?: boolean;
}

export function streamingHarness(batchSeconds = 1, slots = 4, options: HarnessOptions = {}): StreamingHarness {
  let fileTime = 0;
  const vfs = options.vfs ?? createMemoryVfs({ now: () => fileTime });
  const h = pysparkHarness(slots, `local[${slots}]`, 'PythonTest', vfs);
  const run = (code: string): string => {
    const r = h.run(code);
    if (r.error) throw new Error(`${r.output}\n${r.error}`);
    return r.output;
  };
  run('sc._conf.set("spark.streaming.clock", "org.apache.spark.util.ManualClock")\nfrom pyspark.streaming import StreamingContext');
  if (!options.noContext) run(`ssc = StreamingContext(sc, ${batchSeconds})`);
  return {
    h,
    vfs,
    run,
    fails(code: string): string {
      const r = h.run(code);
      if (!r.error) throw new Error(`expected an error, got output:\n${r.output}`);
      return r.error;
    },
    advance(seconds: number): string {
      return run(`ssc._jssc.advance_clock(${Math.round(seconds * 1000)})`);
    },
    setFileTime(ms: number): void {
      fileTime = ms;
    },
  };
}
