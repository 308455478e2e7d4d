/**
 * Frequent pattern mining as Spark's `FPGrowth` / `AssociationRules` / `PrefixSpan`, on items
 * encoded as integers (the Python side maps values to ids in first-appearance order).
 *
 * - FP-growth: items with count >= minCount ranked by descending count (ties by id); each
 *   transaction's frequent items inserted in rank order into an FP-tree; itemsets extracted as
 *   Spark's FPTree.extract builds them: a suffix item, then the itemsets of its conditional tree
 *   (so `[5, 2, 1]` lists the least frequent item first).
 * - Rules: for every frequent itemset of size > 1 and each of its items as the consequent,
 *   confidence = freq(itemset) / freq(antecedent), lift = confidence / support(consequent),
 *   support = freq(itemset) / numTransactions; kept when confidence >= minConfidence.
 * - PrefixSpan over sequences of itemsets: prefix growth by projected databases, an item either
 *   appended to the last itemset of the prefix (`_x`) or starting a new one, patterns up to
 *   maxPatternLength items.
 */

interface Node {
  item: number;
  count: number;
  parent: Node | null;
  children: Map<number, Node>;
}

class FPTree {
  root: Node = { item: -1, count: 0, parent: null, children: new Map() };
  /** item → (count, nodes) */
  summaries = new Map<number, { count: number; nodes: Node[] }>();

  add(t: number[], count: number): void {
    let cur = this.root;
    cur.count += count;
    for (const item of t) {
      let s = this.summaries.get(item);
      if (!s) {
        s = { count: 0, nodes: [] };
        this.summaries.set(item, s);
      }
      s.count += count;
      let child = cur.children.get(item);
      if (!child) {
        child = { item, count: 0, parent: cur, children: new Map() };
        cur.children.set(item, child);
        s.nodes.push(child);
      }
      child.count += count;
      cur = child;
    }
  }

  /** The conditional tree of an item: its prefix paths. */
  project(item: number): FPTree {
    const t = new FPTree();
    const s = this.summaries.get(item);
    if (!s) return t;
    for (const node of s.nodes) {
      const path: number[] = [];
      let cur = node.parent;
      while (cur && cur.parent) {
        path.push(cur.item);
        cur = cur.parent;
      }
      path.reverse();
      t.add(path, node.count);
    }
    return t;
  }

  extract(minCount: number, out: [number[], number][], numParts = 1): void {
    // Spark mines each suffix item in the partition rank % numParts and concatenates partitions;
    // within one, items come in the order Scala's mutable.HashMap iterates the tree's summaries.
    const hashOrder = scalaHashMapOrder([...this.summaries.keys()]);
    const pos = new Map(hashOrder.map((k, i) => [k, i]));
    const items = hashOrder.sort((a, b) => (a % numParts) - (b % numParts) || pos.get(a)! - pos.get(b)!);
    for (const item of items) {
      const s = this.summaries.get(item)!;
      if (s.count < minCount) continue;
      out.push([[item], s.count]);
      const sub: [number[], number][] = [];
      this.project(item).extract(minCount, sub);
      for (const [t, c] of sub) out.push([[item, ...t], c]);
    }
  }
}

/**
 * Iteration order of Int keys inserted (in this order) into a Scala 2.12 mutable.HashMap: buckets
 * from index byteswap32-improved hash (rotated by the table's seed), last bucket first, each bucket
 * newest first; the table doubles past a 0.75 load factor.
 */
export function scalaHashMapOrder(keys: number[]): number[] {
  const rev = (x: number): number => ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | ((x >>> 24) & 0xff);
  const byteswap32 = (v: number): number => Math.imul(rev(Math.imul(v, 0x9e3775cd)), 0x9e3775cd);
  const bitCount = (x: number): number => {
    let c = 0;
    for (let y = x >>> 0; y; y >>>= 1) c += y & 1;
    return c;
  };
  let size = 16;
  const index = (k: number): number => {
    const i = byteswap32(k);
    const r = bitCount(size - 1) % 32;
    const improved = r === 0 ? i : (i >>> r) | (i << (32 - r));
    return (improved >>> Math.clz32(size - 1)) & (size - 1);
  };
  let table: number[][] = Array.from({ length: size }, () => []);
  let n = 0;
  const seen = new Set<number>();
  for (const k of keys) {
    if (seen.has(k)) continue;
    seen.add(k);
    table[index(k)].unshift(k);
    n++;
    if (n > size * 0.75) {
      const old = table;
      size *= 2;
      table = Array.from({ length: size }, () => []);
      for (let i = old.length - 1; i >= 0; i--) for (const e of old[i]) table[index(e)].unshift(e);
    }
  }
  const out: number[] = [];
  for (let i = size - 1; i >= 0; i--) out.push(...table[i]);
  return out;
}

export interface FreqItemsets {
  itemsets: number[][];
  freqs: number[];
}

/**
 * Frequent itemsets of `transactions` (distinct item ids each) with count >= minCount; ids are
 * expected in Spark's collect order of the item counts, so equal counts keep that order.
 */
export function fpGrowth(transactions: number[][], minCount: number, numParts = 1): FreqItemsets {
  const counts = new Map<number, number>();
  for (const t of transactions) for (const i of t) counts.set(i, (counts.get(i) ?? 0) + 1);
  const freq = [...counts.entries()].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rank = new Map<number, number>();
  freq.forEach(([item], r) => rank.set(item, r));
  const tree = new FPTree();
  for (const t of transactions) {
    const rs = t.filter((i) => rank.has(i)).map((i) => rank.get(i)!).sort((a, b) => a - b);
    if (rs.length) tree.add(rs, 1);
  }
  const out: [number[], number][] = [];
  tree.extract(minCount, out, Math.max(1, numParts));
  return { itemsets: out.map(([rs]) => rs.map((r) => freq[r][0])), freqs: out.map(([, c]) => c) };
}

export interface Rule {
  antecedent: number[];
  consequent: number[];
  confidence: number;
  lift: number;
  support: number;
}

export function associationRules(sets: FreqItemsets, minConfidence: number, numTransactions: number): Rule[] {
  const key = (a: number[]): string => [...a].sort((x, y) => x - y).join(',');
  const freqOf = new Map<string, number>();
  sets.itemsets.forEach((s, i) => freqOf.set(key(s), sets.freqs[i]));
  const rules: Rule[] = [];
  sets.itemsets.forEach((items, i) => {
    if (items.length < 2) return;
    const fu = sets.freqs[i];
    for (const item of items) {
      const antecedent = items.filter((x) => x !== item);
      const fa = freqOf.get(key(antecedent));
      if (fa === undefined) continue;
      const confidence = fu / fa;
      if (confidence < minConfidence) continue;
      const fc = freqOf.get(String(item));
      const lift = fc === undefined ? NaN : confidence / (fc / numTransactions);
      rules.push({ antecedent, consequent: [item], confidence, lift, support: fu / numTransactions });
    }
  });
  return rules;
}

// ---- PrefixSpan ----

/** A sequence as itemsets of item ids (each sorted, distinct). */
export type Sequence = number[][];

export interface SeqPattern {
  sequence: number[][];
  freq: number;
}

/** Whether `seq` contains `pattern` (itemsets matched in order, each a subset); greedy earliest matching. */
function contains(seq: Sequence, pattern: number[][]): boolean {
  let e = 0;
  for (const set of pattern) {
    while (e < seq.length && !set.every((x) => seq[e].includes(x))) e++;
    if (e >= seq.length) return false;
    e++;
  }
  return true;
}

/**
 * Frequent sequential patterns by prefix growth: a frequent pattern is extended by a frequent item
 * added to its last itemset (larger than the itemset's items) or as a new itemset, counted on the
 * sequences that contain the pattern (its projected database).
 */
export function prefixSpan(db: Sequence[], minCount: number, maxPatternLength: number): SeqPattern[] {
  const seqs = db.map((seq) => seq.map((set) => [...new Set(set)].sort((a, b) => a - b)).filter((set) => set.length > 0));
  const itemCount = new Map<number, number>();
  for (const seq of seqs) for (const it of new Set(seq.flat())) itemCount.set(it, (itemCount.get(it) ?? 0) + 1);
  const items = [...itemCount.entries()].filter(([, c]) => c >= minCount).map(([i]) => i).sort((a, b) => a - b);
  const out: SeqPattern[] = [];
  const grow = (pattern: number[][], len: number, support: number[]): void => {
    if (len >= maxPatternLength) return;
    const last = pattern.length ? pattern[pattern.length - 1] : null;
    const candidates: number[][][] = [];
    for (const it of items) {
      if (last && it > last[last.length - 1]) candidates.push([...pattern.slice(0, -1), [...last, it]]);
    }
    for (const it of items) candidates.push([...pattern, [it]]);
    for (const c of candidates) {
      const sup = support.filter((s) => contains(seqs[s], c));
      if (sup.length >= minCount) {
        out.push({ sequence: c, freq: sup.length });
        grow(c, len + 1, sup);
      }
    }
  };
  grow([], 0, seqs.map((_, i) => i));
  return out;
}
