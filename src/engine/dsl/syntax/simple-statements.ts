// Simple statements: one logical line, several when separated by ';'.

import type * as A from '../ast';
import { tryWithoutInvalid } from './expression-errors';
import { bitwiseOr, expression, starExpression, startsExpression, starExpressions, startsStarExpression, yieldExpr } from './expressions';
import { exprName, type Parser } from './parser-state';
import { invalidTarget, targetError, toTarget } from './targets';
import { KEYWORDS } from './tokens';

const AUG_OPS: Readonly<Record<string, A.OperatorName>> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

/** simple_stmts: `a; b; c NEWLINE`. */
export function simpleStatements(p: Parser): A.Stmt[] {
  const out = [simpleStatement(p)];
  while (p.eatOp(';')) {
    if (p.peek().kind === 'NEWLINE') break;
    out.push(simpleStatement(p));
  }
  if (p.peek().kind !== 'NEWLINE') p.fail();
  p.i++;
  return out;
}

function simpleStatement(p: Parser): A.Stmt {
  const t = p.peek();
  const start = p.i;
  if (t.kind === 'NAME') {
    switch (t.text) {
      case 'pass': p.i++; return p.fin({ _type: 'Pass' }, start);
      case 'break': p.i++; return p.fin({ _type: 'Break' }, start);
      case 'continue': p.i++; return p.fin({ _type: 'Continue' }, start);
      case 'return': {
        p.i++;
        const value = startsStarExpression(p.peek()) ? starExpressions(p) : null;
        return p.fin({ _type: 'Return', value }, start);
      }
      case 'raise': {
        p.i++;
        if (!startsExpression(p.peek())) return p.fin({ _type: 'Raise', exc: null, cause: null }, start);
        const exc = expression(p);
        const cause = p.eatKw('from') ? expression(p) : null;
        return p.fin({ _type: 'Raise', exc, cause }, start);
      }
      case 'global':
      case 'nonlocal': {
        p.i++;
        const names = [nameText(p)];
        while (p.eatOp(',')) names.push(nameText(p));
        return t.text === 'global' ? p.fin({ _type: 'Global', names }, start) : p.fin({ _type: 'Nonlocal', names }, start);
      }
      case 'del': return delStatement(p);
      case 'assert': {
        p.i++;
        const test = expression(p);
        const msg = p.eatOp(',') ? expression(p) : null;
        return p.fin({ _type: 'Assert', test, msg }, start);
      }
      case 'import': return importStatement(p);
      case 'from': return fromImport(p);
    }
  }
  return assignmentOrExpression(p);
}

export function nameText(p: Parser): string {
  const t = p.peek();
  if (t.kind !== 'NAME' || KEYWORDS.has(t.text)) p.fail();
  p.i++;
  return t.text;
}

function delStatement(p: Parser): A.Stmt {
  const start = p.i++;
  const targets: A.Expr[] = [];
  const listStart = p.i;
  for (;;) {
    targets.push(toDelItem(p, starExpression(p), listStart));
    if (!p.eatOp(',')) break;
    if (!startsStarExpression(p.peek())) break;
  }
  const nt = p.peek();
  if (!(nt.kind === 'NEWLINE' || (nt.kind === 'OP' && nt.text === ';'))) p.fail();
  return p.fin({ _type: 'Delete', targets }, start);
}

function toDelItem(p: Parser, e: A.Expr, _listStart: number): A.Expr {
  if (e._type === 'Starred') p.errorAtNode(e, 'cannot delete starred');
  return toTarget(p, e, 'del');
}

function dottedName(p: Parser): string {
  let name = nameText(p);
  while (p.eatOp('.')) name += '.' + nameText(p);
  return name;
}

function importStatement(p: Parser): A.Stmt {
  const start = p.i++;
  const names: A.Alias[] = [];
  do {
    const s = p.i;
    const name = dottedName(p);
    const asname = p.eatKw('as') ? nameText(p) : null;
    names.push(p.fin({ _type: 'alias', name, asname }, s));
  } while (p.eatOp(','));
  return p.fin({ _type: 'Import', names }, start);
}

function fromImport(p: Parser): A.Stmt {
  const start = p.i++;
  let level = 0;
  for (;;) {
    if (p.eatOp('.')) level++;
    else if (p.eatOp('...')) level += 3;
    else break;
  }
  const module = level > 0 && p.isKw('import') ? null : dottedName(p);
  p.expectKw('import');
  const names: A.Alias[] = [];
  if (p.isOp('*')) {
    const t = p.next();
    names.push(p.finTok({ _type: 'alias', name: '*', asname: null }, t));
    return p.fin({ _type: 'ImportFrom', module, names, level }, start);
  }
  const paren = p.eatOp('(');
  do {
    if (paren && p.isOp(')')) break;
    const s = p.i;
    const name = nameText(p);
    const asname = p.eatKw('as') ? nameText(p) : null;
    names.push(p.fin({ _type: 'alias', name, asname }, s));
    if (!paren && p.isOp(',') && p.peek(1).kind === 'NEWLINE') {
      p.errorAtLast('trailing comma not allowed without surrounding parentheses');
    }
  } while (p.eatOp(','));
  if (paren) p.expectOp(')');
  return p.fin({ _type: 'ImportFrom', module, names, level }, start);
}

function rhs(p: Parser): A.Expr {
  return p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
}

/** Assignment (plain, chained, augmented, annotated) or an expression statement. */
function assignmentOrExpression(p: Parser): A.Stmt {
  const start = p.i;
  const first = rhs(p);
  const t = p.peek();
  if (t.kind !== 'OP') return p.fin({ _type: 'Expr', value: first }, start);
  if (t.text === ':=' && first._type !== 'Name' && first._type !== 'Tuple') {
    p.errorAtNode(first, `cannot use assignment expressions with ${exprName(first)}`);
  }
  if (t.text === '=') return assignment(p, start, first);
  if (t.text === ':') return annotated(p, start, first);
  const aug = AUG_OPS[t.text];
  if (aug !== undefined) {
    if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
      p.errorAtNode(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
    }
    p.i++;
    const value = rhs(p);
    toTarget(p, first, 'star');
    return p.fin({ _type: 'AugAssign', target: first, op: { _type: aug }, value }, start);
  }
  return p.fin({ _type: 'Expr', value: first }, start);
}

function annotated(p: Parser, start: number, target: A.Expr): A.Stmt {
  const colon = p.i++;
  if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
    // CPython's invalid_ann_assign_target rules need an annotation after the ':'; without one
    // the error is the generic one at the ':'.
    if (!tryWithoutInvalid(p, () => expression(p))) {
      p.i = colon;
      p.fail();
    }
    if (target._type === 'Tuple' || target._type === 'List') {
      p.errorAtNode(target._type === 'Tuple' && p.toks[start].text !== '(' ? target.elts[0] : target, `only single target (not ${exprName(target).replace(' display', '')}) can be annotated`);
    }
    p.errorAtNode(target, 'illegal target for annotation');
  }
  const annotation = expression(p);
  const value = p.eatOp('=') ? rhs(p) : null;
  toTarget(p, target, 'star');
  const simple = target._type === 'Name' && p.toks[start].kind === 'NAME' ? 1 : 0;
  return p.fin({ _type: 'AnnAssign', target, annotation, value, simple }, start);
}

const NOT_BITWISE = new Set(['Compare', 'BoolOp', 'IfExp', 'Lambda', 'Starred', 'NamedExpr', 'Yield', 'YieldFrom', 'Tuple']);

function assignment(p: Parser, start: number, first: A.Expr): A.Stmt {
  const items = [first];
  const firstEq = p.i;
  try {
    while (p.eatOp('=')) items.push(rhs(p));
  } catch (e) {
    // CPython blames an invalid target before the value that failed to parse.
    if (!p.isSoft(e)) throw e;
    p.i = firstEq + 1;
    const next = tryWithoutInvalid(p, () => bitwiseOr(p));
    checkTargets(p, start, items, next, items.length > 1);
    throw e;
  }
  const value = items.pop() as A.Expr;
  checkTargets(p, start, items, items.length > 1 ? items[1] : value, items.length > 1);
  const targets = items.map((e) => toTarget(p, e, 'star'));
  return p.fin({ _type: 'Assign', targets, value, type_comment: null }, start);
}

/** CPython's invalid_assignment, in its order; `next` is what follows the first '='. */
function checkTargets(p: Parser, start: number, targets: A.Expr[], next: A.Expr | null, chained: boolean): void {
  if (!targets.some((e) => invalidTarget(e, 'star') || e._type === 'Yield' || e._type === 'YieldFrom')) return;
  const first = targets[0];
  if (first._type === 'Name' && next && p.toks[start].kind === 'NAME' && rhsStartsBitwiseOr(next, chained)) {
    p.errorAtNode(first, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", next);
  }
  for (let k = 0; k < targets.length; k++) {
    const e = targets[k];
    if (k === 0 && next && invalidTarget(e, 'star') && hereHintApplies(p, start, e, next, chained)) {
      p.errorAtNode(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
    }
    if (e._type === 'Yield' || e._type === 'YieldFrom') p.errorAtNode(e, 'assignment to yield expression not possible');
    if (invalidTarget(e, 'star')) targetError(p, e, 'star');
  }
}

/** Is `e`, which starts at token `start`, wrapped in parentheses of its own? */
function parenthesized(p: Parser, start: number, e: A.Expr): boolean {
  const t = p.toks[start];
  return t.kind === 'OP' && t.text === '(' && (e.lineno !== t.line || e.col_offset !== t.col);
}

/** The atom an expression starts with (`[1]` in `[1][0]()`). */
function leftmost(e: A.Expr): A.Expr {
  for (;;) {
    switch (e._type) {
      case 'Call': e = e.func; break;
      case 'Attribute': case 'Subscript': e = e.value; break;
      case 'BinOp': e = e.left; break;
      default: return e;
    }
  }
}

/** CPython's invalid_named_expression: `bitwise_or = bitwise_or` not followed by another '='. */
function hereHintApplies(p: Parser, start: number, target: A.Expr, next: A.Expr, chained: boolean): boolean {
  const isBitwise = !(NOT_BITWISE.has(target._type) || (target._type === 'UnaryOp' && target.op._type === 'Not'));
  if (!isBitwise && !parenthesized(p, start, target)) return false;
  const t = p.toks[start];
  const atom = leftmost(target);
  if (atom.lineno === t.line && atom.col_offset === t.col) {
    if (atom._type === 'List' || atom._type === 'Tuple' || atom._type === 'GeneratorExp') return false;
    if (atom._type === 'Constant' && (atom.value === null || atom.value === true || atom.value === false)) return false;
  }
  return rhsStartsBitwiseOr(next, chained);
}
function rhsStartsBitwiseOr(e: A.Expr, chained: boolean): boolean {
  switch (e._type) {
    case 'Yield': case 'YieldFrom': case 'Starred': case 'Lambda': return false;
    case 'UnaryOp': return e.op._type !== 'Not' && !chained;
    case 'Tuple': return e.elts.length > 0 && e.elts[0]._type !== 'Starred' && rhsStartsBitwiseOr(e.elts[0], false);
    case 'Compare': case 'BoolOp': case 'IfExp': return true;
    default: return !chained;
  }
}

