/**
 * How the doctest suite runs Python: a namespace per docstring and one example at a time,
 * with what it printed (its stdout plus the repr of an expression's value) or its traceback.
 */
import { startNodeCluster } from '../../src/workers/node/node-cluster';
import type { Cluster } from '../../src/workers/pool';

export interface ExampleResult {
  readonly output: string;
  readonly traceback: string | null;
}

export interface PythonRunner {
  /** Why Python cannot run at all in this build, or null. */
  unavailableReason(): Promise<string | null>;
  freshNamespace(docstringSource: string): Promise<string>;
  runExample(namespace: string, code: string): Promise<ExampleResult>;
  close(): Promise<void>;
}

/**
 * An example that runs longer than this is stopped and fails: some doctests (job groups cancelled
 * from a second thread) wait on real concurrency that PyFlint's run-to-completion threads lack.
 */
const EXAMPLE_SECONDS = 30;

/** 'done', or after the deadline 'interrupted' (KeyboardInterrupt ended it) or 'stuck' (it ignored that). */
async function withDeadline(run: Promise<'done'>, interrupt: () => void): Promise<'done' | 'interrupted' | 'stuck'> {
  const after = <T>(s: number, v: T) => new Promise<T>((resolve) => setTimeout(resolve, s * 1000, v).unref());
  if ((await Promise.race([run, after(EXAMPLE_SECONDS, 'late' as const)])) === 'done') return 'done';
  interrupt();
  return (await Promise.race([run, after(10, 'stuck' as const)])) === 'done' ? 'interrupted' : 'stuck';
}

/** Python through a real cluster's driver, as `flint run` runs it. */
export async function clusterPythonRunner(master = 'local[4]'): Promise<PythonRunner> {
  const cluster: Cluster = await startNodeCluster(master);
  let probe: string | null | undefined;
  let cellSeq = 0;
  const run = async (code: string, namespace?: string): Promise<ExampleResult> => {
    const cellId = `doctest-${cellSeq++}`;
    let output = '';
    let traceback: string | null = null;
    const off = cluster.onEvent((e) => {
      if (e.kind !== 'output' || e.cellId !== cellId) return;
      const o = e.output;
      if (o.kind === 'stream' && o.name === 'stdout') output += o.text;
      else if (o.kind === 'result') output += `${o.text}\n`;
      else if (o.kind === 'error') traceback = o.error.traceback.join('\n');
    });
    try {
      const outcome = await withDeadline(cluster.runCell({ cellId, language: 'python', code, filename: '<doctest>', lineOffset: 0, namespace, interactive: true }).then(() => 'done' as const), () => cluster.interrupt());
      if (outcome !== 'done') {
        traceback = `TimeoutError: example still running after ${EXAMPLE_SECONDS} s; ${outcome === 'interrupted' ? 'interrupted' : 'it ignored the interrupt'}`;
        // Its tasks may still occupy the executors (a sleeping task ignores the driver's interrupt): replace
        // them, keeping the driver's namespaces; a driver that ignored the interrupt is replaced too.
        if (outcome === 'stuck') await cluster.restart();
        else for (const e of cluster.executorInfo().filter((x) => x.alive)) await cluster.killExecutor(e.slot);
      }
    } finally {
      off();
    }
    return { output, traceback };
  };
  return {
    async unavailableReason() {
      if (probe === undefined) {
        const r = await run('1');
        probe = r.traceback && /NotImplementedError/.test(r.traceback) ? r.traceback.split('\n').pop()! : null;
      }
      return probe;
    },
    async freshNamespace(source) {
      // Each docstring gets its own globals, as doctest gives each a copy of the module's.
      return `${source}#${cellSeq}`;
    },
    runExample: (ns, code) => run(code, ns),
    close: () => cluster.shutdown(),
  };
}
