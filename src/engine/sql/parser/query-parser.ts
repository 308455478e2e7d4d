/** Query grammar: WITH, set operations, SELECT blocks, FROM clauses and joins. */
import type { Expr, GroupBy, Hint, JoinType, LateralView, Plan, SortOrder, WindowSpec } from '../ast';
import { ParseException } from '../errors';
import { ExprParser } from './expr-parser';

function exprKey(e: Expr): string {
  return JSON.stringify(e, (k, v) => (k === 'pos' ? undefined : typeof v === 'bigint' ? String(v) : v));
}
function dedupe(exprs: Expr[]): Expr[] {
  const seen = new Set<string>();
  return exprs.filter((e) => {
    const k = exprKey(e).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function rollupGroups(groups: Expr[][]): Expr[][] {
  const out: Expr[][] = [];
  for (let n = groups.length; n >= 0; n--) out.push(groups.slice(0, n).flat());
  return out;
}
function cubeGroups(groups: Expr[][]): Expr[][] {
  const out: Expr[][] = [];
  const n = groups.length;
  for (let mask = (1 << n) - 1; mask >= 0; mask--) out.push(groups.filter((_, i) => (mask & (1 << (n - 1 - i))) !== 0).flat());
  return out;
}
function rollupSets(exprs: Expr[]): Expr[][] {
  const out: Expr[][] = [];
  for (let n = exprs.length; n >= 0; n--) out.push(exprs.slice(0, n));
  return out;
}
function cubeSets(exprs: Expr[]): Expr[][] {
  const out: Expr[][] = [];
  const n = exprs.length;
  for (let mask = (1 << n) - 1; mask >= 0; mask--) {
    // Spark enumerates cube subsets from the full set down, keeping expression order.
    out.push(exprs.filter((_, i) => (mask & (1 << (n - 1 - i))) !== 0));
  }
  return out;
}

export abstract class QueryParser extends ExprParser {
  protected startsQuery(k = 0): boolean {
    if (this.isKw('select', k) || this.isKw('with', k) || this.isKw('values', k) || this.isKw('table', k) || this.isKw('from', k)) return true;
    return this.isOp('(', k) && this.startsQuery(k + 1);
  }

  /** A full query: CTEs, set operations, then ORDER BY / LIMIT over the whole. */
  protected queryTerm(): Plan {
    if (this.isKw('with')) {
      const withPos = this.next().start;
      this.acceptKw('recursive');
      const ctes: Array<{ name: string; columns?: string[]; plan: Plan }> = [];
      const seen = new Set<string>();
      do {
        const name = this.ident();
        let columns: string[] | undefined;
        if (this.isOp('(') && !this.startsQuery(1)) columns = this.identList();
        this.acceptKw('as');
        this.expectOp('(');
        const plan = this.queryTerm();
        this.expectOp(')');
        if (seen.has(name.toLowerCase())) {
          throw new ParseException(`CTE definition can't have duplicate names: '${name}'.(line 1, pos ${withPos})`, '_LEGACY_ERROR_TEMP_0038');
        }
        seen.add(name.toLowerCase());
        ctes.push({ name, columns, plan });
      } while (this.acceptOp(','));
      return { kind: 'with', ctes, plan: this.queryTerm() };
    }
    let plan = this.setExpr();
    plan = this.queryOrganization(plan);
    return plan;
  }

  private queryOrganization(plan: Plan): Plan {
    if (this.acceptKw('order', 'by')) plan = { kind: 'sort', plan, orders: this.sortOrders(), global: true };
    else if (this.acceptKw('sort', 'by')) plan = { kind: 'sort', plan, orders: this.sortOrders(), global: false };
    if (this.acceptKw('cluster', 'by') || this.acceptKw('distribute', 'by')) {
      const orders = [{ expr: this.expression(), ascending: true, nullsFirst: true }];
      while (this.acceptOp(',')) orders.push({ expr: this.expression(), ascending: true, nullsFirst: true });
      if (this.acceptKw('sort', 'by')) plan = { kind: 'sort', plan, orders: this.sortOrders(), global: false };
    }
    if (this.acceptKw('limit')) {
      if (this.acceptKw('all')) {
        /* LIMIT ALL keeps every row */
      } else plan = { kind: 'limit', plan, limit: this.expression() };
    }
    if (this.acceptKw('offset')) plan = { kind: 'offset', plan, offset: this.expression() };
    if (plan.kind === 'offset' && this.acceptKw('limit')) plan = { kind: 'limit', plan, limit: this.expression() };
    return plan;
  }

  /** spark.sql.legacy.setopsPrecedence.enabled: all set operators bind left to right. */
  legacySetOpsPrecedence = false;

  private setExpr(): Plan {
    let left = this.legacySetOpsPrecedence ? this.queryPrimary() : this.intersectExpr();
    for (;;) {
      let op: 'union' | 'except' | 'intersect';
      if (this.acceptKw('union')) op = 'union';
      else if (this.acceptKw('except') || this.acceptKw('minus')) op = 'except';
      else if (this.legacySetOpsPrecedence && this.acceptKw('intersect')) op = 'intersect';
      else return left;
      const all = this.acceptKw('all');
      if (!all) this.acceptKw('distinct');
      const byName = this.acceptKw('by', 'name');
      left = { kind: 'setOp', op, all, byName, left, right: this.legacySetOpsPrecedence ? this.queryPrimary() : this.intersectExpr() };
    }
  }
  private intersectExpr(): Plan {
    let left = this.queryPrimary();
    while (this.acceptKw('intersect')) {
      const all = this.acceptKw('all');
      if (!all) this.acceptKw('distinct');
      left = { kind: 'setOp', op: 'intersect', all, byName: false, left, right: this.queryPrimary() };
    }
    return left;
  }

  private queryPrimary(): Plan {
    if (this.isKw('select')) return this.selectBlock();
    if (this.isKw('values')) {
      const v = this.valuesClause();
      const alias = this.optionalAlias();
      if (alias === undefined) return v;
      return { kind: 'alias', plan: v, alias, columns: this.isOp('(') ? this.identList() : undefined };
    }
    if (this.acceptKw('table')) {
      const t = this.peek();
      return { kind: 'relation', name: this.multipartName(), pos: t.start, end: this.peek(-1).end };
    }
    if (this.isKw('from')) {
      this.next();
      const from = this.fromRelations();
      const sel = this.selectBlock();
      if (sel.kind === 'select') sel.from = from;
      return sel;
    }
    if (this.isOp('(')) {
      this.next();
      const q = this.queryTerm();
      this.expectOp(')');
      return q;
    }
    throw this.error();
  }

  private valuesClause(): Plan {
    const pos = this.next().start;
    const rows: Expr[][] = [];
    do {
      const e = this.expression();
      rows.push(e.kind === 'func' && e.name === '__tuple' ? e.args : [e]);
    } while (this.acceptOp(','));
    return { kind: 'values', rows, pos };
  }

  protected identList(): string[] {
    this.expectOp('(');
    const names = [this.ident()];
    while (this.acceptOp(',')) names.push(this.ident());
    this.expectOp(')');
    return names;
  }

  /** The entries `NAME(args), NAME ...` of a hint comment after SELECT (the lexer gives its delimiters as tokens). */
  private hints(): Hint[] {
    const out: Hint[] = [];
    if (!this.acceptOp('/*+')) return out;
    while (!this.acceptOp('*/')) {
      if (this.peek().kind === 'eof') throw this.error();
      const name = this.ident();
      const args: SortOrder[] = [];
      if (this.acceptOp('(')) {
        if (!this.acceptOp(')')) {
          do args.push(this.sortOrder());
          while (this.acceptOp(','));
          this.expectOp(')');
        }
      }
      out.push({ name, args });
      this.acceptOp(',');
    }
    return out;
  }

  private selectBlock(): Plan {
    const pos = this.peek().start;
    this.expectKw('select');
    const hints = this.hints();
    let distinct = false;
    if (this.acceptKw('distinct')) distinct = true;
    else this.acceptKw('all');
    const items = [this.selectItem()];
    while (this.acceptOp(',')) items.push(this.selectItem());
    const sel: Extract<Plan, { kind: 'select' }> = { kind: 'select', items, distinct, windows: {}, lateralViews: [], pos };
    if (hints.length > 0) sel.hints = hints;
    if (this.acceptKw('from')) sel.from = this.fromRelations();
    while (this.isKw('lateral') && this.isKw('view', 1)) {
      this.i += 2;
      sel.lateralViews.push(this.lateralView());
    }
    if (this.acceptKw('where')) sel.where = this.expression();
    if (this.acceptKw('group', 'by')) sel.groupBy = this.groupBy();
    if (this.acceptKw('having')) sel.having = this.expression();
    if (this.acceptKw('window')) {
      do {
        const nameTok = this.peek();
        const name = this.ident();
        if (sel.windows[name.toLowerCase()]) {
          throw new ParseException(`[INVALID_SQL_SYNTAX] Invalid SQL syntax: The definition of window \`${name}\` is repetitive.(line 1, pos ${nameTok.start})`, 'INVALID_SQL_SYNTAX');
        }
        this.expectKw('as');
        this.expectOp('(');
        sel.windows[name.toLowerCase()] = this.windowSpecBody();
        this.expectOp(')');
      } while (this.acceptOp(','));
    }
    return sel;
  }

  private lateralView(): LateralView {
    const outer = this.acceptKw('outer');
    const func = this.expression();
    const tableAlias = this.isIdent() && !this.isKw('as') ? this.ident() : '';
    const columnAliases: string[] = [];
    if (this.acceptKw('as') || (this.isIdent() && !this.isKw('lateral') && !this.isKw('where') && !this.isKw('group') && !this.isKw('order') && !this.isKw('limit') && !this.isKw('having'))) {
      columnAliases.push(this.ident());
      while (this.acceptOp(',')) columnAliases.push(this.ident());
    }
    return { func, tableAlias, columnAliases, outer };
  }

  private selectItem(): Expr {
    const e = this.expression();
    if (this.acceptKw('as')) {
      if (this.isOp('(')) return { kind: 'alias', expr: e, names: this.identList(), pos: e.pos };
      return { kind: 'alias', expr: e, names: [this.ident()], pos: e.pos };
    }
    const alias = this.optionalAlias();
    return alias === undefined ? e : { kind: 'alias', expr: e, names: [alias], pos: e.pos };
  }

  private groupBy(): GroupBy {
    if (this.acceptKw('all')) return { exprs: [], all: true };
    // Each item contributes a list of alternative sets; the result is their cross product.
    const items: Expr[][][] = [];
    let analytics = false;
    const item = (): void => {
      if ((this.isKw('rollup') || this.isKw('cube')) && this.isOp('(', 1)) {
        const kind = this.next().text.toLowerCase();
        this.expectOp('(');
        const elems = [this.expression()];
        while (this.acceptOp(',')) elems.push(this.expression());
        this.expectOp(')');
        // An element may itself be a parenthesised column group: CUBE(a, (a, b)).
        const groups = elems.map((x) => (x.kind === 'func' && x.name === '__tuple' ? x.args : [x]));
        items.push(kind === 'rollup' ? rollupGroups(groups) : cubeGroups(groups));
        analytics = true;
      } else if (this.acceptKw('grouping', 'sets')) {
        items.push(this.groupingSets());
        analytics = true;
      } else items.push([[this.expression()]]);
    };
    item();
    while (this.acceptOp(',')) item();
    if (this.acceptKw('with', 'rollup') || this.acceptKw('with', 'cube')) {
      const isRollup = this.peek(-1).text.toLowerCase() === 'rollup';
      const exprs = items.map((it) => it[0]![0]!);
      items.length = 0;
      items.push(isRollup ? rollupSets(exprs) : cubeSets(exprs));
      analytics = true;
    } else if (this.acceptKw('grouping', 'sets')) {
      const sets = this.groupingSets();
      const exprs = items.map((it) => it[0]![0]!);
      const all = dedupe([...exprs, ...sets.flat()]);
      return { exprs: all, sets };
    }
    let sets: Expr[][] = [[]];
    for (const alts of items) sets = sets.flatMap((s) => alts.map((a) => [...s, ...a]));
    const exprs = dedupe(items.flatMap((alts) => alts.flat()));
    return analytics ? { exprs, sets } : { exprs };
  }

  private groupingSets(): Expr[][] {
    this.expectOp('(');
    const sets: Expr[][] = [];
    do {
      if (this.isOp('(')) {
        this.next();
        const set: Expr[] = [];
        if (!this.isOp(')')) {
          set.push(this.expression());
          while (this.acceptOp(',')) set.push(this.expression());
        }
        this.expectOp(')');
        sets.push(set);
      } else sets.push([this.expression()]);
    } while (this.acceptOp(','));
    this.expectOp(')');
    return sets;
  }

  protected fromRelations(): Plan {
    let plan = this.relation();
    while (this.acceptOp(',')) plan = { kind: 'join', left: plan, right: this.relation(), type: 'cross', natural: false };
    return plan;
  }

  private relation(): Plan {
    let left = this.relationPrimary();
    for (;;) {
      const natural = this.acceptKw('natural');
      let type: JoinType | null = null;
      if (this.acceptKw('join') || this.acceptKw('inner', 'join')) type = 'inner';
      else if (this.acceptKw('cross', 'join')) type = 'cross';
      else if (this.acceptKw('left', 'outer', 'join') || this.acceptKw('left', 'join')) type = 'left';
      else if (this.acceptKw('right', 'outer', 'join') || this.acceptKw('right', 'join')) type = 'right';
      else if (this.acceptKw('full', 'outer', 'join') || this.acceptKw('full', 'join')) type = 'full';
      else if (this.acceptKw('left', 'semi', 'join') || this.acceptKw('semi', 'join')) type = 'semi';
      else if (this.acceptKw('left', 'anti', 'join') || this.acceptKw('anti', 'join')) type = 'anti';
      else if (this.isKw('pivot')) {
        left = this.pivot(left);
        continue;
      } else if (this.isKw('lateral') && this.isKw('view', 1)) {
        this.i += 2;
        left = { kind: 'lateral', plan: left, view: this.lateralView() };
        continue;
      }
      if (!type) {
        if (natural) throw this.error();
        return left;
      }
      const right = this.relationPrimary();
      const join: Extract<Plan, { kind: 'join' }> = { kind: 'join', left, right, type, natural };
      if (this.acceptKw('on')) join.on = this.expression();
      else if (this.acceptKw('using')) join.using = this.identList();
      left = join;
    }
  }

  private pivot(plan: Plan): Plan {
    this.next();
    this.expectOp('(');
    const aggregates = [this.pivotAgg()];
    while (this.acceptOp(',')) aggregates.push(this.pivotAgg());
    this.expectKw('for');
    let column: Expr;
    if (this.isOp('(')) {
      this.next();
      const cols = [this.expression()];
      while (this.acceptOp(',')) cols.push(this.expression());
      this.expectOp(')');
      column = cols.length === 1 ? cols[0]! : { kind: 'func', name: '__tuple', args: cols, distinct: false, pos: cols[0]!.pos };
    } else {
      const cpos = this.peek().start;
      column = { kind: 'column', parts: this.multipartName(), pos: cpos };
    }
    this.expectKw('in');
    this.expectOp('(');
    const values = [this.pivotAgg()];
    while (this.acceptOp(',')) values.push(this.pivotAgg());
    this.expectOp(')');
    this.expectOp(')');
    const p: Plan = { kind: 'pivot', plan, aggregates, column, values };
    const alias = this.optionalAlias();
    return alias ? { kind: 'alias', plan: p, alias } : p;
  }
  private pivotAgg(): Expr {
    const e = this.expression();
    const alias = this.optionalAlias();
    return alias === undefined ? e : { kind: 'alias', expr: e, names: [alias], pos: e.pos };
  }

  private relationPrimary(): Plan {
    let plan: Plan;
    const t = this.peek();
    if (this.isOp('(')) {
      this.next();
      if (this.startsQuery()) plan = this.queryTerm();
      else plan = this.relation();
      this.expectOp(')');
    } else if (this.isKw('values')) {
      plan = this.valuesClause();
    } else if (this.isIdent() && this.isOp('(', 1) && t.kind === 'ident') {
      const name = this.ident();
      this.expectOp('(');
      const args: Expr[] = [];
      if (!this.isOp(')')) {
        args.push(this.expression());
        while (this.acceptOp(',')) args.push(this.expression());
      }
      this.expectOp(')');
      plan = { kind: 'tableFunction', name: name.toLowerCase(), args, pos: t.start };
    } else {
      const name = this.multipartName();
      plan = { kind: 'relation', name, pos: t.start, end: this.peek(-1).end };
    }
    if (this.acceptKw('tablesample')) {
      // TABLESAMPLE (n ROWS) is a per-relation LIMIT; fractional sampling is not supported.
      this.expectOp('(');
      const n = this.expression();
      if (!this.acceptKw('rows')) throw new ParseException('TABLESAMPLE supports only (n ROWS) here.');
      this.expectOp(')');
      plan = { kind: 'limit', plan, limit: n };
    }
    const alias = this.optionalAlias();
    if (alias !== undefined) {
      let columns: string[] | undefined;
      if (this.isOp('(')) columns = this.identList();
      return { kind: 'alias', plan, alias, columns };
    }
    return plan;
  }

  protected windowSpec(): WindowSpec {
    return this.windowSpecBody();
  }
}
