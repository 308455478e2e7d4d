/** Math functions (abs, round, floor, pow, trig, hex, ...). */
import { Decimal, decimalType, DoubleType, IntegerType, LongType, StringType, BinaryType } from '../../types';
import type { DataType } from '../../types';
import { arithmetic } from '../arithmetic';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { checkArity, coerceArg, registerScalar, strictFn } from './registry';

const unaryDouble: Array<[string | string[], (x: number) => number | null]> = [
  ['sqrt', Math.sqrt], ['exp', Math.exp], ['expm1', Math.expm1], ['cbrt', Math.cbrt],
  ['sin', Math.sin], ['cos', Math.cos], ['tan', Math.tan], ['asin', Math.asin], ['acos', Math.acos], ['atan', Math.atan],
  ['sinh', Math.sinh], ['cosh', Math.cosh], ['tanh', Math.tanh], ['asinh', Math.asinh], ['acosh', Math.acosh], ['atanh', Math.atanh],
  ['cot', (x) => 1 / Math.tan(x)], ['sec', (x) => 1 / Math.cos(x)], ['csc', (x) => 1 / Math.sin(x)],
  ['degrees', (x) => (x * 180) / Math.PI], ['radians', (x) => (x * Math.PI) / 180], ['rint', roundHalfEven],
  ['ln', (x) => (x <= 0 ? null : Math.log(x))], ['log10', (x) => (x <= 0 ? null : Math.log10(x))],
  ['log2', (x) => (x <= 0 ? null : Math.log2(x))], ['log1p', (x) => (x <= -1 ? null : Math.log1p(x))],
  ['signum', Math.sign], ['sign', Math.sign],
];
for (const [n, f] of unaryDouble) strictFn(n, [DoubleType], DoubleType, (a) => f(a[0] as number));

strictFn(['pow', 'power'], [DoubleType, DoubleType], DoubleType, (a) => Math.pow(a[0] as number, a[1] as number));
strictFn('atan2', [DoubleType, DoubleType], DoubleType, (a) => Math.atan2(a[0] as number, a[1] as number));
strictFn('hypot', [DoubleType, DoubleType], DoubleType, (a) => Math.hypot(a[0] as number, a[1] as number));
strictFn('log', [DoubleType, DoubleType], DoubleType, (a) => {
  const [b, x] = a as number[];
  return b! <= 0 || x! <= 0 ? null : Math.log(x!) / Math.log(b!);
}, {});
registerScalar('log', (args, site) => {
  checkArity(site, args, 1, 2);
  const cast = args.map((a, i) => coerceArg(a, DoubleType, site, i));
  const fn = cast.length === 1
    ? (a: unknown[]) => ((a[0] as number) <= 0 ? null : Math.log(a[0] as number))
    : (a: unknown[]) => ((a[0] as number) <= 0 || (a[1] as number) <= 0 ? null : Math.log(a[1] as number) / Math.log(a[0] as number));
  return { kind: 'strict', name: 'log', args: cast, fn, type: DoubleType, nullable: true };
});
registerScalar(['pi'], () => ({ kind: 'literal', value: Math.PI, type: DoubleType, nullable: false }));
registerScalar(['e'], () => ({ kind: 'literal', value: Math.E, type: DoubleType, nullable: false }));

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

registerScalar(['abs'], (args, site) => {
  checkArity(site, args, 1);
  const a = coerceArg(args[0]!, 'numeric', site, 0);
  const t = a.type;
  const fn = t.kind === 'decimal' ? (v: unknown[]) => (v[0] as Decimal).abs()
    : t.kind === 'long' ? (v: unknown[]) => BigInt.asIntN(64, (v[0] as bigint) < 0n ? -(v[0] as bigint) : (v[0] as bigint))
      : t.kind === 'int' ? (v: unknown[]) => Math.abs(v[0] as number) | 0 : (v: unknown[]) => Math.abs(v[0] as number);
  return { kind: 'strict', name: 'abs', args: [a], fn, type: t, nullable: a.nullable };
});

registerScalar(['positive'], (args, site) => {
  checkArity(site, args, 1);
  return coerceArg(args[0]!, 'numeric', site, 0);
});
registerScalar(['negative'], (args, site) => {
  checkArity(site, args, 1);
  const a = coerceArg(args[0]!, 'numeric', site, 0);
  return negate(a);
});

export function negate(a: BoundExpr): BoundExpr {
  const t = a.type;
  const fn = t.kind === 'decimal' ? (v: unknown[]) => (v[0] as Decimal).neg()
    : t.kind === 'long' ? (v: unknown[]) => BigInt.asIntN(64, -(v[0] as bigint))
      : t.kind === 'int' ? (v: unknown[]) => -(v[0] as number) | 0
        : t.kind === 'interval' ? (v: unknown[]) => {
          const iv = v[0] as { months: number; days: number; micros: number };
          return { months: -iv.months, days: -iv.days, micros: -iv.micros };
        } : (v: unknown[]) => -(v[0] as number);
  return { kind: 'strict', name: '-', args: [a], fn, type: t, nullable: a.nullable };
}

function floorCeil(name: string, up: boolean): void {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 1, 2);
    let a = coerceArg(args[0]!, 'numeric', site, 0);
    if (args.length === 2) {
      const scale = Number(args[1]!.kind === 'literal' ? args[1]!.value : 0);
      return roundTo(a, scale, up ? 'ceil' : 'floor', name);
    }
    if (a.type.kind === 'decimal') {
      const d = a.type;
      const t = decimalType(Math.min(38, d.precision - d.scale + 1), 0);
      return { kind: 'strict', name, args: [a], fn: (v) => (up ? (v[0] as Decimal).ceil() : (v[0] as Decimal).floor()), type: t, nullable: a.nullable };
    }
    if (a.type.kind !== 'long') a = castTo(a, DoubleType);
    if (a.type.kind === 'long') return { kind: 'strict', name, args: [a], fn: (v) => v[0], type: LongType, nullable: a.nullable };
    return {
      kind: 'strict', name, args: [a], type: LongType, nullable: a.nullable,
      fn: (v) => {
        const x = up ? Math.ceil(v[0] as number) : Math.floor(v[0] as number);
        if (Number.isNaN(x)) return 0n;
        if (x >= 9.223372036854776e18) return 2n ** 63n - 1n;
        if (x <= -9.223372036854776e18) return -(2n ** 63n);
        return BigInt(x);
      },
    };
  });
}
floorCeil('floor', false);
floorCeil('ceil', true);
floorCeil('ceiling', true);

function roundTo(a: BoundExpr, scale: number, mode: 'half_up' | 'half_even' | 'floor' | 'ceil', name: string): BoundExpr {
  const t = a.type;
  if (t.kind === 'decimal') {
    const s = Math.min(Math.max(scale, 0), t.scale);
    const rt = decimalType(Math.min(38, t.precision - t.scale + s + 1), s);
    return {
      kind: 'strict', name, args: [a], type: scale < 0 ? decimalType(Math.min(38, t.precision - t.scale + 1), 0) : rt, nullable: true,
      fn: (v) => roundDecimal(v[0] as Decimal, scale, mode),
    };
  }
  if (t.kind === 'float' || t.kind === 'double') {
    return {
      kind: 'strict', name, args: [a], type: t, nullable: true,
      fn: (v) => {
        const x = v[0] as number;
        if (!Number.isFinite(x)) return x;
        const d = Decimal.fromNumber(x)!;
        const r = roundDecimal(d, scale, mode).toNumber();
        return t.kind === 'float' ? Math.fround(r) : r;
      },
    };
  }
  if (scale >= 0) return a;
  return {
    kind: 'strict', name, args: [a], type: t, nullable: true,
    fn: (v) => {
      const big = typeof v[0] === 'bigint' ? (v[0] as bigint) : BigInt(v[0] as number);
      const r = roundDecimal(new Decimal(big, 0), scale, mode).toBigInt();
      return t.kind === 'long' ? r : Number(r);
    },
  };
}

function roundDecimal(d: Decimal, scale: number, mode: 'half_up' | 'half_even' | 'floor' | 'ceil'): Decimal {
  if (scale >= d.scale) return d;
  const div = 10n ** BigInt(d.scale - scale);
  let q = d.unscaled / div;
  const r = d.unscaled % div;
  if (r !== 0n) {
    const twice = (r < 0n ? -r : r) * 2n;
    const away = d.unscaled < 0n ? -1n : 1n;
    if (mode === 'half_up' && twice >= div) q += away;
    else if (mode === 'half_even' && (twice > div || (twice === div && q % 2n !== 0n))) q += away;
    else if (mode === 'floor' && d.unscaled < 0n) q -= 1n;
    else if (mode === 'ceil' && d.unscaled > 0n) q += 1n;
  }
  if (scale < 0) return new Decimal(q * 10n ** BigInt(-scale), 0);
  return new Decimal(q, scale);
}

for (const [name, mode] of [['round', 'half_up'], ['bround', 'half_even']] as const) {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 1, 2);
    const a = coerceArg(args[0]!, 'numeric', site, 0);
    const scale = args.length === 2 && args[1]!.kind === 'literal' ? Number(args[1]!.value) : 0;
    return roundTo(a, scale, mode, name);
  });
}

registerScalar(['mod'], (args, site) => {
  checkArity(site, args, 2);
  return arithmetic('%', args[0]!, args[1]!);
});
registerScalar(['pmod'], (args, site) => {
  checkArity(site, args, 2);
  const rem = arithmetic('%', args[0]!, args[1]!);
  const t = rem.type;
  const inner = rem.kind === 'strict' ? rem.fn : null;
  if (!inner || rem.kind !== 'strict') return rem;
  const fn = (v: unknown[]): unknown => {
    const r = inner(v);
    if (r === null) return null;
    if (t.kind === 'decimal') return (r as Decimal).signum() < 0 ? inner([(r as Decimal).add(v[1] as Decimal), v[1]]) : r;
    if (t.kind === 'long') return (r as bigint) < 0n ? inner([(r as bigint) + (v[1] as bigint), v[1]]) : r;
    return (r as number) < 0 ? inner([(r as number) + (v[1] as number), v[1]]) : r;
  };
  return { ...rem, fn, name: 'pmod' };
});

strictFn('hex', ['any'], StringType, (a, args) => {
  const t: DataType = args[0]!.type;
  const v = a[0];
  if (t.kind === 'string') return Array.from(new TextEncoderLite().encode(v as string), (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  if (t.kind === 'binary') return Array.from(v as Uint8Array, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  const big = typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
  return BigInt.asUintN(64, big).toString(16).toUpperCase();
});
strictFn('unhex', ['string'], BinaryType, (a) => {
  let s = a[0] as string;
  if (!/^[0-9a-fA-F]*$/.test(s)) return null;
  if (s.length % 2 === 1) s = '0' + s;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
});
strictFn('bin', [LongType], StringType, (a) => BigInt.asUintN(64, a[0] as bigint).toString(2));
strictFn('factorial', [IntegerType], LongType, (a) => {
  const n = a[0] as number;
  if (n < 0 || n > 20) return null;
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return r;
});
registerScalar('nanvl', (args, site) => {
  checkArity(site, args, 2);
  const cast = args.map((a, i) => coerceArg(a, DoubleType, site, i));
  return { kind: 'lenient', name: 'nanvl', args: cast, type: DoubleType, nullable: true, fn: (a) => (a[0] === null ? null : Number.isNaN(a[0]) ? a[1] : a[0]) };
});
strictFn('isnan', [DoubleType], { kind: 'boolean' }, (a) => Number.isNaN(a[0]), { nullable: false });

/** UTF-8 encoding without relying on host TextEncoder typings. */
export class TextEncoderLite {
  encode(s: string): Uint8Array {
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }
}

export function utf8Decode(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    let cp: number;
    let n: number;
    if (c < 0x80) { cp = c; n = 1; } else if (c >= 0xf0) { cp = ((c & 7) << 18) | ((b[i + 1]! & 63) << 12) | ((b[i + 2]! & 63) << 6) | (b[i + 3]! & 63); n = 4; } else if (c >= 0xe0) { cp = ((c & 15) << 12) | ((b[i + 1]! & 63) << 6) | (b[i + 2]! & 63); n = 3; } else if (c >= 0xc0) { cp = ((c & 31) << 6) | (b[i + 1]! & 63); n = 2; } else { cp = 0xfffd; n = 1; }
    s += Number.isNaN(cp) ? '\ufffd' : String.fromCodePoint(cp);
    i += n;
  }
  return s;
}
