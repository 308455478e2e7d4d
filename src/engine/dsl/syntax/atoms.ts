// Atoms: names, literals, and the bracketed displays with their comprehensions.

import type * as A from '../ast';
import { LOAD, disjunction, expression, bitwiseOr, starNamedExpression, yieldExpr } from './expressions';
import { numberValue } from './numbers';
import type { Parser } from './parser-state';
import { concatStrings } from './strings';
import { starTargets } from './targets';
import { KEYWORDS } from './tokens';

export function atom(p: Parser): A.Expr {
  const t = p.peek();
  const start = p.i;
  switch (t.kind) {
    case 'NAME':
      if (KEYWORDS.has(t.text)) {
        const value = t.text === 'None' ? null : t.text === 'True' ? true : t.text === 'False' ? false : undefined;
        if (value === undefined) p.fail();
        p.i++;
        return p.finTok({ _type: 'Constant', value, kind: null }, t);
      }
      p.i++;
      return p.finTok({ _type: 'Name', id: t.text, ctx: LOAD }, t);
    case 'NUMBER':
      p.i++;
      return p.finTok({ _type: 'Constant', value: numberValue(t.text), kind: null }, t);
    case 'STRING': {
      while (p.peek(1).kind === 'STRING') p.i++;
      p.i++;
      return concatStrings(p, start, p.i);
    }
    case 'OP':
      switch (t.text) {
        case '(': return group(p);
        case '[': return listDisplay(p);
        case '{': return dictOrSet(p);
        case '...':
          p.i++;
          return p.finTok({ _type: 'Constant', value: { ellipsis: true }, kind: null }, t);
      }
      return p.fail();
    default:
      return p.fail();
  }
}

function isComprehensionStart(p: Parser): boolean {
  return p.isKw('for') || (p.isKw('async') && p.isKw('for', 1));
}

/** CPython's invalid_comprehension: `[*a for ...]` and `[a, b for ...]`. */
export function checkComprehensionElement(p: Parser, first: A.Expr, elts: A.Expr[] | null): void {
  if (!isComprehensionStart(p)) return;
  if (elts === null && first._type === 'Starred') p.errorAtNode(first, 'iterable unpacking cannot be used in comprehension');
  if (elts !== null) p.errorAtNode(first, 'did you forget parentheses around the comprehension target?', elts[elts.length - 1]);
}

/** for_if_clauses: `[async] for targets in disjunction (if disjunction)*`, one or more. */
export function forIfClauses(p: Parser): A.Comprehension[] {
  const generators: A.Comprehension[] = [];
  while (isComprehensionStart(p)) {
    const isAsync = p.eatKw('async') ? 1 : 0;
    p.i++;
    const target = starTargets(p, 'for');
    p.expectKw('in');
    const iter = disjunction(p);
    const ifs: A.Expr[] = [];
    while (p.eatKw('if')) ifs.push(disjunction(p));
    generators.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return generators;
}

function group(p: Parser): A.Expr {
  const start = p.i++;
  if (p.eatOp(')')) return p.fin({ _type: 'Tuple', elts: [], ctx: LOAD }, start);
  if (p.isKw('yield')) {
    const y = yieldExpr(p);
    p.expectOp(')');
    return y;
  }
  if (p.isOp('**')) {
    const star = p.next();
    expression(p);
    if (p.isOp(')')) p.errorAtToken(star, 'cannot use double starred expression here');
    p.fail();
  }
  const first = starNamedExpression(p);
  if (isComprehensionStart(p)) {
    checkComprehensionElement(p, first, null);
    const generators = forIfClauses(p);
    p.expectOp(')');
    return p.fin({ _type: 'GeneratorExp', elt: first, generators }, start);
  }
  if (p.isOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (p.isOp(')')) break;
      elts.push(starNamedExpression(p));
    }
    p.expectOp(')');
    return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, start);
  }
  if (!p.isOp(')')) p.fail();
  p.i++;
  if (first._type === 'Starred') p.errorAtNode(first, 'cannot use starred expression here');
  return first;
}

function listDisplay(p: Parser): A.Expr {
  const start = p.i++;
  if (p.eatOp(']')) return p.fin({ _type: 'List', elts: [], ctx: LOAD }, start);
  const first = starNamedExpression(p);
  if (isComprehensionStart(p)) {
    checkComprehensionElement(p, first, null);
    const generators = forIfClauses(p);
    p.expectOp(']');
    return p.fin({ _type: 'ListComp', elt: first, generators }, start);
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(starNamedExpression(p));
  }
  checkComprehensionElement(p, first, elts.length > 1 || p.toks[p.i - 1].text === ',' ? elts : null);
  p.expectOp(']');
  return p.fin({ _type: 'List', elts, ctx: LOAD }, start);
}

function dictOrSet(p: Parser): A.Expr {
  const start = p.i++;
  if (p.eatOp('}')) return p.fin({ _type: 'Dict', keys: [], values: [] }, start);
  if (p.isOp('**')) return dictItems(p, start, [], []);
  const first = starNamedExpression(p);
  if (p.eatOp(':')) {
    checkValueAfterColon(p);
    const value = expression(p);
    if (isComprehensionStart(p)) {
      const generators = forIfClauses(p);
      p.expectOp('}');
      return p.fin({ _type: 'DictComp', key: first, value, generators }, start);
    }
    if (p.eatOp(',')) return dictItems(p, start, [first], [value]);
    p.expectOp('}');
    return p.fin({ _type: 'Dict', keys: [first], values: [value] }, start);
  }
  if (isComprehensionStart(p)) {
    checkComprehensionElement(p, first, null);
    const generators = forIfClauses(p);
    p.expectOp('}');
    return p.fin({ _type: 'SetComp', elt: first, generators }, start);
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp('}')) break;
    elts.push(starNamedExpression(p));
  }
  checkComprehensionElement(p, first, elts.length > 1 || p.toks[p.i - 1].text === ',' ? elts : null);
  p.expectOp('}');
  return p.fin({ _type: 'Set', elts }, start);
}

function checkValueAfterColon(p: Parser): void {
  if (p.isOp('}') || p.isOp(',')) p.errorAtToken(p.toks[p.i - 1], "expression expected after dictionary key and ':'");
}

function dictItems(p: Parser, start: number, keys: (A.Expr | null)[], values: A.Expr[]): A.Expr {
  while (!p.isOp('}')) {
    if (p.eatOp('**')) {
      keys.push(null);
      values.push(bitwiseOr(p));
    } else {
      // After a first pair CPython blames a missing ':' before a missing comma (invalid_kvpair).
      const saveNoInvalid = p.noInvalid;
      p.noInvalid = true;
      const key = expression(p);
      p.noInvalid = saveNoInvalid;
      if (!p.isOp(':')) p.error('SyntaxError', "':' expected after dictionary key", key.lineno, key.end_col_offset, key.end_lineno, -1);
      p.i++;
      checkValueAfterColon(p);
      keys.push(key);
      values.push(expression(p));
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return p.fin({ _type: 'Dict', keys, values }, start);
}

