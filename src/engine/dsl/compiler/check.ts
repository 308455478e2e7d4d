/**
 * CPython's compile-time SyntaxErrors that its grammar accepts: `break`/`continue` outside a
 * loop, `return`/`yield` outside a function, `yield` in a comprehension, duplicate parameters.
 * Run before code generation: left to the JS engine, they surface as JS SyntaxErrors (or, for a
 * module-level `return`, as no error at all).
 */
import type * as A from '../ast';
import { PySyntaxError } from '../syntax';
import { analyze } from './scope';
import type { Scope } from './scope';

type Where = 'module' | 'class' | 'function';

interface Ctx {
  readonly where: Where;
  readonly loop: boolean;
  /** The comprehension kind being walked ('list comprehension', ...), or null. */
  readonly comp: string | null;
  /** Function, lambda, class and comprehension nodes enclosing this point, outermost first. */
  readonly path: readonly A.Node[];
}

const COMP: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

class Checker {
  private scopes: Scope | null = null;
  constructor(
    private readonly mod: A.Module,
    private readonly filename: string,
    private readonly lines: readonly string[],
  ) {}

  /** `nonlocal x` needs an enclosing function that binds x (symbol tables built on demand). */
  private nonlocal(n: A.Nonlocal, c: Ctx): void {
    if (!c.path.length) this.fail('nonlocal declaration not allowed at module level', n);
    this.scopes ??= analyze(this.mod);
    const chain: Scope[] = [this.scopes];
    for (const node of c.path) {
      const sc = chain[chain.length - 1]!.children.get(node);
      if (!sc) return;
      chain.push(sc);
    }
    for (const name of n.names) {
      const found = chain.slice(1, -1).some((sc) => sc.kind === 'function' && !sc.globals.has(name) && (sc.bound.has(name) || sc.nonlocals.has(name)));
      if (!found) this.fail(`no binding for nonlocal '${name}' found`, n);
    }
  }

  fail(msg: string, at: A.Pos): never {
    const line = this.lines[at.lineno - 1];
    throw new PySyntaxError({
      type: 'SyntaxError',
      msg,
      filename: this.filename,
      lineno: at.lineno,
      offset: at.col_offset + 1,
      end_lineno: at.end_lineno,
      end_offset: at.end_col_offset + 1,
      text: line === undefined ? null : `${line}\n`,
    });
  }

  /** Walks any AST value; nodes that change the context are handled, the rest recurse. */
  visit(x: unknown, c: Ctx): void {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) this.visit(y, c);
      return;
    }
    const n = x as A.Node;
    switch (n._type) {
      case 'Break':
        if (!c.loop) this.fail("'break' outside loop", n);
        return;
      case 'Continue':
        if (!c.loop) this.fail("'continue' not properly in loop", n);
        return;
      case 'Return':
        if (c.where !== 'function') this.fail("'return' outside function", n);
        break;
      case 'Nonlocal':
        this.nonlocal(n, c);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (c.comp) this.fail(`'yield' inside ${c.comp}`, n);
        if (c.where !== 'function') this.fail("'yield' outside function", n);
        break;
      case 'For':
      case 'AsyncFor':
        this.visit([n.target, n.iter], c);
        this.visit(n.body, { ...c, loop: true });
        this.visit(n.orelse, c);
        return;
      case 'While':
        this.visit(n.test, c);
        this.visit(n.body, { ...c, loop: true });
        this.visit(n.orelse, c);
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'Lambda': {
        this.params(n.args);
        if (n._type !== 'Lambda') this.visit([n.decorator_list, n.returns], c);
        this.visit([n.args.defaults, n.args.kw_defaults], c);
        this.visit(n.body, { where: 'function', loop: false, comp: null, path: [...c.path, n] });
        return;
      }
      case 'ClassDef':
        this.visit([n.decorator_list, n.bases, n.keywords], c);
        this.visit(n.body, { where: 'class', loop: false, comp: null, path: [...c.path, n] });
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        // The first iterable is evaluated in the enclosing scope; the rest in the comprehension's.
        const [first, ...rest] = n.generators;
        this.visit(first?.iter, c);
        const inner: Ctx = { ...c, comp: COMP[n._type]!, path: [...c.path, n] };
        this.visit([first?.target, first?.ifs, rest], inner);
        this.visit(n._type === 'DictComp' ? [n.key, n.value] : n.elt, inner);
        return;
      }
      default:
        break;
    }
    for (const v of Object.values(n)) if (v && typeof v === 'object') this.visit(v, c);
  }

  private params(args: A.Arguments): void {
    const seen = new Set<string>();
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    const names: { name: string; at: A.Pos }[] = [];
    for (const a of all) {
      if (a.tuple_target) this.tupleNames(a.tuple_target, names);
      else names.push({ name: a.arg, at: a });
    }
    for (const { name, at } of names) {
      if (seen.has(name)) this.fail(`duplicate argument '${name}' in function definition`, at);
      seen.add(name);
    }
  }

  private tupleNames(t: A.Expr, out: { name: string; at: A.Pos }[]): void {
    if (t._type === 'Name') out.push({ name: t.id, at: t });
    else if (t._type === 'Tuple' || t._type === 'List') for (const e of t.elts) this.tupleNames(e, out);
  }
}

/** Throws PySyntaxError, as CPython's compiler would, for the first misplaced statement. */
export function checkModule(mod: A.Module, filename: string, source: string): void {
  new Checker(mod, filename, source.split('\n')).visit(mod.body, { where: 'module', loop: false, comp: null, path: [] });
}
