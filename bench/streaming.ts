/**
 * Structured Streaming on the driver, in process: (1) the latency of one micro-batch reading one
 * 2,000-line events JSON file through the Exercise 2 query (groupBy(action, window(time, "1 hour"))
 * .count(), complete mode, memory sink), anchored on the same query run as a static batch over
 * the same file; (2) the rate source's throughput through a stateless query into a memory sink.
 */
import { createSqlSession } from '../src/engine/catalog';
import { createMemoryVfs } from '../src/engine/io/create-vfs';
import { generateEvents } from '../src/engine/datagen/events';
import { MemorySink, StreamExecution, readWithSchema } from '../src/engine/streaming';
import type { QueryDef } from '../src/engine/streaming';
import type { BenchRow } from './harness';

const RUNS = 15;
const FIELDS = [{ name: 'time', type: { kind: 'timestamp' as const }, nullable: true }, { name: 'action', type: { kind: 'string' as const }, nullable: true }];
const CHILD = 'SELECT * FROM __flint_stream_b';
const AGG = `SELECT action, window(time, '1 hour') AS window, count(1) AS count FROM (${CHILD}) AS __t GROUP BY action, window(time, '1 hour')`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function windowedBatch(text: string, run: number): { ms: number; rows: number } {
  const vfs = createMemoryVfs();
  vfs.writeFile('/in/file-0.json', text, { createParents: true });
  const session = createSqlSession();
  session.registerView('__flint_stream_b', FIELDS, []);
  const def: QueryDef = {
    id: 'bench', runId: `bench${run}`, name: null, sql: AGG,
    sources: [{ view: '__flint_stream_b', def: { kind: 'files', format: 'json', path: '/in', fields: FIELDS, options: { maxFilesPerTrigger: '1' } } }],
    agg: {
      aggSql: AGG, childSql: CHILD, keys: ['action', "window(time, '1 hour')"],
      // What the Python API plans for groupBy(...).count(): partial counts per key in the state.
      incremental: {
        partialSql: `SELECT action AS __k0, window(time, '1 hour') AS __k1, count(1) AS __p0 FROM (${CHILD}) AS __t GROUP BY action, window(time, '1 hour')`,
        mergeSql: 'SELECT __k0, __k1, sum(__p0) AS __p0 FROM __FLINT_STATE__ GROUP BY __k0, __k1',
        finalSql: 'SELECT __k0 AS action, __k1 AS window, __p0 AS count FROM __FLINT_STATE__',
        stateKeys: ['__k0', '__k1'],
      },
    },
    watermarks: [], outputMode: 'complete',
    trigger: { kind: 'default', intervalMs: 0 }, checkpointLocation: null, tempCheckpoint: `/tmp/cp${run}`, sink: new MemorySink(session, 'counts'),
  };
  const q = new StreamExecution(def, session, vfs);
  const t0 = performance.now();
  if (!q.runBatch()) throw new Error('no batch ran');
  const ms = performance.now() - t0;
  return { ms, rows: session.sql('SELECT sum(count) FROM counts').rows[0]![0] === 2000n ? 2000 : -1 };
}

function staticQuery(text: string): number {
  const session = createSqlSession();
  const t0 = performance.now();
  session.registerView('events', FIELDS, readWithSchema('json', text, FIELDS));
  session.sql("SELECT action, window(time, '1 hour') AS window, count(1) AS count FROM events GROUP BY action, window(time, '1 hour')");
  return performance.now() - t0;
}

function rateThroughput(rowsPerSecond: number, batches: number): number {
  const vfs = createMemoryVfs();
  const session = createSqlSession();
  const fields = [{ name: 'timestamp', type: { kind: 'timestamp' as const }, nullable: true }, { name: 'value', type: { kind: 'long' as const }, nullable: true }];
  session.registerView('__flint_stream_r', fields, []);
  let now = 1_700_000_000_000;
  const def: QueryDef = {
    id: 'rate', runId: 'rate', name: null, sql: 'SELECT timestamp, value, value % 10 AS bucket FROM __flint_stream_r WHERE value >= 0',
    sources: [{ view: '__flint_stream_r', def: { kind: 'rate', fields, options: { rowsPerSecond: String(rowsPerSecond) } } }],
    agg: null, watermarks: [], outputMode: 'append', trigger: { kind: 'default', intervalMs: 0 },
    checkpointLocation: null, tempCheckpoint: '/tmp/rate', sink: { description: 'count', addBatch: (_id, _s, rows) => void (total += rows.length) },
  };
  let total = 0;
  // The source's clock moves one second per batch: each batch reads rowsPerSecond rows.
  const q = new StreamExecution(def, session, vfs, () => now);
  const t0 = performance.now();
  for (let i = 0; i < batches; i++) {
    now += 1000;
    q.runBatch();
  }
  const s = (performance.now() - t0) / 1000;
  if (total !== rowsPerSecond * batches) throw new Error(`rate source produced ${total} rows`);
  return total / s;
}

export async function streaming(): Promise<BenchRow[]> {
  const text = new TextDecoder().decode(generateEvents()[0]);
  windowedBatch(text, -1);
  staticQuery(text);
  const batch: number[] = [];
  const stat: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b = windowedBatch(text, i);
    if (b.rows !== 2000) throw new Error('windowed count lost rows');
    batch.push(b.ms);
    stat.push(staticQuery(text));
  }
  const b = median(batch);
  const s = median(stat);
  rateThroughput(10_000, 2);
  const rps = rateThroughput(100_000, 10);
  return [
    {
      name: 'micro-batch latency: 1 JSON file (2,000 lines) -> windowed count, complete mode (vs the static query)',
      flint: `${b.toFixed(1)} ms`, anchor: `${s.toFixed(1)} ms`, ratio: `${(b / s).toFixed(2)}x`, goal: '<= 50 ms',
    },
    {
      name: 'rate source throughput (rowsPerSecond=100k, stateless select, 10 batches)',
      flint: `${Math.round(rps).toLocaleString('en-US')} rows/s`, anchor: '-', ratio: '-', goal: 'report',
    },
  ];
}
