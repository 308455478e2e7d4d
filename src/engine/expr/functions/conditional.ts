/** Null handling and conditional functions: coalesce, if, nullif, nvl2, greatest, ... */
import { BooleanType, sqlName, StringType, decimalType } from '../../types';
import type { BoundExpr } from '../bound';
import { compareValues, valuesEqual } from '../compare';
import { castTo, coerceAll } from '../coerce';
import { AnalysisException } from '../sql-errors';
import { checkArity, coerceArg, registerScalar } from './registry';
import type { CallSite } from './registry';

function common(args: BoundExpr[], site: CallSite): BoundExpr[] {
  const out = coerceAll(args);
  if (!out) {
    throw new AnalysisException(
      `Cannot resolve "${site.sql}" due to data type mismatch: Input to \`${site.name}\` should all be the same type, but it's [${args.map((a) => `"${sqlName(a.type)}"`).join(', ')}].`,
      'DATATYPE_MISMATCH.DATA_DIFF_TYPES',
    );
  }
  return out;
}

registerScalar(['coalesce'], (args, site) => {
  checkArity(site, args, 1, Infinity);
  const c = common(args, site);
  return { kind: 'coalesce', args: c, type: c[0]!.type, nullable: c.every((a) => a.nullable) };
});
registerScalar(['nvl', 'ifnull'], (args, site) => {
  checkArity(site, args, 2);
  const c = common(args, site);
  return { kind: 'coalesce', args: c, type: c[0]!.type, nullable: c.every((a) => a.nullable) };
});
registerScalar(['nvl2'], (args, site) => {
  checkArity(site, args, 3);
  const [x, y, z] = common([args[1]!, args[2]!], site).length ? [args[0]!, ...common([args[1]!, args[2]!], site)] : [];
  const isNotNull: BoundExpr = { kind: 'lenient', name: 'isnotnull', args: [x!], fn: (a) => a[0] !== null, type: BooleanType, nullable: false };
  return { kind: 'case', branches: [[isNotNull, y!]], elseExpr: z!, type: y!.type, nullable: true };
});
registerScalar(['if', 'iff'], (args, site) => {
  checkArity(site, args, 3);
  const cond = args[0]!.type.kind === 'boolean' ? args[0]! : args[0]!.type.kind === 'null' ? castTo(args[0]!, BooleanType) : null;
  if (!cond) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: The first parameter requires the "BOOLEAN" type.`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
  }
  const [t, f] = common([args[1]!, args[2]!], site);
  return { kind: 'case', branches: [[cond, t!]], elseExpr: f!, type: t!.type, nullable: t!.nullable || f!.nullable };
});
registerScalar(['nullif'], (args, site) => {
  checkArity(site, args, 2);
  const [a, b] = common(args, site);
  const t = a!.type;
  return { kind: 'lenient', name: 'nullif', args: [a!, b!], type: t, nullable: true, fn: (v) => (v[0] !== null && v[1] !== null && valuesEqual(v[0], v[1], t) ? null : v[0]) };
});
registerScalar(['nullifzero'], (args, site) => {
  checkArity(site, args, 1);
  const a = coerceArg(args[0]!, 'numeric', site, 0);
  return { kind: 'lenient', name: 'nullifzero', args: [a], type: a.type, nullable: true, fn: (v) => (v[0] === null || isZero(v[0]) ? null : v[0]) };
});
registerScalar(['zeroifnull'], (args, site) => {
  checkArity(site, args, 1);
  const a = args[0]!.type.kind === 'null' ? castTo(args[0]!, { kind: 'int' }) : coerceArg(args[0]!, 'numeric', site, 0);
  const zero = a.type.kind === 'long' ? 0n : a.type.kind === 'decimal' ? castTo({ kind: 'literal', value: 0, type: { kind: 'int' }, nullable: false }, decimalType(a.type.precision, a.type.scale)) : 0;
  const z = typeof zero === 'object' ? (zero as { value: unknown }).value : zero;
  return { kind: 'lenient', name: 'zeroifnull', args: [a], type: a.type, nullable: false, fn: (v) => (v[0] === null ? z : v[0]) };
});
function isZero(v: unknown): boolean {
  if (typeof v === 'bigint') return v === 0n;
  if (typeof v === 'number') return v === 0;
  return (v as { signum(): number }).signum() === 0;
}
registerScalar(['isnull'], (args, site) => {
  checkArity(site, args, 1);
  return { kind: 'lenient', name: 'isnull', args, type: BooleanType, nullable: false, fn: (a) => a[0] === null };
});
registerScalar(['isnotnull'], (args, site) => {
  checkArity(site, args, 1);
  return { kind: 'lenient', name: 'isnotnull', args, type: BooleanType, nullable: false, fn: (a) => a[0] !== null };
});
for (const [name, sign] of [['greatest', 1], ['least', -1]] as const) {
  registerScalar(name, (args, site) => {
    if (args.length < 2) {
      throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: The \`${name}\` requires at least 2 parameters.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
    }
    const c = common(args, site);
    const t = c[0]!.type;
    return {
      kind: 'lenient', name, args: c, type: t, nullable: c.every((a) => a.nullable),
      fn: (a) => {
        let best: unknown = null;
        for (const v of a) if (v !== null && (best === null || sign * compareValues(v, best, t) > 0)) best = v;
        return best;
      },
    };
  });
}
registerScalar(['typeof'], (args, site) => {
  checkArity(site, args, 1);
  const name = args[0]!.type.kind === 'null' ? 'void' : sqlName(args[0]!.type).toLowerCase().replace(/, /g, ',').replace(/: /g, ':');
  return { kind: 'literal', value: name, type: StringType, nullable: false };
});
registerScalar(['assert_true'], (args) => ({ kind: 'lenient', name: 'assert_true', args, type: { kind: 'null' }, nullable: true, fn: () => null }));
