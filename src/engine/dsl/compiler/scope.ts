/**
 * Symbol tables: which names each function, class, lambda or comprehension binds, declares
 * global/nonlocal, or reads, so the code generator can decide between a JS local (fast, and
 * closures come for free), the class namespace and the module globals.
 */
import type * as A from '../ast';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  readonly bound = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly params: string[] = [];
  isGenerator = false;
  usesSuper = false;
  readonly children = new Map<A.Node, Scope>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly name: string,
  ) {}

  /** The nearest enclosing scope that is a function or the module (walrus targets bind there). */
  get owner(): Scope {
    return this.kind === 'comprehension' && this.parent ? this.parent.owner : this;
  }

  isLocal(name: string): boolean {
    if (this.kind === 'module') return false;
    return this.bound.has(name) && !this.globals.has(name) && !this.nonlocals.has(name);
  }
}

type AnyNode = A.Node | A.Node[] | null | undefined;

/** Builds the scope tree for a module. */
export function analyze(mod: A.Module): Scope {
  const top = new Scope('module', null, '<module>');
  for (const s of mod.body) visitStmt(s, top);
  return top;
}

function bindTarget(t: A.Expr, sc: Scope): void {
  switch (t._type) {
    case 'Name':
      sc.bound.add(t.id);
      break;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) bindTarget(e, sc);
      break;
    case 'Starred':
      bindTarget(t.value, sc);
      break;
    default:
      visitExpr(t, sc);
  }
}

function visitArgs(args: A.Arguments, outer: Scope, inner: Scope): void {
  for (const d of args.defaults) visitExpr(d, outer);
  for (const d of args.kw_defaults) if (d) visitExpr(d, outer);
  const all = [...args.posonlyargs, ...args.args];
  for (const a of all) {
    inner.params.push(a.arg);
    inner.bound.add(a.arg);
    if (a.tuple_target) bindTarget(a.tuple_target, inner);
  }
  if (args.vararg) {
    inner.params.push(args.vararg.arg);
    inner.bound.add(args.vararg.arg);
  }
  for (const a of args.kwonlyargs) {
    inner.params.push(a.arg);
    inner.bound.add(a.arg);
  }
  if (args.kwarg) {
    inner.params.push(args.kwarg.arg);
    inner.bound.add(args.kwarg.arg);
  }
}

function visitStmts(body: A.Stmt[], sc: Scope): void {
  for (const s of body) visitStmt(s, sc);
}

function visitStmt(s: A.Stmt, sc: Scope): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef': {
      for (const d of s.decorator_list) visitExpr(d, sc);
      sc.bound.add(s.name);
      const inner = new Scope('function', sc, s.name);
      sc.children.set(s, inner);
      visitArgs(s.args, sc, inner);
      visitStmts(s.body, inner);
      return;
    }
    case 'ClassDef': {
      for (const d of s.decorator_list) visitExpr(d, sc);
      for (const b of s.bases) visitExpr(b, sc);
      for (const k of s.keywords) visitExpr(k.value, sc);
      sc.bound.add(s.name);
      const inner = new Scope('class', sc, s.name);
      sc.children.set(s, inner);
      visitStmts(s.body, inner);
      return;
    }
    case 'Global':
      for (const n of s.names) sc.globals.add(n);
      return;
    case 'Nonlocal':
      for (const n of s.names) sc.nonlocals.add(n);
      return;
    case 'Import':
      for (const a of s.names) sc.bound.add(a.asname ?? a.name.split('.')[0]!);
      return;
    case 'ImportFrom':
      for (const a of s.names) if (a.name !== '*') sc.bound.add(a.asname ?? a.name);
      return;
    case 'Assign':
      visitExpr(s.value, sc);
      for (const t of s.targets) bindTarget(t, sc);
      return;
    case 'AugAssign':
      visitExpr(s.value, sc);
      bindTarget(s.target, sc);
      return;
    case 'AnnAssign':
      if (s.value) visitExpr(s.value, sc);
      if (s.value || s.target._type !== 'Name') bindTarget(s.target, sc);
      else if (sc.kind !== 'module') sc.bound.add(s.target.id);
      return;
    case 'For':
    case 'AsyncFor':
      visitExpr(s.iter, sc);
      bindTarget(s.target, sc);
      visitStmts(s.body, sc);
      visitStmts(s.orelse, sc);
      return;
    case 'With':
    case 'AsyncWith':
      for (const it of s.items) {
        visitExpr(it.context_expr, sc);
        if (it.optional_vars) bindTarget(it.optional_vars, sc);
      }
      visitStmts(s.body, sc);
      return;
    case 'Try':
    case 'TryStar':
      visitStmts(s.body, sc);
      for (const h of s.handlers) {
        if (h.type) visitExpr(h.type, sc);
        if (h.name) sc.bound.add(h.name);
        visitStmts(h.body, sc);
      }
      visitStmts(s.orelse, sc);
      visitStmts(s.finalbody, sc);
      return;
    case 'Delete':
      for (const t of s.targets) bindTarget(t, sc);
      return;
    default:
      visitGeneric(s, sc);
  }
}

function visitComprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, sc: Scope): void {
  const inner = new Scope('comprehension', sc, '<comp>');
  sc.children.set(node, inner);
  node.generators.forEach((g, i) => {
    visitExpr(g.iter, i === 0 ? sc : inner);
    bindTarget(g.target, inner);
    for (const c of g.ifs) visitExpr(c, inner);
  });
  if (node._type === 'DictComp') {
    visitExpr(node.key, inner);
    visitExpr(node.value, inner);
  } else visitExpr(node.elt, inner);
  if (node._type === 'GeneratorExp') inner.isGenerator = true;
}

function visitExpr(e: A.Expr, sc: Scope): void {
  switch (e._type) {
    case 'Lambda': {
      const inner = new Scope('function', sc, '<lambda>');
      sc.children.set(e, inner);
      visitArgs(e.args, sc, inner);
      visitExpr(e.body, inner);
      return;
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      visitComprehension(e, sc);
      return;
    case 'NamedExpr':
      visitExpr(e.value, sc);
      sc.owner.bound.add(e.target.id);
      return;
    case 'Yield':
    case 'YieldFrom':
      sc.isGenerator = true;
      if (e.value) visitExpr(e.value, sc);
      return;
    case 'Name':
      if (e.id === 'super' && e.ctx._type === 'Load') sc.usesSuper = true;
      if (e.ctx._type !== 'Load') sc.bound.add(e.id);
      return;
    default:
      visitGeneric(e, sc);
  }
}

function visitGeneric(n: object, sc: Scope): void {
  for (const [k, v] of Object.entries(n)) {
    if (k === '_type' || k === 'ctx') continue;
    visitAny(v as AnyNode, sc);
  }
}

function visitAny(v: AnyNode, sc: Scope): void {
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) visitAny(x, sc);
    return;
  }
  const t = (v as { _type?: string })._type;
  if (!t) return;
  if (/^[A-Z]/.test(t) && isStmt(t)) visitStmt(v as A.Stmt, sc);
  else if (/^[A-Z]/.test(t)) visitExpr(v as A.Expr, sc);
  else visitGeneric(v, sc);
}

const STMTS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue']);

function isStmt(t: string): boolean {
  return STMTS.has(t);
}
