/**
 * A small seeded generator (sfc32, seeded through splitmix32). Only integer arithmetic and
 * exact double divisions, so every JavaScript engine produces the same stream: generated
 * datasets must be byte-identical in Node and in any browser.
 */
export class Rng {
  // State in a typed array: plain fields holding uint32 values would be boxed as heap
  // numbers, and the garbage they make costs more than the generator itself.
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = z ^ (z >>> 16);
    }
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const s = this.s;
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    s[2] = (r + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() * 2.3283064365386963e-10;
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** Roughly normal noise with mean 0 and standard deviation 1 (Irwin–Hall of 12 uniforms). */
  normal(): number {
    let s = 0;
    for (let i = 0; i < 12; i++) s += this.float();
    return s - 6;
  }

  /** Fisher–Yates in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /** `n` sorted integers drawn uniformly from [lo, hi]. */
  sortedInts(n: number, lo: number, hi: number): Int32Array {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(lo, hi);
    return out.sort();
  }
}

/** Adds ±1 steps round-robin until `values` sums to `target` (keeps each within [min, ∞)). */
export function fixSum(values: number[], target: number, min = 0): void {
  let diff = target - values.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % values.length) {
    const step = diff > 0 ? 1 : -1;
    if (step < 0 && values[i] <= min) continue;
    values[i] += step;
    diff -= step;
  }
}
