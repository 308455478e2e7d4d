/** SELECT list items (with `*` expansion) and GROUP BY resolution: ordinals, aliases, GROUP BY ALL. */
import type { Expr, Plan } from '../ast';
import { AnalysisException } from '../errors';
import type { Attribute } from '../logical';
import { visible } from './analyzer';
import type { Binder } from './binder';
import { resolveColumn } from './scope';
import { hasAggregate, substituteAliases } from './ast-rewrites';

export type Select = Extract<Plan, { kind: 'select' }>;

export interface Item {
  ast: Expr | null;
  /** For `*` expansion: the input column ordinal. */
  ref: number | null;
  name: string;
  attr: Attribute | null;
}

export function safeResolve(attrs: readonly Attribute[], parts: string[]): ReturnType<typeof resolveColumn> {
  try {
    return resolveColumn(attrs, parts);
  } catch {
    return null;
  }
}

export function expandItems(asts: Expr[], input: readonly Attribute[], b: Binder): Item[] {
  const items: Item[] = [];
  for (const e of asts) {
    if (e.kind === 'star') {
      const vis = visible(input);
      // A qualified star also sees hidden USING-join keys, in the relation's column order.
      // Through Flint's internal subquery aliases a relation's columns keep their qualifiers (`a.*` after a DataFrame join).
      const fits = (q: readonly string[]) => q.length >= e.qualifier.length && e.qualifier.every((p, k) => p.toLowerCase() === q[q.length - e.qualifier.length + k]!.toLowerCase());
      const matching = e.qualifier.length === 0 ? vis : input.filter((a) => fits(a.qualifier) || (a.alsoQualifiers ?? []).some(fits)).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i).sort((a, b) => a.id - b.id);
      if (e.qualifier.length && matching.length === 0) {
        // `s.*` on a struct column expands its fields.
        const m = resolveColumn(input, e.qualifier);
        if (m && m.attr.type.kind === 'struct') {
          m.attr.type.fields.forEach((f) => items.push({ ast: { kind: 'column', parts: [...e.qualifier, f.name], pos: e.pos }, ref: null, name: f.name, attr: null }));
          continue;
        }
        throw new AnalysisException(`Cannot resolve ${e.qualifier.map((q) => '`' + q + '`').join('.')}.* given input columns ${input.map((a) => '`' + a.name + '`').join(', ')}.`, 'CANNOT_RESOLVE_STAR_EXPAND');
      }
      for (const a of matching) items.push({ ast: null, ref: input.indexOf(a), name: a.name, attr: a });
      continue;
    }
    let name: string;
    let attr: Attribute | null = null;
    if (e.kind === 'alias') name = e.names[0]!;
    else if (e.kind === 'column') {
      const m = resolveColumn(input, e.parts);
      if (m) {
        name = m.fields.length ? m.fields[m.fields.length - 1]! : e.parts[e.parts.length - 1]!;
        if (m.fields.length === 0) attr = m.attr;
      } else name = e.parts[e.parts.length - 1]!;
    } else if (e.kind === 'field') name = e.name;
    else name = b.name(e);
    items.push({ ast: e, ref: null, name, attr });
  }
  return items;
}

export function resolveGroupAst(g: Expr, items: Item[], input: readonly Attribute[], aliases: boolean, ordinals = true): Expr {
  if (ordinals && g.kind === 'literal' && g.type.kind === 'int' && (g.value as number) >= 0) {
    const n = g.value as number;
    if (n < 1 || n > items.length) {
      throw new AnalysisException(`GROUP BY position ${n} is not in select list (valid range is [1, ${items.length}]).`, 'GROUP_BY_POS_OUT_OF_RANGE');
    }
    const it = items[n - 1]!;
    if (it.ast === null) {
      const a = input[it.ref!]!;
      return { kind: 'column', parts: [...a.qualifier, a.name], pos: 0 };
    }
    const ast = it.ast.kind === 'alias' ? it.ast.expr : it.ast;
    if (hasAggregate(ast)) {
      throw new AnalysisException(`GROUP BY ${n} refers to an expression that contains an aggregate function. Aggregate functions are not allowed in GROUP BY.`, 'GROUP_BY_POS_AGGREGATE');
    }
    return ast;
  }
  const resolved = aliases ? substituteAliases(g, items, input) : g;
  if (hasAggregate(resolved)) {
    throw new AnalysisException(`aggregate functions are not allowed in GROUP BY, but found ${resolved.kind}.`, 'GROUP_BY_AGGREGATE');
  }
  return resolved;
}

export function resolveGroupAsts(sel: Select, items: Item[], input: readonly Attribute[], aliases: boolean): Expr[] {
  const gb = sel.groupBy;
  if (!gb) return [];
  if (gb.all) {
    return items.filter((i) => i.ast === null || !hasAggregate(i.ast)).map((i) => {
      if (i.ast === null) {
        const a = input[i.ref!]!;
        return { kind: 'column', parts: [...a.qualifier, a.name], pos: 0 } as Expr;
      }
      return i.ast.kind === 'alias' ? i.ast.expr : i.ast;
    });
  }
  const ordinals = gb.exprs.length > 0;
  if (ordinals && items.some((i) => i.ast === null) && gb.exprs.some((g) => g.kind === 'literal' && g.type.kind === 'int')) {
    throw new AnalysisException('Star (*) is not allowed in select list when GROUP BY ordinal position is used.', 'STAR_GROUP_BY_POS');
  }
  return gb.exprs.map((g) => resolveGroupAst(g, items, input, aliases, ordinals));
}
