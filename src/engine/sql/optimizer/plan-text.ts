/**
 * A logical plan as Spark's `== Optimized Logical Plan ==` prints it (`Filter (a#1 > 1)`,
 * `+- Relation t[a#1]`), for the Spark UI's optimizer stepping.
 */
import type { Attribute, LPlan } from '../logical';
import { exprText } from '../physical/explain';

function attr(a: Attribute): string {
  return `${a.name}#${a.id}${a.type.kind === 'long' ? 'L' : ''}`;
}

function named(e: Parameters<typeof exprText>[0], out: Attribute, input: readonly Attribute[]): string {
  const t = exprText(e, input);
  return e.kind === 'ref' && input[e.index]?.name === out.name ? t : `${t} AS ${attr(out)}`;
}

const JOIN_TYPES = { inner: 'Inner', left: 'LeftOuter', right: 'RightOuter', full: 'FullOuter', semi: 'LeftSemi', anti: 'LeftAnti', cross: 'Cross' } as const;

function line(p: LPlan): string {
  switch (p.kind) {
    case 'scan': return p.name === 'LocalRelation' || p.name === 'OneRowRelation' ? `${p.name} [${p.output.map(attr).join(', ')}]` : `Relation ${p.name}[${p.output.map(attr).join(',')}]`;
    case 'command': return 'Command';
    case 'project': return `Project [${p.exprs.map((e, i) => named(e, p.output[i]!, p.child.output)).join(', ')}]`;
    case 'filter': return `Filter ${exprText(p.cond, p.child.output)}`;
    case 'aggregate': {
      const keys = p.groups.map((g) => exprText(g, p.child.output));
      const aggs = p.aggs.map((a, i) => `${a.name}(${a.distinct ? 'distinct ' : ''}${a.args.map((x) => exprText(x, p.child.output)).join(', ')}) AS ${attr(p.output[p.groups.length + i] ?? p.output[p.output.length - 1]!)}`);
      return `Aggregate [${keys.join(', ')}], [${[...keys, ...aggs].join(', ')}]`;
    }
    case 'window': return `Window [${p.output.slice(p.child.output.length).map(attr).join(', ')}]`;
    case 'sort': return `Sort [${p.keys.map((k) => `${exprText(k.expr, p.child.output)} ${k.ascending ? 'ASC' : 'DESC'} NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}`).join(', ')}], ${p.global}`;
    case 'limit': return p.local ? `LocalLimit ${p.limit}` : p.offset > 0 ? `Offset ${p.offset}${p.limit === Infinity ? '' : `, Limit ${p.limit}`}` : `GlobalLimit ${p.limit}`;
    case 'join': return `Join ${JOIN_TYPES[p.type]}${p.cond ? `, ${exprText(p.cond, [...p.left.output, ...p.right.output])}` : ''}`;
    case 'setOp': return `${p.op === 'union' ? 'Union' : p.op === 'intersect' ? 'Intersect' : 'Except'}${p.all ? ' All' : ''}`;
    case 'distinct': return 'Distinct';
    case 'generate': return `Generate ${exprText(p.generator, p.child.output)}, [${p.output.slice(p.child.output.length).map(attr).join(', ')}]`;
    default: return (p as { kind: string }).kind;
  }
}

function kids(p: LPlan): LPlan[] {
  const r = p as { child?: LPlan; left?: LPlan; right?: LPlan };
  return r.left && r.right ? [r.left, r.right] : r.child ? [r.child] : [];
}

export function logicalPlanText(plan: LPlan): string {
  const lines: string[] = [];
  const walk = (p: LPlan, prefix: string, last: boolean, root: boolean): void => {
    lines.push(root ? line(p) : `${prefix}${last ? '+- ' : ':- '}${line(p)}`);
    const next = root ? '' : prefix + (last ? '   ' : ':  ');
    const cs = kids(p);
    cs.forEach((c, i) => walk(c, next, i === cs.length - 1, false));
  };
  walk(plan, '', true, true);
  return lines.join('\n');
}
