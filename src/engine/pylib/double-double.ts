// Double-double arithmetic (about 106 significant bits), for the correctly rounded libm.
// A value is the unevaluated sum hi + lo with |lo| <= ulp(hi) / 2.

export interface DD {
  hi: number;
  lo: number;
}

const SPLITTER = 134217729; // 2**27 + 1

export function dd(hi: number, lo = 0): DD {
  return { hi, lo };
}

export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { hi: s, lo: b - (s - a) };
}

/** a * b exactly as hi + lo (Dekker; |a|, |b| well inside the double range). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  let r = quickTwoSum(s.hi, s.lo + t.hi);
  r = quickTwoSum(r.hi, r.lo + t.lo);
  return r;
}

export function neg(a: DD): DD {
  return { hi: -a.hi, lo: -a.lo };
}

export function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

export function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

export function mulNum(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

export function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = sub(a, mulNum(b, q1));
  const q2 = r.hi / b.hi;
  r = sub(r, mulNum(b, q2));
  const q3 = r.hi / b.hi;
  return add(quickTwoSum(q1, q2), dd(q3));
}

/** The double nearest hi + lo. */
export function toNumber(a: DD): number {
  return a.hi + a.lo;
}

/** A bigint numerator scaled by 2**-scale, as a double-double (top 106 bits kept). */
export function fromScaledBigInt(n: bigint, scale: number): DD {
  const negative = n < 0n;
  let v = negative ? -n : n;
  const len = v.toString(2).length;
  let s = scale;
  if (len > 110) {
    v >>= BigInt(len - 110);
    s -= len - 110;
  }
  const hiPart = v >> 57n;
  const loPart = v & ((1n << 57n) - 1n);
  const r = twoSum(Number(hiPart) * 2 ** (57 - s), Number(loPart) * 2 ** -s);
  return negative ? neg(r) : r;
}
