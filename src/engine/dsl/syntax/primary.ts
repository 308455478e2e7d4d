// Trailers of a primary (`.name`, calls, subscripts) and the argument and slice lists in them.

import type * as A from '../ast';
import { forIfClauses } from './atoms';
import { LOAD, expression, namedExpression, starExpression, tokenPos } from './expressions';
import type { Parser } from './parser-state';
import { KEYWORDS } from './tokens';

export function primaryTrailers(p: Parser, start: number, e: A.Expr): A.Expr {
  for (;;) {
    const t = p.peek();
    if (t.kind !== 'OP') return e;
    if (t.text === '.') {
      p.i++;
      const name = p.peek();
      if (name.kind !== 'NAME' || KEYWORDS.has(name.text)) p.fail();
      p.i++;
      e = p.fin({ _type: 'Attribute', value: e, attr: name.text, ctx: LOAD }, start);
    } else if (t.text === '(') {
      const callStart = p.i++;
      const { args, keywords } = callArguments(p, callStart, true);
      e = p.fin({ _type: 'Call', func: e, args, keywords }, start);
    } else if (t.text === '[') {
      p.i++;
      const slice = slices(p);
      p.expectOp(']');
      e = p.fin({ _type: 'Subscript', value: e, slice, ctx: LOAD }, start);
    } else return e;
  }
}

/** The arguments of a call; `open` indexes the '(' token. Consumes the ')'. */
export function callArguments(p: Parser, open: number, allowGenexp: boolean): { args: A.Expr[]; keywords: A.Keyword[] } {
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  // CPython parses the whole list before reporting misordered arguments at the last token read.
  let misordered: string | null = null;
  while (!p.isOp(')')) {
    const start = p.i;
    const t = p.peek();
    if (t.kind === 'OP' && t.text === '**') {
      p.i++;
      const value = expression(p);
      keywords.push(p.fin({ _type: 'keyword', arg: null, value }, start));
      sawDoubleStar = true;
    } else if (t.kind === 'OP' && t.text === '*') {
      const value = starExpression(p);
      if (p.isKw('for')) p.errorAtNode(value, 'iterable unpacking cannot be used in comprehension');
      if (sawDoubleStar) p.errorAtNode(value, 'iterable argument unpacking follows keyword argument unpacking');
      args.push(value);
    } else if (t.kind === 'NAME' && p.isOp('=', 1)) {
      if (KEYWORDS.has(t.text)) {
        if (t.text === 'True' || t.text === 'False' || t.text === 'None') p.errorAtToken(t, `cannot assign to ${t.text}`);
        p.fail();
      }
      p.i += 2;
      const value = expression(p);
      if (p.isKw('for') || (p.isKw('async') && p.isKw('for', 1))) {
        p.errorAtNode(tokenPos(t), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokenPos(p.toks[start + 1]));
      }
      keywords.push(p.fin({ _type: 'keyword', arg: t.text, value }, start));
      sawKeyword = true;
    } else {
      const value = namedExpression(p, false);
      if (p.isOp('=') && !(value._type === 'NamedExpr' && value.col_offset === t.col && value.lineno === t.line)) {
        p.errorAtNode(value, 'expression cannot contain assignment, perhaps you meant "=="?', tokenPos(p.peek()));
      }
      if (p.isKw('for') || (p.isKw('async') && p.isKw('for', 1))) {
        if (!allowGenexp) p.fail();
        const generators = forIfClauses(p);
        const gen: A.GeneratorExp = p.fin({ _type: 'GeneratorExp', elt: value, generators }, start);
        if (args.length === 0 && keywords.length === 0 && p.isOp(')')) {
          p.i++;
          return { args: [{ ...gen, ...p.loc(open) }], keywords };
        }
        p.errorAtNode(gen, 'Generator expression must be parenthesized');
      }
      if (sawDoubleStar) misordered ??= 'positional argument follows keyword argument unpacking';
      else if (sawKeyword) misordered ??= 'positional argument follows keyword argument';
      args.push(value);
    }
    if (!p.eatOp(',')) break;
  }
  if (misordered) p.errorAtLast(misordered);
  p.expectOp(')');
  return { args, keywords };
}

/** slices: one slice, or a Tuple of slices and starred expressions. */
function slices(p: Parser): A.Expr {
  const start = p.i;
  const first = sliceItem(p);
  if (!p.isOp(',')) {
    if (first._type !== 'Starred') return first;
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(sliceItem(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

function sliceItem(p: Parser): A.Expr {
  if (p.isOp('*')) return starExpression(p);
  const start = p.i;
  const lower = p.isOp(':') ? null : namedExpression(p);
  if (!p.eatOp(':')) {
    if (lower === null) p.fail();
    return lower;
  }
  if (lower && lower._type === 'NamedExpr') p.fail();
  const upper = sliceBound(p);
  let step: A.Expr | null = null;
  if (p.eatOp(':')) step = sliceBound(p);
  return p.fin({ _type: 'Slice', lower, upper, step }, start);
}

function sliceBound(p: Parser): A.Expr | null {
  const t = p.peek();
  if (t.kind === 'OP' && (t.text === ':' || t.text === ']' || t.text === ',')) return null;
  return expression(p);
}

