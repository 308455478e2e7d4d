/** Null handling and conditional functions: coalesce, if, nullif, nvl2, greatest, ... */
import { BooleanType, IntegerType, sqlName, StringType } from '../../types';
import type { BoundExpr } from '../bound';
import { compareValues, valuesEqual } from '../compare';
import { castTo, coerceAll, comparisonType } from '../coerce';
import { AnalysisException } from '../sql-errors';
import { checkArity, registerScalar } from './registry';
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
/** nullif(a, b) = IF(a = b, NULL, a): the result has a's type; only the comparison widens. */
registerScalar(['nullif'], (args, site) => {
  checkArity(site, args, 2);
  const a = args[0]!;
  const t = comparisonType(a.type, args[1]!.type);
  if (!t) common(args, site);
  const ct = t ?? a.type;
  const ac = castTo(a, ct);
  const bc = castTo(args[1]!, ct);
  return { kind: 'lenient', name: 'nullif', args: [a, ac, bc], type: a.type.kind === 'null' ? ct : a.type, nullable: true, fn: (v) => (v[1] !== null && v[2] !== null && valuesEqual(v[1], v[2], ct) ? null : v[0]) };
});
/** nullifzero(x) = nullif(x, 0): the result keeps x's type (a string stays a string). */
registerScalar(['nullifzero'], (args, site) => {
  checkArity(site, args, 1);
  const a = args[0]!;
  const zero: BoundExpr = { kind: 'literal', value: 0, type: IntegerType, nullable: false };
  const t = comparisonType(a.type, IntegerType) ?? a.type;
  const ac = castTo(a, t);
  const zc = castTo(zero, t);
  return {
    kind: 'lenient', name: 'nullifzero', args: [a, ac, zc], type: a.type, nullable: true,
    fn: (v) => (v[0] === null || (v[1] !== null && valuesEqual(v[1], v[2], t)) ? null : v[0]),
  };
});
/** zeroifnull(x) = coalesce(x, 0) with the usual widening (tinyint → int, string stays string). */
registerScalar(['zeroifnull'], (args, site) => {
  checkArity(site, args, 1);
  const zero: BoundExpr = { kind: 'literal', value: 0, type: IntegerType, nullable: false };
  const c = common([args[0]!, zero], site);
  return { kind: 'coalesce', args: c, type: c[0]!.type, nullable: false };
});
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
