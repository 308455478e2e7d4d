/**
 * Binary and unary operators. Each operator has an inlinable fast path for two JS numbers
 * (int op int stays exact; any non-integral operand makes the result a float) and falls back to
 * binarySlow, which handles the numeric tower, sequences, sets and dunder dispatch.
 */
import { NotImplemented, PyBoxed, PyObject, typeOf, unbox, userDunder } from './core';
import { PyFloat, mkFloat } from './float';
import { PyTuple, tuple } from './tuple';
import { PySet, PyFrozenSet } from './set';
import { PyDict } from './dict';
import { PyBytes } from './bytes';
import { PyByteArray, bytearrayInplace, repeatBytes } from './bytearray';
import { pyErr } from './exceptions';
import { call } from './call';
import * as I from './int-ops';
import { floatPow } from './float-ops';
import { floatFloorDiv, floatMod, intTrueDiv } from '../../pylib';
import { lib } from './pylib-bridge';
import { toArray } from './iter';
import { percentFormat } from './percent-format';

export type OpName = 'add' | 'sub' | 'mul' | 'truediv' | 'floordiv' | 'mod' | 'pow' | 'lshift' | 'rshift' | 'and' | 'or' | 'xor' | 'matmul';

export const OP_SYMBOL: Record<OpName, string> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '**',
  lshift: '<<', rshift: '>>', and: '&', or: '|', xor: '^', matmul: '@',
};

type Num = { k: 0; v: number | bigint } | { k: 1; v: number };

// Reused scratch results: the slow path runs per operation, so it must not allocate.
const NA = { k: 0, v: 0 } as { k: 0 | 1; v: number | bigint };
const NB = { k: 0, v: 0 } as { k: 0 | 1; v: number | bigint };

function classify(x: unknown, out: { k: 0 | 1; v: number | bigint }): boolean {
  if (typeof x === 'number') {
    out.k = Number.isInteger(x) ? 0 : 1;
    out.v = x;
    return true;
  }
  if (typeof x === 'bigint') {
    out.k = 0;
    out.v = x;
    return true;
  }
  if (typeof x === 'boolean') {
    out.k = 0;
    out.v = x ? 1 : 0;
    return true;
  }
  if (x instanceof PyFloat) {
    out.k = 1;
    out.v = x.v;
    return true;
  }
  return false;
}

function num(x: unknown): Num | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? { k: 0, v: x } : { k: 1, v: x };
  if (typeof x === 'bigint') return { k: 0, v: x };
  if (typeof x === 'boolean') return { k: 0, v: x ? 1 : 0 };
  if (x instanceof PyFloat) return { k: 1, v: x.v };
  return undefined;
}

function intOp(op: OpName, a: number | bigint, b: number | bigint): unknown {
  switch (op) {
    case 'add':
      return I.intAdd(a, b);
    case 'sub':
      return I.intSub(a, b);
    case 'mul':
      return I.intMul(a, b);
    case 'truediv': {
      if (b === 0 || b === 0n) throw pyErr('ZeroDivisionError', 'division by zero');
      if (typeof a === 'bigint' || typeof b === 'bigint') return mkFloat(lib(() => intTrueDiv(I.big(a), I.big(b))));
      return mkFloat(a / b);
    }
    case 'floordiv':
      return I.intFloorDiv(a, b);
    case 'mod':
      return I.intMod(a, b);
    case 'pow':
      if ((typeof b === 'number' ? b : Number(b)) < 0) {
        if (a === 0 || a === 0n) throw pyErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return floatPow(I.toDouble(a), I.toDouble(b));
      }
      return I.intPow(a, b);
    case 'lshift':
      return I.intShift(a, b, true);
    case 'rshift':
      return I.intShift(a, b, false);
    case 'and':
      return I.intBitOp(a, b, '&');
    case 'or':
      return I.intBitOp(a, b, '|');
    case 'xor':
      return I.intBitOp(a, b, '^');
    case 'matmul':
      return NotImplemented;
  }
}

function floatOp(op: OpName, a: number, b: number): unknown {
  switch (op) {
    case 'add':
      return mkFloat(a + b);
    case 'sub':
      return mkFloat(a - b);
    case 'mul':
      return mkFloat(a * b);
    case 'truediv':
      if (b === 0) throw pyErr('ZeroDivisionError', 'float division by zero');
      return mkFloat(a / b);
    case 'floordiv':
      return mkFloat(lib(() => floatFloorDiv(a, b)));
    case 'mod':
      return mkFloat(lib(() => floatMod(a, b)));
    case 'pow':
      return floatPow(a, b);
    default:
      return NotImplemented;
  }
}

/** V8 aborts the process (not a RangeError) when an array outgrows its backing store limit. */
const MAX_ARRAY = 2 ** 27;

/** A repeat count as a JS number, with CPython's error for counts beyond a C ssize_t. */
function repeatCount(v: number | bigint): number {
  if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
    throw pyErr('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  return Number(v);
}

function repeat(seq: unknown[], n: unknown): unknown[] | undefined {
  const k = num(n);
  if (!k || k.k !== 0) return undefined;
  const times = repeatCount(k.v as number | bigint);
  if (times > 0 && seq.length * times > MAX_ARRAY) throw pyErr('MemoryError');
  const out: unknown[] = [];
  for (let i = 0; i < times; i++) for (const x of seq) out.push(x);
  return out;
}

function builtinOp(op: OpName, a: unknown, b: unknown): unknown {
  if (classify(a, NA) && classify(b, NB)) {
    if (NA.k === 0 && NB.k === 0) {
      if (typeof a === 'boolean' && typeof b === 'boolean' && (op === 'and' || op === 'or' || op === 'xor')) {
        return op === 'and' ? a && b : op === 'or' ? a || b : a !== b;
      }
      return intOp(op, NA.v, NB.v);
    }
    return floatOp(op, I.toDouble(NA.v), I.toDouble(NB.v));
  }
  switch (op) {
    case 'add':
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
      if (a instanceof PyTuple && b instanceof PyTuple) return tuple(a.items.concat(b.items));
      if (a instanceof PyBytes && b instanceof PyBytes) {
        const out = new Uint8Array(a.b.length + b.b.length);
        out.set(a.b);
        out.set(b.b, a.b.length);
        return a instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
      }
      break;
    case 'mul': {
      if (typeof a === 'string' && num(b)?.k === 0) return a.repeat(Math.max(0, repeatCount(num(b)!.v as number | bigint)));
      if (typeof b === 'string' && num(a)?.k === 0) return b.repeat(Math.max(0, repeatCount(num(a)!.v as number | bigint)));
      if (Array.isArray(a)) return repeat(a, b) ?? NotImplemented;
      if (Array.isArray(b)) return repeat(b, a) ?? NotImplemented;
      if (a instanceof PyTuple) {
        const r = repeat(a.items, b);
        return r ? tuple(r) : NotImplemented;
      }
      if (b instanceof PyTuple) {
        const r = repeat(b.items, a);
        return r ? tuple(r) : NotImplemented;
      }
      if (b instanceof PyBytes && num(a)?.k === 0) {
        const out = repeatBytes(b.b, repeatCount(num(a)!.v as number | bigint));
        return b instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
      }
      break;
    }
    case 'mod':
      if (typeof a === 'string') return percentFormat(a, b);
      break;
    case 'or':
    case 'and':
    case 'xor':
    case 'sub':
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
      if (isView(a) || isView(b)) {
        // Dict key/item views combine with any iterable, giving a set.
        const sa = setLike(a) ?? new PySet(toArray(a));
        const sb = setLike(b) ?? new PySet(toArray(b));
        return setOp(op, sa instanceof PyFrozenSet ? new PySet(sa.toArray()) : sa, sb);
      }
      if (op === 'or' && a instanceof PyDict && b instanceof PyDict) {
        const d = a.copy();
        for (const [k, v] of b.entries()) d.set(k, v);
        return d;
      }
      break;
    default:
      break;
  }
  return NotImplemented;
}

/** Set algebra visiting elements in the order CPython's setobject.c does (it decides print order). */
function isView(x: unknown): boolean {
  return typeof (x as { pyAsSet?: unknown } | null)?.pyAsSet === 'function';
}

/** Sets, and objects that act as sets for operators (dict keys and items views). */
function setLike(x: unknown): PySet | undefined {
  if (x instanceof PySet) return x;
  const f = (x as { pyAsSet?: () => PySet } | null)?.pyAsSet;
  return f ? f.call(x) : undefined;
}

export function setOp(op: 'or' | 'and' | 'xor' | 'sub', a: PySet, b: PySet): PySet {
  const out = a instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
  switch (op) {
    case 'or':
      out.mergeFrom(a);
      out.mergeFrom(b);
      break;
    case 'and': {
      const [big, small] = b.size > a.size ? [b, a] : [a, b];
      for (const x of small.values()) if (big.has(x)) out.add(x);
      break;
    }
    case 'sub':
      if (a.size >> 2 > b.size) {
        out.mergeFrom(a);
        for (const x of b.values()) out.delete(x);
      } else {
        for (const x of a.values()) if (!b.has(x)) out.add(x);
      }
      break;
    case 'xor':
      out.mergeFrom(b);
      for (const x of a.values()) if (!out.delete(x)) out.add(x);
      break;
  }
  return out;
}

/** a op= b on a mutable set, in place. */
export function setInplace(op: 'or' | 'and' | 'xor' | 'sub', a: PySet, b: PySet): void {
  switch (op) {
    case 'or':
      for (const x of b.values()) a.add(x);
      return;
    case 'and': {
      const r = setOp('and', a, b);
      a.clear();
      a.mergeFrom(r);
      return;
    }
    case 'sub':
      for (const x of b.values()) a.delete(x);
      return;
    case 'xor':
      for (const x of b.values()) if (!a.delete(x)) a.add(x);
      return;
  }
}

/** Dunder names built once: a fresh template string per operation costs a hash per lookup. */
const OPS = Object.keys(OP_SYMBOL) as OpName[];
const DN = Object.fromEntries(OPS.map((op) => [op, `__${op}__`])) as Record<OpName, string>;
const RDN = Object.fromEntries(OPS.map((op) => [op, `__r${op}__`])) as Record<OpName, string>;
const IDN = Object.fromEntries(OPS.map((op) => [op, `__i${op}__`])) as Record<OpName, string>;

function ownsOp(x: unknown, name: string): boolean {
  if (x instanceof PyBoxed) return userDunder(x, name) !== undefined;
  return x instanceof PyObject && x.$cls.lookup(name) !== undefined;
}

function dunder(x: unknown, name: string, other: unknown): unknown {
  if (!(x instanceof PyObject)) return NotImplemented;
  const f = x.$cls.lookup(name);
  if (f === undefined || f === null) return NotImplemented;
  return typeof f === 'function' ? f(x, other) : call(f, [x, other]);
}

export function binarySlow(op: OpName, a: unknown, b: unknown, symbol?: string): unknown {
  // A subclassed builtin (class Money(int)) without its own operator acts as its value; when
  // either side defines the operator, that code gets the objects themselves.
  if ((a instanceof PyBoxed || b instanceof PyBoxed) && !ownsOp(a, DN[op]) && !ownsOp(b, RDN[op])) return binary(op, unbox(a), unbox(b));
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (b instanceof PyObject && ta !== tb && tb.isSubtype(ta)) {
    const r = dunder(b, RDN[op], a);
    if (r !== NotImplemented) return r;
  }
  let r = a instanceof PyObject ? dunder(a, DN[op], b) : builtinOp(op, a, b);
  if (r !== NotImplemented) return r;
  if (!(a instanceof PyObject)) {
    // Natively implemented types outside the core ones (collections.Counter) define dunders.
    const f = ta.lookup(DN[op]);
    if (typeof f === 'function') {
      r = f(a, b);
      if (r !== NotImplemented) return r;
    }
  }
  if (b instanceof PyObject) {
    r = dunder(b, RDN[op], a);
    if (r !== NotImplemented) return r;
  } else if (a instanceof PyObject) {
    r = builtinOp(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const sym = symbol ?? OP_SYMBOL[op];
  if (op === 'mul' && (typeof a === 'string' || Array.isArray(a) || a instanceof PyTuple || a instanceof PyBytes) && num(b)?.k !== 0) {
    throw pyErr('TypeError', `can't multiply sequence by non-int of type '${tb.name}'`);
  }
  if (op === 'add' && typeof a === 'string') {
    throw pyErr('TypeError', `can only concatenate str (not "${tb.name}") to str`);
  }
  if (op === 'add' && (Array.isArray(a) || a instanceof PyTuple)) {
    throw pyErr('TypeError', `can only concatenate ${ta.name} (not "${tb.name}") to ${ta.name}`);
  }
  const opText = op === 'pow' && !symbol ? '** or pow()' : sym;
  throw pyErr('TypeError', `unsupported operand type(s) for ${opText}: '${ta.name}' and '${tb.name}'`);
}

/** a op= b: __iop__ first (lists extend in place), then the binary operator. */
export function inplace(op: OpName, a: unknown, b: unknown): unknown {
  if (a instanceof PyBoxed && userDunder(a, IDN[op]) === undefined && userDunder(a, DN[op]) === undefined) {
    const r = inplace(op, a.$v, b);
    return r === a.$v ? a : r;
  }
  if (Array.isArray(a)) {
    if (op === 'add') {
      const items = toArray(b);
      for (const x of items) a.push(x);
      return a;
    }
    if (op === 'mul') {
      const r = repeat(a.slice(), b);
      if (r) {
        a.length = 0;
        for (const x of r) a.push(x);
        return a;
      }
    }
  }
  if (a instanceof PyByteArray) {
    const r = bytearrayInplace(op, a, b);
    if (r) return r;
  }
  if (a instanceof PySet && !(a instanceof PyFrozenSet) && b instanceof PySet && (op === 'or' || op === 'and' || op === 'sub' || op === 'xor')) {
    setInplace(op, a, b);
    return a;
  }
  if (a instanceof PyObject) {
    const f = a.$cls.lookup(IDN[op]);
    if (f !== undefined && f !== null) {
      const r = call(f, [a, b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (typeof a === 'number' && typeof b === 'number') return binary(op, a, b);
  if (typeof a === 'string' && typeof b === 'string' && op === 'add') return a + b;
  return binarySlow(op, a, b, `${OP_SYMBOL[op]}=`);
}

export function binary(op: OpName, a: unknown, b: unknown): unknown {
  switch (op) {
    case 'add':
      return add(a, b);
    case 'sub':
      return sub(a, b);
    case 'mul':
      return mul(a, b);
    case 'truediv':
      return truediv(a, b);
    case 'floordiv':
      return floordiv(a, b);
    case 'mod':
      return mod(a, b);
    case 'pow':
      return pow(a, b);
    case 'and':
      return bitand(a, b);
    case 'or':
      return bitor(a, b);
    case 'xor':
      return bitxor(a, b);
    default:
      return binarySlow(op, a, b);
  }
}

function isNumber(x: unknown): boolean {
  return typeof x === 'number' || x instanceof PyFloat || typeof x === 'bigint';
}

/** One function per operator for `x op= y`, so each call site stays monomorphic. */
export function inplaceFor(op: OpName): (a: unknown, b: unknown) => unknown {
  return (a, b) => (isNumber(a) && isNumber(b) ? binary(op, a, b) : inplace(op, a, b));
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r : I.intAdd(a, b);
      return new PyFloat(r);
    }
    return r;
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return addOther(a, b);
}

function addOther(a: unknown, b: unknown): unknown {
  if (a instanceof PyFloat) {
    if (typeof b === 'number') return mkFloat(a.v + b);
    if (b instanceof PyFloat) return mkFloat(a.v + b.v);
  } else if (typeof a === 'number' && b instanceof PyFloat) return mkFloat(a + b.v);
  else if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return I.norm(a + b);
    if (typeof b === 'number' && Number.isInteger(b)) return I.norm(a + BigInt(b));
  } else if (typeof b === 'bigint' && typeof a === 'number' && Number.isInteger(a)) return I.norm(BigInt(a) + b);
  return binarySlow('add', a, b);
}

export function sub(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r : I.intSub(a, b);
      return new PyFloat(r);
    }
    return r;
  }
  return subOther(a, b);
}

function subOther(a: unknown, b: unknown): unknown {
  if (a instanceof PyFloat) {
    if (typeof b === 'number') return mkFloat(a.v - b);
    if (b instanceof PyFloat) return mkFloat(a.v - b.v);
  } else if (typeof a === 'number' && b instanceof PyFloat) return mkFloat(a - b.v);
  else if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return I.norm(a - b);
    if (typeof b === 'number' && Number.isInteger(b)) return I.norm(a - BigInt(b));
  } else if (typeof b === 'bigint' && typeof a === 'number' && Number.isInteger(a)) return I.norm(BigInt(a) - b);
  return binarySlow('sub', a, b);
}

export function mul(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r + 0 : I.intMul(a, b);
      return new PyFloat(r);
    }
    return r;
  }
  return mulOther(a, b);
}

function mulOther(a: unknown, b: unknown): unknown {
  if (a instanceof PyFloat) {
    if (typeof b === 'number') return mkFloat(a.v * b);
    if (b instanceof PyFloat) return mkFloat(a.v * b.v);
  } else if (typeof a === 'number' && b instanceof PyFloat) return mkFloat(a * b.v);
  else if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return I.norm(a * b);
    if (typeof b === 'number' && Number.isInteger(b)) return I.norm(a * BigInt(b));
  } else if (typeof b === 'bigint' && typeof a === 'number' && Number.isInteger(a)) return I.norm(BigInt(a) * b);
  return binarySlow('mul', a, b);
}

export function truediv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a / b;
    return Number.isInteger(r) ? new PyFloat(r) : r;
  }
  return binarySlow('truediv', a, b);
}

/** An int past 2**53 with another int: straight to BigInt arithmetic, not the generic dispatch. */
function bigIntPair(a: unknown, b: unknown): boolean {
  if (typeof a === 'bigint') return typeof b === 'bigint' || (typeof b === 'number' && Number.isInteger(b));
  return typeof b === 'bigint' && typeof a === 'number' && Number.isInteger(a);
}

export function floordiv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    return I.intFloorDiv(a, b);
  }
  if (bigIntPair(a, b)) return I.intFloorDiv(a as number | bigint, b as number | bigint);
  return binarySlow('floordiv', a, b);
}

export function mod(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  if (bigIntPair(a, b)) return I.intMod(a as number | bigint, b as number | bigint);
  return binarySlow('mod', a, b);
}

export function bitand(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return binarySlow('and', a, b);
}

export function bitor(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return binarySlow('or', a, b);
}

export function bitxor(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binarySlow('xor', a, b);
}

export function pow(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 2) {
      const r = a * a;
      if (!Number.isInteger(a)) return Number.isInteger(r) ? new PyFloat(r) : r;
      if (Number.isSafeInteger(r)) return r;
    } else if (!Number.isInteger(a) && !Number.isInteger(b) && a > 0) {
      const r = a ** b;
      if (Number.isFinite(r) && !Number.isInteger(r)) return r;
    }
  }
  return binarySlow('pow', a, b);
}

export function neg(a: unknown): unknown {
  if (typeof a === 'number') return Number.isInteger(a) ? 0 - a : -a;
  if (typeof a === 'bigint') return I.intNeg(a);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  return unary(a, '__neg__', '-');
}

export function pos(a: unknown): unknown {
  if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat) return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  return unary(a, '__pos__', '+');
}

export function invert(a: unknown): unknown {
  if (typeof a === 'number' && Number.isInteger(a)) return -a - 1;
  if (typeof a === 'bigint') return I.norm(-a - 1n);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unary(a, '__invert__', '~');
}

function unary(a: unknown, name: string, sym: string): unknown {
  if (a instanceof PyObject) {
    const f = a.$cls.lookup(name);
    if (f !== undefined && f !== null) return call(f, [a]);
  }
  if (a instanceof PyBoxed) return name === '__neg__' ? neg(a.$v) : name === '__pos__' ? pos(a.$v) : invert(a.$v);
  throw pyErr('TypeError', `bad operand type for unary ${sym}: '${typeOf(a).name}'`);
}

export function pow3(a: unknown, b: unknown, m: unknown): unknown {
  const na = num(a);
  const nb = num(b);
  const nm = num(m);
  if (na?.k === 0 && nb?.k === 0 && nm?.k === 0) return I.intPowMod(na.v, nb.v, nm.v);
  throw pyErr('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
}

export { mkFloat };
