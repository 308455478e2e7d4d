/**
 * Modules written in Python (the RDD API and its companions), compiled by PyFlint once per
 * process. They load through this cache rather than `import`: a submodule importing a
 * sibling must not re-enter the loading of the `pyspark` package itself.
 */
import { PyModule } from '../../values/py';
import { compileModule, instantiate } from '../compiler/module';
import { parsePython } from '../parse';

const sources = new Map<string, () => PyModule>();
const built = new Map<string, PyModule>();

/** Declares a module by name; `build` runs on first use. */
export function declareModule(name: string, build: () => PyModule): void {
  sources.set(name, build);
}

export function loadModule(name: string): PyModule {
  let m = built.get(name);
  if (m) return m;
  const build = sources.get(name);
  if (!build) throw new Error(`pyspark: no module '${name}'`);
  m = build();
  built.set(name, m);
  return m;
}

/** Runs Python source as the body of module `name`; `extra` names are set first. */
export function pythonModule(name: string, source: string, extra: Record<string, unknown> = {}): PyModule {
  const m = new PyModule(name);
  m.$d.set('__name__', name);
  m.$d.set('__doc__', null);
  for (const [k, v] of Object.entries(extra)) m.$d.set(k, v);
  const filename = `<${name}>`;
  const compiled = compileModule(parsePython(source, filename), {}, `${name}\u0000${source}`);
  instantiate(compiled, filename, source.split('\n'))(m.$d, name);
  return m;
}
