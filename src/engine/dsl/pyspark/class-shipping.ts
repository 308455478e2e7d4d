/**
 * Classes defined in a notebook, and instances of Python classes, crossing to executors and
 * back, as cloudpickle does: a class that cannot be imported travels by value (its name,
 * bases and namespace, methods as shipped functions) under an id, and each process keeps
 * one class per id, so the driver gets its own class back and `isinstance` holds.
 * Instances travel as their class and attribute dict.
 */
import { registerCodec } from '../../values';
import { PyClassMethod, PyModule, PyObject, PyStaticMethod, PyType, isPyFunction, makeClass } from '../../values/py';
import type { PyFunction } from '../../values/py';
import { encodeFunction } from './ship-encode';
import type { Payload } from './ship-encode';
import { rebuildFunction } from './ship-decode';
import { importable } from './references';

type Member =
  | { readonly kind: 'fn'; readonly p: Payload }
  | { readonly kind: 'static'; readonly p: Payload }
  | { readonly kind: 'classmethod'; readonly p: Payload }
  | { readonly kind: 'value'; readonly v: unknown };

const processTag = Math.random().toString(36).slice(2, 10);
let nextId = 0;
const idOf = new WeakMap<PyType, string>();
const byId = new Map<string, PyType>();
const encoding = new Set<PyType>();

function classId(t: PyType): string {
  let id = idOf.get(t);
  if (!id) {
    id = `${processTag}:${nextId++}`;
    idOf.set(t, id);
    byId.set(id, t);
  }
  return id;
}

function byValue(v: unknown): v is PyType {
  return v instanceof PyType && !v.isBuiltin && !importable(v);
}

function member(v: unknown): Member {
  if (isPyFunction(v) && v.$ship) return { kind: 'fn', p: encodeFunction(v) };
  if (v instanceof PyStaticMethod && isPyFunction(v.fn)) return { kind: 'static', p: encodeFunction(v.fn) };
  if (v instanceof PyClassMethod && isPyFunction(v.fn)) return { kind: 'classmethod', p: encodeFunction(v.fn) };
  return { kind: 'value', v };
}

function memberValue(m: Member): unknown {
  switch (m.kind) {
    case 'fn':
      return rebuildFunction(m.p);
    case 'static':
      return new PyStaticMethod(rebuildFunction(m.p));
    case 'classmethod':
      return new PyClassMethod(rebuildFunction(m.p));
    case 'value':
      return m.v;
  }
}

registerCodec<PyType>({
  name: 'pyspark.class-by-value',
  test: byValue,
  encode: (t, w) => {
    w.str(classId(t));
    // A class met again while its own methods are being encoded (a method naming its class,
    // super()'s __class__ cell) goes as a reference: the other side has made it by then.
    if (encoding.has(t)) {
      w.value(null);
      return;
    }
    encoding.add(t);
    try {
      const members: [string, Member][] = [];
      for (const [k, v] of t.dict) if (k !== '__dict__' && k !== '__weakref__') members.push([k, member(v)]);
      w.value({ name: t.name, qualname: t.qualname, module: t.module, bases: t.bases, members: members.map(([k, m]) => [k, m]) });
    } finally {
      encoding.delete(t);
    }
  },
  decode: (r) => {
    const id = r.str();
    const def = r.value() as { name: string; qualname: string; module: string; bases: PyType[]; members: [string, Member][] } | null;
    const known = byId.get(id);
    if (known) return known;
    if (!def) throw new Error(`class ${id} arrived by reference before its definition`);
    const t = makeClass(def.name, def.bases, new Map(), def.module, def.qualname);
    idOf.set(t, id);
    byId.set(id, t);
    for (const [k, m] of def.members) t.dict.set(k, memberValue(m));
    if (t.dict.has('__eq__') && !t.dict.has('__hash__')) t.dict.set('__hash__', null);
    const nf = t.dict.get('__new__');
    if (isPyFunction(nf)) t.dict.set('__new__', new PyStaticMethod(nf as PyFunction));
    return t;
  },
});

function plainInstance(v: unknown): v is PyObject {
  if (!(v instanceof PyObject) || v instanceof PyModule || v.$d === null) return false;
  const t = v.$cls;
  return !t.isBuiltin && t.layout === 'object' && t.lookup('_flint_shared') === undefined && (byValue(t) || importable(t));
}

registerCodec<PyObject>({
  name: 'pyspark.instance',
  test: plainInstance,
  encode: (o, w) => {
    w.value(o.$cls);
    w.value(new Map(o.$d!));
  },
  decode: (r) => {
    const o = new PyObject(r.value() as PyType);
    for (const [k, v] of r.value() as Map<string, unknown>) o.$d!.set(k, v);
    return o;
  },
});
