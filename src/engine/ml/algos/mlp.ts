/**
 * Spark's multilayer perceptron (ml.ann): affine layers with sigmoid activations and a
 * softmax + cross-entropy top, weights laid out per layer as the column-major numOut × numIn
 * matrix then the bias, initialised from XORShiftRandom(seed) with (u·4.8 - 2.4)/√numIn.
 * Rows are stacked `blockSize` at a time within a partition; a block's loss and gradient are
 * averaged over its rows, and the optimiser averages over the number of blocks
 * (mllib's LBFGS CostFun / GradientDescent with ANNUpdater).
 */
import type { Block } from './dataset';
import { breezeMinimize } from './breeze';
import { XORShiftRandom } from '../../expr/functions/random';

export function weightCount(layers: number[]): number {
  let n = 0;
  for (let i = 0; i + 1 < layers.length; i++) n += layers[i] * layers[i + 1] + layers[i + 1];
  return n;
}

export function initWeights(layers: number[], seed: bigint): Float64Array {
  const w = new Float64Array(weightCount(layers));
  const rnd = new XORShiftRandom(seed);
  let off = 0;
  for (let i = 0; i + 1 < layers.length; i++) {
    const numIn = layers[i];
    const size = numIn * layers[i + 1] + layers[i + 1];
    const sqrtIn = Math.sqrt(numIn);
    for (let k = 0; k < size; k++) w[off + k] = (rnd.nextDouble() * 4.8 - 2.4) / sqrtIn;
    off += size;
  }
  return w;
}

function softmaxInPlace(v: Float64Array): void {
  let max = -Number.MAX_VALUE;
  for (let i = 0; i < v.length; i++) if (v[i] > max) max = v[i];
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const e = Math.exp(v[i] - max);
    v[i] = e;
    sum += e;
  }
  for (let i = 0; i < v.length; i++) v[i] /= sum;
}

/**
 * Forward pass over a batch (columns = rows of the data): the outputs of every affine layer
 * after its activation (sigmoid, or softmax on top unless `raw`).
 */
function forward(layers: number[], w: Float64Array, x: Float64Array[], raw: boolean): Float64Array[][] {
  const outs: Float64Array[][] = [];
  let input = x;
  let off = 0;
  const last = layers.length - 2;
  for (let li = 0; li + 1 < layers.length; li++) {
    const numIn = layers[li];
    const numOut = layers[li + 1];
    const bOff = off + numIn * numOut;
    const out = input.map((col) => {
      const o = new Float64Array(numOut);
      for (let r = 0; r < numOut; r++) o[r] = w[bOff + r];
      for (let c = 0; c < numIn; c++) {
        const t = col[c];
        if (t === 0) continue;
        for (let r = 0; r < numOut; r++) o[r] += t * w[off + r + c * numOut];
      }
      if (li < last) for (let r = 0; r < numOut; r++) o[r] = 1 / (1 + Math.exp(-o[r]));
      else if (!raw) softmaxInPlace(o);
      return o;
    });
    outs.push(out);
    input = out;
    off = bOff + numOut;
  }
  return outs;
}

/** The network's raw output (before softmax) for one input. */
export function predictRaw(layers: number[], w: Float64Array, x: ArrayLike<number>): Float64Array {
  const outs = forward(layers, w, [Float64Array.from(x)], true);
  return outs[outs.length - 1][0];
}

export function softmax(raw: ArrayLike<number>): Float64Array {
  const v = Float64Array.from(raw);
  softmaxInPlace(v);
  return v;
}

/**
 * Work buffers for one partition: per affine layer, its outputs (numOut × cols, column j at
 * j·numOut) and deltas; reused across the partition's stacked blocks.
 */
class Workspace {
  readonly offs: number[] = [];
  readonly outs: Float64Array[];
  readonly deltas: Float64Array[];
  constructor(readonly layers: number[], readonly cols: number) {
    let off = 0;
    for (let li = 0; li + 1 < layers.length; li++) {
      this.offs.push(off);
      off += layers[li] * layers[li + 1] + layers[li + 1];
    }
    this.outs = this.offs.map((_, li) => new Float64Array(layers[li + 1] * cols));
    this.deltas = this.offs.map((_, li) => new Float64Array(Math.max(layers[li + 1], layers[li]) * cols));
  }
}

/**
 * One stacked block's loss (cross-entropy averaged over its `cols` rows, features at
 * x[xOff + j·d ..]); the gradient is added to `cum`. Same arithmetic order as Spark's BLAS calls.
 */
function blockGradient(ws: Workspace, w: Float64Array, x: Float64Array, xOff: number, y: Float64Array, yOff: number, cols: number, cum: Float64Array): number {
  const layers = ws.layers;
  const L = layers.length - 1;
  // forward
  for (let li = 0; li < L; li++) {
    const numIn = layers[li];
    const numOut = layers[li + 1];
    const off = ws.offs[li];
    const bOff = off + numIn * numOut;
    const out = ws.outs[li];
    const inp = li === 0 ? x : ws.outs[li - 1];
    const inOff = li === 0 ? xOff : 0;
    for (let j = 0; j < cols; j++) {
      const o = j * numOut;
      const ib = inOff + j * numIn;
      for (let r = 0; r < numOut; r++) out[o + r] = w[bOff + r];
      for (let c = 0; c < numIn; c++) {
        const t = inp[ib + c];
        if (t === 0) continue;
        const wc = off + c * numOut;
        for (let r = 0; r < numOut; r++) out[o + r] += t * w[wc + r];
      }
      if (li < L - 1) for (let r = 0; r < numOut; r++) out[o + r] = 1 / (1 + Math.exp(-out[o + r]));
      else softmaxAt(out, o, numOut);
    }
  }
  // top delta (softmax output - one-hot target) and loss -Σ t·log(o) / cols
  const k = layers[L];
  const top = ws.outs[L - 1];
  let delta = ws.deltas[L - 1];
  let lossSum = 0;
  for (let j = 0; j < cols; j++) {
    const label = y[yOff + j];
    for (let r = 0; r < k; r++) delta[j * k + r] = top[j * k + r] - (label === r ? 1 : 0);
  }
  for (let j = 0; j < cols; j++) {
    const label = y[yOff + j];
    for (let r = 0; r < k; r++) lossSum += (label === r ? 1 : 0) * Math.log(top[j * k + r]);
  }
  const loss = -lossSum / cols;
  const alpha = 1 / cols;
  for (let li = L - 1; li >= 0; li--) {
    const numIn = layers[li];
    const numOut = layers[li + 1];
    const o = ws.offs[li];
    const inp = li === 0 ? x : ws.outs[li - 1];
    const inOff = li === 0 ? xOff : 0;
    // gradient of W: += (1/cols) · delta · inputᵀ ; of b: += (1/cols) · Σ delta
    for (let c = 0; c < numIn; c++) {
      const wc = o + c * numOut;
      for (let j = 0; j < cols; j++) {
        const t = alpha * inp[inOff + j * numIn + c];
        if (t === 0) continue;
        const dj = j * numOut;
        for (let r = 0; r < numOut; r++) cum[wc + r] += t * delta[dj + r];
      }
    }
    const bOff = o + numIn * numOut;
    for (let j = 0; j < cols; j++) {
      const dj = j * numOut;
      for (let r = 0; r < numOut; r++) cum[bOff + r] += alpha * delta[dj + r];
    }
    if (li > 0) {
      // previous delta: Wᵀ·delta, times the sigmoid's derivative (1 - z)·z at the previous output
      const z = ws.outs[li - 1];
      const prev = ws.deltas[li - 1];
      for (let j = 0; j < cols; j++) {
        const dj = j * numOut;
        const pj = j * numIn;
        for (let c = 0; c < numIn; c++) {
          let s = 0;
          const wc = o + c * numOut;
          for (let r = 0; r < numOut; r++) s += w[wc + r] * delta[dj + r];
          const zc = z[pj + c];
          prev[pj + c] = (1 - zc) * zc * s;
        }
      }
      delta = prev;
    }
  }
  return loss;
}

function softmaxAt(v: Float64Array, off: number, n: number): void {
  let max = -Number.MAX_VALUE;
  for (let i = 0; i < n; i++) if (v[off + i] > max) max = v[off + i];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(v[off + i] - max);
    v[off + i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) v[off + i] /= sum;
}

/** One partition's gradient sum, loss sum and block count (length weights + 2). */
export function mlpAgg(b: Block, layers: number[], w: Float64Array, blockSize: number): Float64Array {
  const n = w.length;
  const out = new Float64Array(n + 2);
  const cum = out.subarray(0, n);
  const ws = new Workspace(layers, Math.max(1, Math.min(blockSize, b.n)));
  let lossSum = 0;
  let blocks = 0;
  for (let start = 0; start < b.n; start += blockSize) {
    const cols = Math.min(b.n, start + blockSize) - start;
    lossSum += blockGradient(ws, w, b.x, start * b.d, b.y, start, cols, cum);
    blocks++;
  }
  out[n] = lossSum;
  out[n + 1] = blocks;
  return out;
}

export interface MlpParams {
  layers: number[];
  solver: 'l-bfgs' | 'gd';
  maxIter: number;
  tol: number;
  stepSize: number;
}

export interface MlpFit {
  weights: Float64Array;
  objectiveHistory: number[];
}

/** Trains from `w0`; `aggregate(w)` sums mlpAgg over the partitions. */
export function fitMlp(w0: Float64Array, p: MlpParams, aggregate: (w: Float64Array) => Float64Array): MlpFit {
  const n = w0.length;
  if (p.solver === 'gd') {
    let w: Float64Array = Float64Array.from(w0);
    const history: number[] = [];
    let updates = 0;
    for (let i = 1; i <= p.maxIter; i++) {
      const acc = aggregate(w);
      const count = acc[n + 1];
      if (count > 0) {
        history.push(acc[n] / count);
        const nw = new Float64Array(n);
        for (let k = 0; k < n; k++) nw[k] = w[k] + -p.stepSize * (acc[k] / count);
        const prev = w;
        w = nw;
        updates++;
        // mllib's GradientDescent checks convergence from its second update on
        if (updates < 2) continue;
        let diff = 0;
        let norm = 0;
        for (let k = 0; k < n; k++) {
          diff += (prev[k] - w[k]) ** 2;
          norm += w[k] * w[k];
        }
        if (Math.sqrt(diff) < p.tol * Math.max(Math.sqrt(norm), 1)) break;
      }
    }
    return { weights: w, objectiveHistory: history };
  }
  const res = breezeMinimize((x, g) => {
    const acc = aggregate(x);
    const count = acc[n + 1];
    const scale = 1 / count;
    for (let k = 0; k < n; k++) g[k] = scale * acc[k];
    return acc[n] / count;
  }, w0, { maxIter: p.maxIter, tol: p.tol, m: 10 });
  return { weights: res.x, objectiveHistory: res.history };
}
