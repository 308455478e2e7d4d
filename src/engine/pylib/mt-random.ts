// CPython's random.Random (3.11) over the MT19937 core: the same seed gives the same
// sequence of draws for every method here.
import { bitLength, type PyInt } from './int-utils';
import { acos, cos, exp, log, pow, sin, sqrt } from './libm';
import { MT19937 } from './mt19937';
import { hashFloat } from './py-hash';
import { PyLibError, typeError, valueError } from './py-error';
import { choice, choices, sample, sampleIndices, shuffle } from './random-sequences';
import { sha512 } from './sha512';

const TWOPI = 2 * Math.PI;
const NV_MAGICCONST = (4 * exp(-0.5)) / sqrt(2.0);
const LOG4 = log(4.0);
const SG_MAGICCONST = 1.0 + log(4.5);

export interface RandomState {
  version: 3;
  /** 624 state words then the index, as getstate()[1]. */
  internal: number[];
  gaussNext: number | null;
}

export class PyRandom {
  private readonly core = new MT19937();
  private gaussNext: number | null = null;

  constructor(seed?: PyInt) {
    if (seed === undefined) this.seedEntropy();
    else this.seedInt(seed);
  }

  /** seed(n) for a Python int (or bool). */
  seedInt(n: PyInt): void {
    this.core.seedInt(BigInt(n));
    this.gaussNext = null;
  }

  /** seed(x) for a Python float: CPython seeds from hash(x) read as an unsigned 64-bit word. */
  seedFloat(x: number): void {
    this.seedInt(BigInt.asUintN(64, hashFloat(x)));
  }

  /** seed(s) for str (UTF-8) or bytes, version 2: int.from_bytes(s + sha512(s)), big-endian. */
  seedBytes(data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const all = new Uint8Array(bytes.length + 64);
    all.set(bytes);
    all.set(sha512(bytes), bytes.length);
    let n = 0n;
    for (const b of all) n = (n << 8n) | BigInt(b);
    this.seedInt(n);
  }

  /** seed(None): not reproducible, like CPython's urandom seeding. */
  seedEntropy(): void {
    const key = Array.from({ length: 8 }, () => Math.floor(Math.random() * 4294967296));
    this.core.initByArray(key);
    this.gaussNext = null;
  }

  getstate(): RandomState {
    return { version: 3, internal: this.core.getState(), gaussNext: this.gaussNext };
  }

  setstate(state: RandomState): void {
    if (state.version !== 3) {
      throw valueError(`state with version ${state.version} passed to Random.setstate() of version 3`);
    }
    this.core.setState(state.internal);
    this.gaussNext = state.gaussNext;
  }

  random(): number {
    return this.core.random();
  }

  getrandbits(k: number): bigint {
    return this.core.getrandbits(k);
  }

  /** randbytes(n) */
  randbytes(n: number): Uint8Array {
    let v = this.core.getrandbits(n * 8);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return out;
  }

  /** _randbelow(n), n > 0: getrandbits(n.bit_length()) until below n. Same type out as in. */
  randbelow(n: number): number;
  randbelow(n: bigint): bigint;
  randbelow(n: PyInt): PyInt;
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number' && n <= Number.MAX_SAFE_INTEGER) {
      const k = bitLength(n);
      let r = this.core.getrandbitsSmall(k);
      while (r >= n) r = this.core.getrandbitsSmall(k);
      return r;
    }
    const big = BigInt(n);
    const k = bitLength(big);
    let r = this.core.getrandbits(k);
    while (r >= big) r = this.core.getrandbits(k);
    return typeof n === 'number' ? Number(r) : r;
  }

  /** randrange(start[, stop[, step]]); stop null/undefined means the one-argument form. */
  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt {
    const wantBig = typeof start === 'bigint' || typeof stop === 'bigint' || typeof step === 'bigint';
    const out = (v: bigint): PyInt => (wantBig ? v : Number(v));
    const istart = BigInt(start);
    if (stop === undefined || stop === null) {
      if (step !== undefined) throw typeError('Missing a non-None stop argument');
      if (istart > 0n) return out(this.bigBelow(istart));
      throw valueError('empty range for randrange()');
    }
    const istop = BigInt(stop);
    const width = istop - istart;
    const istep = step === undefined ? 1n : BigInt(step);
    if (istep === 1n) {
      if (width > 0n) return out(istart + this.bigBelow(width));
      throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw valueError('zero step for randrange()');
    if (n <= 0n) throw valueError('empty range for randrange()');
    return out(istart + istep * this.bigBelow(n));
  }

  private bigBelow(n: bigint): bigint {
    return n <= BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(this.randbelow(Number(n))) : this.randbelow(n);
  }

  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, typeof b === 'bigint' ? b + 1n : b + 1);
  }

  choice<T>(seq: readonly T[]): T {
    return choice(this, seq);
  }

  /** shuffle(x) in place. */
  shuffle<T>(x: T[]): void {
    shuffle(this, x);
  }

  /** The indices sample(range(n), k) picks, in order. */
  sampleIndices(n: number, k: number): number[] {
    return sampleIndices(this, n, k);
  }

  /** sample(population, k, counts=counts). */
  sample<T>(population: readonly T[], k: number, counts?: readonly number[]): T[] {
    return sample(this, population, k, counts);
  }

  /** choices(population, weights, cum_weights=..., k=k); weights as JS numbers. */
  choices<T>(population: readonly T[], k: number, weights?: readonly number[] | null, cumWeights?: readonly number[] | null): T[] {
    return choices(this, population, k, weights, cumWeights);
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    if (mode !== null && high - low === 0) return low;
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * sqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -log(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = sqrt(-2.0 * log(1.0 - this.random()));
      z = cos(x2pi) * g2rad;
      this.gaussNext = sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    return fdiv(-log(1.0 - this.random()), lambd);
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    const theta = u3 > 0.5 ? mu + acos(f) : mu - acos(f);
    return pyFloatMod(theta, TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw valueError('gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -log(1.0 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pow(x, alpha - 1.0)) break;
      } else if (u1 <= exp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    return y !== 0 ? y / (y + this.gammavariate(beta, 1.0)) : 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return pow(u, fdiv(-1.0, alpha));
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * pow(-log(u), fdiv(1.0, beta));
  }
}

/** Python's float division: dividing by zero raises instead of giving inf/nan. */
function fdiv(a: number, b: number): number {
  if (b === 0) throw new PyLibError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Python's float % for a positive modulus (the only use here). */
function pyFloatMod(x: number, m: number): number {
  const r = x % m;
  return r !== 0 && r < 0 ? r + m : r;
}
