/**
 * `pyspark.sql` for PyFlint: importing this registers the modules; `pysparkSqlGlobals`
 * gives a notebook its `spark`, `dataFrameTable` the table `display(df)` renders.
 */
import type { SparkContext as EngineSparkContext } from '../../../rdd';
import { construct, getattr } from '../../../values/py';
import type { PyType } from '../../../values/py';
import { resultTable } from '../../../dataframe';
import type { DataFrameTable } from '../../../dataframe';
import type { SqlSession } from '../../../catalog';
import { pythonSparkContext } from '..';
import { loadModule } from '../source-module';
import './modules';
import './udf';

export type { DataFrameTable } from '../../../dataframe';
export { displayStream, isStreamingDataFrame } from './streaming-display';

const sessions = new WeakMap<EngineSparkContext, unknown>();

/** The Python SparkSession of an engine context (one per context; `spark.sparkContext` is its `sc`). */
export function pythonSparkSession(engineSc: EngineSparkContext, sqlSession?: SqlSession): unknown {
  let spark = sessions.get(engineSc);
  if (spark === undefined) {
    const cls = loadModule('pyspark.sql.session').$d.get('SparkSession') as PyType;
    spark = construct(cls, sqlSession ? [pythonSparkContext(engineSc), sqlSession] : [pythonSparkContext(engineSc)]);
    sessions.set(engineSc, spark);
  }
  return spark;
}

/** Names a session seeds into Python: `{ spark }` (seed `sc` from pysparkGlobals first). */
export function pysparkSqlGlobals(engineSc: EngineSparkContext, sqlSession?: SqlSession): Record<string, unknown> {
  return { spark: pythonSparkSession(engineSc, sqlSession) };
}

/** Whether a Python value is a pyspark.sql DataFrame (for `display`). */
export function isDataFrame(x: unknown): boolean {
  const cls = loadModule('pyspark.sql.dataframe').$d.get('DataFrame') as PyType;
  return x !== null && typeof x === 'object' && (x as { $cls?: unknown }).$cls === cls;
}

/** The first `maxRows` rows of a Python DataFrame as display(df) shows them (runs the query). */
export function dataFrameTable(df: unknown, maxRows: number): DataFrameTable {
  const sql = getattr(df, '_sql') as string;
  const session = getattr(getattr(df, 'sparkSession'), '_jsession') as SqlSession;
  const res = session.sql(`SELECT * FROM (${sql}) AS __t LIMIT ${maxRows + 1}`);
  const total = res.rows.length > maxRows ? (session.sql(`SELECT count(1) FROM (${sql}) AS __t`).rows[0]![0] as bigint) : res.rows.length;
  return resultTable(res.schema, res.rows, maxRows, Number(total));
}
