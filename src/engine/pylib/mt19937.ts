// The Mersenne Twister core of CPython's _random module, bit for bit: MT19937 with the
// reference init_by_array seeding, and CPython's way of turning a Python int into the key.
import { valueError } from './py-error';

const N = 624;
const M = 397;

export class MT19937 {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** The reference init_by_array over 32-bit words. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
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
    mt[0] = 0x80000000;
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

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    this.index = 0;
  }

  /** One 32-bit output. */
  next32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits from two outputs, as CPython's genrand_res53. */
  random(): number {
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
    return [...this.mt, this.index];
  }

  setState(state: readonly number[]): void {
    if (state.length !== N + 1) throw valueError('state vector is the wrong size');
    const index = state[N];
    if (index < 0 || index > N) throw valueError('invalid state');
    for (let i = 0; i < N; i++) this.mt[i] = state[i] >>> 0;
    this.index = index;
  }
}
