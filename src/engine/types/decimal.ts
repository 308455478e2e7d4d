/**
 * Exact decimal values: an unscaled BigInt and a scale, the way Java's BigDecimal holds
 * them. Spark's decimal arithmetic rounds HALF_UP and turns overflow into NULL when ANSI
 * mode is off, so every operation here is exact and rounding is explicit.
 */
export class Decimal {
  constructor(readonly unscaled: bigint, readonly scale: number) {}

  /** Like fromString but keeps a negative scale from an exponent (`20E2` is 20 × 10^2). */
  static fromStringKeepScale(text: string): Decimal | null {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
    const frac = m[3] ?? '';
    const unscaled = BigInt((m[2] || '0') + frac);
    const scale = frac.length - (m[4] ? parseInt(m[4], 10) : 0);
    return new Decimal(m[1] === '-' ? -unscaled : unscaled, scale);
  }

  /** Java's BigDecimal.toString: scientific when the scale is negative or the value is tiny. */
  toJavaString(): string {
    const neg = this.unscaled < 0n;
    const digits = (neg ? -this.unscaled : this.unscaled).toString();
    const adjusted = -this.scale + (digits.length - 1);
    if (this.scale >= 0 && adjusted >= -6) return this.toString();
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${neg ? '-' : ''}${mant}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }

  static fromString(text: string): Decimal | null {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
    const frac = m[3] ?? '';
    let unscaled = BigInt((m[2] || '0') + frac);
    let scale = frac.length - (m[4] ? parseInt(m[4], 10) : 0);
    if (scale < 0) {
      unscaled *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return new Decimal(m[1] === '-' ? -unscaled : unscaled, scale);
  }

  static fromBigInt(v: bigint): Decimal {
    return new Decimal(v, 0);
  }

  static fromNumber(v: number): Decimal | null {
    if (!Number.isFinite(v)) return null;
    // Java's BigDecimal.valueOf(double) goes through Double.toString: shortest repr digits.
    return Decimal.fromString(String(v));
  }

  /** Number of significant digits, as BigDecimal.precision() counts them. */
  precision(): number {
    const a = this.unscaled < 0n ? -this.unscaled : this.unscaled;
    return a === 0n ? 1 : a.toString().length;
  }

  /** Digits left of the point, as Spark counts them when checking `decimal(p,s)`. */
  intDigits(): number {
    const a = this.unscaled < 0n ? -this.unscaled : this.unscaled;
    const s = a.toString();
    return Math.max(0, s.length - this.scale);
  }

  setScale(scale: number): Decimal {
    if (scale === this.scale) return this;
    if (scale > this.scale) return new Decimal(this.unscaled * 10n ** BigInt(scale - this.scale), scale);
    const div = 10n ** BigInt(this.scale - scale);
    return new Decimal(roundHalfUp(this.unscaled, div), scale);
  }

  /** Rounds to `scale` and returns null when the result does not fit `precision`. */
  toPrecision(precision: number, scale: number): Decimal | null {
    const r = this.setScale(scale);
    const a = r.unscaled < 0n ? -r.unscaled : r.unscaled;
    if (a >= 10n ** BigInt(precision)) return null;
    return r;
  }

  add(o: Decimal): Decimal {
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.setScale(s).unscaled + o.setScale(s).unscaled, s);
  }
  sub(o: Decimal): Decimal {
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.setScale(s).unscaled - o.setScale(s).unscaled, s);
  }
  mul(o: Decimal): Decimal {
    return new Decimal(this.unscaled * o.unscaled, this.scale + o.scale);
  }
  /** Division rounded HALF_UP to `scale` digits. */
  div(o: Decimal, scale: number): Decimal | null {
    if (o.unscaled === 0n) return null;
    // (a / 10^sa) / (b / 10^sb) = a * 10^(sb - sa) / b; scale the numerator to keep `scale` digits.
    const shift = scale + o.scale - this.scale;
    let num = this.unscaled;
    let den = o.unscaled;
    if (shift >= 0) num *= 10n ** BigInt(shift);
    else den *= 10n ** BigInt(-shift);
    return new Decimal(roundHalfUp(num, den), scale);
  }
  rem(o: Decimal): Decimal | null {
    if (o.unscaled === 0n) return null;
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.setScale(s).unscaled % o.setScale(s).unscaled, s);
  }
  neg(): Decimal {
    return new Decimal(-this.unscaled, this.scale);
  }
  abs(): Decimal {
    return this.unscaled < 0n ? this.neg() : this;
  }
  compare(o: Decimal): number {
    const s = Math.max(this.scale, o.scale);
    const a = this.setScale(s).unscaled;
    const b = o.setScale(s).unscaled;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  signum(): number {
    return this.unscaled < 0n ? -1 : this.unscaled > 0n ? 1 : 0;
  }
  toNumber(): number {
    return Number(this.toString());
  }
  /** Truncates toward zero, as a cast to an integral type does. */
  toBigInt(): bigint {
    return this.scale <= 0 ? this.unscaled * 10n ** BigInt(-this.scale) : this.unscaled / 10n ** BigInt(this.scale);
  }
  floor(): Decimal {
    const t = this.toBigInt();
    const back = new Decimal(t, 0);
    return back.compare(this) > 0 ? new Decimal(t - 1n, 0) : back;
  }
  ceil(): Decimal {
    const t = this.toBigInt();
    const back = new Decimal(t, 0);
    return back.compare(this) < 0 ? new Decimal(t + 1n, 0) : back;
  }

  /** Plain notation with exactly `scale` fraction digits (Java's toPlainString). */
  toString(): string {
    const neg = this.unscaled < 0n;
    let digits = (neg ? -this.unscaled : this.unscaled).toString();
    if (this.scale <= 0) return (neg ? '-' : '') + digits + '0'.repeat(-this.scale);
    if (digits.length <= this.scale) digits = '0'.repeat(this.scale - digits.length + 1) + digits;
    const p = digits.length - this.scale;
    return (neg ? '-' : '') + digits.slice(0, p) + '.' + digits.slice(p);
  }
}

function roundHalfUp(num: bigint, den: bigint): bigint {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= den) return num < 0n ? q - 1n : q + 1n;
  return q;
}
