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
      await cluster.runCell({ cellId, language: 'python', code, filename: '<doctest>', lineOffset: 0, namespace });
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
