/**
 * Training data as the kernels read it: one partition's instances packed row-major
 * (n rows of d features) with labels and weights. Partitions are built on the executors
 * from their rows and aggregated there; only statistics travel to the driver.
 */

export interface Block {
  n: number;
  d: number;
  /** Row-major features, n × d. */
  x: Float64Array;
  y: Float64Array;
  w: Float64Array;
}

/** A feature vector as the kernels take it: dense values, or sparse (size, indices, values). */
export type FeatureInput = ArrayLike<number> | { size: number; indices: ArrayLike<number>; values: ArrayLike<number> };

export function isSparse(v: FeatureInput): v is { size: number; indices: ArrayLike<number>; values: ArrayLike<number> } {
  return typeof (v as { size?: unknown }).size === 'number' && (v as { indices?: unknown }).indices !== undefined;
}

export function vectorSize(v: FeatureInput): number {
  return isSparse(v) ? v.size : v.length;
}

/** Packs instances; `d` is the feature count (every vector must have it). */
export function makeBlock(features: FeatureInput[], labels: ArrayLike<number>, weights: ArrayLike<number> | null, d: number): Block {
  const n = features.length;
  const x = new Float64Array(n * d);
  for (let r = 0; r < n; r++) {
    const v = features[r];
    const off = r * d;
    if (isSparse(v)) {
      if (v.size !== d) throw new RangeError(`vector size ${v.size} does not match ${d} features`);
      for (let k = 0; k < v.indices.length; k++) x[off + v.indices[k]] = v.values[k];
    } else {
      if (v.length !== d) throw new RangeError(`vector size ${v.length} does not match ${d} features`);
      for (let j = 0; j < d; j++) x[off + j] = v[j];
    }
  }
  const y = Float64Array.from(labels);
  const w = weights ? Float64Array.from(weights) : new Float64Array(n).fill(1);
  return { n, d, x, y, w };
}

/** Rows [from, to) of a block (shares nothing with it). */
export function sliceBlock(b: Block, from: number, to: number): Block {
  return { n: to - from, d: b.d, x: b.x.slice(from * b.d, to * b.d), y: b.y.slice(from, to), w: b.w.slice(from, to) };
}

/** Splits a block into `parts` contiguous blocks (for local tests of the partition algebra). */
export function splitBlock(b: Block, parts: number): Block[] {
  const out: Block[] = [];
  for (let p = 0; p < parts; p++) out.push(sliceBlock(b, Math.floor((p * b.n) / parts), Math.floor(((p + 1) * b.n) / parts)));
  return out;
}
