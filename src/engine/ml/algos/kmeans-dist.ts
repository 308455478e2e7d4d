/**
 * KMeans over cached blocks, split as Spark's KMeans.runAlgorithmWithWeight: k-means||
 * seeding (initKMeansParallel: a first center, `initSteps` rounds that sample each point with
 * probability 2·k·cost/Σcost, candidates weighted by the points they attract, then a local
 * weighted k-means++ with Lloyd iterations on the driver) and Lloyd iterations whose
 * per-partition statistics (Σ w·x per center, Σ w, cost) are merged by a tree reduce.
 * Sampling draws from our seeded stream (per seed, step and partition as Spark seeds it), not
 * Spark's XORShiftRandom, so the candidates are deterministic per seed but not Spark's.
 * Distances are the ones `kmeans.ts` uses (squared Euclidean, or cosine on raw points).
 */
import { SeededRandom } from './random';
import type { Block } from './dataset';

function sqdist(x: ArrayLike<number>, off: number, c: ArrayLike<number>, coff: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = x[off + j]! - c[coff + j]!;
    s += t * t;
  }
  return s;
}

function cosdist(x: ArrayLike<number>, off: number, c: ArrayLike<number>, coff: number, d: number): number {
  let dot = 0;
  let nx = 0;
  let nc = 0;
  for (let j = 0; j < d; j++) {
    const a = x[off + j]!;
    const b = c[coff + j]!;
    dot += a * b;
    nx += a * a;
    nc += b * b;
  }
  return nx > 0 && nc > 0 ? 1 - dot / (Math.sqrt(nx) * Math.sqrt(nc)) : 1;
}

/** Closest of the k centers packed row-major in `c` (first on ties): index, distance. */
function closest(x: ArrayLike<number>, off: number, c: ArrayLike<number>, k: number, d: number, cosine: boolean, out: [number, number]): [number, number] {
  let best = 0;
  let bd = Infinity;
  if (cosine) {
    for (let i = 0; i < k; i++) {
      const dist = cosdist(x, off, c, i * d, d);
      if (dist < bd) {
        bd = dist;
        best = i;
      }
    }
  } else {
    // Partial sums of squares only grow: a center is dropped once its sum reaches the best
    // distance (it could not be strictly closer), which gives the same answer as full sums.
    for (let i = 0; i < k; i++) {
      const co = i * d;
      let s = 0;
      let j = 0;
      for (; j < d && s < bd; j++) {
        const t = x[off + j]! - c[co + j]!;
        s += t * t;
      }
      if (j === d && s < bd) {
        bd = s;
        best = i;
      }
    }
  }
  out[0] = best;
  out[1] = bd;
  return out;
}

/** Per-point costs of a k-means|| run, kept with the cached block on its executor. */
const costs = new WeakMap<Block, { run: string; step: number; cost: Float64Array }>();

/**
 * Step `step` of k-means|| on one block: each point's cost becomes min(cost, distance to the
 * step's new centers); returns [Σ cost]. `all` (every center so far) rebuilds the costs when
 * the block lost them (recomputed on another executor) or skipped a step.
 */
export function kmParallelCost(b: Block, run: string, step: number, fresh: Float64Array, all: Float64Array, cosine: boolean): Float64Array {
  const d = b.d;
  const prev = costs.get(b);
  let cost: Float64Array;
  let centers = fresh;
  if (prev && prev.run === run && prev.step === step - 1) {
    cost = prev.cost;
  } else {
    cost = new Float64Array(b.n).fill(Infinity);
    centers = all;
  }
  const k = centers.length / Math.max(d, 1);
  const tmp: [number, number] = [0, 0];
  let sum = 0;
  for (let r = 0; r < b.n; r++) {
    const c = Math.min(cost[r]!, closest(b.x, r * d, centers, k, d, cosine, tmp)[1]);
    cost[r] = c;
    sum += c;
  }
  costs.set(b, { run, step, cost });
  return Float64Array.of(sum);
}

/**
 * The points a partition contributes as candidates in step `step`: each with probability
 * 2·k·cost/Σcost, drawn from a stream seeded by (seed, step, partition) as Spark seeds it.
 * Returns the chosen points packed row-major.
 */
export function kmParallelSample(b: Block, run: string, step: number, partition: number, seed: number, k: number, sumCosts: number): Float64Array {
  const st = costs.get(b);
  if (!st || st.run !== run || st.step !== step) throw new Error('k-means|| costs are missing for this block');
  const rand = new SeededRandom(seed ^ (step << 16) ^ partition);
  const d = b.d;
  const picked: number[] = [];
  for (let r = 0; r < b.n; r++) {
    if (rand.nextDouble() < (2 * st.cost[r]! * k) / sumCosts) picked.push(r);
  }
  const out = new Float64Array(picked.length * d);
  picked.forEach((r, i) => out.set(b.x.subarray(r * d, (r + 1) * d), i * d));
  return out;
}

/** Forgets a run's per-point costs on this block. */
export function kmParallelDone(b: Block): void {
  costs.delete(b);
}

/** Σ weight of the block's points closest to each candidate (k-means||'s candidate weights). */
export function kmCandidateWeights(b: Block, candidates: Float64Array, cosine: boolean): Float64Array {
  const d = b.d;
  const k = candidates.length / Math.max(d, 1);
  const out = new Float64Array(k);
  const tmp: [number, number] = [0, 0];
  for (let r = 0; r < b.n; r++) out[closest(b.x, r * d, candidates, k, d, cosine, tmp)[0]] += b.w[r]!;
  return out;
}

/**
 * One Lloyd pass over a block: [Σ w·x per center (k × d), Σ w per center (k), Σ w·distance,
 * count per center (k)].
 */
export function kmLloydStats(b: Block, centers: Float64Array, cosine: boolean): Float64Array {
  const d = b.d;
  const k = centers.length / Math.max(d, 1);
  const out = new Float64Array(k * d + 2 * k + 1);
  const wAt = k * d;
  const costAt = wAt + k;
  const countAt = costAt + 1;
  const tmp: [number, number] = [0, 0];
  for (let r = 0; r < b.n; r++) {
    const off = r * d;
    closest(b.x, off, centers, k, d, cosine, tmp);
    const j = tmp[0];
    const w = b.w[r]!;
    const s = j * d;
    for (let t = 0; t < d; t++) out[s + t] += w * b.x[off + t]!;
    out[wAt + j] += w;
    out[costAt] += w * tmp[1];
    out[countAt + j] += 1;
  }
  return out;
}

/**
 * New centers from merged Lloyd statistics (an empty cluster keeps its center; cosine means
 * are normalised) and whether every center moved by at most `tol`.
 */
export function kmUpdateCenters(stats: Float64Array, centers: Float64Array, d: number, tol: number, cosine: boolean): { centers: Float64Array; converged: boolean } {
  const k = centers.length / Math.max(d, 1);
  const next = Float64Array.from(centers);
  let converged = true;
  for (let j = 0; j < k; j++) {
    const w = stats[k * d + j]!;
    if (w <= 0) continue;
    const c = new Float64Array(d);
    for (let t = 0; t < d; t++) c[t] = stats[j * d + t]! / w;
    if (cosine) {
      let n = 0;
      for (let t = 0; t < d; t++) n += c[t]! * c[t]!;
      n = Math.sqrt(n);
      if (n > 0) for (let t = 0; t < d; t++) c[t] = c[t]! / n;
    }
    if (sqdist(c, 0, centers, j * d, d) > tol * tol) converged = false;
    next.set(c, j * d);
  }
  return { centers: next, converged };
}

/** Distinct rows of packed points, first occurrence kept, in order. */
export function distinctRows(points: Float64Array, d: number): Float64Array {
  const n = points.length / Math.max(d, 1);
  const seen = new Set<string>();
  const keep: number[] = [];
  for (let r = 0; r < n; r++) {
    const key = Array.from(points.subarray(r * d, (r + 1) * d)).join(',');
    if (!seen.has(key)) {
      seen.add(key);
      keep.push(r);
    }
  }
  const out = new Float64Array(keep.length * d);
  keep.forEach((r, i) => out.set(points.subarray(r * d, (r + 1) * d), i * d));
  return out;
}

/**
 * Spark's LocalKMeans.kMeansPlusPlus on the driver: weighted k-means++ over the candidates,
 * then up to `maxIterations` weighted Lloyd passes (an empty cluster takes a random
 * candidate). Returns k centers packed row-major.
 */
export function localKMeansPlusPlus(points: Float64Array, weights: Float64Array, d: number, k: number, maxIterations: number, seed: number, cosine: boolean): Float64Array {
  const n = weights.length;
  const rand = new SeededRandom(seed);
  const dist = (p: number, c: Float64Array, ci: number) => (cosine ? cosdist(points, p * d, c, ci * d, d) : sqdist(points, p * d, c, ci * d, d));
  const centers = new Float64Array(k * d);
  const total = weights.reduce((a, b) => a + b, 0);
  let r0 = rand.nextDouble() * total;
  let first = 0;
  for (let cur = 0; first < n && cur < r0; first++) cur += weights[first]!;
  r0 = Math.max(first - 1, 0);
  centers.set(points.subarray(r0 * d, (r0 + 1) * d), 0);
  const cost = new Float64Array(n);
  for (let p = 0; p < n; p++) cost[p] = dist(p, centers, 0);
  for (let i = 1; i < k; i++) {
    let sum = 0;
    for (let p = 0; p < n; p++) sum += cost[p]! * weights[p]!;
    const r = rand.nextDouble() * sum;
    let acc = 0;
    let j = 0;
    while (j < n && acc < r) {
      acc += weights[j]! * cost[j]!;
      j++;
    }
    const pick = j === 0 ? 0 : j - 1;
    centers.set(points.subarray(pick * d, (pick + 1) * d), i * d);
    for (let p = 0; p < n; p++) cost[p] = Math.min(cost[p]!, dist(p, centers, i));
  }
  const old = new Int32Array(n).fill(-1);
  const tmp: [number, number] = [0, 0];
  let moved = true;
  for (let it = 0; moved && it < maxIterations; it++) {
    moved = false;
    const counts = new Float64Array(k);
    const sums = new Float64Array(k * d);
    for (let p = 0; p < n; p++) {
      const idx = closest(points, p * d, centers, k, d, cosine, tmp)[0];
      for (let t = 0; t < d; t++) sums[idx * d + t] += weights[p]! * points[p * d + t]!;
      counts[idx] += weights[p]!;
      if (idx !== old[p]) {
        moved = true;
        old[p] = idx;
      }
    }
    for (let j = 0; j < k; j++) {
      if (counts[j] === 0) {
        const q = rand.nextInt(n);
        centers.set(points.subarray(q * d, (q + 1) * d), j * d);
      } else {
        for (let t = 0; t < d; t++) centers[j * d + t] = sums[j * d + t]! / counts[j]!;
      }
    }
  }
  return centers;
}
