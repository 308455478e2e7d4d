/**
 * DataFrame access for ML code, on engine rows (no Python objects in between): read a
 * vector column into the kernels' row-major Block, and append computed columns as a new
 * view. Vector values are VectorUDT structs `[type, size, indices, values]` (type 1 dense,
 * 0 sparse), as Spark stores them.
 */
import type { SqlSession } from '../catalog';
import { VectorUDT } from '../types';
import type { DataType, StructField } from '../types';
import type { Row } from '../expr';
import { makeBlock } from './algos/dataset';
import type { Block, FeatureInput } from './algos/dataset';

export type VectorValue = readonly [number, number | null, readonly number[] | null, readonly number[]];

/** A dense vector as the engine stores it. */
export function denseVector(values: ArrayLike<number>): VectorValue {
  return [1, null, null, Array.from(values)];
}

/** A sparse vector as the engine stores it (indices strictly increasing). */
export function sparseVector(size: number, indices: ArrayLike<number>, values: ArrayLike<number>): VectorValue {
  return [0, size, Array.from(indices), Array.from(values)];
}

/** A stored vector as a kernel input: its dense values, or (size, indices, values). */
export function featureInput(v: unknown): FeatureInput {
  const r = v as VectorValue;
  if (Number(r[0]) === 1) return r[3];
  return { size: Number(r[1]), indices: r[2] ?? [], values: r[3] };
}

/** The dense values of a stored vector. */
export function vectorToArray(v: unknown): Float64Array {
  const r = v as VectorValue;
  if (Number(r[0]) === 1) return Float64Array.from(r[3]);
  const out = new Float64Array(Number(r[1]));
  const idx = r[2] ?? [];
  for (let k = 0; k < idx.length; k++) out[idx[k]!] = r[3][k]!;
  return out;
}

export interface FrameRows {
  readonly fields: readonly StructField[];
  readonly rows: readonly Row[];
}

/** Runs a DataFrame's query. */
export function frameRows(s: SqlSession, sql: string): FrameRows {
  const res = s.sql(sql);
  return { fields: res.schema.fields, rows: res.rows };
}

function columnIndex(fields: readonly StructField[], name: string): number {
  const i = fields.findIndex((f) => f.name === name);
  if (i < 0) throw new Error(`column ${name} does not exist`);
  return i;
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v));

/**
 * The rows' features (a vector column, or numeric columns assembled), label and weight
 * packed for the kernels. Rows with a null label or features are an error, as in Spark.
 */
export function collectBlock(s: SqlSession, sql: string, featuresCol: string, labelCol: string | null, weightCol: string | null): Block {
  const { fields, rows } = frameRows(s, sql);
  const fi = columnIndex(fields, featuresCol);
  const li = labelCol ? columnIndex(fields, labelCol) : -1;
  const wi = weightCol ? columnIndex(fields, weightCol) : -1;
  const features: FeatureInput[] = [];
  const labels = new Float64Array(rows.length);
  const weights = wi >= 0 ? new Float64Array(rows.length) : null;
  let d = -1;
  rows.forEach((r, k) => {
    const f = featureInput(r[fi]);
    const size = Array.isArray(f) || ArrayBuffer.isView(f) ? (f as ArrayLike<number>).length : (f as { size: number }).size;
    if (d < 0) d = size;
    features.push(f);
    labels[k] = li >= 0 ? num(r[li]) : 0;
    if (weights) weights[k] = r[wi] === null ? 1 : num(r[wi]);
  });
  return makeBlock(features, labels, weights, Math.max(d, 0));
}

export interface NewColumn {
  readonly name: string;
  readonly type: DataType;
  /** One engine value per row of the query's result. */
  readonly values: readonly unknown[];
}

/**
 * Registers the query's rows with `columns` appended (a same-named column is replaced in
 * place) as a fresh view and returns its name.
 */
export function appendColumns(s: SqlSession, sql: string, columns: readonly NewColumn[], viewName: string, frame?: FrameRows, keep?: readonly boolean[]): string {
  const { fields, rows } = frame ?? frameRows(s, sql);
  const outFields = [...fields];
  const slots = columns.map((c) => {
    const i = outFields.findIndex((f) => f.name === c.name);
    const field: StructField = { name: c.name, type: c.type, nullable: true };
    if (i >= 0) {
      outFields[i] = field;
      return i;
    }
    outFields.push(field);
    return outFields.length - 1;
  });
  const out: Row[] = [];
  rows.forEach((r, k) => {
    if (keep && !keep[k]) return;
    const row = [...r];
    columns.forEach((c, j) => {
      row[slots[j]!] = c.values[k] ?? null;
    });
    out.push(row);
  });
  s.registerView(viewName, outFields, out);
  return viewName;
}

/** Thrown for VectorAssembler's handleInvalid = "error" on a null. */
export class InvalidAssemblyError extends Error {}

const scalar = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'object' ? Number(String(v)) : Number(v));

/**
 * VectorAssembler over engine rows: the input columns (numeric, boolean or vector) concatenated
 * into one vector per row, stored sparse when that is smaller (Spark's `compressed`). `mode`:
 * "error" fails on a null, "skip" drops rows with a null or NaN, "keep" writes NaN (a null vector
 * column needs `sizes`). Returns the new view's name.
 */
export function assembleVectors(s: SqlSession, sql: string, inputCols: readonly string[], outputCol: string, mode: string, sizes: readonly number[], viewName: string): string {
  const frame = frameRows(s, sql);
  const idx = inputCols.map((c) => columnIndex(frame.fields, c));
  const isVec = idx.map((i) => frame.fields[i]!.type.kind === 'struct');
  const values: unknown[] = new Array(frame.rows.length);
  const keep: boolean[] = new Array(frame.rows.length);
  const ii: number[] = [];
  const vv: number[] = [];
  frame.rows.forEach((r, k) => {
    ii.length = 0;
    vv.length = 0;
    let cur = 0;
    let bad = false;
    for (let c = 0; c < idx.length; c++) {
      const v = r[idx[c]!];
      if (v === null || v === undefined) {
        if (mode === 'error') throw new InvalidAssemblyError('Encountered null while assembling a row with handleInvalid = "error". Consider removing nulls from dataset or using handleInvalid = "keep" or "skip".');
        bad = true;
        const n = isVec[c] ? sizes[c]! : 1;
        for (let j = 0; j < n; j++) {
          ii.push(cur + j);
          vv.push(NaN);
        }
        cur += n;
      } else if (isVec[c]) {
        const f = featureInput(v);
        if (Array.isArray(f) || ArrayBuffer.isView(f)) {
          const a = f as ArrayLike<number>;
          for (let j = 0; j < a.length; j++) {
            if (a[j] !== 0) {
              ii.push(cur + j);
              vv.push(a[j]!);
              if (Number.isNaN(a[j])) bad = true;
            }
          }
          cur += a.length;
        } else {
          const sp = f as { size: number; indices: ArrayLike<number>; values: ArrayLike<number> };
          for (let j = 0; j < sp.indices.length; j++) {
            if (sp.values[j] !== 0) {
              ii.push(cur + sp.indices[j]!);
              vv.push(sp.values[j]!);
              if (Number.isNaN(sp.values[j])) bad = true;
            }
          }
          cur += sp.size;
        }
      } else {
        const x = scalar(v);
        if (Number.isNaN(x)) bad = true;
        if (x !== 0) {
          ii.push(cur);
          vv.push(x);
        }
        cur += 1;
      }
    }
    keep[k] = !(mode === 'skip' && bad);
    if (1.5 * (ii.length + 1) < cur) {
      values[k] = sparseVector(cur, ii, vv);
    } else {
      const dense = new Array<number>(cur).fill(0);
      for (let j = 0; j < ii.length; j++) dense[ii[j]!] = vv[j]!;
      values[k] = denseVector(dense);
    }
  });
  return appendColumns(s, sql, [{ name: outputCol, type: VectorUDT, values }], viewName, frame, keep);
}

/** Column statistics of a vector column (Spark's Summarizer subset): nulls skipped. */
export interface VectorStats {
  count: number;
  mean: Float64Array;
  /** Sample variance (n - 1). */
  variance: Float64Array;
  min: Float64Array;
  max: Float64Array;
}

export function vectorStats(s: SqlSession, sql: string, col: string): VectorStats {
  const frame = frameRows(s, sql);
  const i = columnIndex(frame.fields, col);
  let d = -1;
  let n = 0;
  let mean = new Float64Array(0);
  let m2 = new Float64Array(0);
  let min = new Float64Array(0);
  let max = new Float64Array(0);
  for (const r of frame.rows) {
    const v = r[i];
    if (v === null || v === undefined) continue;
    const x = vectorToArray(v);
    if (d < 0) {
      d = x.length;
      mean = new Float64Array(d);
      m2 = new Float64Array(d);
      min = new Float64Array(d).fill(Infinity);
      max = new Float64Array(d).fill(-Infinity);
    }
    n++;
    for (let j = 0; j < d; j++) {
      const xj = x[j]!;
      const delta = xj - mean[j]!;
      mean[j] = mean[j]! + delta / n;
      m2[j] = m2[j]! + delta * (xj - mean[j]!);
      if (xj < min[j]!) min[j] = xj;
      if (xj > max[j]!) max[j] = xj;
    }
  }
  const variance = m2.map((v) => (n > 1 ? v / (n - 1) : 0));
  return { count: n, mean, variance, min, max };
}

/**
 * y_j = (x_j - shift_j) * scale_j + offset_j for a vector column, as a new view. With no shift and
 * no offset a sparse vector stays sparse (its zeros stay zero); otherwise the output is dense.
 */
export function affineVectors(s: SqlSession, sql: string, inputCol: string, outputCol: string, shift: ArrayLike<number> | null, scale: ArrayLike<number>, offset: ArrayLike<number> | null, viewName: string): string {
  const frame = frameRows(s, sql);
  const i = columnIndex(frame.fields, inputCol);
  const values = frame.rows.map((r) => {
    const v = r[i];
    if (v === null || v === undefined) return null;
    const f = featureInput(v);
    if (!shift && !offset && !(Array.isArray(f) || ArrayBuffer.isView(f))) {
      const sp = f as { size: number; indices: ArrayLike<number>; values: ArrayLike<number> };
      return sparseVector(sp.size, sp.indices, Array.from(sp.values, (x, k) => x * scale[sp.indices[k]!]!));
    }
    const x = vectorToArray(v);
    const out = new Array<number>(x.length);
    for (let j = 0; j < x.length; j++) out[j] = (x[j]! - (shift ? shift[j]! : 0)) * scale[j]! + (offset ? offset[j]! : 0);
    return denseVector(out);
  });
  return appendColumns(s, sql, [{ name: outputCol, type: VectorUDT, values }], viewName, frame);
}
