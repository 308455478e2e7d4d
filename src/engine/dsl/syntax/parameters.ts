// Parameter lists of `def` and `lambda`, including the PyFlint extension: Python 2 tuple
// parameters (`lambda (k, v): ...`) become an `arg` named `.N` (N = its position, as CPython 2
// numbered them) whose `tuple_target` the compiler unpacks on entry (see AST.md).

import type * as A from '../ast';
import { LOAD, expression } from './expressions';
import type { Parser } from './parser-state';
import { KEYWORDS, type Token } from './tokens';

export function lambdef(p: Parser): A.Expr {
  const start = p.i++;
  const args = parameters(p, ':', false);
  p.expectOp(':');
  const body = expression(p);
  return p.fin({ _type: 'Lambda', args, body }, start);
}

function emptyArguments(): A.Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function paramName(p: Parser): A.Arg {
  const t = p.peek();
  if (t.kind !== 'NAME' || KEYWORDS.has(t.text)) p.fail();
  p.i++;
  return p.finTok({ _type: 'arg', arg: t.text, annotation: null, type_comment: null }, t);
}

/** A Python 2 tuple parameter's target: `(a, (b, c))`; `(a)` is just `a`, as in Python 2. */
function tupleTarget(p: Parser): A.Expr {
  if (!p.isOp('(')) {
    const t = p.peek();
    if (t.kind !== 'NAME' || KEYWORDS.has(t.text)) p.fail();
    p.i++;
    return p.finTok({ _type: 'Name', id: t.text, ctx: { _type: 'Store' } }, t);
  }
  const start = p.i++;
  const elts: A.Expr[] = [];
  let comma = false;
  while (!p.isOp(')')) {
    elts.push(tupleTarget(p));
    if (!p.eatOp(',')) break;
    comma = true;
  }
  p.expectOp(')');
  if (elts.length === 1 && !comma) return elts[0];
  if (elts.length === 0) p.fail();
  return p.fin({ _type: 'Tuple', elts, ctx: { _type: 'Store' } }, start);
}

function param(p: Parser, annotated: boolean, index: number, allowTuple: boolean): A.Arg {
  if (allowTuple && p.isOp('(')) {
    const start = p.i;
    const target = tupleTarget(p);
    const pos = p.loc(start);
    if (target._type === 'Name') return { _type: 'arg', arg: target.id, annotation: null, type_comment: null, ...pos };
    return { _type: 'arg', arg: `.${index}`, annotation: null, type_comment: null, ...pos, tuple_target: target as A.Tuple };
  }
  const start = p.i;
  const a = paramName(p);
  if (annotated && p.eatOp(':')) {
    a.annotation = p.isOp('*') ? starAnnotation(p) : expression(p);
    Object.assign(a, p.loc(start));
  }
  return a;
}

// `*args: *Ts` (PEP 646).
function starAnnotation(p: Parser): A.Expr {
  const start = p.i++;
  const value = expression(p);
  return p.fin({ _type: 'Starred', value, ctx: LOAD }, start);
}

/** Token k ahead, read the way CPython's second-pass rules do: without moving the error position. */
function quiet(p: Parser, k: number): Token {
  return p.toks[Math.min(p.i + k, p.toks.length - 1)];
}

/** Parses parameters up to (not including) `end` (')' for def, ':' for lambda). */
export function parameters(p: Parser, end: string, annotated: boolean): A.Arguments {
  const out = emptyArguments();
  let kwonly = false;
  let sawDefault = false;
  let defaultAfterSlash = false;
  let sawSlash = false;
  let index = 0;
  while (!p.isOp(end)) {
    const t = p.peek();
    if (t.kind === 'OP' && t.text === '/') {
      if (kwonly || sawSlash) p.errorAtToken(t, kwonly ? '/ must be ahead of *' : '/ may appear only once');
      if (out.args.length === 0) {
        if (quiet(p, 1).text === ',') p.errorAtToken(t, 'at least one argument must precede /');
        p.fail();
      }
      sawSlash = true;
      p.i++;
      out.posonlyargs = out.args;
      out.args = [];
    } else if (t.kind === 'OP' && t.text === '*') {
      if (kwonly) {
        // CPython names the repeat only when a parameter (or ',') completes it: `*a, *b,`. Its
        // first pass stops at this '*', where a plain "invalid syntax" points.
        const n = quiet(p, 1);
        const after = quiet(p, 2).text;
        const param = n.kind === 'NAME' && !KEYWORDS.has(n.text) && (after === ',' || after === end || (annotated && after === ':'));
        if (param || (n.kind === 'OP' && n.text === ',')) p.errorAtToken(t, '* argument may appear only once');
        p.fail();
      }
      p.i++;
      kwonly = true;
      if (p.isOp(',') || p.isOp(end)) {
        if (p.isOp(end) || p.isOp('**', 1) || p.isOp(end, 1)) {
          // CPython points at the '*' in a def, at the last token read in a lambda.
          if (annotated) p.errorAtToken(t, 'named arguments must follow bare *');
          p.errorAtLast('named arguments must follow bare *');
        }
      } else {
        const start = p.i;
        const a = paramName(p);
        if (annotated && p.eatOp(':')) {
          a.annotation = p.isOp('*') ? starAnnotation(p) : expression(p);
          Object.assign(a, p.loc(start));
        }
        out.vararg = a;
        if (p.isOp('=')) p.errorAtToken(p.peek(), 'var-positional argument cannot have default value');
      }
    } else if (t.kind === 'OP' && t.text === '**') {
      p.i++;
      out.kwarg = param(p, annotated, index, false);
      if (p.isOp('=')) p.errorAtToken(p.peek(), 'var-keyword argument cannot have default value');
      p.eatOp(',');
      if (!p.isOp(end)) {
        const nt = p.peek();
        if (nt.kind === 'NAME' || (nt.kind === 'OP' && (nt.text === '*' || nt.text === '**' || nt.text === '/'))) p.errorAtToken(nt, 'arguments cannot follow var-keyword argument');
        p.fail();
      }
      break;
    } else {
      const paramStart = p.i;
      const a = param(p, annotated, index, !kwonly);
      let dflt: A.Expr | null = null;
      if (p.isOp('=')) {
        const eq = p.next();
        if (annotated && (p.isOp(',') || p.isOp(end))) p.errorAtToken(eq, 'expected default value expression');
        dflt = expression(p);
      }
      if (kwonly) {
        out.kwonlyargs.push(a);
        out.kw_defaults.push(dflt);
      } else {
        if (dflt) {
          out.defaults.push(dflt);
          if (sawSlash) defaultAfterSlash = true;
          sawDefault = true;
        } else if (defaultAfterSlash) {
          // CPython's rule only covers defaults before '/', or a group the '/' just closed.
          p.fail();
        } else if (sawDefault && (!sawSlash || p.toks[paramStart - 2]?.text === '/')) {
          p.errorAtNode(a, 'non-default argument follows default argument');
        } else if (sawDefault) {
          p.fail();
        }
        out.args.push(a);
        index++;
      }
    }
    if (!p.eatOp(',')) break;
  }
  return out;
}
