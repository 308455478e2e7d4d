/** int(), float(), str(), bool() and friends: conversions with CPython's messages. */
import { PyBoxed, PyObject, typeOf } from '../core';
import { PyFloat, mkFloat } from '../float';
import { pyErr } from '../exceptions';
import { norm } from '../int-ops';
import { repr, str } from '../repr';
import { call } from '../call';
import { PyBytes } from '../bytes';
import { asIndex } from '../slice';

function dunderNum(x: unknown, names: string[]): unknown {
  if (!(x instanceof PyObject)) return undefined;
  for (const n of names) {
    const f = x.$cls.lookup(n);
    if (f !== undefined && f !== null) return call(f, [x]);
  }
  return x instanceof PyBoxed ? x.$v : undefined;
}

export function floatToInt(v: number): number | bigint {
  if (v !== v) throw pyErr('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw pyErr('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(v) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

export function parseIntStr(s: string, base: number, orig: unknown): number | bigint {
  const bad = () => pyErr('ValueError', `invalid literal for int() with base ${base}: ${repr(orig)}`);
  let t = s.trim();
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const prefix = /^0([xob])/i.exec(t);
  if (prefix) {
    const pb = { x: 16, o: 8, b: 2 }[prefix[1]!.toLowerCase() as 'x' | 'o' | 'b'];
    if (b === 0 || b === pb) {
      b = pb;
      t = t.slice(2);
      if (t.startsWith('_')) t = t.slice(1);
    }
  }
  if (b === 0) {
    if (/^0+(_?0)*$/.test(t)) return 0;
    if (t[0] === '0') throw bad();
    b = 10;
  }
  if (!t || t.startsWith('_') || t.endsWith('_') || t.includes('__')) throw bad();
  t = t.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let r = 0n;
  const bb = BigInt(b);
  for (const ch of t.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) throw bad();
    r = r * bb + BigInt(d);
  }
  return norm(neg ? -r : r);
}

export function toInt(x: unknown, base?: unknown): number | bigint {
  if (base !== undefined) {
    // CPython's order: the base's type, its range, then the argument's type.
    const b = asIndex(base, () => `'${typeOf(base).name}' object cannot be interpreted as an integer`);
    if (b !== 0 && (b < 2 || b > 36)) throw pyErr('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    if (typeof x !== 'string' && !(x instanceof PyBytes)) throw pyErr('TypeError', "int() can't convert non-string with explicit base");
    return parseIntStr(typeof x === 'string' ? x : new TextDecoder().decode((x as PyBytes).b), b, x);
  }
  if (typeof x === 'number') return Number.isInteger(x) ? x : floatToInt(x);
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (typeof x === 'string') return parseIntStr(x, 10, x);
  const r = dunderNum(x, ['__int__', '__index__', '__trunc__']);
  if (r !== undefined) return toInt(r);
  throw pyErr('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

const FLOAT_RE = /^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*([eE][+-]?\d(_?\d)*)?|(\d(_?\d)*)\.([eE][+-]?\d(_?\d)*)?)$/;

export function toFloat(x: unknown): number | PyFloat {
  if (typeof x === 'number') return mkFloat(x);
  if (typeof x === 'boolean') return new PyFloat(x ? 1 : 0);
  if (typeof x === 'bigint') {
    const d = Number(x);
    if (!Number.isFinite(d)) throw pyErr('OverflowError', 'int too large to convert to float');
    return new PyFloat(d);
  }
  if (x instanceof PyFloat) return x;
  if (typeof x === 'string') {
    const t = x.trim().toLowerCase();
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
    if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
    if (!FLOAT_RE.test(t)) throw pyErr('ValueError', `could not convert string to float: ${repr(x)}`);
    return mkFloat(Number(t.replace(/_/g, '')));
  }
  const r = dunderNum(x, ['__float__', '__index__']);
  if (r !== undefined) return toFloat(r);
  throw pyErr('TypeError', `float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}

export function toStr(args: unknown[]): string {
  if (!args.length) return '';
  const x = args[0];
  if (x instanceof PyBytes && args.length > 1) return new TextDecoder().decode(x.b);
  return str(x);
}
