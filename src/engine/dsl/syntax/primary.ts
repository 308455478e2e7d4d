// Trailers of a primary (`.name`, calls, subscripts) and the argument and slice lists in them.

import type * as A from '../ast';
import { forIfClauses } from './atoms';
import { LOAD, expression, namedExpression, starExpression, tokenPos } from './expressions';
import type { Parser } from './parser-state';
import { KEYWORDS, type Token } from './tokens';

export function primaryTrailers(p: Parser, start: number, e: A.Expr): A.Expr {
  for (;;) {
    const t = p.peek();
    if (t.kind !== 'OP') return e;
    if (t.text === '.') {
      const name = p.peek(1);
      if (name.kind !== 'NAME' || KEYWORDS.has(name.text)) return e;
      p.i += 2;
      e = p.fin({ _type: 'Attribute', value: e, attr: name.text, ctx: LOAD }, start);
    } else if (t.text === '(' || t.text === '[') {
      // PEG: a trailer that does not parse leaves the primary as it was.
      const open = p.i++;
      try {
        if (t.text === '(') {
          const { args, keywords } = callArguments(p, open, true);
          e = p.fin({ _type: 'Call', func: e, args, keywords }, start);
        } else {
          const slice = slices(p);
          p.expectOp(']');
          e = p.fin({ _type: 'Subscript', value: e, slice, ctx: LOAD }, start);
        }
      } catch (err) {
        if (!p.isSoft(err)) throw err;
        p.i = open;
        return e;
      }
    } else return e;
  }
}

/** The arguments of a call; `open` indexes the '(' token. Consumes the ')'. */
export function callArguments(p: Parser, open: number, allowGenexp: boolean): { args: A.Expr[]; keywords: A.Keyword[] } {
  const out = { args: [] as A.Expr[], keywords: [] as A.Keyword[] };
  const state: ArgState = { sawKeyword: false, sawDoubleStar: false, lastWasKwargs: false, misordered: null, failedStar: null };
  try {
    while (!p.isOp(')')) {
      if (callArgument(p, open, allowGenexp, out, state)) return out;
      if (!p.eatOp(',')) break;
    }
  } catch (e) {
    // CPython's invalid_arguments: the valid prefix of the list, then what went wrong after it.
    if (!p.isSoft(e)) throw e;
    state.misordered?.();
    if (state.failedStar) p.errorAtToken(state.failedStar, 'iterable argument unpacking follows keyword argument unpacking');
    throw e;
  }
  state.misordered?.();
  p.expectOp(')');
  return out;
}

interface ArgState {
  sawKeyword: boolean;
  sawDoubleStar: boolean;
  /** The first misordering, reported once the list has been read as far as it goes. */
  misordered: (() => never) | null;
  /** Whether the previous item was `*x`, `k=x` or `**x` (CPython's `kwargs` part). */
  lastWasKwargs: boolean;
  /** A `*` item, following a `kwargs` item, whose expression is being parsed. */
  failedStar: Token | null;
}

/** One argument into `out`; true when it was a lone generator expression (')' consumed). */
function callArgument(p: Parser, open: number, allowGenexp: boolean, out: { args: A.Expr[]; keywords: A.Keyword[] }, state: ArgState): boolean {
  const start = p.i;
  const t = p.peek();
  if (t.kind === 'OP' && t.text === '**') {
    p.i++;
    const value = expression(p);
    out.keywords.push(p.fin({ _type: 'keyword', arg: null, value }, start));
    state.sawDoubleStar = state.lastWasKwargs = true;
    return false;
  }
  if (t.kind === 'OP' && t.text === '*') {
    // In a call, `*` takes a whole expression (`f(*a or b)`), unlike in displays.
    p.i++;
    if (state.lastWasKwargs) state.failedStar = t;
    const value: A.Starred = p.fin({ _type: 'Starred', value: expression(p), ctx: LOAD }, start);
    state.failedStar = null;
    state.lastWasKwargs = true;
    if (p.isKw('for')) p.errorAtNode(value, 'iterable unpacking cannot be used in comprehension');
    if (state.sawDoubleStar) state.misordered ??= () => p.errorAtNode(value, 'iterable argument unpacking follows keyword argument unpacking');
    out.args.push(value);
    return false;
  }
  if (t.kind === 'NAME' && (!KEYWORDS.has(t.text) || t.text === 'True' || t.text === 'False' || t.text === 'None') && p.isOp('=', 1)) {
    if (KEYWORDS.has(t.text)) {
      if (t.text === 'True' || t.text === 'False' || t.text === 'None') p.errorAtToken(t, `cannot assign to ${t.text}`);
      p.fail();
    }
    p.i += 2;
    const value = expression(p);
    if (p.isKw('for') || (p.isKw('async') && p.isKw('for', 1))) {
      p.errorAtNode(tokenPos(t), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokenPos(p.toks[start + 1]));
    }
    out.keywords.push(p.fin({ _type: 'keyword', arg: t.text, value }, start));
    state.sawKeyword = state.lastWasKwargs = true;
    return false;
  }
  const value = namedExpression(p, false);
  if (p.isOp('=') && !(value._type === 'NamedExpr' && value.col_offset === t.col && value.lineno === t.line)) {
    p.errorAtNode(value, 'expression cannot contain assignment, perhaps you meant "=="?', tokenPos(p.peek()));
  }
  if (p.isKw('for') || (p.isKw('async') && p.isKw('for', 1))) {
    if (!allowGenexp) p.fail();
    const generators = forIfClauses(p);
    const gen: A.GeneratorExp = p.fin({ _type: 'GeneratorExp', elt: value, generators }, start);
    if (out.args.length === 0 && out.keywords.length === 0 && p.isOp(')')) {
      p.i++;
      // A lone generator argument spans the call's parentheses.
      out.args.push(p.fin(gen, open));
      return true;
    }
    p.errorAtNode(gen, 'Generator expression must be parenthesized');
  }
  if (state.sawDoubleStar) state.misordered ??= () => p.errorAtLast('positional argument follows keyword argument unpacking');
  else if (state.sawKeyword) state.misordered ??= () => p.errorAtLast('positional argument follows keyword argument');
  out.args.push(value);
  state.lastWasKwargs = false;
  return false;
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
  // `a[x := 1:2]` is invalid, `a[(x := 1):2]` is not.
  if (lower && lower._type === 'NamedExpr' && lower.col_offset === p.toks[start].col && lower.lineno === p.toks[start].line) p.fail();
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

