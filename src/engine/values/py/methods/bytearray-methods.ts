/**
 * bytearray's constructor and methods. The methods it shares with bytes run bytes' own
 * implementations (a bytearray is a PyBytes) and turn their bytes results into bytearrays;
 * the mutating ones (append, extend, pop, ...) are defined here.
 */
import { NotImplemented, T, typeOf } from '../core';
import { PyBytes } from '../bytes';
import { PyByteArray, byteValue, bytesFromArgs, bytesOfIterable, repeatBytes } from '../bytearray';
import { def, parseArgs } from './define';
import { pyErr } from '../exceptions';
import { PyTuple, tuple } from '../tuple';
import { PyClassMethod } from '../descriptors';
import { asIndex } from '../slice';

const BA = T.bytearray;
BA.dict.set('__hash__', null);

/** A bytes method's result as bytearray's would be: bytes become bytearrays, also inside lists and tuples. */
function asByteArray(r: unknown): unknown {
  if (r instanceof PyBytes && !(r instanceof PyByteArray)) return new PyByteArray(r.b.slice());
  if (Array.isArray(r)) return r.map(asByteArray);
  if (r instanceof PyTuple) return tuple(r.items.map(asByteArray));
  return r;
}

for (const [name, f] of T.bytes.dict) {
  if (typeof f !== 'function' || name === '__add__' || name === '__mul__') continue;
  def(BA, name, (self: PyByteArray, ...args: unknown[]) => asByteArray((f as (...a: unknown[]) => unknown)(self, ...args)));
}
const bytesFromhex = (T.bytes.dict.get('fromhex') as PyClassMethod).fn as (cls: unknown, s: unknown) => PyBytes;
BA.dict.set('fromhex', new PyClassMethod(Object.assign((cls: unknown, s: unknown) => asByteArray(bytesFromhex(cls, s)), { $name: 'fromhex', $native: true })));

BA.construct = (a) => {
  const [source, encoding, errors] = parseArgs('bytearray', a, ['source', 'encoding', 'errors'], 0);
  return new PyByteArray(bytesFromArgs('bytearray', source, encoding, errors));
};

function noArgs(name: string, a: unknown[]): void {
  if (a.length) throw pyErr('TypeError', `bytearray.${name}() takes no arguments (${a.length} given)`);
}
function oneArg(name: string, a: unknown[]): unknown {
  if (a.length !== 1) throw pyErr('TypeError', `bytearray.${name}() takes exactly one argument (${a.length} given)`);
  return a[0];
}

def(BA, 'append', (self: PyByteArray, ...a: unknown[]) => {
  const v = byteValue(oneArg('append', a));
  self.splice(self.b.length, self.b.length, Uint8Array.of(v));
  return null;
});
def(BA, 'extend', (self: PyByteArray, ...a: unknown[]) => {
  const x = oneArg('extend', a);
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x === null || typeOf(x) === T.float) {
    throw pyErr('TypeError', `can't extend bytearray with ${typeOf(x).name}`);
  }
  self.splice(self.b.length, self.b.length, bytesOfIterable(x));
  return null;
});
def(BA, 'pop', (self: PyByteArray, ...a: unknown[]) => {
  if (a.length > 1) throw pyErr('TypeError', `pop expected at most 1 argument, got ${a.length}`);
  const n = self.b.length;
  if (!n) throw pyErr('IndexError', 'pop from empty bytearray');
  const i0 = a.length ? asIndex(a[0], () => `'${typeOf(a[0]).name}' object cannot be interpreted as an integer`) : -1;
  const i = i0 < 0 ? i0 + n : i0;
  if (i < 0 || i >= n) throw pyErr('IndexError', 'pop index out of range');
  const v = self.b[i]!;
  self.splice(i, i + 1, new Uint8Array(0));
  return v;
});
def(BA, 'insert', (self: PyByteArray, ...a: unknown[]) => {
  if (a.length !== 2) throw pyErr('TypeError', `insert expected 2 arguments, got ${a.length}`);
  const n = self.b.length;
  let i = asIndex(a[0], () => `'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
  const v = byteValue(a[1]);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  self.splice(i, i, Uint8Array.of(v));
  return null;
});
def(BA, 'remove', (self: PyByteArray, ...a: unknown[]) => {
  const v = byteValue(oneArg('remove', a));
  const i = self.b.indexOf(v);
  if (i < 0) throw pyErr('ValueError', 'value not found in bytearray');
  self.splice(i, i + 1, new Uint8Array(0));
  return null;
});
def(BA, 'clear', (self: PyByteArray, ...a: unknown[]) => {
  noArgs('clear', a);
  self.setAll(new Uint8Array(0));
  return null;
});
def(BA, 'reverse', (self: PyByteArray, ...a: unknown[]) => {
  noArgs('reverse', a);
  self.b.reverse();
  return null;
});
def(BA, 'copy', (self: PyByteArray, ...a: unknown[]) => {
  noArgs('copy', a);
  return new PyByteArray(self.b.slice());
});
def(BA, '__add__', (self: PyByteArray, o: unknown) => {
  if (!(o instanceof PyBytes)) throw pyErr('TypeError', `can't concat ${typeOf(o).name} to bytearray`);
  const out = new Uint8Array(self.b.length + o.b.length);
  out.set(self.b);
  out.set(o.b, self.b.length);
  return new PyByteArray(out);
});
def(BA, '__mul__', (self: PyByteArray, n: unknown) => {
  if (typeof n !== 'number' && typeof n !== 'boolean') return NotImplemented;
  if (!Number.isInteger(Number(n))) return NotImplemented;
  return new PyByteArray(repeatBytes(self.b, Number(n)));
});
