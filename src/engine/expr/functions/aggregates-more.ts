/** Aggregates beyond the core set: linear regression (regr_*), bitwise, try_ variants, mode and product. */
import { arrayType, DoubleType, LongType } from '../../types';
import type { BoundExpr } from '../bound';
import { buildAggregate, registerAggregate } from '../aggregates';
import { compareValues, hashKey } from '../compare';
import { castTo } from '../coerce';
import { checkArity, coerceArg, unexpectedType } from './registry';

interface Regression {
  n: number;
  xAvg: number;
  yAvg: number;
  ck: number;
  xM2: number;
  yM2: number;
}

/** regr_*(y, x): the moments of the pairs where both are non-null, finished per function. */
function regression(name: string, finish: (r: Regression) => number | bigint | null, type = DoubleType): void {
  registerAggregate([name], (args, site) => {
    checkArity(site, args, 2);
    const xs = args.map((a, i) => castTo(coerceArg(a, 'numeric', site, i), DoubleType));
    return {
      name, args: xs, type, nullable: type !== LongType,
      create: () => {
        const r: Regression = { n: 0, xAvg: 0, yAvg: 0, ck: 0, xM2: 0, yM2: 0 };
        return {
          update(v) {
            if (v[0] === null || v[1] === null) return;
            const y = v[0] as number;
            const x = v[1] as number;
            r.n++;
            const dx = x - r.xAvg;
            const dy = y - r.yAvg;
            r.xAvg += dx / r.n;
            r.yAvg += dy / r.n;
            r.ck += dx * (y - r.yAvg);
            r.xM2 += dx * (x - r.xAvg);
            r.yM2 += dy * (y - r.yAvg);
          },
          result: () => finish(r),
        };
      },
    };
  });
}
regression('regr_count', (r) => BigInt(r.n), LongType);
regression('regr_avgx', (r) => (r.n === 0 ? null : r.xAvg));
regression('regr_avgy', (r) => (r.n === 0 ? null : r.yAvg));
regression('regr_sxx', (r) => (r.n === 0 ? null : r.xM2));
regression('regr_syy', (r) => (r.n === 0 ? null : r.yM2));
regression('regr_sxy', (r) => (r.n === 0 ? null : r.ck));
regression('regr_slope', (r) => (r.n < 2 || r.xM2 === 0 ? null : r.ck / r.xM2));
regression('regr_intercept', (r) => (r.n === 0 || r.xM2 === 0 ? null : r.yAvg - (r.ck / r.xM2) * r.xAvg));
regression('regr_r2', (r) => (r.n < 2 || r.xM2 === 0 ? null : r.yM2 === 0 ? 1 : (r.ck * r.ck) / (r.xM2 * r.yM2)));

function bitwise(name: string, op: (a: bigint, b: bigint) => bigint): void {
  registerAggregate([name], (args, site) => {
    checkArity(site, args, 1);
    const a = args[0]!;
    if (!['byte', 'short', 'int', 'long'].includes(a.type.kind)) throw unexpectedType(site, 0, a, '"INTEGRAL"');
    const big = a.type.kind === 'long';
    return {
      name, args: [a], type: a.type, nullable: true,
      create: () => {
        let acc: bigint | null = null;
        return {
          update(v) {
            if (v[0] === null) return;
            const x = BigInt(v[0] as number | bigint);
            acc = acc === null ? x : op(acc, x);
          },
          result: () => (acc === null ? null : big ? BigInt.asIntN(64, acc) : Number(BigInt.asIntN(32, acc))),
        };
      },
    };
  });
}
bitwise('bit_and', (a, b) => a & b);
bitwise('bit_or', (a, b) => a | b);
bitwise('bit_xor', (a, b) => a ^ b);

// try_sum / try_avg give null on overflow; Flint's sum and avg already widen, so they share the result.
for (const [tryName, base] of [['try_sum', 'sum'], ['try_avg', 'avg']] as const) {
  registerAggregate([tryName], (args, site) => ({ ...buildAggregate(base, args, site, false, null), name: tryName }));
}

registerAggregate(['product'], (args, site) => {
  checkArity(site, args, 1);
  const a = castTo(coerceArg(args[0]!, 'numeric', site, 0), DoubleType);
  return {
    name: 'product', args: [a], type: DoubleType, nullable: true,
    create: () => {
      let acc: number | null = null;
      return { update: (v) => { if (v[0] !== null) acc = (acc ?? 1) * (v[0] as number); }, result: () => acc };
    },
  };
});

registerAggregate(['mode'], (args, site) => {
  checkArity(site, args, 1, 2);
  const a = args[0]!;
  return {
    name: 'mode', args: [a], type: a.type, nullable: true,
    create: () => {
      const counts = new Map<string, { value: unknown; n: number }>();
      return {
        update(v) {
          if (v[0] === null) return;
          const k = hashKey(v[0], a.type);
          const c = counts.get(k);
          if (c) c.n++;
          else counts.set(k, { value: v[0], n: 1 });
        },
        result: () => {
          let best: { value: unknown; n: number } | null = null;
          for (const c of counts.values()) if (best === null || c.n > best.n) best = c;
          return best === null ? null : best.value;
        },
      };
    },
  };
});

/** The value of a constant argument (a literal, or array(...) of literals), or undefined. */
function constantValue(e: BoundExpr): unknown {
  if (e.kind === 'literal') return e.value;
  if (e.kind === 'lenient' || e.kind === 'strict') {
    const vals = e.args.map(constantValue);
    return vals.some((v) => v === undefined) ? undefined : e.fn(vals);
  }
  return undefined;
}

/**
 * percentile_approx over exact data: for each requested fraction p, the smallest value with at
 * least p of the rows at or below it; an array of fractions gives an array of results.
 */
registerAggregate(['percentile_approx', 'approx_percentile'], (args, site) => {
  checkArity(site, args, 2, 3);
  const t = args[0]!.type;
  const p = constantValue(args[1]!);
  const many = Array.isArray(p);
  const ps = (many ? (p as unknown[]) : [p ?? 0.5]).map((x) => (x instanceof Object && 'toNumber' in x ? (x as { toNumber(): number }).toNumber() : Number(x)));
  return {
    name: site.name, args: args.slice(0, 1), type: many ? arrayType(t, false) : t, nullable: true,
    create: () => {
      const xs: unknown[] = [];
      return {
        update: (v) => { if (v[0] !== null) xs.push(v[0]); },
        result: () => {
          if (xs.length === 0) return null;
          xs.sort((x, y) => compareValues(x, y, t));
          const at = ps.map((q) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1))]);
          return many ? at : at[0];
        },
      };
    },
  };
});
