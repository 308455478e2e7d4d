/**
 * Standard-library modules written in Python (tempfile, shutil, threading, datetime, ...):
 * compiled by PyFlint on first import, so their classes behave as Python classes do
 * (subclassing, dunders, keyword arguments) with no glue. `natives` are set before the body
 * runs, for the few primitives Python cannot express here.
 */
import { PyModule } from '../../values/py';
import { compileModule, instantiate } from '../compiler/module';
import { parsePython } from '../parse';
import { registerModule } from './registry';

export function pythonSourceModule(name: string, source: string, natives: Record<string, unknown> = {}): PyModule {
  const m = new PyModule(name);
  m.$d.set('__name__', name);
  m.$d.set('__doc__', null);
  for (const [k, v] of Object.entries(natives)) {
    if (typeof v === 'function' && !(v as { $name?: string }).$name) (v as { $name?: string }).$name = k;
    m.$d.set(k, v);
  }
  const filename = `<${name}>`;
  const compiled = compileModule(parsePython(source, filename), {}, `${name}\u0000${source}`);
  instantiate(compiled, filename, source.split('\n'))(m.$d, name);
  return m;
}

export function registerPythonModule(name: string, source: () => string, natives: () => Record<string, unknown> = () => ({})): void {
  registerModule(name, () => pythonSourceModule(name, source(), natives()));
}
