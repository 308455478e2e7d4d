/** Function-call syntax: arguments and lambdas, FILTER / WITHIN GROUP / IGNORE NULLS tails, and OVER window specs. */
import type { Expr, FrameBound, SortOrder, WindowFrame, WindowSpec } from '../ast';
import { ParseException } from '../errors';
import { strLit } from './literals';
import { TypeSyntaxParser } from './type-syntax-parser';

export abstract class CallParser extends TypeSyntaxParser {
  protected abstract additive(): Expr;
  protected abstract bitOr(): Expr;

  /** A function or tuple argument, which may carry `AS name` (struct field names). */
  protected argument(): Expr {
    const e = this.expression();
    if (this.acceptKw('as')) return { kind: 'alias', expr: e, names: [this.ident()], pos: e.pos };
    return e;
  }

  protected lambdaFrom(params: Expr[], pos: number): Expr {
    this.expectOp('->');
    const names = params.map((p) => {
      if (p.kind !== 'column' || p.parts.length !== 1) throw this.error();
      return p.parts[0]!;
    });
    return { kind: 'lambda', params: names, body: this.expression(), pos };
  }

  protected functionCall(name: string, pos: number): Expr {
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
  protected sortOrder(): SortOrder {
    const expr = this.expression();
    let ascending = true;
    if (this.acceptKw('desc')) ascending = false;
    else this.acceptKw('asc');
    let nullsFirst = ascending;
    if (this.acceptKw('nulls', 'first')) nullsFirst = true;
    else if (this.acceptKw('nulls', 'last')) nullsFirst = false;
    return { expr, ascending, nullsFirst };
  }
}
