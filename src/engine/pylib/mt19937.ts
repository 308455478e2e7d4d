// The Mersenne Twister core of CPython's _random module, bit for bit: MT19937 with the
// reference init_by_array seeding, and CPython's way of turning a Python int into the key.
import { valueError } from './py-error';

const N = 624;
const M = 397;
// The constants as int32 so the twist never leaves small-integer arithmetic.
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const MATRIX = 0x9908b0df | 0;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;

export class MT19937 {
  /** The raw state words (int32 view of the unsigned reference words). */
  private readonly state = new Int32Array(N);
  /** The tempered outputs of the current block; valid for positions index..N-1. */
  private readonly out = new Int32Array(N);
  index = N + 1;

  private initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** The reference init_by_array over 32-bit words. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = UPPER;
    this.index = N;
  }

  /** Seeds from a Python int the way CPython does: abs(n) split into 32-bit words, low first. */
  seedInt(n: bigint): void {
    let v = n < 0n ? -n : n;
    const key: number[] = [];
    do {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    } while (v > 0n);
    this.initByArray(key);
  }

  /**
   * Regenerates all 624 words, then tempers them into `out` in a second tight loop, so a draw
   * is one array read. Int32 arithmetic keeps V8 on small-integer ops; the words are
   * the same bits as the unsigned reference.
   */
  private twist(): void {
    const mt = this.state;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX);
    }
    const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX);
    this.temper(0);
    this.index = 0;
  }

  private temper(from: number): void {
    const mt = this.state;
    const out = this.out;
    for (let i = from; i < N; i++) {
      let t = mt[i];
      t ^= t >>> 11;
      t ^= (t << 7) & TEMPER_B;
      t ^= (t << 15) & TEMPER_C;
      out[i] = t ^ (t >>> 18);
    }
  }

  /** One 32-bit output. */
  next32(): number {
    if (this.index >= N) this.twist();
    return this.out[this.index++] >>> 0;
  }

  /** random(): 53 random bits from two outputs, as CPython's genrand_res53. */
  random(): number {
    const i = this.index;
    if (i >= N - 1) return this.randomSlow();
    this.index = i + 2;
    const out = this.out;
    return ((out[i] >>> 5) * 67108864 + (out[i + 1] >>> 6)) / 9007199254740992;
  }

  private randomSlow(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** getrandbits(k): 32-bit words filled low word first; a partial last word uses its top bits. */
  getrandbits(k: number): bigint {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.next32() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.next32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** getrandbits(k) for k <= 53 as a number, without BigInt on the hot path. */
  getrandbitsSmall(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    const lo = this.next32();
    const hi = this.next32() >>> (64 - k);
    return hi * 4294967296 + lo;
  }

  /** (624 words..., index) as CPython's getstate() inner tuple. */
  getState(): number[] {
    return [...Array.from(this.state, (w) => w >>> 0), this.index];
  }

  setState(state: readonly number[]): void {
    if (state.length !== N + 1) throw valueError('state vector is the wrong size');
    const index = state[N];
    if (index < 0 || index > N) throw valueError('invalid state');
    for (let i = 0; i < N; i++) this.state[i] = state[i] | 0;
    this.index = index;
    // A restored position inside a block needs that block's outputs without a twist.
    this.temper(index);
  }
}
