/**
 * Shipping by reference what cannot be rebuilt from source: builtin functions and types by
 * name, and classes of importable modules (pyspark's, math's ...) by module and name, as
 * pickle does for anything importable. Classes defined in a notebook still cannot ship.
 */
import { registerCodec } from '../../values';
import { PyType } from '../../values/py';
import { builtinsMap } from '../runtime/helpers';
import { importModule } from '../modules/registry';

let byValue: Map<unknown, string> | undefined;

/** The builtins name of a builtin function or type, or null. */
export function builtinName(f: unknown): string | null {
  if (!byValue) {
    byValue = new Map();
    for (const [k, v] of builtinsMap()) if (!byValue.has(v)) byValue.set(v, k);
  }
  return byValue.get(f) ?? null;
}

/** A builtin function on its way through the serialiser (functions themselves cannot be). */
export class BuiltinRef {
  constructor(readonly name: string) {}
}

registerCodec<BuiltinRef>({
  name: 'pyspark.builtin',
  test: (v): v is BuiltinRef => v instanceof BuiltinRef,
  encode: (v, w) => w.str(v.name),
  decode: (r) => builtinsMap().get(r.str()) as BuiltinRef,
});

function importable(t: PyType): boolean {
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
