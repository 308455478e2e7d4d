/** Resolving a Python name to JS: a local variable, the class namespace, or module globals. */
import type { FnCtx } from './context';
import { jsName } from './context';
import type { Scope } from './scope';

export type NameRef =
  | { kind: 'local'; js: string; checked: boolean; free: boolean }
  | { kind: 'global' }
  | { kind: 'classns'; ns: string; outer: NameRef };

function outward(scope: Scope | null, name: string): NameRef {
  for (let s = scope; s; s = s.parent) {
    if (s.kind === 'class') continue;
    if (s.kind === 'module') return { kind: 'global' };
    if (s.globals.has(name)) return { kind: 'global' };
    if (s.isLocal(name) || s.nonlocals.has(name)) return { kind: 'local', js: jsName(name), checked: true, free: true };
  }
  return { kind: 'global' };
}

export function resolve(ctx: FnCtx, name: string): NameRef {
  const sc = ctx.scope;
  if (sc.kind === 'module') return { kind: 'global' };
  if (sc.kind === 'class') {
    if (sc.globals.has(name)) return { kind: 'global' };
    const outer = outward(sc.parent, name);
    if (sc.bound.has(name) || !sc.nonlocals.has(name)) return { kind: 'classns', ns: ctx.classNs!, outer };
    return outer;
  }
  if (sc.globals.has(name)) return { kind: 'global' };
  if (sc.nonlocals.has(name)) return { kind: 'local', js: jsName(name), checked: true, free: true };
  if (sc.isLocal(name)) {
    const isParam = sc.params.includes(name);
    return { kind: 'local', js: jsName(name), checked: !isParam, free: false };
  }
  return outward(sc.parent, name);
}

/** The function's local names (CPython's co_varnames), which NameError suggestions try first. */
function localsRef(ctx: FnCtx): string {
  let sc = ctx.scope;
  while (sc.kind === 'comprehension' && sc.parent) sc = sc.parent;
  if (sc.kind !== 'function') return '';
  const names = [...sc.bound].filter((n) => sc.isLocal(n));
  return names.length ? `, ${ctx.unit.node(names)}` : '';
}

/** A name's value; `pos` (a `$ln = ...` assignment) runs only on the path that raises NameError. */
export function loadName(ctx: FnCtx, name: string, pos?: string): string {
  const r = resolve(ctx, name);
  return loadRef(ctx, r, name, pos ? `${pos}, ` : '');
}

function loadRef(ctx: FnCtx, r: NameRef, name: string, pos: string): string {
  const q = JSON.stringify(name);
  switch (r.kind) {
    case 'local':
      if (!r.checked) return r.js;
      return `(${r.js} !== undefined ? ${r.js} : (${pos}$unbound(${q}, ${r.free})))`;
    case 'global': {
      // A constant-key property load on the globals object, falling back to builtins.
      const t = ctx.temp();
      return `((${t} = $g[${q}]) !== undefined ? ${t} : (${pos}$builtin(${q}, G${localsRef(ctx)})))`;
    }
    case 'classns':
      return `(${r.ns}.has(${q}) ? ${r.ns}.get(${q}) : ${loadRef(ctx, r.outer, name, pos)})`;
  }
}

/** JS statement(s) storing the JS expression `value` into a Python name. */
export function storeName(ctx: FnCtx, name: string, value: string): string {
  const r = resolve(ctx, name);
  const q = JSON.stringify(name);
  switch (r.kind) {
    case 'local':
      return `${r.js} = ${value};`;
    case 'global':
      return `$g[${q}] = ${value};`;
    case 'classns':
      return `${r.ns}.set(${q}, ${value});`;
  }
}

export function deleteName(ctx: FnCtx, name: string): string {
  const r = resolve(ctx, name);
  const q = JSON.stringify(name);
  switch (r.kind) {
    case 'local':
      return `if (${r.js} === undefined) $unbound(${q}, false); ${r.js} = undefined;`;
    case 'global':
      return `if ($g[${q}] === undefined) $nameError(${q}, G); delete $g[${q}];`;
    case 'classns':
      return `if (!${r.ns}.delete(${q})) $gl(${q});`;
  }
}

/** Silently unbinds a name (the `as` target after an except clause). */
export function unbindName(ctx: FnCtx, name: string): string {
  const r = resolve(ctx, name);
  const q = JSON.stringify(name);
  switch (r.kind) {
    case 'local':
      return `${r.js} = undefined;`;
    case 'global':
      return `delete $g[${q}];`;
    case 'classns':
      return `${r.ns}.delete(${q});`;
  }
}
