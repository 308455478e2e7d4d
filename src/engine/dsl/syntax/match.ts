// The match statement (PEP 634). `match` and `case` are soft keywords: if the header does not
// parse as `match <subject>:` NEWLINE INDENT `case`, the line is an ordinary statement.

import type * as A from '../ast';
import { PySyntaxError } from './errors';
import { LOAD, namedExpression, starNamedExpression } from './expressions';
import type { Parser } from './parser-state';
import { concatStrings } from './strings';
import { numberValue } from './numbers';
import { block } from './statements';
import { KEYWORDS } from './tokens';

export function matchStatement(p: Parser): A.Match | null {
  const start = p.i;
  let subject: A.Expr;
  try {
    p.i++;
    subject = subjectExpr(p);
  } catch (e) {
    // `match (*a)` may still be an expression statement; if the file fails, CPython reports this.
    if (e instanceof PySyntaxError && !p.isSoft(e) && e !== p.lexError) p.deferred.push({ at: start, error: () => e });
    p.i = start;
    return null;
  }
  if (p.peek().kind === 'NEWLINE') {
    // `match(x)` is a call; only a failing file gets CPython's "expected ':'" here, placed (by
    // its second pass) at the last token the first pass read.
    const error = (): PySyntaxError => {
      try {
        return p.errorAtLast("expected ':'");
      } catch (e) {
        return e as PySyntaxError;
      }
    };
    p.deferred.push({ at: start, error });
    p.i = start;
    return null;
  }
  if (!p.isOp(':') || p.peek(1).kind !== 'NEWLINE') {
    p.i = start;
    return null;
  }
  const line = p.toks[start].line;
  p.i += 2;
  if (p.peek().kind !== 'INDENT') p.errorAtLast(`expected an indented block after 'match' statement on line ${line}`, 'IndentationError');
  p.i++;
  const cases: A.MatchCase[] = [];
  while (p.peek().kind !== 'DEDENT') {
    if (!p.isKw('case')) p.fail();
    const caseLine = p.next().line;
    const pattern = patterns(p);
    const guard = p.eatKw('if') ? namedExpression(p) : null;
    if (!p.isOp(':')) {
      if (p.peek().kind === 'NEWLINE') p.errorAtToken(p.peek(), "expected ':'");
      p.fail();
    }
    p.i++;
    const body = block(p, "'case' statement", caseLine);
    cases.push({ _type: 'match_case', pattern, guard, body });
  }
  p.i++;
  const s = p.toks[start];
  const lastBody = cases[cases.length - 1].body;
  const last = lastBody[lastBody.length - 1];
  return { _type: 'Match', subject, cases, lineno: s.line, col_offset: s.col, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
}

function subjectExpr(p: Parser): A.Expr {
  const start = p.i;
  const first = starNamedExpression(p);
  if (!p.isOp(',')) {
    if (first._type === 'Starred') p.fail();
    return first;
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.peek().kind === 'NEWLINE') break;
    elts.push(starNamedExpression(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

function patterns(p: Parser): A.Pattern {
  const start = p.i;
  const first = maybeStarPattern(p);
  if (!p.isOp(',')) {
    if (first._type === 'MatchStar') return p.fin({ _type: 'MatchSequence', patterns: [first] }, start);
    return first;
  }
  const items = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.isKw('if') || p.peek().kind === 'NEWLINE') break;
    items.push(maybeStarPattern(p));
  }
  return p.fin({ _type: 'MatchSequence', patterns: items }, start);
}

function maybeStarPattern(p: Parser): A.Pattern {
  if (p.isOp('*')) {
    const start = p.i++;
    const name = p.next();
    if (name.kind !== 'NAME' || KEYWORDS.has(name.text)) p.fail();
    return p.fin({ _type: 'MatchStar', name: name.text === '_' ? null : name.text }, start);
  }
  return pattern(p);
}

function pattern(p: Parser): A.Pattern {
  const start = p.i;
  const or = orPattern(p);
  if (!p.eatKw('as')) return or;
  const t = p.next();
  if (t.kind !== 'NAME' || KEYWORDS.has(t.text)) p.fail();
  if (t.text === '_') p.errorAtToken(t, "cannot use '_' as a target");
  return p.fin({ _type: 'MatchAs', pattern: or, name: t.text }, start);
}

function orPattern(p: Parser): A.Pattern {
  const start = p.i;
  const first = closedPattern(p);
  if (!p.isOp('|')) return first;
  const alts = [first];
  while (p.eatOp('|')) alts.push(closedPattern(p));
  return p.fin({ _type: 'MatchOr', patterns: alts }, start);
}

function signedNumber(p: Parser): A.Expr {
  const start = p.i;
  const neg = p.eatOp('-');
  const t = p.next();
  if (t.kind !== 'NUMBER') p.fail();
  const c: A.Expr = p.finTok({ _type: 'Constant', value: numberValue(t.text), kind: null }, t);
  return neg ? p.fin({ _type: 'UnaryOp', op: { _type: 'USub' }, operand: c }, start) : c;
}

/** literal_expr of patterns and mapping keys: numbers (incl. complex), strings, or a dotted name. */
function literalOrValue(p: Parser): A.Expr | A.Pattern {
  const start = p.i;
  const t = p.peek();
  if (t.kind === 'NUMBER' || (t.kind === 'OP' && t.text === '-')) {
    const left = signedNumber(p);
    if (p.isOp('+') || p.isOp('-')) {
      const op = p.next().text === '+' ? 'Add' : 'Sub';
      const right = signedNumber(p);
      return p.fin({ _type: 'BinOp', left, op: { _type: op }, right }, start);
    }
    return left;
  }
  if (t.kind === 'STRING') {
    while (p.peek(1).kind === 'STRING') p.i++;
    p.i++;
    return concatStrings(p, start, p.i);
  }
  if (t.kind === 'NAME' && (t.text === 'None' || t.text === 'True' || t.text === 'False')) {
    p.i++;
    return p.finTok({ _type: 'MatchSingleton', value: t.text === 'None' ? null : t.text === 'True' }, t);
  }
  return p.fail();
}

function closedPattern(p: Parser): A.Pattern {
  const start = p.i;
  const t = p.peek();
  if (t.kind === 'NAME' && !KEYWORDS.has(t.text)) {
    p.i++;
    let e: A.Expr = p.finTok({ _type: 'Name', id: t.text, ctx: LOAD }, t);
    while (p.eatOp('.')) {
      const n = p.next();
      if (n.kind !== 'NAME') p.fail();
      e = p.fin({ _type: 'Attribute', value: e, attr: n.text, ctx: LOAD }, start);
    }
    if (p.isOp('(')) return classPattern(p, start, e);
    if (e._type === 'Name') return p.finTok({ _type: 'MatchAs', pattern: null, name: t.text === '_' ? null : t.text }, t);
    return p.fin({ _type: 'MatchValue', value: e }, start);
  }
  if (t.kind === 'OP' && (t.text === '(' || t.text === '[')) {
    const close = t.text === '(' ? ')' : ']';
    p.i++;
    if (p.eatOp(close)) return p.fin({ _type: 'MatchSequence', patterns: [] }, start);
    const first = maybeStarPattern(p);
    if (t.text === '(' && p.eatOp(')')) {
      if (first._type === 'MatchStar') return p.fin({ _type: 'MatchSequence', patterns: [first] }, start);
      return first;
    }
    const items = [first];
    while (p.eatOp(',')) {
      if (p.isOp(close)) break;
      items.push(maybeStarPattern(p));
    }
    p.expectOp(close);
    return p.fin({ _type: 'MatchSequence', patterns: items }, start);
  }
  if (t.kind === 'OP' && t.text === '{') return mappingPattern(p);
  const lit = literalOrValue(p);
  if (lit._type === 'MatchSingleton') return lit;
  return p.fin({ _type: 'MatchValue', value: lit as A.Expr }, start);
}

function mappingPattern(p: Parser): A.Pattern {
  const start = p.i++;
  const keys: A.Expr[] = [];
  const values: A.Pattern[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.eatOp('**')) {
      rest = p.next().text;
      p.eatOp(',');
      break;
    }
    const ks = p.i;
    const t = p.peek();
    let key: A.Expr;
    if (t.kind === 'NAME' && !KEYWORDS.has(t.text)) {
      p.i++;
      // Keys are literals or dotted names, never a bare name.
      if (!p.isOp('.')) p.fail();
      key = p.finTok({ _type: 'Name', id: t.text, ctx: LOAD }, t);
      while (p.eatOp('.')) key = p.fin({ _type: 'Attribute', value: key, attr: p.next().text, ctx: LOAD }, ks);
    } else {
      const lit = literalOrValue(p);
      key = lit._type === 'MatchSingleton' ? p.finTok({ _type: 'Constant', value: lit.value, kind: null }, t) : (lit as A.Expr);
    }
    p.expectOp(':');
    keys.push(key);
    values.push(pattern(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return p.fin({ _type: 'MatchMapping', keys, patterns: values, rest }, start);
}

function classPattern(p: Parser, start: number, cls: A.Expr): A.Pattern {
  p.i++;
  const positional: A.Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: A.Pattern[] = [];
  while (!p.isOp(')')) {
    const t = p.peek();
    if (t.kind === 'NAME' && !KEYWORDS.has(t.text) && p.isOp('=', 1)) {
      p.i += 2;
      kwdAttrs.push(t.text);
      kwdPatterns.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwdAttrs.length > 0) p.errorAtNode(pat, 'positional patterns follow keyword patterns');
      positional.push(pat);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return p.fin({ _type: 'MatchClass', cls, patterns: positional, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns }, start);
}
