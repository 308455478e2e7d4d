/** Statements → JS statements. `$ln` tracks the current line for tracebacks. */
import type * as A from '../ast';
import type { FnCtx } from './context';
import { FnCtx as Ctx, Anchor } from './context';
import { expr, cond, OPNAME, at } from './expr';
import { assignTo, deleteTarget } from './assign';
import { compileFunction } from './function';
import { iterable } from './iterable';
import { storeName, unbindName } from './names';
import { assertNever } from '../../util/assert-never';

/**
 * Every statement starts a JS line of its own, so that a JS stack trace's line maps back to the
 * statement running (runtime/call-site.ts, for Spark's job call sites); no runtime cost.
 */
export function block(ctx: FnCtx, body: A.Stmt[]): string {
  return body.map((s) => `\n${stmt(ctx, s)}`).join('');
}

function loop(ctx: FnCtx, hasElse: boolean, emit: (flag: string | null) => string): string {
  const flag = hasElse ? ctx.temp() : null;
  ctx.loops.push({ brokeFlag: flag });
  try {
    return emit(flag);
  } finally {
    ctx.loops.pop();
  }
}

const POLL = 'if (++$S.tick > 1023) $poll();';

function augAssign(ctx: FnCtx, s: A.AugAssign): string {
  const op = `$i${OPNAME[s.op._type]}`;
  const v = expr(ctx, s.value);
  const t = s.target;
  // CPython places the operator at the whole statement and the target's load/store at the target.
  const ps = at(ctx, s);
  const pt = at(ctx, t);
  if (t._type === 'Name') {
    const cur = expr(ctx, t);
    return storeName(ctx, t.id, `${op}(${cur}, ${v}, ${ps})`);
  }
  if (t._type === 'Attribute') {
    const o = ctx.temp();
    const name = JSON.stringify(t.attr);
    return `${o} = ${expr(ctx, t.value)}; $setattr(${o}, ${name}, ${op}($getattr(${o}, ${name}, ${pt}), ${v}, ${ps}), ${pt});`;
  }
  if (t._type === 'Subscript') {
    const o = ctx.temp();
    const k = ctx.temp();
    const pl = `$ln = ${ctx.unit.pos(t, Anchor.Subscript, t.value.end_col_offset, t.slice.end_col_offset)}`;
    return `${o} = ${expr(ctx, t.value)}; ${k} = ${expr(ctx, t.slice)}; $setitem(${o}, ${k}, ${op}($getitem(${o}, ${k}, ${pl}), ${v}, ${ps}), ${pl});`;
  }
  return `$unsupported("augmented assignment to ${t._type}");`;
}

function tryStmt(ctx: FnCtx, s: A.Try): string {
  let out: string;
  if (s.handlers.length) {
    const e = ctx.temp();
    const ok = s.orelse.length ? ctx.temp() : null;
    let chain = '';
    for (const h of s.handlers) {
      const test = h.type ? `$excMatch(${e}, ${expr(ctx, h.type)})` : 'true';
      ctx.handling.push(e);
      const bind = h.name ? storeName(ctx, h.name, e) : '';
      const unbind = h.name ? unbindName(ctx, h.name) : '';
      const body = `${bind} $S.exc.push(${e}); try { ${block(ctx, h.body)} } catch ($h) { throw $chain($h, ${e}); } finally { $S.exc.pop(); ${unbind} }`;
      ctx.handling.pop();
      chain += `${chain ? ' else ' : ''}if (${test}) { ${body} }`;
    }
    chain += ` else throw ${e};`;
    out = `${ok ? `${ok} = false; ` : ''}try { ${block(ctx, s.body)}${ok ? ` ${ok} = true;` : ''} } catch ($c) { ${e} = $tbHere($c, ${ctx.codeRef}, $ln); ${chain} }`;
    if (ok) out += ` if (${ok}) { ${block(ctx, s.orelse)} }`;
  } else {
    out = `${block(ctx, s.body)} ${block(ctx, s.orelse)}`;
  }
  if (s.finalbody.length) {
    // An exception passing through finally is the context of any exception raised there.
    const fx = ctx.temp();
    out = `${fx} = null; try { ${out} } catch ($c) { ${fx} = $tbHere($c, ${ctx.codeRef}, $ln); throw ${fx}; } finally { if (${fx}) $S.exc.push(${fx}); try { ${block(ctx, s.finalbody)} } finally { if (${fx}) $S.exc.pop(); } }`;
  }
  return out;
}

function withStmt(ctx: FnCtx, s: A.With): string {
  let inner = block(ctx, s.body);
  for (let i = s.items.length - 1; i >= 0; i--) {
    const item = s.items[i]!;
    const m = ctx.temp();
    const exit = ctx.temp();
    const ok = ctx.temp();
    const enter = `$cm0(${m}, "__enter__")`;
    const bind = item.optional_vars ? assignTo(ctx, item.optional_vars, enter) : `${enter};`;
    inner = `${m} = ${expr(ctx, item.context_expr)}; ${exit} = $exitOf(${m}); ${bind} ${ok} = true; try { ${inner} } catch ($c) { ${ok} = false; const $x = $wrap($c); if (!$truthy($call(${exit}, [$x.$cls, $x, null]))) throw $x; } finally { if (${ok}) $call(${exit}, [null, null, null]); }`;
  }
  return inner;
}

/**
 * Records `name: T` in the enclosing class's or module's `__annotations__`, as CPython does; a
 * function body never evaluates its local annotations, and a non-name target only evaluates it.
 */
function annotate(ctx: FnCtx, s: A.AnnAssign): string {
  if (ctx.scope.kind !== 'class' && ctx.scope.kind !== 'module') return '';
  const ann = expr(ctx, s.annotation);
  if (!s.simple || s.target._type !== 'Name') return `${ann};`;
  const key = JSON.stringify(s.target.id);
  if (ctx.classNs) return `$setitem(${ctx.classNs}.get("__annotations__"), ${key}, ${ann});`;
  return `if (!(G.get("__annotations__") instanceof $PyDict)) G.set("__annotations__", new $PyDict()); $setitem(G.get("__annotations__"), ${key}, ${ann});`;
}

/** Whether a class body annotates a name anywhere outside nested functions and classes (CPython then sets up __annotations__ first). */
function hasAnnotations(body: readonly A.Stmt[]): boolean {
  return body.some((st) => {
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'If':
      case 'For':
      case 'AsyncFor':
      case 'While':
        return hasAnnotations(st.body) || hasAnnotations(st.orelse);
      case 'With':
      case 'AsyncWith':
        return hasAnnotations(st.body);
      case 'Try':
      case 'TryStar':
        return hasAnnotations(st.body) || hasAnnotations(st.orelse) || hasAnnotations(st.finalbody) || st.handlers.some((h) => hasAnnotations(h.body));
      case 'Match':
        return st.cases.some((c) => hasAnnotations(c.body));
      default:
        return false;
    }
  });
}

function classDef(ctx: FnCtx, s: A.ClassDef): string {
  const scope = ctx.scope.children.get(s)!;
  const qual = ctx.scope.kind === 'module' ? s.name : ctx.scope.kind === 'class' ? `${ctx.qualname}.${s.name}` : `${ctx.qualname}.<locals>.${s.name}`;
  const ns = ctx.unit.uid('$ns');
  const clsVar = ctx.unit.uid('$cls');
  const inner = new Ctx(ctx.unit, scope, qual, ctx.codeRef, ctx);
  inner.classNs = ns;
  inner.superClass = clsVar;
  const body = block(inner, s.body);
  ctx.temps.push(...inner.temps);
  const bases = `[${s.bases.map((b) => (b._type === 'Starred' ? `...$toArray(${expr(ctx, b.value)})` : expr(ctx, b))).join(', ')}]`;
  const kw = s.keywords.filter((k) => k.arg && k.arg !== 'metaclass');
  const kwText = kw.length ? `{${kw.map((k) => `${JSON.stringify(k.arg)}: ${expr(ctx, k.value)}`).join(', ')}}` : 'null';
  let value = clsVar;
  for (let i = s.decorator_list.length - 1; i >= 0; i--) value = `$call1(${expr(ctx, s.decorator_list[i]!)}, ${value})`;
  const doc = s.body[0]?._type === 'Expr' && s.body[0].value._type === 'Constant' && typeof s.body[0].value.value === 'string' ? `${ns}.set("__doc__", ${JSON.stringify(s.body[0].value.value)});` : '';
  const nsInit = `const ${ns} = new Map([["__module__", $modname], ["__qualname__", ${JSON.stringify(qual)}]${hasAnnotations(s.body) ? ', ["__annotations__", new $PyDict()]' : ''}]);`;
  const meta = s.keywords.find((k) => k.arg === 'metaclass');
  if (meta || s.bases.length) {
    // Bases and keywords are evaluated before the body, as CPython does; a metaclass (explicit or a
    // base's) gets the class built by calling it, else the plain path runs.
    const [b, k, m] = [ctx.temp(), ctx.temp(), ctx.temp()];
    const pre = `${b} = ${bases}; ${k} = ${kwText}; ${m} = ${meta ? expr(ctx, meta.value) : 'undefined'};`;
    const kwObj = `(${k} ? new $Kw(Object.keys(${k}), Object.values(${k})) : null)`;
    const build = `${clsVar} = $builtin("__build_class__", G)(${JSON.stringify(s.name)}, ${b}, ${ns}, ${kwObj}, ${m}); if (${clsVar} === undefined) ${clsVar} = $mkclass(${JSON.stringify(s.name)}, ${b}, ${ns}, ${JSON.stringify(qual)}, ${k});`;
    return `let ${clsVar}; ${pre} ${nsInit} ${doc} ${body} ${build} ${storeName(ctx, s.name, value)}`;
  }
  return `let ${clsVar}; ${nsInit} ${doc} ${body} ${clsVar} = $mkclass(${JSON.stringify(s.name)}, ${bases}, ${ns}, ${JSON.stringify(qual)}, ${kwText}); ${storeName(ctx, s.name, value)}`;
}

function importStmt(ctx: FnCtx, s: A.Import): string {
  return s.names
    .map((a) => {
      if (a.asname) return storeName(ctx, a.asname, `$import(${JSON.stringify(a.name)}, true)`);
      return storeName(ctx, a.name.split('.')[0]!, `$import(${JSON.stringify(a.name)}, false)`);
    })
    .join(' ');
}

function importFrom(ctx: FnCtx, s: A.ImportFrom): string {
  const modName = `${'.'.repeat(s.level)}${s.module ?? ''}`;
  const m = ctx.temp();
  let out = `${m} = $import(${JSON.stringify(modName)}, true);`;
  for (const a of s.names) {
    if (a.name === '*') out += ` $importStar(${m}, G);`;
    else out += ` ${storeName(ctx, a.asname ?? a.name, `$importFrom(${m}, ${JSON.stringify(a.name)})`)}`;
  }
  return out;
}

export function stmt(ctx: FnCtx, s: A.Stmt): string {
  const sp = ctx.unit.pos(s);
  ctx.unit.markStmt(sp, ctx.codeRef);
  const ln = `$ln = ${sp};`;
  switch (s._type) {
    case 'Expr':
      return `${ln} ${expr(ctx, s.value)};`;
    case 'Assign': {
      if (s.targets.length === 1) return `${ln} ${assignTo(ctx, s.targets[0]!, expr(ctx, s.value))}`;
      const t = ctx.temp();
      return `${ln} ${t} = ${expr(ctx, s.value)}; ${s.targets.map((x) => assignTo(ctx, x, t)).join(' ')}`;
    }
    case 'AugAssign':
      return `${ln} ${augAssign(ctx, s)}`;
    case 'AnnAssign':
      return `${ln} ${s.value ? assignTo(ctx, s.target, expr(ctx, s.value)) : ''} ${annotate(ctx, s)}`;
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return '';
    case 'If': {
      const orelse = s.orelse.length ? ` else { ${block(ctx, s.orelse)} }` : '';
      return `${ln} if (${cond(ctx, s.test)}) { ${block(ctx, s.body)} }${orelse}`;
    }
    case 'While':
      return loop(ctx, s.orelse.length > 0, (flag) => {
        const head = `${flag ? `${flag} = false; ` : ''}while (${ln.slice(0, -1)}, ${cond(ctx, s.test)}) { ${POLL} ${block(ctx, s.body)} }`;
        return flag ? `${head} if (!${flag}) { ${block(ctx, s.orelse)} }` : head;
      });
    case 'For':
      return loop(ctx, s.orelse.length > 0, (flag) => {
        const it = ctx.unit.uid('$it');
        const v = ctx.unit.uid('$v');
        // The loop's own steps (next() on the iterator) are positioned at the for statement, as in CPython.
        const next = `(${ln.slice(0, -1)}, ${it}.nx())`;
        let loopText = `for (let ${v} = ${next}; ${v} !== $STOP; ${v} = ${next}) { ${POLL} ${assignTo(ctx, s.target, v)} ${block(ctx, s.body)} }`;
        if (s.iter._type === 'Call' || s.iter._type === 'GeneratorExp') {
          // The loop holds the only reference to a generator it created: leaving early frees it.
          const fresh = ctx.unit.uid('$fr');
          loopText = `const ${fresh} = $isFreshGen(${it}); try { ${loopText} } finally { $closeIfAbandoned(${it}, ${fresh}); }`;
        }
        const head = `${ln} ${flag ? `${flag} = false; ` : ''}const ${it} = $iter(${iterable(ctx, s.iter)}, ${ln.slice(0, -1)}); ${loopText}`;
        return `{ ${flag ? `${head} if (!${flag}) { ${block(ctx, s.orelse)} }` : head} }`;
      });
    case 'Break': {
      const l = ctx.loops[ctx.loops.length - 1];
      return l?.brokeFlag ? `${l.brokeFlag} = true; break;` : 'break;';
    }
    case 'Continue':
      return 'continue;';
    case 'Return':
      return `${ln} return ${s.value ? expr(ctx, s.value) : 'null'};`;
    case 'FunctionDef': {
      let value = compileFunction(ctx, s, s.name);
      for (let i = s.decorator_list.length - 1; i >= 0; i--) value = `$call1(${expr(ctx, s.decorator_list[i]!)}, ${value})`;
      const decoPos = ctx.unit.pos(s.decorator_list.length ? s.decorator_list[0]! : s);
      ctx.unit.markStmt(decoPos, ctx.codeRef);
      return `$ln = ${decoPos}; ${storeName(ctx, s.name, value)}`;
    }
    case 'AsyncFunctionDef':
      return `${ln} $unsupported("async def");`;
    case 'ClassDef':
      return `${ln} ${classDef(ctx, s)}`;
    case 'Delete':
      return `${ln} ${s.targets.map((t) => deleteTarget(ctx, t)).join(' ')}`;
    case 'Raise': {
      if (!s.exc) return `${ln} throw $reraise();`;
      return `${ln} throw $raise(${expr(ctx, s.exc)}, ${s.cause ? expr(ctx, s.cause) : 'undefined'}, ${ln.slice(0, -1)});`;
    }
    case 'Try':
      return `${ln} ${tryStmt(ctx, s)}`;
    case 'TryStar':
      return `${ln} $unsupported("except*");`;
    case 'With':
      return `${ln} ${withStmt(ctx, s)}`;
    case 'AsyncWith':
    case 'AsyncFor':
      return `${ln} $unsupported("async");`;
    case 'Assert': {
      const msg = s.msg ? `, ${expr(ctx, s.msg)}` : '';
      return `${ln} if (!${cond(ctx, s.test)}) throw $raise($assertion(${msg.slice(2) || ''}), undefined, ${at(ctx, s.test)});`;
    }
    case 'Import':
      return `${ln} ${importStmt(ctx, s)}`;
    case 'ImportFrom':
      return `${ln} ${importFrom(ctx, s)}`;
    case 'Match':
      return `${ln} $unsupported("match statements");`;
    default:
      return assertNever(s, 'statement');
  }
}
