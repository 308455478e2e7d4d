/** Expressions → JS expressions. Every result is a Python value. */
import type * as A from '../ast';
import type { FnCtx } from './context';
import { Anchor } from './context';
import { loadName, storeName, resolve } from './names';
import { jsName } from './context';

const INTROSPECT = new Set(['globals', 'locals', 'eval', 'exec', 'vars']);

function isGlobalName(ctx: FnCtx, name: string): boolean {
  const r = resolve(ctx, name);
  return r.kind === 'global' || (r.kind === 'classns' && r.outer.kind === 'global');
}

/** Python names that are JS locals of the function being compiled (for locals()). */
function localNames(ctx: FnCtx): string[] {
  const sc = ctx.scope.kind === 'comprehension' ? ctx.scope.owner : ctx.scope;
  return [...sc.bound].filter((n) => sc.isLocal(n));
}
import { compileLambda } from './function';
import { compileComprehension } from './comprehension';
import { assignTo } from './assign';
import { assertNever } from '../../util/assert-never';

const BINOPS: Record<A.OperatorName, string> = {
  Add: '$add', Sub: '$sub', Mult: '$mul', Div: '$truediv', FloorDiv: '$floordiv', Mod: '$mod',
  Pow: '$pow', LShift: '$bin("lshift",', RShift: '$bin("rshift",', BitOr: '$bitor',
  BitXor: '$bitxor', BitAnd: '$bitand', MatMult: '$bin("matmul",',
};

export const OPNAME: Record<A.OperatorName, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'truediv', FloorDiv: 'floordiv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', MatMult: 'matmul',
};

/**
 * `$ln = <position>` for a node, passed as an extra trailing argument to the helper doing the
 * node's operation: JS evaluates it after the operands, so a traceback shows the operation that
 * failed (CPython 3.11's caret lines), not the last operand evaluated.
 */
export function at(ctx: FnCtx, n: A.Pos): string {
  return `$ln = ${ctx.unit.pos(n)}`;
}

function atNode(ctx: FnCtx, e: A.Expr): string {
  if (e._type === 'BinOp') return `$ln = ${ctx.unit.pos(e, Anchor.BinOp, e.left.end_col_offset, e.right.col_offset)}`;
  if (e._type === 'Subscript') return `$ln = ${ctx.unit.pos(e, Anchor.Subscript, e.value.end_col_offset, e.slice.end_col_offset)}`;
  return at(ctx, e);
}

function binop(op: A.OperatorName, a: string, b: string, pos: string): string {
  const f = BINOPS[op];
  return f.endsWith(',') ? `${f} ${a}, ${b}, ${pos})` : `${f}(${a}, ${b}, ${pos})`;
}

function cmp(op: A.CmpOpName, a: string, b: string, p: string): string {
  switch (op) {
    case 'Eq':
      return `$eqOp(${a}, ${b}, ${p})`;
    case 'NotEq':
      return `$neOp(${a}, ${b}, ${p})`;
    case 'Lt':
      return `$lt(${a}, ${b}, ${p})`;
    case 'LtE':
      return `$le(${a}, ${b}, ${p})`;
    case 'Gt':
      return `$gt(${a}, ${b}, ${p})`;
    case 'GtE':
      return `$ge(${a}, ${b}, ${p})`;
    case 'Is':
      return `$is(${a}, ${b})`;
    case 'IsNot':
      return `!$is(${a}, ${b})`;
    case 'In':
      return `$contains(${b}, ${a}, ${p})`;
    case 'NotIn':
      return `!$contains(${b}, ${a}, ${p})`;
    default:
      return assertNever(op, 'comparison');
  }
}

function constant(ctx: FnCtx, v: A.ConstantValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if ('int' in v) {
    const n = Number(v.int);
    return Number.isSafeInteger(n) ? (n < 0 ? `(${n})` : String(n)) : ctx.unit.konst('int', v.int);
  }
  if ('float' in v) {
    const f = v.float === 'inf' ? Infinity : v.float === 'nan' ? NaN : Number(v.float);
    if (Number.isInteger(f)) return ctx.unit.konst('float', v.float);
    if (f === Infinity) return 'Infinity';
    if (f !== f) return 'NaN';
    return String(f);
  }
  if ('bytes' in v) return ctx.unit.konst('bytes', v.bytes);
  if ('ellipsis' in v) return '$R.Ellipsis';
  // Raised where evaluated, so a program that never reaches the literal runs.
  return '$unsupported("complex numbers")';
}

/** Elements of a list/tuple/set display or call, with *starred expansion. */
export function elements(ctx: FnCtx, elts: A.Expr[]): string {
  return `[${elts.map((e) => (e._type === 'Starred' ? `...$toArray(${expr(ctx, e.value)})` : expr(ctx, e))).join(', ')}]`;
}

/** A Python truth test as a JS boolean expression. */
export function cond(ctx: FnCtx, e: A.Expr): string {
  if (e._type === 'UnaryOp' && e.op._type === 'Not') return `!${cond(ctx, e.operand)}`;
  if (e._type === 'BoolOp') {
    const j = e.op._type === 'And' ? ' && ' : ' || ';
    return `(${e.values.map((v) => cond(ctx, v)).join(j)})`;
  }
  if (e._type === 'Compare' && e.ops.length === 1) {
    const op = e.ops[0]!._type;
    if (op === 'Is' || op === 'IsNot' || op === 'In' || op === 'NotIn') return `(${expr(ctx, e)})`;
  }
  if (e._type === 'Constant' && typeof e.value === 'boolean') return String(e.value);
  return `$truthy(${expr(ctx, e)})`;
}

function call(ctx: FnCtx, e: A.Call): string {
  const simple = e.keywords.length === 0 && !e.args.some((a) => a._type === 'Starred');
  const f = e.func;
  if (f._type === 'Name' && f.id === 'super' && !e.args.length && ctx.superClass) {
    const self = ctx.firstParam ?? 'undefined';
    return `$super(${ctx.superClass}, ${self})`;
  }
  const argv = argList(ctx, e);
  const p = at(ctx, e);
  if (f._type === 'Name' && INTROSPECT.has(f.id) && isGlobalName(ctx, f.id)) {
    const locals = localNames(ctx).map((n) => `[${JSON.stringify(n)}, ${jsName(n)}]`).join(', ');
    const localsFn = ctx.scope.kind === 'module' ? '() => [...G]' : ctx.classNs ? `() => [...${ctx.classNs}]` : `() => [${locals}]`;
    return `$introspect(${JSON.stringify(f.id)}, ${loadName(ctx, f.id)}, $builtin(${JSON.stringify(f.id)}, G), G, ${localsFn}, ${argv})`;
  }
  if (f._type === 'Attribute') {
    const p = `$ln = ${ctx.unit.pos(e, Anchor.None, 0, 0, ctx.unit.pos(f))}`;
    const obj = expr(ctx, f.value);
    const name = JSON.stringify(f.attr);
    if (simple && e.args.length <= 2) return `$cm${e.args.length}(${[obj, name, ...e.args.map((a) => expr(ctx, a)), p].join(', ')})`;
    return `$callMethod(${obj}, ${name}, ${argv}, ${p})`;
  }
  const fn = expr(ctx, f);
  if (simple && e.args.length <= 3) return `$call${e.args.length}(${[fn, ...e.args.map((a) => expr(ctx, a)), p].join(', ')})`;
  return `$call(${fn}, ${argv}, ${p})`;
}

function argList(ctx: FnCtx, e: A.Call): string {
  const pos = elements(ctx, e.args);
  if (!e.keywords.length) return pos;
  const named = e.keywords.filter((k) => k.arg !== null);
  const spread = e.keywords.filter((k) => k.arg === null);
  const names = JSON.stringify(named.map((k) => k.arg));
  const vals = `[${named.map((k) => expr(ctx, k.value)).join(', ')}]`;
  if (!spread.length) return `[...${pos}, new $Kw(${names}, ${vals})]`;
  return `[...${pos}, $kwMerge(${names}, ${vals}, [${spread.map((k) => expr(ctx, k.value)).join(', ')}])]`;
}

function fstring(ctx: FnCtx, e: A.JoinedStr): string {
  if (!e.values.length) return '""';
  return `(${e.values.map((v) => (v._type === 'Constant' ? JSON.stringify(v.value) : formatted(ctx, v, at(ctx, e)))).join(' + ')})`;
}

function formatted(ctx: FnCtx, v: A.FormattedValue, p = at(ctx, v)): string {
  let val = expr(ctx, v.value);
  if (v.conversion === 115) val = `$str(${val})`;
  else if (v.conversion === 114) val = `$repr(${val})`;
  else if (v.conversion === 97) val = `$ascii(${val})`;
  const spec = v.format_spec ? fstring(ctx, v.format_spec) : '""';
  return `$fmt(${val}, ${spec}, ${p})`;
}

export function expr(ctx: FnCtx, e: A.Expr): string {
  switch (e._type) {
    case 'Constant':
      return constant(ctx, e.value);
    case 'Name':
      return loadName(ctx, e.id, at(ctx, e));
    case 'BinOp':
      return binop(e.op._type, expr(ctx, e.left), expr(ctx, e.right), atNode(ctx, e));
    case 'UnaryOp': {
      const x = expr(ctx, e.operand);
      switch (e.op._type) {
        case 'Not':
          return `!${cond(ctx, e.operand)}`;
        case 'USub':
          return `$neg(${x}, ${at(ctx, e)})`;
        case 'UAdd':
          return `$pos(${x}, ${at(ctx, e)})`;
        case 'Invert':
          return `$invert(${x}, ${at(ctx, e)})`;
        default:
          return assertNever(e.op, 'unary op');
      }
    }
    case 'BoolOp': {
      let out = expr(ctx, e.values[e.values.length - 1]!);
      for (let i = e.values.length - 2; i >= 0; i--) {
        const t = ctx.temp();
        const v = expr(ctx, e.values[i]!);
        out = e.op._type === 'And' ? `($truthy(${t} = ${v}) ? ${out} : ${t})` : `($truthy(${t} = ${v}) ? ${t} : ${out})`;
      }
      return out;
    }
    case 'Compare': {
      const p = at(ctx, e);
      if (e.ops.length === 1) return cmp(e.ops[0]!._type, expr(ctx, e.left), expr(ctx, e.comparators[0]!), p);
      const temps = e.comparators.map(() => ctx.temp());
      const r = ctx.temp();
      let left = expr(ctx, e.left);
      const parts: string[] = [];
      e.ops.forEach((op, i) => {
        const right = `(${temps[i]} = ${expr(ctx, e.comparators[i]!)})`;
        parts.push(`$truthy(${r} = ${cmp(op._type, left, right, p)})`);
        left = temps[i]!;
      });
      return `(${parts.join(' && ')}, ${r})`;
    }
    case 'Call':
      return call(ctx, e);
    case 'Attribute':
      return `$getattr(${expr(ctx, e.value)}, ${JSON.stringify(e.attr)}, ${at(ctx, e)})`;
    case 'Subscript':
      return `$getitem(${expr(ctx, e.value)}, ${expr(ctx, e.slice)}, ${atNode(ctx, e)})`;
    case 'Slice':
      return `new $Slice(${e.lower ? expr(ctx, e.lower) : 'null'}, ${e.upper ? expr(ctx, e.upper) : 'null'}, ${e.step ? expr(ctx, e.step) : 'null'})`;
    case 'List':
      return elements(ctx, e.elts);
    case 'Tuple':
      return `$tuple(${elements(ctx, e.elts)})`;
    case 'Set':
      return `$mkset(${elements(ctx, e.elts)})`;
    case 'Dict': {
      const parts = e.keys.map((k, i) => (k === null ? `$DSPLAT, ${expr(ctx, e.values[i]!)}` : `${expr(ctx, k)}, ${expr(ctx, e.values[i]!)}`));
      return `$mkdict([${parts.join(', ')}])`;
    }
    case 'IfExp':
      return `(${cond(ctx, e.test)} ? ${expr(ctx, e.body)} : ${expr(ctx, e.orelse)})`;
    case 'Lambda':
      return compileLambda(ctx, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(ctx, e);
    case 'JoinedStr':
      return fstring(ctx, e);
    case 'FormattedValue':
      return formatted(ctx, e);
    case 'NamedExpr': {
      const t = ctx.temp();
      return `(${t} = ${expr(ctx, e.value)}, ${storeName(ctx, e.target.id, t).replace(/;$/, '')}, ${t})`;
    }
    case 'Yield':
      return `(yield ${e.value ? expr(ctx, e.value) : 'null'})`;
    case 'YieldFrom':
      return `(yield* $yieldFrom(${expr(ctx, e.value)}))`;
    case 'Await':
      return `$unsupported("await")`;
    case 'Starred':
      return `$unsupported("starred expression here")`;
    default:
      return assertNever(e, 'expression');
  }
}


export { assignTo };
