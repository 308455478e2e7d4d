/** Expression grammar: precedence climbing from OR down to primaries. */
import type { Expr, Plan } from '../ast';
import { ParseException } from '../errors';
import { boolLit, nullLit, numberLiteral, strLit, typedLiteral } from './literals';
import { CallParser } from './call-parser';

const COMPARISON = new Set(['=', '==', '<>', '!=', '<', '<=', '>', '>=', '<=>']);

export abstract class ExprParser extends CallParser {
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
  protected bitOr(): Expr {
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
  protected additive(): Expr {
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
        // EXISTS (subquery); otherwise exists(array, lambda) is the higher-order function.
        if (this.isOp('(', 1) && this.startsQuery(2)) {
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
}
