/**
 * KMeans training on a packed Block: k-means++ seeding drawn from CPython's random.Random(seed)
 * (so a fit is the same as the Python reference implementation it replaced), then Lloyd
 * iterations until no center moves more than `tol` or `maxIter` passes. Euclidean or cosine.
 */
import { PyRandom } from '../pylib';
import type { Block } from './algos/dataset';

export interface KMeansFit {
  centers: Float64Array[];
  iterations: number;
  sizes: number[];
  cost: number;
}

function sqdist(x: Float64Array, off: number, c: Float64Array, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = x[off + j]! - c[j]!;
    s += t * t;
  }
  return s;
}

function cosdist(x: Float64Array, off: number, c: Float64Array, d: number): number {
  let dot = 0;
  let nx = 0;
  let nc = 0;
  for (let j = 0; j < d; j++) {
    dot += x[off + j]! * c[j]!;
    nx += x[off + j]! * x[off + j]!;
    nc += c[j]! * c[j]!;
  }
  return nx > 0 && nc > 0 ? 1 - dot / (Math.sqrt(nx) * Math.sqrt(nc)) : 1;
}

/** Index of the closest center (first on ties) and its distance. */
function closest(x: Float64Array, off: number, centers: readonly Float64Array[], d: number, cosine: boolean): [number, number] {
  let best = 0;
  let bd = Infinity;
  for (let i = 0; i < centers.length; i++) {
    const dist = cosine ? cosdist(x, off, centers[i]!, d) : sqdist(x, off, centers[i]!, d);
    if (dist < bd) {
      bd = dist;
      best = i;
    }
  }
  return [best, bd];
}

export function kmeansFit(b: Block, k: number, seed: number | bigint, maxIter: number, tol: number, cosine: boolean, initMode: string): KMeansFit {
  const { n, d, x, w } = b;
  const rnd = new PyRandom(typeof seed === 'bigint' ? seed : BigInt(Math.trunc(seed)));
  const distinct: number[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < n; r++) {
    const key = Array.from(x.subarray(r * d, (r + 1) * d)).join(',');
    if (!seen.has(key)) {
      seen.add(key);
      distinct.push(r);
    }
  }
  k = Math.min(k, distinct.length);
  const row = (r: number) => x.slice(r * d, (r + 1) * d);
  let centers: Float64Array[];
  if (initMode === 'random') {
    centers = rnd.sampleIndices(distinct.length, k).map((i) => row(distinct[i]!));
  } else {
    centers = [row(Number(rnd.randrange(n)))];
    const d2 = new Float64Array(n);
    while (centers.length < k) {
      let total = 0;
      for (let r = 0; r < n; r++) {
        d2[r] = w[r]! * closest(x, r * d, centers, d, cosine)[1];
        total += d2[r]!;
      }
      if (total <= 0) break;
      const target = rnd.random() * total;
      let acc = 0;
      let pick = n - 1;
      for (let r = 0; r < n; r++) {
        acc += d2[r]!;
        if (acc >= target) {
          pick = r;
          break;
        }
      }
      centers.push(row(pick));
    }
  }
  let it: number;
  const kk = centers.length;
  for (it = 1; it <= maxIter; it++) {
    const sums = centers.map(() => new Float64Array(d));
    const wsum = new Float64Array(kk);
    for (let r = 0; r < n; r++) {
      const [j] = closest(x, r * d, centers, d, cosine);
      wsum[j] = wsum[j]! + w[r]!;
      const s = sums[j]!;
      for (let t = 0; t < d; t++) s[t] = s[t]! + w[r]! * x[r * d + t]!;
    }
    let moved = false;
    for (let j = 0; j < kk; j++) {
      if (wsum[j]! <= 0) continue;
      const c = sums[j]!.map((v) => v / wsum[j]!);
      if (cosine) {
        const norm = Math.sqrt(c.reduce((a, v) => a + v * v, 0));
        if (norm > 0) for (let t = 0; t < d; t++) c[t] = c[t]! / norm;
      }
      if (sqdist(c, 0, centers[j]!, d) > tol * tol) moved = true;
      centers[j] = c;
    }
    if (!moved) break;
  }
  it = Math.min(it, maxIter);
  const sizes = new Array<number>(kk).fill(0);
  let cost = 0;
  for (let r = 0; r < n; r++) {
    const [j, dist] = closest(x, r * d, centers, d, cosine);
    sizes[j]!++;
    cost += w[r]! * dist;
  }
  centers = centers.map((c) => Float64Array.from(c));
  return { centers, iterations: it, sizes, cost };
}

/** The closest center's index for each packed row. */
export function kmeansPredict(b: Block, centers: readonly Float64Array[], cosine: boolean): number[] {
  const out = new Array<number>(b.n);
  for (let r = 0; r < b.n; r++) out[r] = closest(b.x, r * b.d, centers, b.d, cosine)[0];
  return out;
}
