// Expressions by precedence, lowest first, as in CPython 3.11's grammar (expression → disjunction
// → ... → factor → power → await_primary → primary → atom). A node spans from its first token to
// its last, so a parenthesised operand moves its parent's start but not its own.

import type * as A from '../ast';
import { atom } from './atoms';
import { checkAssignInNamed, checkMissingComma } from './expression-errors';
import { exprName as exprNameOf, type Parser } from './parser-state';
import { lambdef } from './parameters';
import { primaryTrailers } from './primary';
import { KEYWORDS as KEYWORD_NAMES, type Token } from './tokens';

export const LOAD: A.ExprContext = { _type: 'Load' };

const BINARY_LEVELS: readonly (Readonly<Record<string, A.OperatorName>>)[] = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' },
];
const COMPARE_OPS: Readonly<Record<string, A.CmpOpName>> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
const EXPR_START_KEYWORDS = new Set(['None', 'True', 'False', 'lambda', 'not', 'await']);

/** Can `t` begin an expression (for CPython's "Perhaps you forgot a comma?" and print checks)? */
export function startsExpression(t: Token): boolean {
  switch (t.kind) {
    case 'NAME': return !KEYWORD_NAMES.has(t.text) || EXPR_START_KEYWORDS.has(t.text);
    case 'NUMBER': case 'STRING': return true;
    case 'OP': return t.text === '(' || t.text === '[' || t.text === '{' || t.text === '-' || t.text === '+' || t.text === '~' || t.text === '...';
    default: return false;
  }
}

/** named_expression: `NAME := expression` or an expression. */
export function namedExpression(p: Parser, checkAssign = true): A.Expr {
  const t = p.peek();
  // Keywords are no NAME tokens for CPython: never look past one (it moves error positions).
  if (t.kind === 'NAME' && !KEYWORD_NAMES.has(t.text) && p.isOp(':=', 1)) {
    const start = p.i;
    const target: A.Name = p.finTok({ _type: 'Name', id: t.text, ctx: { _type: 'Store' } }, t);
    p.i += 2;
    const value = expression(p);
    return p.fin({ _type: 'NamedExpr', target, value }, start);
  }
  const start = p.i;
  const e = expression(p);
  if (p.isOp(':=')) p.errorAtNode(e, `cannot use assignment expressions with ${exprNameOf(e)}`);
  if (checkAssign) checkAssignInNamed(p, start, e);
  return e;
}

export function expression(p: Parser): A.Expr {
  if (p.isKw('lambda')) return lambdef(p);
  const start = p.i;
  const d = disjunction(p);
  if (p.isKw('if')) {
    const ifAt = p.i++;
    try {
      const test = disjunction(p);
      if (!p.isKw('else')) {
        if (!p.isOp(':') && !p.noInvalid) p.errorAtNode(d, "expected 'else' after 'if' expression", test);
        p.fail();
      }
      p.i++;
      const orelse = expression(p);
      return p.fin({ _type: 'IfExp', test, body: d, orelse }, start);
    } catch (e) {
      // PEG: without a complete `if ... else ...`, the expression is just `d`.
      if (!p.isSoft(e)) throw e;
      p.i = ifAt;
      return d;
    }
  }
  checkMissingComma(p, start, d);
  return d;
}


/**
 * Parses the operand after the operator at token `opAt`. On a generic failure, returns null with
 * the cursor back on the operator: CPython's PEG parser then settles for the shorter expression,
 * which decides what its error rules see.
 */
function backtrackable(p: Parser, opAt: number, parse: (p: Parser) => A.Expr): A.Expr | null {
  try {
    return parse(p);
  } catch (e) {
    if (!p.isSoft(e)) throw e;
    p.i = opAt;
    return null;
  }
}

export function disjunction(p: Parser): A.Expr {
  const start = p.i;
  const first = conjunction(p);
  if (!p.isKw('or')) return first;
  const values = [first];
  while (p.isKw('or')) {
    const opAt = p.i++;
    const right = backtrackable(p, opAt, conjunction);
    if (right === null) break;
    values.push(right);
  }
  return values.length === 1 ? first : p.fin({ _type: 'BoolOp', op: { _type: 'Or' }, values }, start);
}

function conjunction(p: Parser): A.Expr {
  const start = p.i;
  const first = inversion(p);
  if (!p.isKw('and')) return first;
  const values = [first];
  while (p.isKw('and')) {
    const opAt = p.i++;
    const right = backtrackable(p, opAt, inversion);
    if (right === null) break;
    values.push(right);
  }
  return values.length === 1 ? first : p.fin({ _type: 'BoolOp', op: { _type: 'And' }, values }, start);
}

function inversion(p: Parser): A.Expr {
  if (p.isKw('not')) {
    const start = p.i++;
    const operand = inversion(p);
    return p.fin({ _type: 'UnaryOp', op: { _type: 'Not' }, operand }, start);
  }
  return comparison(p);
}

function compareOp(p: Parser): A.CmpOpName | null {
  const t = p.peek();
  if (t.kind === 'OP') return COMPARE_OPS[t.text] ?? null;
  if (t.kind !== 'NAME') return null;
  if (t.text === 'in') return 'In';
  if (t.text === 'is') return p.isKw('not', 1) ? 'IsNot' : 'Is';
  if (t.text === 'not' && p.isKw('in', 1)) return 'NotIn';
  return null;
}

function comparison(p: Parser): A.Expr {
  const start = p.i;
  const left = bitwiseOr(p);
  let op = compareOp(p);
  if (op === null) return left;
  const ops: A.CmpOp[] = [];
  const comparators: A.Expr[] = [];
  while (op !== null) {
    const opAt = p.i;
    p.i += op === 'IsNot' || op === 'NotIn' ? 2 : 1;
    const right = backtrackable(p, opAt, bitwiseOr);
    if (right === null) break;
    ops.push({ _type: op });
    comparators.push(right);
    op = compareOp(p);
  }
  return ops.length === 0 ? left : p.fin({ _type: 'Compare', left, ops, comparators }, start);
}

export function bitwiseOr(p: Parser): A.Expr {
  return binary(p, 0);
}

function binary(p: Parser, level: number): A.Expr {
  if (level === BINARY_LEVELS.length) return factor(p);
  const ops = BINARY_LEVELS[level];
  const start = p.i;
  let left = binary(p, level + 1);
  for (;;) {
    const t = p.peek();
    const op = t.kind === 'OP' ? ops[t.text] : undefined;
    if (op === undefined) return left;
    const opAt = p.i++;
    let right: A.Expr;
    try {
      right = binary(p, level + 1);
    } catch (e) {
      if (!p.isSoft(e)) throw e;
      p.i = opAt;
      return left;
    }
    left = p.fin({ _type: 'BinOp', left, op: { _type: op }, right }, start);
  }
}

const UNARY: Readonly<Record<string, A.UnaryOpName>> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

function factor(p: Parser): A.Expr {
  const t = p.peek();
  const op = t.kind === 'OP' ? UNARY[t.text] : undefined;
  if (op !== undefined) {
    const start = p.i++;
    const operand = factor(p);
    return p.fin({ _type: 'UnaryOp', op: { _type: op }, operand }, start);
  }
  return power(p);
}

function power(p: Parser): A.Expr {
  const start = p.i;
  const left = awaitPrimary(p);
  if (!p.isOp('**')) return left;
  const right = backtrackable(p, p.i++, factor);
  if (right === null) return left;
  return p.fin({ _type: 'BinOp', left, op: { _type: 'Pow' }, right }, start);
}

function awaitPrimary(p: Parser): A.Expr {
  if (p.isKw('await')) {
    const start = p.i++;
    const value = primary(p);
    return p.fin({ _type: 'Await', value }, start);
  }
  return primary(p);
}

export function primary(p: Parser): A.Expr {
  const start = p.i;
  return primaryTrailers(p, start, atom(p));
}

export function tokenPos(t: Token): A.Pos {
  return { lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
}

/** yield_expr: `yield from x`, `yield`, `yield a, *b`. */
export function yieldExpr(p: Parser): A.Expr {
  const start = p.i++;
  if (p.eatKw('from')) {
    const value = expression(p);
    return p.fin({ _type: 'YieldFrom', value }, start);
  }
  const value = startsStarExpression(p.peek()) ? starExpressions(p) : null;
  return p.fin({ _type: 'Yield', value }, start);
}

/** star_expression: `*bitwise_or` or an expression. */
export function starExpression(p: Parser): A.Expr {
  if (p.isOp('*')) {
    const start = p.i++;
    const value = bitwiseOr(p);
    return p.fin({ _type: 'Starred', value, ctx: LOAD }, start);
  }
  return expression(p);
}

/** star_named_expression: `*bitwise_or` or a named expression (list, set and tuple items). */
export function starNamedExpression(p: Parser): A.Expr {
  if (p.isOp('*')) return starExpression(p);
  return namedExpression(p);
}

/** Tokens that end a comma-separated expression list in statement position. */
export function endsExpressionList(t: Token): boolean {
  if (t.kind === 'NEWLINE' || t.kind === 'ENDMARKER') return true;
  if (t.kind !== 'OP') return false;
  return t.text === '=' || t.text === ')' || t.text === ']' || t.text === '}' || t.text === ':' || t.text === ';' ||
    (t.text.length >= 2 && t.text.endsWith('=') && t.text !== '==' && t.text !== '<=' && t.text !== '>=' && t.text !== '!=');
}

/** star_expressions: one star_expression, or a Tuple of them when commas follow. */
export function starExpressions(p: Parser): A.Expr {
  const start = p.i;
  const first = starExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsStarExpression(p.peek())) break;
    elts.push(starExpression(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

/** expressions: like star_expressions without `*` items (return-less contexts such as `assert`). */
export function expressions(p: Parser): A.Expr {
  const start = p.i;
  const first = expression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p.peek())) break;
    elts.push(expression(p));
  }
  return p.fin({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

export function startsStarExpression(t: Token): boolean {
  return startsExpression(t) || (t.kind === 'OP' && t.text === '*');
}
