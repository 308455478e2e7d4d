/** Creating classes: C3 MRO, instance layout inherited from the builtin base, implicit __hash__. */
import { PyType, T, c3Merge } from './core';
import type { Dict } from './core';
import { pyErr } from './exceptions';
import { PyClassMethod, PyStaticMethod } from './descriptors';
import { isPyFunction } from './function';

export function makeClass(name: string, bases: unknown[], ns: Dict, module: string, qualname: string): PyType {
  const bs: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw pyErr('TypeError', `bases must be types`);
    if (b === T.bool || b === T.NoneType || b === T.range || b === T.slice || b === T.function) {
      throw pyErr('TypeError', `type '${b.name}' is not an acceptable base type`);
    }
    if (bs.includes(b)) throw pyErr('TypeError', `duplicate base class ${b.name}`);
    bs.push(b);
  }
  if (!bs.length) bs.push(T.object);
  const merged = c3Merge([...bs.map((b) => b.mro), [...bs]]);
  if (!merged) {
    throw pyErr('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${bs.map((b) => b.name).join(', ')}`);
  }
  const t = new PyType(name, bs, ns);
  t.mro = [t, ...merged];
  t.isBuiltin = false;
  t.module = module;
  t.qualname = qualname;
  t.layout = bs.some((b) => b.layout === 'exception') ? 'exception' : 'object';
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  const nf = ns.get('__new__');
  if (isPyFunction(nf)) ns.set('__new__', new PyStaticMethod(nf));
  for (const k of ['__init_subclass__', '__class_getitem__']) {
    const f = ns.get(k);
    if (isPyFunction(f)) ns.set(k, new PyClassMethod(f));
  }
  const doc = ns.get('__doc__');
  if (doc === undefined) ns.set('__doc__', null);
  return t;
}
