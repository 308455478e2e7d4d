// CPython's error rules on expressions (its second-pass `invalid_*` rules). They fire only where a
// parse would fail anyway, so raising them eagerly changes no successful parse.

import type * as A from '../ast';
import { PySyntaxError } from './errors';
import { bitwiseOr, expression, startsExpression, starExpressions } from './expressions';
import { exprName, type Parser } from './parser-state';

const SOFT_KEYWORDS = new Set(['match', 'case', '_']);

/**
 * CPython's invalid_legacy_expression (`print x`) and invalid_expression ("Perhaps you forgot a
 * comma?" inside brackets). Both need a second expression right after the first, which no valid
 * program has, so raising here changes no successful parse.
 */
export function checkMissingComma(p: Parser, start: number, a: A.Expr): void {
  if (p.noInvalid || !startsExpression(p.peek())) return;
  const first = p.toks[start];
  const legacy = a._type === 'Name' && (a.id === 'print' || a.id === 'exec') && p.i === start + 1;
  if (!legacy && first.kind === 'NAME' && (p.toks[start + 1].kind === 'STRING' || SOFT_KEYWORDS.has(first.text))) return;
  const save = p.i;
  const b = tryWithoutInvalid(p, () => (legacy ? starExpressions(p) : expression(p)));
  if (b === null) return;
  if (legacy && a._type === 'Name') p.errorAtNode(a, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, b);
  if (p.toks[p.i - 1].level > 0) p.errorAtNode(a, 'invalid syntax. Perhaps you forgot a comma?', b);
  p.i = save;
}

/** Runs `parse` with specific errors off; on failure restores the cursor and returns null. */
export function tryWithoutInvalid<T>(p: Parser, parse: () => T): T | null {
  const save = p.i;
  const saveNoInvalid = p.noInvalid;
  // "invalid syntax" points at the furthest token of a parse without these rules, as CPython's
  // first pass does.
  const saveFurthest = p.furthest;
  p.noInvalid = true;
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e === p.lexError) throw e;
    p.i = save;
    return null;
  } finally {
    p.noInvalid = saveNoInvalid;
    p.furthest = saveFurthest;
  }
}

function isOpQuiet(p: Parser, text: string): boolean {
  const t = p.toks[Math.min(p.i, p.toks.length - 1)];
  return t.kind === 'OP' && t.text === text;
}

/** CPython's invalid_named_expression: `if x = 1:` and `if f() = 1:`. */
export function checkAssignInNamed(p: Parser, start: number, e: A.Expr): void {
  if (p.noInvalid || !p.isOp('=')) return;
  const save = p.i;
  const t = p.toks[start];
  const isName = e._type === 'Name' && p.i === start + 1;
  if (!isName) {
    if (NOT_BITWISE.has(e._type) || (e._type === 'UnaryOp' && e.op._type === 'Not')) return;
    if (t.kind === 'NAME' && (t.text === 'True' || t.text === 'None' || t.text === 'False')) return;
    if (t.kind === 'OP' && (t.text === '[' || (t.text === '(' && (e._type === 'Tuple' || e._type === 'GeneratorExp') && e.col_offset === t.col))) return;
  }
  p.i++;
  const b = tryWithoutInvalid(p, () => bitwiseOr(p));
  if (b !== null && !isOpQuiet(p, '=') && !isOpQuiet(p, ':=')) {
    if (isName) p.errorAtNode(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
    p.errorAtNode(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
  }
  p.i = save;
}
const NOT_BITWISE = new Set(['Compare', 'BoolOp', 'IfExp', 'Lambda', 'Starred', 'NamedExpr', 'Yield', 'YieldFrom']);
