/** Expression grammar: precedence climbing from OR down to primaries. */
import { parseDataType, primitiveTypeByName, arrayType, mapType, structType, field } from '../../types';
import type { DataType } from '../../types';
import type { Expr, FrameBound, Plan, SortOrder, WindowFrame, WindowSpec } from '../ast';
import { ParseException } from '../errors';
import {
  addIntervalUnit, boolLit, intervalLiteral, lit, nullLit, numberLiteral, parseIntervalString, strLit, typedLiteral,
} from './literals';
import { TokenStream } from './token-stream';
import { addUnitRange, dtText, DT_UNITS, normalizeUnit, unitRange, ymText, YM_UNITS } from './interval-text';

const COMPARISON = new Set(['=', '==', '<>', '!=', '<', '<=', '>', '>=', '<=>']);

export abstract class ExprParser extends TokenStream {
  protected abstract queryTerm(): Plan;
  protected abstract startsQuery(k?: number): boolean;

  expression(): Expr {
    return this.orExpr();
  }

  private orExpr(): Expr {
    let e = this.andExpr();
    while (this.isKw('or')) {
      const pos = this.next().start;
      e = { kind: 'binary', op: 'or', left: e, right: this.andExpr(), pos };
    }
    return e;
  }
  private andExpr(): Expr {
    let e = this.notExpr();
    while (this.isKw('and')) {
      const pos = this.next().start;
      e = { kind: 'binary', op: 'and', left: e, right: this.notExpr(), pos };
    }
    return e;
  }
  private notExpr(): Expr {
    if (this.isKw('not') || this.isOp('!')) {
      const pos = this.next().start;
      return { kind: 'unary', op: 'not', expr: this.notExpr(), pos };
    }
    return this.predicate();
  }

  private predicate(): Expr {
    let e = this.comparison();
    for (;;) {
      const pos = this.peek().start;
      const negated = this.isKw('not') && (this.isKw('in', 1) || this.isKw('between', 1) || this.isKw('like', 1) || this.isKw('rlike', 1) || this.isKw('ilike', 1) || this.isKw('regexp', 1));
      if (negated) this.next();
      if (this.acceptKw('in')) {
        this.expectOp('(');
        if (this.startsQuery()) {
          const plan = this.queryTerm();
          this.expectOp(')');
          const exprs = e.kind === 'func' && e.name === '__tuple' ? e.args : [e];
          e = { kind: 'inSubquery', exprs, plan, negated, pos };
        } else {
          const list = [this.expression()];
          while (this.acceptOp(',')) list.push(this.expression());
          this.expectOp(')');
          e = { kind: 'in', expr: e, list, negated, pos };
        }
      } else if (this.acceptKw('between')) {
        const low = this.comparison();
        this.expectKw('and');
        const high = this.comparison();
        e = { kind: 'between', expr: e, low, high, negated, pos };
      } else if (this.isKw('like') || this.isKw('ilike') || this.isKw('rlike') || this.isKw('regexp')) {
        const w = this.next().text.toLowerCase();
        const op = w === 'regexp' ? 'rlike' : (w as 'like' | 'ilike' | 'rlike');
        if (op !== 'rlike' && (this.isKw('any') || this.isKw('all') || this.isKw('some'))) {
          const q = this.next().text.toLowerCase();
          this.expectOp('(');
          const patterns: Expr[] = [];
          if (this.isOp(')')) throw new ParseException(`Expected something between '(' and ')'.(line 1, pos ${this.peek().start})`);
          {
            patterns.push(this.expression());
            while (this.acceptOp(',')) patterns.push(this.expression());
          }
          this.expectOp(')');
          e = { kind: 'like', op, expr: e, pattern: patterns[0] ?? nullLit(pos), negated, quantifier: q === 'all' ? 'all' : 'any', patterns, pos };
        } else {
          const pattern = this.comparison();
          let escape: string | undefined;
          if (this.acceptKw('escape')) {
            const t = this.next();
            if (t.kind !== 'string') throw this.error(t);
            escape = t.text;
          }
          e = { kind: 'like', op, expr: e, pattern, escape, negated, pos };
        }
      } else if (!negated && this.isKw('is')) {
        this.next();
        const not = this.acceptKw('not');
        if (this.acceptKw('null')) e = { kind: 'isNull', expr: e, negated: not, pos };
        else if (this.acceptKw('true')) e = { kind: 'isBool', expr: e, value: true, negated: not, pos };
        else if (this.acceptKw('false')) e = { kind: 'isBool', expr: e, value: false, negated: not, pos };
        else if (this.acceptKw('unknown')) e = { kind: 'isNull', expr: e, negated: not, pos };
        else if (this.acceptKw('distinct')) {
          this.expectKw('from');
          e = { kind: 'distinctFrom', left: e, right: this.comparison(), negated: not, pos };
        } else throw this.error();
      } else {
        if (negated) throw this.error();
        return e;
      }
    }
  }

  private comparison(): Expr {
    let e = this.bitOr();
    while (this.peek().kind === 'op' && COMPARISON.has(this.peek().text)) {
      const t = this.next();
      e = { kind: 'binary', op: t.text === '==' ? '=' : t.text === '!=' ? '<>' : t.text, left: e, right: this.bitOr(), pos: t.start };
    }
    return e;
  }
  private bitOr(): Expr {
    let e = this.bitXor();
    while (this.isOp('|')) {
      const pos = this.next().start;
      e = { kind: 'binary', op: '|', left: e, right: this.bitXor(), pos };
    }
    return e;
  }
  private bitXor(): Expr {
    let e = this.bitAnd();
    while (this.isOp('^')) {
      const pos = this.next().start;
      e = { kind: 'binary', op: '^', left: e, right: this.bitAnd(), pos };
    }
    return e;
  }
  private bitAnd(): Expr {
    let e = this.additive();
    while (this.isOp('&')) {
      const pos = this.next().start;
      e = { kind: 'binary', op: '&', left: e, right: this.additive(), pos };
    }
    return e;
  }
  private additive(): Expr {
    let e = this.multiplicative();
    while (this.isOp('+') || this.isOp('-') || this.isOp('||')) {
      const t = this.next();
      e = { kind: 'binary', op: t.text, left: e, right: this.multiplicative(), pos: t.start };
    }
    return e;
  }
  private multiplicative(): Expr {
    let e = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%') || this.isKw('div')) {
      const t = this.next();
      e = { kind: 'binary', op: t.text.toLowerCase(), left: e, right: this.unary(), pos: t.start };
    }
    return e;
  }
  private unary(): Expr {
    if (this.isOp('-') || this.isOp('+') || this.isOp('~')) {
      const t = this.next();
      const n = this.peek();
      if (t.text === '-' && n.kind === 'number' && !this.isOp('.', 1) && !this.isOp('[', 1) && !this.isOp('::', 1)) {
        this.next();
        return numberLiteral(n.text, t.start, true);
      }
      return { kind: 'unary', op: t.text, expr: this.unary(), pos: t.start };
    }
    return this.postfix();
  }
  private postfix(): Expr {
    let e = this.primary();
    for (;;) {
      if (this.isOp('[')) {
        const pos = this.next().start;
        const index = this.expression();
        this.expectOp(']');
        e = { kind: 'subscript', expr: e, index, pos };
      } else if (this.isOp('.') && this.isIdent(1)) {
        const pos = this.next().start;
        const name = this.ident();
        e = e.kind === 'column' ? { ...e, parts: [...e.parts, name] } : { kind: 'field', expr: e, name, pos };
      } else if (this.isOp('::')) {
        const pos = this.next().start;
        e = { kind: 'cast', expr: e, type: this.dataType(), tryCast: false, pos };
      } else return e;
    }
  }

  private primary(): Expr {
    const t = this.peek();
    const pos = t.start;
    if (t.kind === 'number') {
      this.next();
      return numberLiteral(t.text, pos);
    }
    if (t.kind === 'string') {
      this.next();
      let s = t.text;
      while (this.peek().kind === 'string') s += this.next().text;
      return strLit(s, pos);
    }
    if (t.kind === 'op') {
      if (t.text === '(') {
        this.next();
        if (this.startsQuery()) {
          const plan = this.queryTerm();
          this.expectOp(')');
          return { kind: 'scalarSubquery', plan, pos };
        }
        const first = this.argument();
        if (this.acceptOp(',')) {
          const items = [first, this.argument()];
          while (this.acceptOp(',')) items.push(this.argument());
          this.expectOp(')');
          if (this.isOp('->')) return this.lambdaFrom(items, pos);
          return { kind: 'func', name: '__tuple', args: items, distinct: false, pos };
        }
        this.expectOp(')');
        if (this.isOp('->')) return this.lambdaFrom([first], pos);
        return first;
      }
      if (t.text === '*') {
        this.next();
        return { kind: 'star', qualifier: [], pos };
      }
      throw this.error();
    }
    if (t.kind === 'quoted') {
      this.next();
      if (this.isOp('->')) return this.lambdaFrom([{ kind: 'column', parts: [t.text], pos }], pos);
      return this.qualifiedRest([t.text], pos);
    }
    if (t.kind === 'eof') throw this.error();
    const w = t.text.toLowerCase();
    const n1 = this.peek(1);
    if (n1.kind === 'string') {
      if (w === 'date' || w === 'timestamp' || w === 'timestamp_ntz' || w === 'timestamp_ltz' || w === 'x') {
        this.next();
        this.next();
        return typedLiteral(w, n1.text, pos);
      }
    }
    switch (w) {
      case 'null': this.next(); return nullLit(pos);
      case 'true': this.next(); return boolLit(true, pos);
      case 'false': this.next(); return boolLit(false, pos);
      case 'case': return this.caseExpr();
      case 'interval': if (n1.kind === 'string' || n1.kind === 'number' || (n1.kind === 'op' && n1.text === '-')) return this.interval(); break;
      case 'exists':
        if (this.isOp('(', 1)) {
          this.next();
          this.next();
          const plan = this.queryTerm();
          this.expectOp(')');
          return { kind: 'exists', plan, negated: false, pos };
        }
        break;
      case 'cast': case 'try_cast':
        if (this.isOp('(', 1)) {
          this.next();
          this.next();
          const e = this.expression();
          this.expectKw('as');
          const type = this.dataType();
          this.expectOp(')');
          return { kind: 'cast', expr: e, type, tryCast: w === 'try_cast', pos };
        }
        break;
      case 'current_date': case 'current_timestamp': case 'current_user': case 'user': case 'current_timezone':
        if (!this.isOp('(', 1)) {
          this.next();
          return { kind: 'func', name: w, args: [], distinct: false, pos };
        }
        break;
      default: break;
    }
    this.next();
    if (this.isOp('->')) return this.lambdaFrom([{ kind: 'column', parts: [t.text], pos }], pos);
    if (this.isOp('(')) return this.functionCall(t.text, pos);
    return this.qualifiedRest([t.text], pos);
  }

  /** A function or tuple argument, which may carry `AS name` (struct field names). */
  private argument(): Expr {
    const e = this.expression();
    if (this.acceptKw('as')) return { kind: 'alias', expr: e, names: [this.ident()], pos: e.pos };
    return e;
  }

  private lambdaFrom(params: Expr[], pos: number): Expr {
    this.expectOp('->');
    const names = params.map((p) => {
      if (p.kind !== 'column' || p.parts.length !== 1) throw this.error();
      return p.parts[0]!;
    });
    return { kind: 'lambda', params: names, body: this.expression(), pos };
  }

  private qualifiedRest(parts: string[], pos: number): Expr {
    while (this.isOp('.')) {
      if (this.isOp('*', 1)) {
        this.i += 2;
        return { kind: 'star', qualifier: parts, pos };
      }
      if (!this.isIdent(1)) break;
      this.next();
      parts.push(this.ident());
    }
    return { kind: 'column', parts, pos };
  }

  private functionCall(name: string, pos: number): Expr {
    this.expectOp('(');
    const lname = name.toLowerCase();
    const args: Expr[] = [];
    let distinct = false;
    if (lname === 'extract' || lname === 'date_part') {
      if (this.isIdent() && this.isKw('from', 1)) {
        const f = this.ident();
        this.next();
        const src = this.expression();
        this.expectOp(')');
        return { kind: 'func', name: 'extract', args: [strLit(f, pos), src], distinct: false, pos };
      }
    }
    if (lname === 'position' && !this.isOp(')')) {
      const needle = this.bitOr();
      if (this.acceptKw('in')) {
        const hay = this.expression();
        this.expectOp(')');
        return { kind: 'func', name: 'position', args: [needle, hay], distinct: false, fromIn: true, pos };
      }
      args.push(needle);
      while (this.acceptOp(',')) args.push(this.expression());
      this.expectOp(')');
      return { kind: 'func', name, args, distinct: false, pos };
    }
    if (lname === 'trim' || lname === 'ltrim' || lname === 'rtrim' || lname === 'btrim') {
      let mode = lname === 'trim' ? 'trim' : lname;
      if (this.acceptKw('both')) mode = 'trim';
      else if (this.acceptKw('leading')) mode = 'ltrim';
      else if (this.acceptKw('trailing')) mode = 'rtrim';
      if (this.acceptKw('from')) {
        const src = this.expression();
        this.expectOp(')');
        return { kind: 'func', name: mode, args: [src], distinct: false, pos };
      }
      const first = this.expression();
      if (this.acceptKw('from')) {
        const src = this.expression();
        this.expectOp(')');
        return { kind: 'func', name: mode, args: [src, first], distinct: false, pos };
      }
      args.push(first);
      while (this.acceptOp(',')) args.push(this.expression());
      this.expectOp(')');
      return { kind: 'func', name, args, distinct: false, pos };
    }
    if ((lname === 'substring' || lname === 'substr') && !this.isOp(')')) {
      const src = this.expression();
      if (this.acceptKw('from')) {
        args.push(src, this.expression());
        if (this.acceptKw('for')) args.push(this.expression());
        this.expectOp(')');
        return { kind: 'func', name: 'substring', args, distinct: false, pos };
      }
      args.push(src);
      while (this.acceptOp(',')) args.push(this.expression());
      this.expectOp(')');
      return this.functionTail(name, args, false, pos);
    }
    if (this.acceptKw('distinct')) distinct = true;
    else this.acceptKw('all');
    if (!this.isOp(')')) {
      args.push(this.argument());
      while (this.acceptOp(',')) args.push(this.argument());
    }
    let ignoreNulls: boolean | undefined;
    if (this.acceptKw('ignore', 'nulls')) ignoreNulls = true;
    else if (this.acceptKw('respect', 'nulls')) ignoreNulls = false;
    this.expectOp(')');
    const f = this.functionTail(name, args, distinct, pos);
    if (ignoreNulls !== undefined && f.kind === 'func') f.ignoreNulls = ignoreNulls;
    return f;
  }

  private functionTail(name: string, args: Expr[], distinct: boolean, pos: number): Expr {
    const f: Extract<Expr, { kind: 'func' }> = { kind: 'func', name, args, distinct, pos };
    if (this.acceptKw('within', 'group')) {
      this.expectOp('(');
      this.expectKw('order');
      this.expectKw('by');
      f.orderWithin = this.sortOrders();
      this.expectOp(')');
    }
    if (this.acceptKw('filter')) {
      this.expectOp('(');
      this.expectKw('where');
      f.filter = this.expression();
      this.expectOp(')');
    }
    if (this.acceptKw('ignore', 'nulls')) f.ignoreNulls = true;
    else if (this.acceptKw('respect', 'nulls')) f.ignoreNulls = false;
    if (this.acceptKw('over')) {
      if (this.isIdent()) f.over = this.ident();
      else {
        this.expectOp('(');
        f.over = this.windowSpecBody();
        this.expectOp(')');
      }
    }
    return f;
  }

  /** The inside of `OVER (...)` or of a WINDOW definition. */
  protected windowSpecBody(): WindowSpec {
    const spec: WindowSpec = { partitionBy: [], orderBy: [] };
    if (this.isIdent() && !['partition', 'distribute', 'order', 'sort', 'rows', 'range', 'cluster'].includes(this.peek().text.toLowerCase())) spec.base = this.ident();
    if (this.acceptKw('partition', 'by') || this.acceptKw('distribute', 'by')) {
      spec.partitionBy.push(this.expression());
      while (this.acceptOp(',')) spec.partitionBy.push(this.expression());
    }
    if (this.acceptKw('cluster', 'by')) {
      spec.partitionBy.push(this.expression());
      while (this.acceptOp(',')) spec.partitionBy.push(this.expression());
    }
    if (this.acceptKw('order', 'by') || this.acceptKw('sort', 'by')) spec.orderBy = this.sortOrders();
    if (this.isKw('rows') || this.isKw('range')) spec.frame = this.frame();
    return spec;
  }

  private frame(): WindowFrame {
    const type = this.next().text.toLowerCase() as 'rows' | 'range';
    if (this.acceptKw('between')) {
      const lower = this.frameBound();
      this.expectKw('and');
      const upper = this.frameBound();
      return { type, lower, upper };
    }
    return { type, lower: this.frameBound(), upper: { kind: 'currentRow' } };
  }
  private frameBound(): FrameBound {
    if (this.acceptKw('unbounded', 'preceding')) return { kind: 'unboundedPreceding' };
    if (this.acceptKw('unbounded', 'following')) return { kind: 'unboundedFollowing' };
    if (this.acceptKw('current', 'row')) return { kind: 'currentRow' };
    const start = this.peek();
    const offset = this.additive();
    const literal = offset.kind === 'literal' || (offset.kind === 'unary' && offset.expr.kind === 'literal');
    if (!literal) throw new ParseException(`Frame bound value must be a literal.(line 1, pos ${start.start})`);
    if (this.acceptKw('preceding')) return { kind: 'preceding', offset };
    if (this.acceptKw('following')) return { kind: 'following', offset };
    throw this.error();
  }

  protected sortOrders(): SortOrder[] {
    const out = [this.sortOrder()];
    while (this.acceptOp(',')) out.push(this.sortOrder());
    return out;
  }
  private sortOrder(): SortOrder {
    const expr = this.expression();
    let ascending = true;
    if (this.acceptKw('desc')) ascending = false;
    else this.acceptKw('asc');
    let nullsFirst = ascending;
    if (this.acceptKw('nulls', 'first')) nullsFirst = true;
    else if (this.acceptKw('nulls', 'last')) nullsFirst = false;
    return { expr, ascending, nullsFirst };
  }

  private caseExpr(): Expr {
    const pos = this.next().start;
    let operand: Expr | undefined;
    if (!this.isKw('when')) operand = this.expression();
    const branches: Array<[Expr, Expr]> = [];
    while (this.acceptKw('when')) {
      const c = this.expression();
      this.expectKw('then');
      branches.push([c, this.expression()]);
    }
    if (branches.length === 0) throw this.error();
    let elseExpr: Expr | undefined;
    if (this.acceptKw('else')) elseExpr = this.expression();
    this.expectKw('end');
    return { kind: 'case', operand, branches, elseExpr, pos };
  }

  private interval(): Expr {
    const pos = this.next().start;
    if (this.peek().kind === 'string' && !this.isIdent(1)) {
      const s = this.next().text;
      const parsed = parseIntervalString(s);
      if (!parsed) throw new ParseException(`Cannot parse the INTERVAL value: ${s}`);
      return intervalLiteral(parsed, pos);
    }
    // Unit forms give ANSI intervals: year-month (months) or day-time (microseconds).
    const parts: Array<{ text: string; neg: boolean; isString: boolean; unit: string; to: string | null }> = [];
    while (this.peek().kind === 'number' || this.peek().kind === 'string' || this.isOp('-')) {
      const neg = this.acceptOp('-');
      const tok = this.next();
      const unit = normalizeUnit(this.ident());
      let to: string | null = null;
      if (this.acceptKw('to')) to = normalizeUnit(this.ident());
      parts.push({ text: tok.text.trim(), neg, isString: tok.kind === 'string', unit, to });
    }
    const ym = parts.every((p) => YM_UNITS.includes(p.unit) && (!p.to || YM_UNITS.includes(p.to)));
    const dt = parts.every((p) => DT_UNITS.includes(p.unit) && (!p.to || DT_UNITS.includes(p.to)));
    if (parts.length && (ym || dt)) {
      const iv = { months: 0, days: 0, micros: 0 };
      let from = parts[0]!.unit;
      let to = parts[0]!.to ?? parts[0]!.unit;
      for (const p of parts) {
        const ok = p.isString && (p.to || /[-: ]/.test(p.text.replace(/^[+-]/, '')))
          ? addUnitRange(iv, p.text, p.unit, p.to ?? p.unit, p.neg)
          : addIntervalUnit(iv, Number(p.text) * (p.neg ? -1 : 1), p.unit);
        if (!ok) throw new ParseException(`Cannot parse the INTERVAL value: ${p.text}`);
        const order = ym ? YM_UNITS : DT_UNITS;
        if (order.indexOf(p.unit) < order.indexOf(from)) from = p.unit;
        const last = p.to ?? p.unit;
        if (order.indexOf(last) > order.indexOf(to)) to = last;
      }
      if (ym) {
        const t = { kind: 'yearmonth' as const, from: from as 'year', to: to as 'year' };
        return lit(iv.months, t, pos, `INTERVAL '${ymText(iv.months, t.from, t.to)}' ${unitRange(from, to)}`);
      }
      if (from === 'week') from = 'day';
      const micros = iv.days * 86_400_000_000 + iv.micros;
      const t = { kind: 'daytime' as const, from: from as 'day', to: (to === 'week' ? 'day' : to) as 'day' };
      return lit(micros, t, pos, `INTERVAL '${dtText(micros, t.from, t.to)}' ${unitRange(t.from, t.to)}`);
    }
    const iv = { months: 0, days: 0, micros: 0 };
    for (const p of parts) {
      const ok = p.isString && (p.to || /[-: ]/.test(p.text.replace(/^[+-]/, '')))
        ? addUnitRange(iv, p.text, p.unit, p.to ?? p.unit, p.neg)
        : addIntervalUnit(iv, Number(p.text) * (p.neg ? -1 : 1), p.unit);
      if (!ok) throw new ParseException(`Cannot parse the INTERVAL value: ${p.text}`);
    }
    return intervalLiteral(iv, pos);
  }

  /** A type in CAST or DDL: `int`, `decimal(10, 2)`, `array<int>`, `struct<a: int>`. */
  protected dataType(): DataType {
    const name = this.ident().toLowerCase();
    if (name === 'array' && this.acceptOp('<')) {
      const e = this.dataType();
      this.expectOp('>');
      return arrayType(e);
    }
    if (name === 'map' && this.acceptOp('<')) {
      const k = this.dataType();
      this.expectOp(',');
      const v = this.dataType();
      this.expectOp('>');
      return mapType(k, v);
    }
    if (name === 'struct' && this.acceptOp('<')) {
      const fields = [];
      if (!this.isOp('>')) {
        do {
          const n = this.ident();
          this.acceptOp(':');
          fields.push(field(n, this.dataType()));
        } while (this.acceptOp(','));
      }
      this.expectOp('>');
      return structType(fields);
    }
    if (name === 'interval') {
      while (this.isIdent() && ['year', 'month', 'day', 'hour', 'minute', 'second', 'to'].includes(this.peek().text.toLowerCase())) this.next();
      return parseDataType('interval');
    }
    const args: number[] = [];
    if (this.acceptOp('(')) {
      do {
        const t = this.next();
        if (t.kind !== 'number') throw this.error(t);
        args.push(parseInt(t.text, 10));
      } while (this.acceptOp(','));
      this.expectOp(')');
    }
    const t = primitiveTypeByName(name, args);
    if (!t) throw new ParseException(`[UNSUPPORTED_DATATYPE] Unsupported data type "${name.toUpperCase()}".`, 'UNSUPPORTED_DATATYPE');
    return t;
  }
}
