/**
 * Streaming queries run in the background of the driver: between cells (the driver's idle
 * timer) as well as inside time.sleep, and what a background batch prints reaches the cell
 * that started the query. Uses the built driver (dist-node), as the CLI does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startNodeCluster } from './node-cluster';
import type { Cluster } from '../pool';
import type { DriverEvent, RunCellRequest } from '../protocol';

let cluster: Cluster | undefined;

afterEach(async () => {
  await cluster?.shutdown();
  cluster = undefined;
});

const py = (cellId: string, code: string): RunCellRequest => ({ cellId, language: 'python', code, filename: `<${cellId}>`, lineOffset: 0 });

describe('background streaming on the driver', () => {
  it('runs micro-batches while no cell runs, printing to the cell that started the query', async () => {
    cluster = await startNodeCluster('local[1]');
    const events: DriverEvent[] = [];
    cluster.onEvent((e) => events.push(e));
    const started = await cluster.runCell(py('start', `from pyspark.sql.streaming import MemoryStream
ms = MemoryStream("v INT", spark)
q = ms.toDF().writeStream.format("console").start()
ms.addData(1, 2)`));
    expect(started.status).toBe('ok');
    // No cell runs now: the idle timer runs the batch.
    const deadline = Date.now() + 10_000;
    const printed = () => events.filter((e) => e.kind === 'output' && e.cellId === 'start' && e.output.kind === 'stream').map((e) => (e as { output: { text: string } }).output.text).join('');
    while (!printed().includes('Batch: 0') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(printed()).toContain('-------------------------------------------\nBatch: 0\n-------------------------------------------\n+---+\n|  v|\n+---+\n|  1|\n|  2|\n+---+\n');
    const check = await cluster.runCell(py('check', 'print(q.lastProgress["batchId"], q.isActive)\nq.stop()'));
    expect(check.status).toBe('ok');
    expect(events.some((e) => e.kind === 'output' && e.cellId === 'check' && e.output.kind === 'stream' && e.output.text === '0 True\n')).toBe(true);
  });
});
