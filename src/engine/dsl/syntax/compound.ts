// Compound statements: if / while / for / try / with / def / class, their async forms and
// decorators. Each colon follows CPython's rules for "expected ':'" (forced or before NEWLINE).

import type * as A from '../ast';
import { expression, expressions, namedExpression, starExpressions } from './expressions';
import { matchStatement } from './match';
import { parameters } from './parameters';
import type { Parser } from './parser-state';
import { callArguments } from './primary';
import { nameText } from './simple-statements';
import { block, spanTo } from './statements';
import { starTarget, starTargets } from './targets';

/** The ':' before a block: "expected ':'" when forced or when the line ends instead. */
function colon(p: Parser, forced = false): void {
  if (p.eatOp(':')) return;
  const t = p.peek();
  if (forced || t.kind === 'NEWLINE') p.errorAtToken(t, "expected ':'");
  p.fail();
}

export function compoundStatement(p: Parser, soft = false): A.Stmt {
  const t = p.peek();
  if (t.kind === 'OP' && t.text === '@') return decorated(p);
  switch (t.text) {
    case 'if': return ifStatement(p, 'if');
    case 'while': return whileStatement(p);
    case 'for': return forStatement(p, p.i, false);
    case 'try': return tryStatement(p);
    case 'with': return withStatement(p, p.i, false);
    case 'def': return functionDef(p, p.i, false, []);
    case 'class': return classDef(p, []);
    case 'async': {
      const start = p.i++;
      if (p.isKw('def')) return functionDef(p, start, true, []);
      if (p.isKw('for')) return forStatement(p, start, true);
      if (p.isKw('with')) return withStatement(p, start, true);
      return p.fail();
    }
    case 'match': {
      const m = matchStatement(p);
      if (m) return m;
      break;
    }
  }
  if (!soft) p.fail();
  return null as unknown as A.Stmt;
}

function ifStatement(p: Parser, kw: 'if' | 'elif'): A.If {
  const start = p.i++;
  const headerLine = p.toks[start].line;
  const test = namedExpression(p);
  colon(p);
  const body = block(p, `'${kw}' statement`, headerLine);
  let orelse: A.Stmt[] = [];
  if (p.isKw('elif')) orelse = [ifStatement(p, 'elif')];
  else if (p.isKw('else')) orelse = elseBlock(p);
  const s = p.toks[start];
  return spanTo({ _type: 'If', test, body, orelse }, s, orelse.length ? orelse : body);
}

function elseBlock(p: Parser): A.Stmt[] {
  const line = p.next().line;
  colon(p, true);
  return block(p, "'else' statement", line);
}

function whileStatement(p: Parser): A.While {
  const start = p.i++;
  const headerLine = p.toks[start].line;
  const test = namedExpression(p);
  colon(p);
  const body = block(p, "'while' statement", headerLine);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  const s = p.toks[start];
  return spanTo({ _type: 'While', test, body, orelse }, s, orelse.length ? orelse : body);
}

function forStatement(p: Parser, start: number, isAsync: boolean): A.For | A.AsyncFor {
  const forTok = p.next();
  const target = starTargets(p, 'for');
  p.expectKw('in');
  const iter = starExpressions(p);
  colon(p);
  const body = block(p, "'for' statement", forTok.line);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  const s = p.toks[start];
  const last = orelse.length ? orelse : body;
  return isAsync
    ? spanTo({ _type: 'AsyncFor', target, iter, body, orelse, type_comment: null }, s, last)
    : spanTo({ _type: 'For', target, iter, body, orelse, type_comment: null }, s, last);
}

function withItem(p: Parser): A.WithItem {
  const context_expr = expression(p);
  const optional_vars = p.eatKw('as') ? starTarget(p) : null;
  return { _type: 'withitem', context_expr, optional_vars };
}

function withStatement(p: Parser, start: number, isAsync: boolean): A.With | A.AsyncWith {
  const withTok = p.next();
  let items: A.WithItem[] | null = null;
  if (p.isOp('(')) {
    // `with (a as b, c):` — else the '(' opens an ordinary expression such as a tuple.
    const save = p.i;
    try {
      p.i++;
      const list: A.WithItem[] = [];
      while (!p.isOp(')')) {
        list.push(withItem(p));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(')');
      if (!p.isOp(':')) throw new Error('not a parenthesized with');
      items = list;
    } catch {
      p.i = save;
    }
  }
  if (items === null) {
    items = [withItem(p)];
    while (p.eatOp(',')) items.push(withItem(p));
  }
  colon(p);
  const body = block(p, "'with' statement", withTok.line);
  const s = p.toks[start];
  return isAsync
    ? spanTo({ _type: 'AsyncWith', items, body, type_comment: null }, s, body)
    : spanTo({ _type: 'With', items, body, type_comment: null }, s, body);
}

function tryStatement(p: Parser): A.Try | A.TryStar {
  const start = p.i++;
  const tryLine = p.toks[start].line;
  colon(p, true);
  const body = block(p, "'try' statement", tryLine);
  const handlers: A.ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.isKw('except')) {
    const hs = p.i++;
    const isStar = p.eatOp('*');
    if (star !== null && star !== isStar) p.errorAtNode(p.loc(hs), "cannot have both 'except' and 'except*' on the same 'try'");
    star = isStar;
    let type: A.Expr | null = null;
    let name: string | null = null;
    if (p.peek().kind === 'NEWLINE') p.errorAtToken(p.peek(), "expected ':'");
    if (!p.isOp(':')) {
      const ts = p.i;
      type = expression(p);
      if (p.eatOp(',')) {
        expressions(p);
        p.error('SyntaxError', 'multiple exception types must be parenthesized', p.toks[ts].line, p.toks[ts].col + 1, p.toks[p.i - 1].endLine, p.toks[p.i - 1].endCol + 1);
      }
      if (p.eatKw('as')) name = nameText(p);
    }
    colon(p);
    const hbody = block(p, isStar ? "'except*' statement" : "'except' statement", p.toks[hs].line);
    const h = p.toks[hs];
    handlers.push(spanTo({ _type: 'ExceptHandler', type, name, body: hbody }, h, hbody));
  }
  const orelse = handlers.length > 0 && p.isKw('else') ? elseBlock(p) : [];
  let finalbody: A.Stmt[] = [];
  if (p.isKw('finally')) {
    const line = p.next().line;
    colon(p, true);
    finalbody = block(p, "'finally' statement", line);
  }
  if (handlers.length === 0 && finalbody.length === 0) p.errorAtLast("expected 'except' or 'finally' block");
  const s = p.toks[start];
  const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers[handlers.length - 1].body : body;
  return star
    ? spanTo({ _type: 'TryStar', body, handlers, orelse, finalbody }, s, last)
    : spanTo({ _type: 'Try', body, handlers, orelse, finalbody }, s, last);
}

function decorated(p: Parser): A.Stmt {
  const decorators: A.Expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(namedExpression(p));
    if (p.peek().kind !== 'NEWLINE') p.fail();
    p.i++;
  }
  if (p.isKw('def')) return functionDef(p, p.i, false, decorators);
  if (p.isKw('async') && p.isKw('def', 1)) return functionDef(p, p.i++, true, decorators);
  if (p.isKw('class')) return classDef(p, decorators);
  return p.fail();
}

function functionDef(p: Parser, start: number, isAsync: boolean, decorator_list: A.Expr[]): A.FunctionDef | A.AsyncFunctionDef {
  const defTok = p.next();
  const name = nameText(p);
  p.forceOp('(');
  const args = parameters(p, ')', true);
  p.expectOp(')');
  let returns: A.Expr | null = null;
  if (p.isOp('->')) {
    const arrow = p.i++;
    try {
      returns = expression(p);
    } catch (e) {
      // The annotation is optional before a forced ':', so CPython reports "expected ':'" at '->'.
      if (!p.isSoft(e)) throw e;
      p.i = arrow;
    }
  }
  colon(p, true);
  const body = block(p, 'function definition', defTok.line);
  const s = p.toks[start];
  return isAsync
    ? spanTo({ _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment: null }, s, body)
    : spanTo({ _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null }, s, body);
}

function classDef(p: Parser, decorator_list: A.Expr[]): A.ClassDef {
  const start = p.i++;
  const name = nameText(p);
  let bases: A.Expr[] = [];
  let keywords: A.Keyword[] = [];
  if (p.isOp('(')) {
    const open = p.i++;
    ({ args: bases, keywords } = callArguments(p, open, false));
  }
  colon(p);
  const body = block(p, 'class definition', p.toks[start].line);
  const s = p.toks[start];
  return spanTo({ _type: 'ClassDef', name, bases, keywords, body, decorator_list }, s, body);
}
