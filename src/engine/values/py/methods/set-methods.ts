/** The methods of set and frozenset. */
import { T } from '../core';
import { pyErr } from '../exceptions';
import { def, required } from './define';
import { PySet, PyFrozenSet } from '../set';
import { iter, STOP } from '../iter';
import { setOp, setInplace } from '../arith';

function asSet(x: unknown): PySet {
  if (x instanceof PySet) return x;
  const s = new PySet();
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) s.add(v);
  return s;
}

function copy(s: PySet): PySet {
  const out = s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
  out.mergeFrom(s);
  return out;
}

for (const t of [T.set, T.frozenset]) {
  def(t, 'union', (s: PySet, ...o: unknown[]) => o.reduce((acc: PySet, x) => setOp('or', acc, asSet(x)), copy(s)));
  def(t, 'intersection', (s: PySet, ...o: unknown[]) => o.reduce((acc: PySet, x) => setOp('and', acc, asSet(x)), copy(s)));
  def(t, 'difference', (s: PySet, ...o: unknown[]) => o.reduce((acc: PySet, x) => setOp('sub', acc, asSet(x)), copy(s)));
  def(t, 'symmetric_difference', (s: PySet, o: unknown) => setOp('xor', s, asSet(o)));
  def(t, 'issubset', (s: PySet, o: unknown) => {
    const b = asSet(o);
    return s.toArray().every((x) => b.has(x));
  });
  def(t, 'issuperset', (s: PySet, o: unknown) => asSet(o).toArray().every((x) => s.has(x)));
  def(t, 'isdisjoint', (s: PySet, o: unknown) => !asSet(o).toArray().some((x) => s.has(x)));
  def(t, 'copy', (s: PySet) => (s instanceof PyFrozenSet ? s : copy(s)));
}
const S = T.set;
def(S, 'add', (s: PySet, x: unknown) => {
  if (x === undefined) required('set.add', x);
  s.add(x);
  return null;
});
def(S, 'remove', (s: PySet, x: unknown) => {
  required('set.remove', x);
  if (!s.delete(x)) throw pyErr('KeyError', x);
  return null;
});
def(S, 'discard', (s: PySet, x: unknown) => {
  required('set.discard', x);
  s.delete(x);
  return null;
});
def(S, 'pop', (s: PySet) => {
  if (!s.size) throw pyErr('KeyError', 'pop from an empty set');
  const x = s.values().next().value;
  s.delete(x);
  return x;
});
def(S, 'clear', (s: PySet) => {
  s.clear();
  return null;
});
def(S, 'update', (s: PySet, ...o: unknown[]) => {
  for (const x of o) {
    const it = iter(x);
    for (let v = it.nx(); v !== STOP; v = it.nx()) s.add(v);
  }
  return null;
});
function inplace(op: 'and' | 'sub' | 'xor') {
  return (s: PySet, ...o: unknown[]) => {
    for (const x of o) setInplace(op, s, asSet(x));
    return null;
  };
}
def(S, 'intersection_update', inplace('and'));
def(S, 'difference_update', inplace('sub'));
def(S, 'symmetric_difference_update', inplace('xor'));
