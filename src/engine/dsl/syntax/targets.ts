// Assignment, deletion and loop targets: an expression turned into Store / Del context, or
// CPython's "cannot assign to ..." pointing at the first element that cannot be a target.

import type * as A from '../ast';
import { LOAD, bitwiseOr } from './expressions';
import { exprName, type Parser } from './parser-state';

export type TargetKind = 'star' | 'del' | 'for';

/** CPython's _PyPegen_get_invalid_target: the node that makes `e` an invalid target, if any. */
export function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for') return e.ops[0]._type === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

export function targetError(p: Parser, e: A.Expr, kind: TargetKind): never {
  const bad = invalidTarget(e, kind) ?? e;
  return p.errorAtNode(bad, `cannot ${kind === 'del' ? 'delete' : 'assign to'} ${exprName(bad)}`);
}

/** Puts a valid target into Store (or Del) context, raising CPython's error for invalid ones. */
export function toTarget(p: Parser, e: A.Expr, kind: TargetKind): A.Expr {
  if (invalidTarget(e, kind)) targetError(p, e, kind);
  setContext(e, kind === 'del' ? { _type: 'Del' } : { _type: 'Store' });
  return e;
}

function setContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      e.ctx = ctx;
      return;
    default:
      return;
  }
}

function starTargetItem(p: Parser): A.Expr {
  if (p.isOp('*')) {
    const start = p.i++;
    const value = bitwiseOr(p);
    return p.fin({ _type: 'Starred', value, ctx: LOAD }, start);
  }
  return bitwiseOr(p);
}

/** star_targets of `for` loops and comprehensions: stops before `in`. */
export function starTargets(p: Parser, kind: TargetKind): A.Expr {
  const start = p.i;
  const first = starTargetItem(p);
  let e = first;
  if (p.isOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (p.isKw('in') || p.isOp('=') || p.isOp(')') || p.isOp(':')) break;
      elts.push(starTargetItem(p));
    }
    e = p.fin({ _type: 'Tuple', elts, ctx: LOAD }, start);
  }
  return toTarget(p, e, kind);
}

/** A single star_target (after `as` in `with`). */
export function starTarget(p: Parser): A.Expr {
  return toTarget(p, starTargetItem(p), 'star');
}
