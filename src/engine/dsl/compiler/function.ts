/** def and lambda → a JS function wrapped by $mkfn with its signature, defaults and shipping info. */
import type * as A from '../ast';
import { FnCtx, jsName } from './context';
import { expr } from './expr';
import { block } from './stmt';
import { assignTo } from './assign';
import { resolve } from './names';
import type { Scope } from './scope';

function qualnameOf(outer: FnCtx, name: string): string {
  const sc = outer.scope;
  if (sc.kind === 'module') return name;
  if (sc.kind === 'class') return `${outer.qualname}.${name}`;
  let q = outer;
  while (q.scope.kind === 'comprehension' && q.parent) q = q.parent;
  if (q.scope.kind === 'module') return name;
  return `${q.qualname}.<locals>.${name}`;
}

function paramNames(args: A.Arguments): string[] {
  const out = [...args.posonlyargs, ...args.args].map((a) => a.arg);
  if (args.vararg) out.push(args.vararg.arg);
  out.push(...args.kwonlyargs.map((a) => a.arg));
  if (args.kwarg) out.push(args.kwarg.arg);
  return out;
}

/** Names read anywhere inside a node (any scope), for closure capture when shipping. */
function namesIn(node: unknown, out = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const x of node) namesIn(x, out);
    return out;
  }
  const n = node as { _type?: string; id?: string };
  if (n._type === 'Name' && n.id) out.add(n.id);
  for (const v of Object.values(node)) if (v && typeof v === 'object') namesIn(v, out);
  return out;
}

function locals(scope: Scope): string[] {
  return [...scope.bound].filter((n) => scope.isLocal(n) && !scope.params.includes(n));
}

export function compileFunction(outer: FnCtx, node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, name: string): string {
  const unit = outer.unit;
  const scope = outer.scope.children.get(node)!;
  const qualname = qualnameOf(outer, name);
  const co = unit.code(name);
  const ctx = new FnCtx(unit, scope, qualname, co, outer);
  ctx.superClass = outer.scope.kind === 'class' ? outer.superClass : outer.superClass;
  const args = node.args;
  const params = paramNames(args);
  const jsParams = params.map(jsName);
  ctx.firstParam = jsParams[0] ?? null;
  const fname = unit.uid('$fn');
  const simple = !args.vararg && !args.kwarg && !args.kwonlyargs.length;
  let bind: string;
  if (simple && jsParams.length) {
    bind = `if (arguments.length !== ${jsParams.length} || ${jsParams[jsParams.length - 1]} instanceof $Kw) [${jsParams.join(', ')}] = $bind(${fname}, arguments);`;
  } else if (simple) {
    bind = `if (arguments.length !== 0) $bind(${fname}, arguments);`;
  } else {
    bind = `[${jsParams.join(', ')}] = $bind(${fname}, arguments);`;
  }
  let unpack = '';
  for (const a of [...args.posonlyargs, ...args.args]) if (a.tuple_target) unpack += assignTo(ctx, a.tuple_target, jsName(a.arg));
  let body: string;
  let doc = 'null';
  if (node._type === 'Lambda') body = `$ln = ${unit.pos(node.body)}; return ${expr(ctx, node.body)};`;
  else {
    const first = node.body[0];
    if (first?._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') doc = JSON.stringify(first.value.value);
    body = `${block(ctx, node.body)} return null;`;
  }
  const decl = [...locals(scope).map(jsName), ...ctx.temps, `$ln = ${unit.pos(node)}`].join(', ');
  let fn: string;
  if (scope.isGenerator) {
    fn = `function ${fname}(${jsParams.join(', ')}) { ${bind} return $mkgen((function* () { let ${decl}; try { ${unpack} ${body} } catch ($e) { throw $tb($e, ${co}, $ln); } })(), ${JSON.stringify(name)}, ${JSON.stringify(qualname)}); }`;
  } else {
    // Past the recursion limit the call fails in the caller's frame, as in CPython (no frame of its own).
    fn = `function ${fname}(${jsParams.join(', ')}) { ${bind} let ${decl}; if (++$S.depth > $S.limit) { $S.depth--; $recursion(); } try { if (++$S.tick > 1023) $poll(); ${unpack} ${body} } catch ($e) { throw $tb($e, ${co}, $ln); } finally { $S.depth--; } }`;
  }
  const npos = args.posonlyargs.length + args.args.length;
  const defaults = `[${args.defaults.map((d) => expr(outer, d)).join(', ')}]`;
  const kwd = args.kw_defaults.some((d) => d)
    ? `new Map([${args.kwonlyargs.map((a, i) => (args.kw_defaults[i] ? `[${JSON.stringify(a.arg)}, ${expr(outer, args.kw_defaults[i]!)}]` : '')).filter(Boolean).join(', ')}])`
    : 'null';
  const free: string[] = [];
  const globals: string[] = [];
  for (const n of namesIn(node)) {
    if (scope.isLocal(n)) continue;
    const r = resolve(ctx, n);
    if (r.kind === 'local' && r.free) free.push(n);
    else if (r.kind === 'global') globals.push(n);
  }
  const nodeRef = unit.node(node);
  const spec = `{name: ${JSON.stringify(name)}, qualname: ${JSON.stringify(qualname)}, module: $modname, params: ${JSON.stringify(params.slice(0, npos))}, posonly: ${args.posonlyargs.length}, defaults: ${defaults}, kwonly: ${JSON.stringify(args.kwonlyargs.map((a) => a.arg))}, kwdefaults: ${kwd}, varargs: ${args.vararg ? JSON.stringify(args.vararg.arg) : 'null'}, varkw: ${args.kwarg ? JSON.stringify(args.kwarg.arg) : 'null'}, doc: ${doc}, filename: $file, lineno: ${node.lineno}}`;
  const ship = `{node: ${nodeRef}, free: ${JSON.stringify(free)}, cap: () => [${free.map((n) => `${jsName(n)}`).join(', ')}], globals: ${JSON.stringify(globals)}, G}`;
  return `$mkfn(${fn}, ${spec}, ${ship})`;
}

export function compileLambda(ctx: FnCtx, node: A.Lambda): string {
  return compileFunction(ctx, node, '<lambda>');
}
