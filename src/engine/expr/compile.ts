/**
 * Compiles a bound expression tree into nested closures once per operator, so the per-row
 * loop only calls functions (no tree walk, no switch per row).
 */
import type { BoundExpr, Row } from './bound';
import { valuesEqual } from './compare';

export type Compiled = (row: Row, env: Env) => unknown;

/** Per-evaluation environment: outer rows for correlation, lambda frames, subquery runner. */
export interface Env {
  outer: Row[];
  frames: unknown[][];
  runSubquery(plan: unknown, outer: Row[]): Row[];
  cache: Map<unknown, unknown>;
}

export function newEnv(runSubquery: Env['runSubquery'], outer: Row[] = []): Env {
  return { outer, frames: [], runSubquery, cache: new Map() };
}

export function compile(e: BoundExpr): Compiled {
  switch (e.kind) {
    case 'literal': {
      const v = e.value;
      return () => v;
    }
    case 'ref': {
      const i = e.index;
      return (row) => row[i] ?? null;
    }
    case 'outerRef': {
      const { depth, index } = e;
      return (_row, env) => env.outer[env.outer.length - 1 - depth]?.[index] ?? null;
    }
    case 'strict': {
      const args = e.args.map(compile);
      const fn = e.fn;
      const n = args.length;
      if (n === 1) {
        const a0 = args[0]!;
        return (row, env) => {
          const v = a0(row, env);
          return v === null ? null : fn([v]);
        };
      }
      if (n === 2) {
        const a0 = args[0]!;
        const a1 = args[1]!;
        return (row, env) => {
          const v0 = a0(row, env);
          if (v0 === null) return null;
          const v1 = a1(row, env);
          return v1 === null ? null : fn([v0, v1]);
        };
      }
      return (row, env) => {
        const vals = new Array<unknown>(n);
        for (let i = 0; i < n; i++) {
          const v = args[i]!(row, env);
          if (v === null) return null;
          vals[i] = v;
        }
        return fn(vals);
      };
    }
    case 'lenient': {
      const args = e.args.map(compile);
      const fn = e.fn;
      return (row, env) => fn(args.map((a) => a(row, env)));
    }
    case 'and': {
      const l = compile(e.left);
      const r = compile(e.right);
      return (row, env) => {
        const a = l(row, env);
        if (a === false) return false;
        const b = r(row, env);
        if (b === false) return false;
        return a === null || b === null ? null : true;
      };
    }
    case 'or': {
      const l = compile(e.left);
      const r = compile(e.right);
      return (row, env) => {
        const a = l(row, env);
        if (a === true) return true;
        const b = r(row, env);
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
    }
    case 'case': {
      const branches = e.branches.map(([c, v]) => [compile(c), compile(v)] as const);
      const other = e.elseExpr ? compile(e.elseExpr) : null;
      return (row, env) => {
        for (const [c, v] of branches) if (c(row, env) === true) return v(row, env);
        return other ? other(row, env) : null;
      };
    }
    case 'coalesce': {
      const args = e.args.map(compile);
      return (row, env) => {
        for (const a of args) {
          const v = a(row, env);
          if (v !== null) return v;
        }
        return null;
      };
    }
    case 'in': {
      const x = compile(e.expr);
      const list = e.list.map(compile);
      const t = e.expr.type;
      return (row, env) => {
        const v = x(row, env);
        if (v === null) return null;
        let sawNull = false;
        for (const item of list) {
          const w = item(row, env);
          if (w === null) sawNull = true;
          else if (valuesEqual(v, w, t)) return true;
        }
        return sawNull ? null : false;
      };
    }
    case 'subquery': return compileSubquery(e);
    case 'lambda': {
      const body = compile(e.body);
      return (row, env) => body(row, env);
    }
    case 'lambdaVar': {
      const slot = e.slot;
      return (_row, env) => env.frames[env.frames.length - 1]![slot] ?? null;
    }
    case 'higherOrder': {
      const args = e.args.map((a) => (a.kind === 'lambda' ? null : compile(a)));
      const bodies = e.args.map((a) => (a.kind === 'lambda' ? compile(a.body) : null));
      const fn = e.fn;
      return (row, env) => {
        const vals = args.map((a) => (a ? a(row, env) : null));
        return fn(vals, (f, params) => {
          env.frames.push(params);
          try {
            return bodies[f]!(row, env);
          } finally {
            env.frames.pop();
          }
        });
      };
    }
    case 'stateful': {
      const args = e.args.map(compile);
      const init = e.init;
      const key = {};
      return (row, env) => {
        let f = env.cache.get(key) as ((a: unknown[]) => unknown) | undefined;
        if (!f) {
          f = init();
          env.cache.set(key, f);
        }
        return f(args.map((a) => a(row, env)));
      };
    }
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

function compileSubquery(e: Extract<BoundExpr, { kind: 'subquery' }>): Compiled {
  const exprs = e.exprs.map(compile);
  const plan = e.plan;
  const rowsFor = (row: Row, env: Env): Row[] => {
    if (!e.correlated) {
      let cached = env.cache.get(plan) as Row[] | undefined;
      if (!cached) {
        cached = env.runSubquery(plan, []);
        env.cache.set(plan, cached);
      }
      return cached;
    }
    return env.runSubquery(plan, [...env.outer, row]);
  };
  switch (e.mode) {
    case 'scalar':
      return (row, env) => {
        const rows = rowsFor(row, env);
        if (rows.length > 1) throw new Error('more than one row returned by a subquery used as an expression');
        return rows.length === 0 ? null : (rows[0]![0] ?? null);
      };
    case 'exists':
      return (row, env) => rowsFor(row, env).length > 0;
    case 'in': {
      const types = e.exprs.map((x) => x.type);
      return (row, env) => {
        const vals = exprs.map((x) => x(row, env));
        const rows = rowsFor(row, env);
        let sawNull = vals.some((v) => v === null) && rows.length > 0;
        if (sawNull && vals.length === 1) return null;
        for (const r of rows) {
          let all = true;
          let nul = false;
          for (let i = 0; i < vals.length; i++) {
            const a = vals[i];
            const b = r[i];
            if (a === null || b === null || b === undefined) nul = true;
            else if (!valuesEqual(a, b, types[i]!)) {
              all = false;
              break;
            }
          }
          if (all && !nul) return true;
          if (all && nul) sawNull = true;
        }
        return sawNull ? null : false;
      };
    }
    default: {
      const never: never = e.mode;
      throw new Error(`unexpected ${String(never)}`);
    }
  }
}
