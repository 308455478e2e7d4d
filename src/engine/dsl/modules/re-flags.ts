/**
 * re.RegexFlag: the flag constants print as `re.IGNORECASE|re.MULTILINE` and combine with
 * ints, as CPython's IntFlag does. Instances are PyObjects so that `0 | re.I` reaches the
 * reflected operator.
 */
import { NativeGetter, NotImplemented, PyObject, PyType, T, pyErr, typeOf } from '../../values/py';
import { RE_FLAGS } from '../../pylib';

export const FLAG_NAMES: [string, string, number][] = [
  ['T', 'TEMPLATE', 1],
  ['I', 'IGNORECASE', RE_FLAGS.I],
  ['L', 'LOCALE', RE_FLAGS.L],
  ['M', 'MULTILINE', RE_FLAGS.M],
  ['S', 'DOTALL', RE_FLAGS.S],
  ['U', 'UNICODE', RE_FLAGS.U],
  ['X', 'VERBOSE', RE_FLAGS.X],
  ['DEBUG', 'DEBUG', 128],
  ['A', 'ASCII', RE_FLAGS.A],
];

export const RegexFlagT = new PyType('RegexFlag', [T.object]);
RegexFlagT.module = 're';
RegexFlagT.isBuiltin = false;

export function mkFlag(v: number): PyObject {
  const o = new PyObject(RegexFlagT);
  o.$d = null;
  (o as PyObject & { v: number }).v = v;
  return o;
}

const valueOf = (o: unknown) => (o as { v: number }).v;

/** A flags argument as an int: RegexFlag, int or bool. */
export function flagInt(x: unknown): number {
  if (x instanceof PyObject && x.$cls === RegexFlagT) return valueOf(x);
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  throw pyErr('TypeError', `unsupported operand type(s) for &: '${typeOf(x).name}' and 'int'`);
}

// RegexFlag's repr lists members in the enum's definition order; Pattern's repr (C code) uses FLAG_NAMES' order.
const ENUM_ORDER = ['A', 'I', 'L', 'U', 'M', 'S', 'X', 'T', 'DEBUG'].map((s) => FLAG_NAMES.find((f) => f[0] === s)!);

/** The repr CPython 3.11 gives a RegexFlag value, or (cOrder) the flags part of a Pattern's repr. */
export function flagText(v: number, cOrder = false): string {
  if (v === 0) return 're.NOFLAG';
  const parts: string[] = [];
  let rest = v;
  for (const [, long, bit] of cOrder ? FLAG_NAMES : ENUM_ORDER) {
    if (v & bit) {
      parts.push(`re.${long}`);
      rest &= ~bit;
    }
  }
  if (rest) parts.push(`0x${rest.toString(16)}`);
  return parts.join('|');
}

function binop(f: (a: number, b: number) => number) {
  return (a: unknown, b: unknown) => {
    if (!(b instanceof PyObject && b.$cls === RegexFlagT) && !(typeof b === 'number' && Number.isInteger(b))) return NotImplemented;
    return mkFlag(f(valueOf(a), flagInt(b)));
  };
}

const d = RegexFlagT.dict;
d.set('__or__', binop((a, b) => a | b));
d.set('__ror__', binop((a, b) => a | b));
d.set('__and__', binop((a, b) => a & b));
d.set('__rand__', binop((a, b) => a & b));
d.set('__xor__', binop((a, b) => a ^ b));
d.set('__rxor__', binop((a, b) => a ^ b));
d.set('__invert__', (a: unknown) => mkFlag(~valueOf(a) & 0x1ff));
d.set('__repr__', (a: unknown) => flagText(valueOf(a)));
d.set('__str__', (a: unknown) => flagText(valueOf(a)));
d.set('__int__', (a: unknown) => valueOf(a));
d.set('__index__', (a: unknown) => valueOf(a));
d.set('__bool__', (a: unknown) => valueOf(a) !== 0);
d.set('__hash__', (a: unknown) => valueOf(a));
d.set('__eq__', (a: unknown, b: unknown) => {
  if (b instanceof PyObject && b.$cls === RegexFlagT) return valueOf(a) === valueOf(b);
  if (typeof b === 'number' || typeof b === 'boolean') return valueOf(a) === Number(b);
  return NotImplemented;
});
d.set('__ne__', (a: unknown, b: unknown) => {
  const r = (d.get('__eq__') as (a: unknown, b: unknown) => unknown)(a, b);
  return r === NotImplemented ? r : !r;
});
d.set('value', new NativeGetter((a) => valueOf(a)));
