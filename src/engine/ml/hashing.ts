/**
 * MurmurHash3 x86_32 with the standard tail (Spark 3's `Murmur3_x86_32.hashUnsafeBytes2`),
 * the term hash of HashingTF and FeatureHasher (seed 42), and Spark's non-negative modulo.
 */
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mixK1(k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, C2);
}

function mixH1(h: number, k: number): number {
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Signed 32-bit murmur3 of `bytes`. */
export function murmur3Bytes(bytes: Uint8Array, seed: number): number {
  const n = bytes.length;
  const aligned = n - (n % 4);
  let h = seed | 0;
  for (let i = 0; i < aligned; i += 4) {
    const k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    h = mixH1(h, mixK1(k));
  }
  let k1 = 0;
  const rest = n - aligned;
  if (rest >= 3) k1 ^= bytes[aligned + 2]! << 16;
  if (rest >= 2) k1 ^= bytes[aligned + 1]! << 8;
  if (rest >= 1) {
    k1 ^= bytes[aligned]!;
    h ^= mixK1(k1);
  }
  return fmix(h, n);
}

/** Spark's hashInt (an int term). */
export function murmur3Int(v: number, seed: number): number {
  return fmix(mixH1(seed | 0, mixK1(v | 0)), 4);
}

const encoder = new TextEncoder();

/** HashingTF's index of a string term: nonNegativeMod(murmur3(utf8, 42), numFeatures). */
export function termIndex(term: string, numFeatures: number): number {
  const h = murmur3Bytes(encoder.encode(term), 42);
  const m = h % numFeatures;
  return m < 0 ? m + numFeatures : m;
}
