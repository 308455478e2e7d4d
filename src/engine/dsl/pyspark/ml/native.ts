/**
 * `pyspark.ml._native`: what the Python ML sources call on the "JVM side": the session's
 * file system (persistence paths), and DataFrame rows read or extended on engine values
 * (src/engine/ml/frame.ts) rather than as Python objects.
 */
import type { SparkContext } from '../../../rdd';
import type { SqlSession } from '../../../catalog';
import { PyModule, floatValue, getattr, mkFloat, pyErr, toArray, tuple } from '../../../values/py';
import { termIndex } from '../../../ml/hashing';
import { kmeansFit, kmeansPredict } from '../../../ml/kmeans';
import { IntegerType, formatDouble, parseDataType } from '../../../types';
import { toEngine } from '../../../dataframe';
import { InvalidAssemblyError, affineVectors, appendColumns, assembleVectors, collectBlock, frameRows, vectorStats } from '../../../ml/frame';
import type { NewColumn } from '../../../ml/frame';
import { contextVfs } from '../text-files';

let viewCounter = 0;

/** The engine session and query text of a Python DataFrame. */
export function frameOf(df: unknown): { session: SqlSession; sql: string } {
  const spark = getattr(df, 'sparkSession');
  return { session: getattr(spark, '_jsession') as SqlSession, sql: getattr(df, '_sql') as string };
}

export function mlNativeModule(): PyModule {
  const m = new PyModule('pyspark.ml._native');
  const fns: Record<string, (...a: never[]) => unknown> = {
    /** Java's Double.toString (how Spark casts a double to string). */
    double_str: (v: number) => formatDouble(floatValue(v)),
    /** HashingTF's index of a term. */
    term_index: (term: string, numFeatures: number) => termIndex(term, Number(numFeatures)),
    path_exists: (sc: SparkContext, path: string) => contextVfs(sc).exists(path),
    remove_path: (sc: SparkContext, path: string) => contextVfs(sc).rm(path, true),
    /** The training rows packed for the kernels (an opaque Block: n × d features, labels, weights). */
    collect_block: (df: unknown, featuresCol: string, labelCol: string | null, weightCol: string | null) => {
      const { session, sql } = frameOf(df);
      return collectBlock(session, sql, featuresCol, labelCol, weightCol);
    },
    /**
     * A new view: the DataFrame's rows with columns appended; `columns` is a list of
     * (name, type DDL, Python values, one per row). Returns the view name.
     */
    /** VectorAssembler on engine rows; returns the new view's name. */
    assemble: (df: unknown, inputCols: unknown, outputCol: string, mode: string, sizes: unknown) => {
      const { session, sql } = frameOf(df);
      try {
        return assembleVectors(session, sql, toArray(inputCols) as string[], outputCol, mode, (toArray(sizes) as number[]).map(Number), `__flint_ml_${viewCounter++}`);
      } catch (e) {
        if (e instanceof InvalidAssemblyError) throw pyErr('ValueError', e.message);
        throw e;
      }
    },
    /** KMeans on the DataFrame's rows: (centers as lists, iterations, cluster sizes, cost). */
    kmeans: (df: unknown, featuresCol: string, weightCol: string | null, k: number, seed: number | bigint, maxIter: number, tol: number, cosine: boolean, initMode: string) => {
      const { session, sql } = frameOf(df);
      const fit = kmeansFit(collectBlock(session, sql, featuresCol, null, weightCol), Number(k), seed, Number(maxIter), floatValue(tol), Boolean(cosine), initMode);
      return tuple([fit.centers.map((c) => Array.from(c, (v) => mkFloat(v))), fit.iterations, fit.sizes, mkFloat(fit.cost)]);
    },
    /** KMeansModel.transform: the closest center's index as an int column; returns the view name. */
    kmeans_predict: (df: unknown, featuresCol: string, predictionCol: string, centers: unknown, cosine: boolean) => {
      const { session, sql } = frameOf(df);
      const cs = (toArray(centers) as unknown[]).map((c) => Float64Array.from(toArray(c) as unknown[], (v) => floatValue(v as number)));
      const frame = frameRows(session, sql);
      const fi = frame.fields.findIndex((f) => f.name === featuresCol);
      const valid = frame.rows.map((r) => r[fi] !== null && r[fi] !== undefined);
      const block = collectBlock(session, `SELECT * FROM (${sql}) AS __t WHERE \`${featuresCol.replace(/`/g, '``')}\` IS NOT NULL`, featuresCol, null, null);
      const pred = kmeansPredict(block, cs, Boolean(cosine));
      let k = 0;
      const values = valid.map((ok) => (ok ? pred[k++]! : null));
      return appendColumns(session, sql, [{ name: predictionCol, type: IntegerType, values }], `__flint_ml_${viewCounter++}`, frame);
    },
    /** (count, mean, sample variance, min, max) of a vector column, as lists. */
    vector_stats: (df: unknown, col: string) => {
      const { session, sql } = frameOf(df);
      const st = vectorStats(session, sql, col);
      const f = (a: Float64Array) => Array.from(a, (x) => mkFloat(x));
      return tuple([st.count, f(st.mean), f(st.variance), f(st.min), f(st.max)]);
    },
    /** y = (x - shift) * scale + offset on a vector column (shift/offset None: sparsity kept); returns the view name. */
    affine: (df: unknown, inputCol: string, outputCol: string, shift: unknown, scale: unknown, offset: unknown) => {
      const { session, sql } = frameOf(df);
      const nums = (v: unknown) => (v === null ? null : (toArray(v) as unknown[]).map((x) => floatValue(x as number)));
      return affineVectors(session, sql, inputCol, outputCol, nums(shift), nums(scale)!, nums(offset), `__flint_ml_${viewCounter++}`);
    },
    append_columns: (df: unknown, columns: unknown) => {
      const { session, sql } = frameOf(df);
      const cols: NewColumn[] = (toArray(columns) as unknown[]).map((c) => {
        const [name, ddl, values] = toArray(c) as [string, string, unknown];
        const type = parseDataType(ddl);
        return { name, type, values: (toArray(values) as unknown[]).map((v) => toEngine(v, type)) };
      });
      return appendColumns(session, sql, cols, `__flint_ml_${viewCounter++}`);
    },
  };
  for (const [k, f] of Object.entries(fns)) {
    (f as { $name?: string }).$name = k;
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.ml._native');
  return m;
}
