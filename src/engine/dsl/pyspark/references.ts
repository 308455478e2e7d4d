/**
 * Shipping by reference what cannot be rebuilt from source: builtin functions and types by
 * name, and classes of importable modules (pyspark's, math's ...) by module and name, as
 * pickle does for anything importable. Classes defined in a notebook still cannot ship.
 */
import { registerCodec } from '../../values';
import type { PyModule} from '../../values/py';
import { PyMethod, PyType } from '../../values/py';
import { builtinsMap } from '../runtime/helpers';
import { importModule, moduleNames } from '../modules/registry';

let byValue: Map<unknown, string> | undefined;

/** The builtins name of a builtin function or type, or null. */
export function builtinName(f: unknown): string | null {
  if (!byValue) {
    byValue = new Map();
    for (const [k, v] of builtinsMap()) if (!byValue.has(v)) byValue.set(v, k);
  }
  return byValue.get(f) ?? null;
}

/**
 * A native function on its way through the serialiser (functions themselves cannot be):
 * `builtins.len`, a builtin type's method (`str.upper`: owner 'str'), or a module's
 * function (`math.sqrt`: owner 'math', module true).
 */
export class BuiltinRef {
  constructor(
    readonly name: string,
    readonly owner: string | null = null,
    readonly module = false,
  ) {}
}

let nativeOwners: Map<unknown, BuiltinRef> | undefined;

/** Where a native function lives, searching builtin types and then the registered modules. */
export function nativeRef(f: unknown): BuiltinRef | null {
  const b = builtinName(f);
  if (b !== null) return new BuiltinRef(b);
  if (!nativeOwners) {
    nativeOwners = new Map();
    for (const [tname, t] of builtinsMap()) {
      if (!(t instanceof PyType) || !t.isBuiltin) continue;
      for (const [k, v] of t.dict) if (typeof v === 'function' && !nativeOwners.has(v)) nativeOwners.set(v, new BuiltinRef(k, tname));
    }
  }
  let ref = nativeOwners.get(f);
  if (ref) return ref;
  for (const name of moduleNames()) {
    let m: PyModule;
    try {
      m = importModule(name, true);
    } catch {
      continue;
    }
    for (const [k, v] of m.$d) if (typeof v === 'function' && !nativeOwners.has(v)) nativeOwners.set(v, new BuiltinRef(k, name, true));
  }
  ref = nativeOwners.get(f);
  return ref ?? null;
}

function resolveNative(ref: BuiltinRef): unknown {
  if (ref.owner === null) return builtinsMap().get(ref.name);
  if (ref.module) return importModule(ref.owner, true).$d.get(ref.name);
  return (builtinsMap().get(ref.owner) as PyType).dict.get(ref.name);
}

registerCodec<BuiltinRef>({
  name: 'pyspark.builtin',
  test: (v): v is BuiltinRef => v instanceof BuiltinRef,
  encode: (v, w) => {
    w.str(v.name);
    w.value(v.owner);
    w.value(v.module);
  },
  decode: (r) => {
    const ref = new BuiltinRef(r.str(), r.value() as string | null, r.value() as boolean);
    return resolveNative(ref) as BuiltinRef;
  },
});

/** A bound method whose receiver and function both ship (`" ".join`, `str.upper` bound). */
export class MethodRef {
  constructor(
    readonly self: unknown,
    readonly fn: BuiltinRef,
  ) {}
}

registerCodec<MethodRef>({
  name: 'pyspark.method',
  test: (v): v is MethodRef => v instanceof MethodRef,
  encode: (v, w) => {
    w.value(v.self);
    w.value(v.fn);
  },
  decode: (r) => {
    const self = r.value();
    return new PyMethod(self, r.value()) as unknown as MethodRef;
  },
});

/** A serialisable stand-in for a native function or a bound native method, or null. */
export function shippableNative(v: unknown): BuiltinRef | MethodRef | null {
  if (typeof v === 'function') return nativeRef(v);
  if (v instanceof PyMethod && typeof v.fn === 'function') {
    const fn = nativeRef(v.fn);
    return fn ? new MethodRef(v.self, fn) : null;
  }
  return null;
}

/** Whether a class can be found again by importing its module (so it ships by reference). */
export function importable(t: PyType): boolean {
  if (builtinName(t) !== null) return true;
  if (t.module === '__main__' || t.module === 'builtins' || t.qualname.includes('.')) return false;
  try {
    return importModule(t.module, true).$d.get(t.qualname) === t;
  } catch {
    return false;
  }
}

registerCodec<PyType>({
  name: 'pyspark.classref',
  test: (v): v is PyType => v instanceof PyType && importable(v),
  encode: (v, w) => {
    const b = builtinName(v);
    w.str(b === null ? v.module : 'builtins');
    w.str(b ?? v.qualname);
  },
  decode: (r) => {
    const module = r.str();
    const name = r.str();
    return (module === 'builtins' ? builtinsMap().get(name) : importModule(module, true).$d.get(name)) as PyType;
  },
});
