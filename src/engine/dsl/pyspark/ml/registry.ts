/**
 * The `pyspark.ml` / `pyspark.mllib` module table: each module is Python source compiled
 * once per process on first import. Sources may `import` other pyspark modules (the ml
 * package never re-enters its own loading: submodules are separate entries).
 * Other files (the estimator modules) declare theirs with `declareMlModule`.
 */
import { PyModule } from '../../../values/py';
import { registerModule } from '../../modules/registry';
import { declareModule, loadModule, pythonModule } from '../source-module';

/**
 * Declares Python module `name` (`pyspark.ml.regression`, ...) from source text; `extra`
 * builds names set before the source runs (native helpers). Safe to call at import time.
 */
export function declareMlModule(name: string, source: () => string, extra: () => Record<string, unknown> = () => ({})): void {
  declareModule(name, () => pythonModule(name, source(), extra()));
  registerModule(name, () => loadModule(name));
}

/** A package module (`pyspark.ml`): its submodules are bound on import by the module table. */
export function declarePackage(name: string, exports: () => Record<string, unknown> = () => ({})): void {
  declareModule(name, () => {
    const m = new PyModule(name);
    m.$d.set('__name__', name);
    m.$d.set('__path__', []);
    for (const [k, v] of Object.entries(exports())) m.$d.set(k, v);
    return m;
  });
  registerModule(name, () => loadModule(name));
}
