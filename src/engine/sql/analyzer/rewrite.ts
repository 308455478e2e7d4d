/** Structural helpers over bound expressions: child mapping, ref remapping and keys. */
import type { BoundExpr } from '../../expr';
import { simpleString } from '../../types';

export function mapChildren(e: BoundExpr, f: (c: BoundExpr) => BoundExpr): BoundExpr {
  switch (e.kind) {
    case 'literal': case 'ref': case 'outerRef': case 'lambdaVar': return e;
    case 'strict': case 'lenient': case 'coalesce': case 'higherOrder': case 'stateful': return { ...e, args: e.args.map(f) } as BoundExpr;
    case 'and': case 'or': return { ...e, left: f(e.left), right: f(e.right) };
    case 'case': return { ...e, branches: e.branches.map(([c, v]) => [f(c), f(v)] as [BoundExpr, BoundExpr]), elseExpr: e.elseExpr ? f(e.elseExpr) : null };
    case 'in': return { ...e, expr: f(e.expr), list: e.list.map(f) };
    case 'subquery': return { ...e, exprs: e.exprs.map(f) };
    case 'lambda': return { ...e, body: f(e.body) };
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

/** Rewrites `ref` ordinals (e.g. placeholders for window outputs resolved after binding). */
export function remapRefs(e: BoundExpr, f: (index: number) => number): BoundExpr {
  if (e.kind === 'ref') return { ...e, index: f(e.index) };
  if (e.kind === 'lambda') return { ...e, body: remapRefs(e.body, f) };
  return mapChildren(e, (c) => remapRefs(c, f));
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function identity(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

/** A key equal for structurally identical expressions (used to match GROUP BY expressions). */
export function exprKey(e: BoundExpr): string {
  switch (e.kind) {
    case 'literal': return `lit(${String(e.value instanceof Object ? JSON.stringify(e.value, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) : e.value)}:${simpleString(e.type)})`;
    case 'ref': return `ref${e.index}`;
    case 'outerRef': return `outer${e.depth}.${e.index}`;
    case 'lambdaVar': return `lv${e.slot}`;
    case 'strict': case 'lenient': case 'higherOrder': return `${e.name}:${simpleString(e.type)}(${e.args.map(exprKey).join(',')})`;
    case 'stateful': return `stateful${identity(e)}`;
    case 'coalesce': return `coalesce(${e.args.map(exprKey).join(',')})`;
    case 'and': case 'or': return `${e.kind}(${exprKey(e.left)},${exprKey(e.right)})`;
    case 'case': return `case(${e.branches.map(([c, v]) => exprKey(c) + '->' + exprKey(v)).join(',')};${e.elseExpr ? exprKey(e.elseExpr) : ''})`;
    case 'in': return `in(${exprKey(e.expr)};${e.list.map(exprKey).join(',')})`;
    case 'subquery': return `subquery${identity(e.plan as object)}`;
    case 'lambda': return `lambda(${exprKey(e.body)})`;
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

export function containsRef(e: BoundExpr): boolean {
  if (e.kind === 'ref') return true;
  let found = false;
  mapChildren(e, (c) => {
    if (containsRef(c)) found = true;
    return c;
  });
  return found;
}
