/** The module table: `import x` looks modules up here by name and builds each once. */
import { PyModule, getattrOpt, pyErr } from '../../values/py';

const factories = new Map<string, () => PyModule>();
const loaded = new Map<string, PyModule>();

/** Registers a module built on first import (pyspark.*, math, ... register here). */
export function registerModule(name: string, make: () => PyModule): void {
  factories.set(name, make);
  loaded.delete(name);
}

export function moduleNames(): string[] {
  return [...factories.keys()];
}

function load(name: string): PyModule {
  let m = loaded.get(name);
  if (m) return m;
  const make = factories.get(name);
  if (!make) {
    const e = pyErr('ModuleNotFoundError', `No module named '${name}'`);
    e.$d!.set('name', name);
    throw e;
  }
  m = make();
  loaded.set(name, m);
  return m;
}

/** `import a.b.c` binds a (exact=false); `import a.b.c as x` and `from a.b import y` need a.b. */
export function importModule(name: string, exact: boolean): PyModule {
  if (name.startsWith('.')) throw pyErr('ImportError', 'attempted relative import with no known parent package');
  const parts = name.split('.');
  let top: PyModule | null = null;
  let cur: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join('.');
    const m = load(full);
    if (cur && !cur.$d.has(parts[i]!)) cur.$d.set(parts[i]!, m);
    cur = m;
    top ??= m;
  }
  return exact ? cur! : top!;
}

export function importFrom(m: PyModule, name: string): unknown {
  const v = getattrOpt(m, name);
  if (v !== undefined) return v;
  const sub = factories.has(`${m.name}.${name}`) ? load(`${m.name}.${name}`) : undefined;
  if (sub) return sub;
  const e = pyErr('ImportError', `cannot import name '${name}' from '${m.name}' (unknown location)`);
  e.$d!.set('name', m.name);
  e.$d!.set('$symbol', name);
  e.$d!.set('$candidates', [...m.$d.keys()]);
  throw e;
}

export function importStar(m: PyModule, G: Map<string, unknown>): void {
  const all = m.$d.get('__all__');
  const names = Array.isArray(all) ? (all as string[]) : [...m.$d.keys()].filter((k) => !k.startsWith('_'));
  for (const n of names) G.set(n, m.$d.get(n));
}

export function moduleFrom(name: string, entries: Record<string, unknown>): PyModule {
  const m = new PyModule(name);
  for (const [k, v] of Object.entries(entries)) {
    if (typeof v === 'function' && !(v as { $name?: string }).$name) (v as { $name?: string }).$name = k;
    m.$d.set(k, v);
  }
  m.$d.set('__name__', name);
  return m;
}
