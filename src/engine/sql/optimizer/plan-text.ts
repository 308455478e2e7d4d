/**
 * A logical plan as Spark's `== Optimized Logical Plan ==` prints it (`Filter (a#1 > 1)`,
 * `+- Relation t[a#1]`), for the Spark UI's optimizer stepping.
 */
import type { Expr, Plan } from '../ast';
import { exprName } from '../analyzer/naming';
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
    case 'scan': {
      if (p.name === 'LocalRelation' || p.name === 'OneRowRelation') return `${p.name} [${p.output.map(attr).join(', ')}]`;
      // Spark's LogicalRDD (isStreaming false) and LogicalRelation over a HadoopFsRelation (named by its format).
      if (p.origin?.kind === 'rdd') return `LogicalRDD [${p.output.map(attr).join(', ')}], false`;
      if (p.origin?.kind === 'files') return `Relation ${p.origin.table ?? ''}[${p.output.map(attr).join(',')}] ${p.origin.format}`;
      return `Relation ${p.name}[${p.output.map(attr).join(',')}]`;
    }
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

/**
 * The parsed (unresolved) plan of a query as `== Parsed Logical Plan ==` shows it: Spark's
 * unresolved operators ('Project, 'Filter, 'UnresolvedRelation, ...) over the statement's
 * structure, expressions in Spark's column-name form with unresolved columns quoted ('age).
 */
export function parsedPlanText(plan: Plan): string {
  const col = (parts: string[]) => `'${parts.join('.')}`;
  const x = (e: Expr): string => (e.kind === 'alias' ? `${exprName(e.expr, col)} AS ${e.names.join(', ')}` : exprName(e, col));
  type Node = { text: string; children: Node[] };
  const node = (p: Plan): Node => {
    switch (p.kind) {
      case 'relation': return { text: `'UnresolvedRelation [${p.name.join(', ')}], [], false`, children: [] };
      case 'values': return { text: `'UnresolvedInlineTable [${(p.rows[0] ?? []).map((_, i) => `col${i + 1}`).join(', ')}], [${p.rows.map((r) => `[${r.map(x).join(', ')}]`).join(', ')}]`, children: [] };
      case 'tableFunction': return { text: `'UnresolvedTableValuedFunction [${p.name}], [${p.args.map(x).join(', ')}]`, children: [] };
      case 'alias': return { text: `'SubqueryAlias ${p.alias}`, children: [node(p.plan)] };
      case 'select': {
        let n: Node = p.from ? node(p.from) : { text: 'OneRowRelation', children: [] };
        for (const v of p.lateralViews) n = { text: `'Generate ${x(v.func)}, ${v.outer}, ${v.tableAlias}, [${v.columnAliases.map((a) => `'${a}`).join(', ')}]`, children: [n] };
        if (p.where) n = { text: `'Filter ${x(p.where)}`, children: [n] };
        const items = p.items.map(x).join(', ');
        if (p.groupBy) n = { text: `'Aggregate [${p.groupBy.exprs.map(x).join(', ')}], [${items}]`, children: [n] };
        else n = { text: `'Project [${items}]`, children: [n] };
        if (p.having) n = { text: `'UnresolvedHaving ${x(p.having)}`, children: [n] };
        if (p.distinct) n = { text: "'Distinct", children: [n] };
        return n;
      }
      case 'join': return { text: `'Join ${JOIN_TYPES[p.type]}${p.on ? `, ${x(p.on)}` : ''}`, children: [node(p.left), node(p.right)] };
      case 'setOp': return { text: `'${p.op === 'union' ? 'Union' : p.op === 'intersect' ? 'Intersect' : 'Except'}${p.all ? ' All' : ''}`, children: [node(p.left), node(p.right)] };
      case 'sort': return { text: `'${p.global ? 'Sort' : 'SortWithinPartitions'} [${p.orders.map((o) => `${x(o.expr)} ${o.ascending ? 'ASC' : 'DESC'} NULLS ${o.nullsFirst ? 'FIRST' : 'LAST'}`).join(', ')}], ${p.global}`, children: [node(p.plan)] };
      case 'limit': return { text: `'GlobalLimit ${x(p.limit)}`, children: [{ text: `'LocalLimit ${x(p.limit)}`, children: [node(p.plan)] }] };
      case 'offset': return { text: `'Offset ${x(p.offset)}`, children: [node(p.plan)] };
      case 'with': return { text: `'WithCTE [${p.ctes.map((c) => c.name).join(', ')}]`, children: [...p.ctes.map((c) => ({ text: `'CTERelationDef ${c.name}`, children: [node(c.plan)] })), node(p.plan)] };
      case 'pivot': return { text: `'Pivot ${x(p.column)}, [${p.aggregates.map(x).join(', ')}], [${p.values.map(x).join(', ')}]`, children: [node(p.plan)] };
      case 'lateral': return { text: `'Generate ${x(p.view.func)}, ${p.view.outer}, ${p.view.tableAlias}`, children: [node(p.plan)] };
      default: {
        const never: never = p;
        throw new Error(`unexpected ${JSON.stringify(never)}`);
      }
    }
  };
  const lines: string[] = [];
  const walk = (n: Node, prefix: string, last: boolean, root: boolean): void => {
    lines.push(root ? n.text : `${prefix}${last ? '+- ' : ':- '}${n.text}`);
    const next = root ? '' : prefix + (last ? '   ' : ':  ');
    n.children.forEach((c, i) => walk(c, next, i === n.children.length - 1, false));
  };
  walk(node(plan), '', true, true);
  return lines.join('\n');
}
