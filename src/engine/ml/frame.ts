/**
 * DataFrame access for ML code, on engine rows (no Python objects in between): read a
 * vector column into the kernels' row-major Block, and append computed columns as a new
 * view. Vector values are VectorUDT structs `[type, size, indices, values]` (type 1 dense,
 * 0 sparse), as Spark stores them.
 */
import type { SqlSession } from '../catalog';
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
export function appendColumns(s: SqlSession, sql: string, columns: readonly NewColumn[], viewName: string): string {
  const { fields, rows } = frameRows(s, sql);
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
  const out = rows.map((r, k) => {
    const row = [...r];
    columns.forEach((c, j) => {
      row[slots[j]!] = c.values[k] ?? null;
    });
    return row;
  });
  s.registerView(viewName, outFields, out);
  return viewName;
}
