/**
 * Decision trees and random forests as Spark's `RandomForest` grows them.
 *
 * - Split candidates (`findThresholds`, tree-bins.ts): per continuous feature, the distinct values of a
 *   sample with their weights; all midpoints when they are at most maxBins - 1, otherwise
 *   the midpoints closest to equal-weight strides (Spark's findSplitsForContinuousFeature).
 *   maxBins is capped by the number of examples.
 * - Binning (`binBlock`, tree-bins.ts): bin = the first threshold ≥ value; "feature <= threshold" goes left.
 * - Level-wise growth: the driver (`ForestBuilder`) hands each level's open nodes to the
 *   partitions as a `LevelRequest` (a JSON string); each partition routes its rows down
 *   every tree, weights them by their bootstrap count, and sums per (node, feature, bin)
 *   impurity statistics (`levelStats`); the driver merges them (`mergeLevelStats`) and picks
 *   the best split per node: gain = impurity - wL·impL - wR·impR, invalid under
 *   minInstancesPerNode / minWeightFractionPerNode / minInfoGain, first maximum wins.
 *   Children at maxDepth or with zero impurity are leaves; leaf siblings with equal
 *   predictions are pruned into their parent.
 * - Bootstrap: Poisson(subsamplingRate) counts per row and tree, rows in partition order and
 *   trees inner, from Spark's own stream (commons-math's Well19937c seeded with
 *   seed + partition + 1, tree-sampling.ts), so a forest over Spark's partitions draws
 *   Spark's samples; sampling without replacement (rate < 1) is Spark's too (XORShiftRandom,
 *   keep when nextDouble() < rate). Counts and binned rows are cached per block across levels.
 *   The feature subsets per node (reservoir sampling from the driver's seeded stream) use our
 *   own stream, not Spark's.
 * - The grown trees (`FlatTree`) and what models ask of them (leaf of a row, depth,
 *   importances) are in tree-model.ts; this file re-exports them.
 */
import type { Block } from './dataset';
import { SeededRandom } from './random';
import { Well19937c, poissonSample } from './tree-sampling';
import { XORShiftRandom } from '../../expr/functions/random';
import { binBlock, findThresholds } from './tree-bins';
import type { FlatTree } from './tree-model';

export { binBlock, findThresholds } from './tree-bins';
export { forestImportances, leafNumber, leafOf, leafOfRow, treeDepth, treeImportances } from './tree-model';
export type { FlatTree } from './tree-model';

export type Impurity = 'variance' | 'gini' | 'entropy';

export interface TreeParams {
  maxDepth: number;
  maxBins: number;
  minInstancesPerNode: number;
  minWeightFractionPerNode: number;
  minInfoGain: number;
  impurity: Impurity;
  /** 0 for regression. */
  numClasses: number;
  numTrees: number;
  featureSubsetStrategy: string;
  subsamplingRate: number;
  bootstrap: boolean;
  seed: number;
}

const EPSILON = 2.220446049250313e-16;

/** Statistics per bin: variance [w, w·y, w·y², raw]; classes [w per class..., raw]. */
export const statSize = (numClasses: number): number => (numClasses > 0 ? numClasses + 1 : 4);

function weightOf(s: ArrayLike<number>, o: number, k: number): number {
  if (k === 0) return s[o];
  let t = 0;
  for (let i = 0; i < k; i++) t += s[o + i];
  return t;
}

function impurityOf(s: ArrayLike<number>, o: number, k: number, imp: Impurity): number {
  if (k === 0) {
    const w = s[o];
    if (w === 0) return 0;
    const mean = s[o + 1] / w;
    return s[o + 2] / w - mean * mean;
  }
  const total = weightOf(s, o, k);
  if (total === 0) return 0;
  let r = imp === 'gini' ? 1 : 0;
  for (let i = 0; i < k; i++) {
    const p = s[o + i] / total;
    if (imp === 'gini') r -= p * p;
    else if (p !== 0) r -= p * Math.log2(p);
  }
  return r;
}

function predictOf(s: ArrayLike<number>, o: number, k: number): number {
  if (k === 0) return s[o] === 0 ? 0 : s[o + 1] / s[o];
  let best = 0;
  for (let i = 1; i < k; i++) if (s[o + i] > s[o + best]) best = i;
  return weightOf(s, o, k) === 0 ? 0 : best;
}

interface GrowNode {
  id: number;
  stats: number[];
  feature: number;
  threshold: number;
  splitBin: number;
  gain: number;
  leaf: boolean;
  features: number[] | null;
}

export interface LevelRequest {
  numClasses: number;
  numTrees: number;
  seed: number;
  subsamplingRate: number;
  /** Poisson counts (true), Bernoulli sampling (false, rate < 1) or every row once. */
  withReplacement: boolean;
  numBins: number[];
  /** Per tree: [nodeId, feature, splitBin, ...] of the split nodes so far. */
  splits: number[][];
  /** Open nodes: [tree, nodeId, offset, feature...] with their stats offsets. */
  open: { tree: number; node: number; offset: number; features: number[] }[];
  size: number;
}

/** Binned blocks by their feature array, for the thresholds they were binned with (one fit's levels share them). */
const binCache = new WeakMap<Float64Array, { key: string; binned: Uint16Array }>();

/** binBlock, reusing the bins of the same rows and thresholds (`key` identifies the thresholds). */
export function binBlockCached(b: Block, thresholds: number[][], key: string): Uint16Array {
  const hit = binCache.get(b.x);
  if (hit && hit.key === key && hit.binned.length === b.n * b.d) return hit.binned;
  const binned = binBlock(b, thresholds);
  binCache.set(b.x, { key, binned });
  return binned;
}

let lastRequest: { text: string; thresholds: number[][]; key: string; req: LevelRequest } | null = null;

/**
 * A partition's statistics for a level request as the Python layer sends it
 * (`{"thresholds":[...],"req":{...}}`); the parsed request, the parsed thresholds (keyed by
 * their text) and the binned rows are reused across the partitions and levels a process sees.
 */
export function levelStatsForRequest(b: Block, partition: number, text: string): Float64Array {
  if (!lastRequest || lastRequest.text !== text) {
    const cut = text.indexOf(',"req":');
    const key = cut > 0 ? text.slice(0, cut) : text;
    if (cut > 0 && lastRequest && lastRequest.key === key) {
      lastRequest = { text, thresholds: lastRequest.thresholds, key, req: JSON.parse(text.slice(cut + 7, -1)) as LevelRequest };
    } else {
      const { thresholds, req } = JSON.parse(text) as { thresholds: number[][]; req: LevelRequest };
      lastRequest = { text, thresholds, key, req };
    }
  }
  const { thresholds, key, req } = lastRequest;
  return levelStatsOf(binBlockCached(b, thresholds, key), b, partition, req);
}

/** Bootstrap counts by feature array: [key, n × numTrees counts]. */
const countCache = new WeakMap<Float64Array, { key: string; counts: Uint16Array }>();

/** Per row and tree sample counts (rows in order, trees inner), as Spark's BaggedPoint draws them. */
function sampleCounts(b: Block, partition: number, req: LevelRequest): Uint16Array | null {
  const sampled = req.withReplacement || req.subsamplingRate < 1;
  if (!sampled) return null;
  const key = `${req.seed}|${partition}|${req.numTrees}|${req.subsamplingRate}|${req.withReplacement}`;
  const hit = countCache.get(b.x);
  if (hit && hit.key === key && hit.counts.length === b.n * req.numTrees) return hit.counts;
  const counts = new Uint16Array(b.n * req.numTrees);
  if (req.withReplacement) {
    const poisson = new Well19937c(req.seed + partition + 1);
    for (let i = 0; i < counts.length; i++) counts[i] = poissonSample(poisson, req.subsamplingRate);
  } else {
    // BaggedPoint's sampling without replacement: XORShiftRandom(seed + partition + 1) per row and tree.
    const rng = new XORShiftRandom(BigInt(Math.trunc(req.seed)) + BigInt(partition + 1));
    for (let i = 0; i < counts.length; i++) counts[i] = rng.nextDouble() < req.subsamplingRate ? 1 : 0;
  }
  countCache.set(b.x, { key, counts });
  return counts;
}

/** One partition's statistics for a level (rows bootstrapped from seed + partition + 1). */
export function levelStats(binned: Uint16Array, b: Block, partition: number, reqJson: string): Float64Array {
  return levelStatsOf(binned, b, partition, JSON.parse(reqJson) as LevelRequest);
}

function levelStatsOf(binned: Uint16Array, b: Block, partition: number, req: LevelRequest): Float64Array {
  const out = new Float64Array(req.size);
  const k = req.numClasses;
  const ss = statSize(k);
  const d = b.d;
  const routes = req.splits.map((s) => {
    const m = new Map<number, [number, number]>();
    for (let i = 0; i < s.length; i += 3) m.set(s[i], [s[i + 1], s[i + 2]]);
    return m;
  });
  const openByTree = req.splits.map(() => new Map<number, { offset: number; features: number[] }>());
  for (const o of req.open) openByTree[o.tree].set(o.node, o);
  const sample = sampleCounts(b, partition, req);
  const nt = req.numTrees;
  for (let r = 0; r < b.n; r++) {
    const w = b.w[r];
    const y = b.y[r];
    const row = r * d;
    for (let t = 0; t < nt; t++) {
      const c = sample ? sample[r * nt + t] : 1;
      if (c === 0) continue;
      let node = 1;
      const route = routes[t];
      for (;;) {
        const s = route.get(node);
        if (!s) break;
        node = binned[row + s[0]] <= s[1] ? 2 * node : 2 * node + 1;
      }
      const o = openByTree[t].get(node);
      if (!o) continue;
      const cw = c * w;
      let off = o.offset;
      for (const f of o.features) {
        const at = off + binned[row + f] * ss;
        if (k === 0) {
          out[at] += cw;
          out[at + 1] += cw * y;
          out[at + 2] += cw * y * y;
          out[at + 3] += c;
        } else {
          out[at + y] += cw;
          out[at + k] += c;
        }
        off += req.numBins[f] * ss;
      }
    }
  }
  return out;
}

export function mergeLevelStats(a: Float64Array, b: Float64Array): Float64Array {
  for (let i = 0; i < a.length; i++) a[i] += b[i];
  return a;
}

/** Features considered per node for a strategy ("auto" resolved by the caller's numTrees and task). */
export function featuresPerNode(strategy: string, numFeatures: number, numTrees: number, classification: boolean): number {
  let s = strategy.toLowerCase();
  if (s === 'auto') s = numTrees === 1 ? 'all' : classification ? 'sqrt' : 'onethird';
  switch (s) {
    case 'all': return numFeatures;
    case 'sqrt': return Math.ceil(Math.sqrt(numFeatures));
    case 'log2': return Math.max(1, Math.ceil(Math.log2(numFeatures)));
    case 'onethird': return Math.ceil(numFeatures / 3);
    default: {
      const v = Number(s);
      if (/^[1-9]\d*$/.test(s)) return Math.min(v, numFeatures);
      if (v > 0 && v <= 1) return Math.ceil(v * numFeatures);
      throw new Error(`featureSubsetStrategy ${strategy} is not supported`);
    }
  }
}

export class ForestBuilder {
  private readonly trees: Map<number, GrowNode>[] = [];
  private open: { tree: number; node: GrowNode }[] = [];
  private readonly rng: SeededRandom;
  private readonly numBins: number[];
  private readonly perNode: number;
  private readonly withReplacement: boolean;
  private level = 0;

  constructor(private readonly p: TreeParams, private readonly thresholds: number[][], private readonly totalWeight: number) {
    this.numBins = thresholds.map((t) => t.length + 1);
    this.rng = new SeededRandom(p.seed);
    const d = thresholds.length;
    this.perNode = featuresPerNode(p.featureSubsetStrategy, d, p.numTrees, p.numClasses > 0);
    this.withReplacement = p.numTrees > 1 && p.bootstrap;
    for (let t = 0; t < p.numTrees; t++) {
      const root: GrowNode = { id: 1, stats: [], feature: -1, threshold: 0, splitBin: 0, gain: 0, leaf: false, features: null };
      this.trees.push(new Map([[1, root]]));
      this.open.push({ tree: t, node: root });
    }
  }

  private subset(): number[] {
    const d = this.thresholds.length;
    if (this.perNode >= d) return Array.from({ length: d }, (_, i) => i);
    const res = Array.from({ length: this.perNode }, (_, i) => i);
    for (let i = this.perNode; i < d; i++) {
      const j = this.rng.nextInt(i + 1);
      if (j < this.perNode) res[j] = i;
    }
    return res;
  }

  /** The next level's request (JSON), or null when every tree is complete. */
  request(): string | null {
    if (this.open.length === 0) return null;
    const ss = statSize(this.p.numClasses);
    let offset = 0;
    const open = this.open.map(({ tree, node }) => {
      node.features = this.subset();
      const o = { tree, node: node.id, offset, features: node.features };
      for (const f of node.features) offset += this.numBins[f] * ss;
      return o;
    });
    const splits = this.trees.map((m) => {
      const s: number[] = [];
      for (const n of m.values()) if (n.feature >= 0) s.push(n.id, n.feature, n.splitBin);
      return s;
    });
    const req: LevelRequest = {
      numClasses: this.p.numClasses, numTrees: this.p.numTrees, seed: this.p.seed, subsamplingRate: this.p.subsamplingRate,
      withReplacement: this.withReplacement, numBins: this.numBins, splits, open, size: offset,
    };
    return JSON.stringify(req);
  }

  /** Applies a level's merged statistics: chooses splits, opens the next level. */
  apply(stats: Float64Array): void {
    const k = this.p.numClasses;
    const ss = statSize(k);
    const imp = this.p.impurity;
    const next: { tree: number; node: GrowNode }[] = [];
    let offset = 0;
    const minWeight = this.p.minWeightFractionPerNode * this.totalWeight;
    for (const { tree, node } of this.open) {
      const features = node.features ?? [];
      // Node totals: the bins of its first feature.
      const total = new Float64Array(ss);
      if (features.length) {
        for (let bin = 0; bin < this.numBins[features[0]]; bin++) for (let i = 0; i < ss; i++) total[i] += stats[offset + bin * ss + i];
      }
      node.stats = Array.from(total);
      const parentImpurity = impurityOf(total, 0, k, imp);
      let best = -Infinity;
      let bestF = -1;
      let bestBin = -1;
      let bestLeft: Float64Array | null = null;
      let off = offset;
      const left = new Float64Array(ss);
      const right = new Float64Array(ss);
      for (const f of features) {
        const nb = this.numBins[f];
        left.fill(0);
        for (let s = 0; s < nb - 1; s++) {
          for (let i = 0; i < ss; i++) left[i] += stats[off + s * ss + i];
          for (let i = 0; i < ss; i++) right[i] = total[i] - left[i];
          const lc = weightOf(left, 0, k);
          const rc = weightOf(right, 0, k);
          if (left[ss - 1] < this.p.minInstancesPerNode || right[ss - 1] < this.p.minInstancesPerNode) continue;
          if (lc < minWeight || rc < minWeight) continue;
          const tot = lc + rc;
          const gain = parentImpurity - (lc / tot) * impurityOf(left, 0, k, imp) - (rc / tot) * impurityOf(right, 0, k, imp);
          if (gain < this.p.minInfoGain) continue;
          if (gain > best) {
            best = gain;
            bestF = f;
            bestBin = s;
            bestLeft = Float64Array.from(left);
          }
        }
        off += nb * ss;
      }
      offset = off;
      const level = Math.floor(Math.log2(node.id));
      if (bestF < 0 || best <= 0 || level >= this.p.maxDepth || !bestLeft) {
        node.leaf = true;
        continue;
      }
      node.feature = bestF;
      node.splitBin = bestBin;
      node.threshold = this.thresholds[bestF][bestBin];
      node.gain = best;
      const childLeaf = level + 1 === this.p.maxDepth;
      const lStats = Array.from(bestLeft);
      const rStats = Array.from(total, (v, i) => v - bestLeft[i]);
      const m = this.trees[tree];
      for (const [id, st] of [[2 * node.id, lStats], [2 * node.id + 1, rStats]] as const) {
        const leaf = childLeaf || Math.abs(impurityOf(st, 0, k, imp)) < EPSILON;
        const child: GrowNode = { id, stats: st, feature: -1, threshold: 0, splitBin: 0, gain: 0, leaf, features: null };
        m.set(id, child);
        if (!leaf) next.push({ tree, node: child });
      }
    }
    this.open = next;
    this.level++;
  }

  /** The grown trees, pruned and flattened in pre-order. */
  result(): FlatTree[] {
    const k = this.p.numClasses;
    const imp = this.p.impurity;
    return this.trees.map((m) => {
      const t: FlatTree = { feature: [], threshold: [], left: [], right: [], prediction: [], impurity: [], gain: [], count: [], stats: [] };
      const pruned = (id: number): boolean => {
        // A split whose two children end as leaves with the same prediction becomes a leaf.
        const n = m.get(id);
        if (!n || n.feature < 0) return true;
        const l = pruned(2 * id);
        const r = pruned(2 * id + 1);
        if (l && r && predictOf(m.get(2 * id)?.stats ?? [], 0, k) === predictOf(m.get(2 * id + 1)?.stats ?? [], 0, k)) {
          n.feature = -1;
          return true;
        }
        return false;
      };
      pruned(1);
      const emit = (id: number): number => {
        const n = m.get(id);
        if (!n) throw new Error(`missing tree node ${id}`);
        const i = t.feature.length;
        const stats = k > 0 ? n.stats.slice(0, k) : n.stats;
        t.feature.push(n.feature);
        t.threshold.push(n.threshold);
        t.left.push(-1);
        t.right.push(-1);
        t.prediction.push(predictOf(n.stats, 0, k));
        t.impurity.push(impurityOf(n.stats, 0, k, imp));
        t.gain.push(n.feature >= 0 ? n.gain : 0);
        t.count.push(weightOf(n.stats, 0, k));
        t.stats.push(stats);
        if (n.feature >= 0) {
          t.left[i] = emit(2 * id);
          t.right[i] = emit(2 * id + 1);
        }
        return i;
      };
      emit(1);
      return t;
    });
  }
}

/** Grows a forest over in-memory partitions (tests, and the driver-local path). */
export function growForest(blocks: Block[], p: TreeParams): { trees: FlatTree[]; thresholds: number[][] } {
  const d = blocks[0]?.d ?? 0;
  const n = blocks.reduce((s, b) => s + b.n, 0);
  const all: Block = { n, d, x: new Float64Array(n * d), y: new Float64Array(n), w: new Float64Array(n) };
  let at = 0;
  for (const b of blocks) {
    all.x.set(b.x, at * d);
    all.y.set(b.y, at);
    all.w.set(b.w, at);
    at += b.n;
  }
  const thresholds = findThresholds(all, p.maxBins, n);
  const binned = blocks.map((b) => binBlock(b, thresholds));
  const totalWeight = all.w.reduce((s, v) => s + v, 0);
  const fb = new ForestBuilder(p, thresholds, totalWeight);
  for (let req = fb.request(); req !== null; req = fb.request()) {
    const r = req;
    const stats = blocks.map((b, i) => levelStats(binned[i], b, i, r)).reduce(mergeLevelStats);
    fb.apply(stats);
  }
  return { trees: fb.result(), thresholds };
}
