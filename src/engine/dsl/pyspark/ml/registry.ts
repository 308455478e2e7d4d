/**
 * The `pyspark.ml` / `pyspark.mllib` module table: each module is Python source compiled
 * once per process on first import. Sources may `import` other pyspark modules.
 * Other files (the estimator modules) declare theirs with `declareMlModule`.
 */
import { PyModule } from '../../../values/py';
import { importModule, registerModule } from '../../modules/registry';
import { declareModule, loadModule, pythonModule } from '../source-module';

/** Names every ML source module gets before its body runs. */
function commonNames(): Record<string, unknown> {
  const imp = (name: string) => importModule(name, true);
  (imp as { $name?: string }).$name = '_import_module';
  return { _import_module: imp };
}

/**
 * Declares Python module `name` (`pyspark.ml.regression`, ...) from source text; `extra`
 * builds names set before the source runs (native helpers). Safe to call at import time.
 */
export function declareMlModule(name: string, source: () => string, extra: () => Record<string, unknown> = () => ({})): void {
  declareModule(name, () => pythonModule(name, source(), { ...commonNames(), ...extra() }));
  registerModule(name, () => loadModule(name));
}

/**
 * A package module (`pyspark.ml`) re-exporting names of its submodules: `exports` maps a
 * submodule to the names it contributes. The package object exists before its submodules
 * load, so a submodule importing a sibling (which imports the package first) finds it.
 */
export function declarePackage(name: string, exports: Record<string, readonly string[]> = {}): void {
  let pkg: PyModule | null = null;
  declareModule(name, () => {
    if (pkg) return pkg;
    const m = new PyModule(name);
    pkg = m;
    m.$d.set('__name__', name);
    m.$d.set('__path__', []);
    for (const [sub, names] of Object.entries(exports)) {
      const s = importModule(sub, true);
      for (const n of names) m.$d.set(n, s.$d.get(n));
    }
    return m;
  });
  registerModule(name, () => (pkg ?? loadModule(name)));
}

const parts = new Map<string, { order: number; source: () => string }[]>();

/**
 * Adds a part to module `name`, whose source is its parts' sources in `order` (helpers written by
 * different files share one module, as `pyspark.ml.classification` does). The first part declares it.
 */
export function addMlModulePart(name: string, order: number, source: () => string, extra: () => Record<string, unknown> = () => ({})): void {
  let list = parts.get(name);
  if (!list) {
    const mine: { order: number; source: () => string }[] = [];
    parts.set(name, mine);
    list = mine;
    declareMlModule(name, () => [...mine].sort((a, b) => a.order - b.order).map((p) => p.source()).join('\n'), extra);
  }
  list.push({ order, source });
}
