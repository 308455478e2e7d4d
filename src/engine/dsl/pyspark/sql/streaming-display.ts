/**
 * display(streamingDF) as Databricks does it: the stream runs into a memory table in the
 * background and the cell shows that table, sent again after every micro-batch.
 */
import { call, getattr } from '../../../values/py';
import { loadModule } from '../source-module';
import { liveInfo } from './streaming-native';
import type { Handle } from './streaming-native';

export type LiveInfo = ReturnType<typeof liveInfo>;

/** Whether a Python value is a streaming DataFrame. */
export function isStreamingDataFrame(df: unknown): boolean {
  const sql = getattr(df, '_sql');
  return typeof sql === 'string' && sql.includes('__flint_stream_');
}

/**
 * Starts the query behind display(df); `update` gets the DataFrame of its table and the
 * query's state after the start and after every micro-batch (and once more when it stops).
 */
export function displayStream(df: unknown, update: (table: unknown, live: LiveInfo) => void): unknown {
  const streaming = loadModule('pyspark.sql.streaming');
  const onUpdate = (q: unknown) => {
    const name = getattr(q, 'name') as string;
    const spark = getattr(q, '_spark');
    update(call(getattr(spark, 'table'), [name]), liveInfo(getattr(q, '_handle') as Handle, name));
    return null;
  };
  return call(streaming.$d.get('_display_stream'), [df, onUpdate]);
}
