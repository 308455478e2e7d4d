// random's sequence methods (choice, shuffle, sample, choices), written over the two
// primitives CPython builds them from, so PyRandom stays about the generator itself.
import { bisectRight } from './int-utils';
import { log } from './libm';
import { PyLibError, typeError, valueError } from './py-error';

export interface RandomSource {
  random(): number;
  randbelow(n: number): number;
}

export function choice<T>(r: RandomSource, seq: readonly T[]): T {
  if (seq.length === 0) throw new PyLibError('IndexError', 'Cannot choose from an empty sequence');
  return seq[r.randbelow(seq.length)];
}

/** shuffle(x) in place. */
export function shuffle<T>(r: RandomSource, x: T[]): void {
  for (let i = x.length - 1; i > 0; i--) {
    const j = r.randbelow(i + 1);
    const t = x[i];
    x[i] = x[j];
    x[j] = t;
  }
}

/**
 * The indices sample(range(n), k) picks, in order: a partial shuffle of a pool for small
 * populations, rejection against a set of picks for large ones, switching where CPython does.
 */
export function sampleIndices(r: RandomSource, n: number, k: number): number[] {
  if (!(k >= 0 && k <= n)) throw valueError('Sample larger than population or is negative');
  const result: number[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(log(k * 3) / log(4));
  if (n <= setsize) {
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = r.randbelow(n - i);
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = r.randbelow(n);
      while (selected.has(j)) j = r.randbelow(n);
      selected.add(j);
      result[i] = j;
    }
  }
  return result;
}

/** sample(population, k, counts=counts). */
export function sample<T>(r: RandomSource, population: readonly T[], k: number, counts?: readonly number[]): T[] {
  if (counts === undefined) return sampleIndices(r, population.length, k).map((i) => population[i]);
  const cum: number[] = [];
  let acc = 0;
  for (const c of counts) cum.push((acc += c));
  if (cum.length !== population.length) throw valueError('The number of counts does not match the population');
  const total = cum.pop() ?? 0;
  if (!Number.isInteger(total)) throw typeError('Counts must be integers');
  if (total <= 0) throw valueError('Total of counts must be greater than zero');
  return sampleIndices(r, total, k).map((s) => population[bisectRight(cum, s, 0, cum.length)]);
}

/** choices(population, weights, cum_weights=..., k=k); weights as JS numbers. */
export function choices<T>(
r: RandomSource,
population: readonly T[],
k: number,
weights?: readonly number[] | null,
cumWeights?: readonly number[] | null,
): T[] {
  const n = population.length;
  const out: T[] = [];
  if (cumWeights == null) {
    if (weights == null) {
      for (let i = 0; i < k; i++) {
        const j = Math.floor(r.random() * n);
        if (j >= n) throw new PyLibError('IndexError', 'list index out of range');
        out.push(population[j]);
      }
      return out;
    }
    const cum: number[] = [];
    let acc = 0;
    for (const w of weights) cum.push((acc += w));
    cumWeights = cum;
  } else if (weights != null) {
    throw typeError('Cannot specify both weights and cumulative weights');
  }
  if (cumWeights.length !== n) throw valueError('The number of weights does not match the population');
  if (n === 0) throw new PyLibError('IndexError', 'list index out of range');
  const total = cumWeights[n - 1] + 0.0;
  if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
  for (let i = 0; i < k; i++) out.push(population[bisectRight(cumWeights, r.random() * total, 0, n - 1)]);
  return out;
}
