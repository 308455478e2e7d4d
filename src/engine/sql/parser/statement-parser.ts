/** Top-level statements: queries plus the DDL, catalog and session commands the course uses. */
import type { Expr, Statement } from '../ast';
import { setExponentLiteralAsDecimal } from './literals';
import { QueryParser } from './query-parser';

export class SqlParser extends QueryParser {
  /** Parses exactly one statement (a trailing `;` is allowed). */
  statement(): Statement {
    const s = this.statementBody();
    this.acceptOp(';');
    if (this.peek().kind !== 'eof') throw this.error();
    return s;
  }

  private statementBody(): Statement {
    if (this.startsQuery()) return { kind: 'query', plan: this.queryTerm() };
    const w = this.peek().kind === 'ident' ? this.peek().text.toLowerCase() : '';
    switch (w) {
      case 'create': return this.create();
      case 'drop': return this.drop();
      case 'insert': return this.insert();
      case 'show': return this.show();
      case 'desc': case 'describe': return this.describe();
      case 'cache': {
        this.next();
        const lazy = this.acceptKw('lazy');
        this.expectKw('table');
        const table = this.multipartName();
        let plan;
        if (this.acceptKw('as') || this.startsQuery()) plan = this.queryTerm();
        return { kind: 'cache', table, plan, lazy };
      }
      case 'uncache': {
        this.next();
        this.expectKw('table');
        const ifExists = this.acceptKw('if', 'exists');
        return { kind: 'uncache', table: this.multipartName(), ifExists };
      }
      case 'clear': this.next(); this.expectKw('cache'); return { kind: 'clearCache' };
      case 'explain': {
        this.next();
        let mode = 'simple';
        for (const m of ['extended', 'codegen', 'cost', 'formatted', 'logical']) if (this.acceptKw(m)) mode = m;
        return { kind: 'explain', statement: this.statementBody(), mode };
      }
      case 'set': return this.setCommand();
      case 'reset': {
        this.next();
        const start = this.peek();
        if (start.kind === 'eof' || this.isOp(';')) return { kind: 'reset' };
        while (this.peek().kind !== 'eof') this.next();
        return { kind: 'reset', key: this.sql.slice(start.start).replace(/;\s*$/, '').trim() };
      }
      case 'use': this.next(); this.acceptKw('database'); this.acceptKw('namespace'); return { kind: 'use', database: this.ident() };
      case 'refresh': case 'analyze': case 'alter': case 'grant': case 'msck': case 'load': case 'truncate': case 'add': case 'list':
        while (this.peek().kind !== 'eof') this.next();
        return { kind: 'unsupported', text: this.sql, what: w };
      default: throw this.error();
    }
  }

  private create(): Statement {
    this.next();
    const replace = this.acceptKw('or', 'replace');
    const global = this.acceptKw('global');
    const temporary = this.acceptKw('temporary') || this.acceptKw('temp');
    if (this.acceptKw('view')) {
      const ifNotExists = this.acceptKw('if', 'not', 'exists');
      const name = this.multipartName();
      // CREATE TEMPORARY VIEW v [(col type, ...)] USING source [OPTIONS (...)]: a data source view.
      const save = this.i;
      let schema: string | undefined;
      if (this.isOp('(')) {
        const open = this.next();
        let depth = 1;
        while (depth > 0 && this.peek().kind !== 'eof') {
          const t = this.next();
          if (t.kind === 'op' && t.text === '(') depth++;
          if (t.kind === 'op' && t.text === ')') depth--;
        }
        schema = this.sql.slice(open.end, this.peek(-1).start);
      }
      if (this.acceptKw('using')) {
        const provider = this.multipartName().join('.');
        let options: Record<string, string> | undefined;
        while (this.peek().kind !== 'eof' && !this.isOp(';')) {
          if (this.acceptKw('options')) options = this.optionList();
          else this.next();
        }
        return { kind: 'createTable', name, schema, ifNotExists, replace, provider, temporaryView: true, options };
      }
      this.i = save;
      let columns: Array<{ name: string; comment?: string }> | undefined;
      if (this.isOp('(')) {
        this.next();
        columns = [];
        do {
          const n = this.ident();
          let comment: string | undefined;
          if (this.acceptKw('comment')) comment = this.next().text;
          columns.push({ name: n, comment });
        } while (this.acceptOp(','));
        this.expectOp(')');
      }
      while (this.acceptKw('comment') || this.acceptKw('tblproperties')) this.skipValue();
      this.expectKw('as');
      const start = this.peek().start;
      const plan = this.queryTerm();
      return { kind: 'createView', name, columns, plan, replace, temporary, global, ifNotExists, text: this.sql.slice(start).trim() };
    }
    if (this.acceptKw('database') || this.acceptKw('schema') || this.acceptKw('namespace')) {
      const ifNotExists = this.acceptKw('if', 'not', 'exists');
      const name = this.ident();
      while (this.peek().kind !== 'eof' && !this.isOp(';')) this.next();
      return { kind: 'createDatabase', name, ifNotExists };
    }
    this.acceptKw('external');
    if (!this.acceptKw('table')) throw this.error();
    const ifNotExists = this.acceptKw('if', 'not', 'exists');
    const name = this.multipartName();
    let schema: string | undefined;
    if (this.isOp('(') && !this.startsQuery(1)) {
      const open = this.next();
      let depth = 1;
      while (depth > 0 && this.peek().kind !== 'eof') {
        const t = this.next();
        if (t.kind === 'op' && (t.text === '(' || t.text === '<')) depth += t.text === '(' ? 1 : 0;
        if (t.kind === 'op' && t.text === ')') depth--;
      }
      schema = this.sql.slice(open.end, this.peek(-1).start);
    }
    let provider: string | undefined;
    let plan;
    let options: Record<string, string> | undefined;
    let location: string | undefined;
    while (this.peek().kind !== 'eof' && !this.isOp(';')) {
      if (this.acceptKw('using') || this.acceptKw('stored', 'as')) provider = this.ident();
      else if (this.acceptKw('options')) options = this.optionList();
      else if (this.peek().kind === 'ident' && this.peek().text.toLowerCase() === 'location' && this.peek(1).kind === 'string') {
        this.next();
        location = this.next().text;
      }
      else if (this.acceptKw('as')) plan = this.queryTerm();
      else if (this.startsQuery()) plan = this.queryTerm();
      else if (this.isOp('(')) this.skipValue();
      else this.next();
    }
    return { kind: 'createTable', name, schema: schema?.replace(/\s+comment\s+'[^']*'/gi, ''), plan, ifNotExists, replace, provider, options, location };
  }

  /** `OPTIONS (key 'value', 'k' = v, a.b 'c')`: keys and values as text. */
  private optionList(): Record<string, string> {
    const out: Record<string, string> = {};
    this.expectOp('(');
    if (this.acceptOp(')')) return out;
    do {
      let key = this.next().text;
      while (this.acceptOp('.')) key += `.${this.next().text}`;
      this.acceptOp('=');
      out[key] = this.next().text;
    } while (this.acceptOp(','));
    this.expectOp(')');
    return out;
  }

  private skipValue(): void {
    if (this.isOp('(')) {
      let depth = 0;
      do {
        const t = this.next();
        if (t.kind === 'op' && t.text === '(') depth++;
        if (t.kind === 'op' && t.text === ')') depth--;
      } while (depth > 0 && this.peek().kind !== 'eof');
    } else this.next();
  }

  private drop(): Statement {
    this.next();
    let what: 'table' | 'view' | 'database' | 'function';
    if (this.acceptKw('table')) what = 'table';
    else if (this.acceptKw('view')) what = 'view';
    else if (this.acceptKw('database') || this.acceptKw('schema')) what = 'database';
    else if (this.acceptKw('temporary', 'function') || this.acceptKw('function')) what = 'function';
    else throw this.error();
    const ifExists = this.acceptKw('if', 'exists');
    const name = this.multipartName();
    this.acceptKw('cascade');
    this.acceptKw('purge');
    return { kind: 'drop', what, name, ifExists };
  }

  private insert(): Statement {
    this.next();
    const overwrite = this.acceptKw('overwrite');
    if (!overwrite) this.expectKw('into');
    this.acceptKw('table');
    const table = this.multipartName();
    let partition: Array<[string, Expr | null]> | undefined;
    if (this.acceptKw('partition')) {
      this.expectOp('(');
      partition = [];
      do {
        const col = this.ident();
        partition.push([col, this.acceptOp('=') ? this.expression() : null]);
      } while (this.acceptOp(','));
      this.expectOp(')');
    }
    if (this.isOp('(') && !this.startsQuery(1)) this.identList();
    return { kind: 'insert', table, plan: this.queryTerm(), overwrite, partition };
  }

  private show(): Statement {
    this.next();
    if (this.acceptKw('tables') || this.acceptKw('views')) {
      let from: string[] | undefined;
      if (this.acceptKw('from') || this.acceptKw('in')) from = this.multipartName();
      this.acceptKw('like');
      const pattern = this.peek().kind === 'string' ? this.next().text : undefined;
      return { kind: 'show', what: 'tables', from, pattern };
    }
    if (this.acceptKw('databases') || this.acceptKw('schemas') || this.acceptKw('namespaces')) {
      this.acceptKw('like');
      const pattern = this.peek().kind === 'string' ? this.next().text : undefined;
      return { kind: 'show', what: 'databases', pattern };
    }
    if (this.acceptKw('user', 'functions') || this.acceptKw('system', 'functions') || this.acceptKw('all', 'functions') || this.acceptKw('functions')) {
      this.acceptKw('like');
      const pattern = this.peek().kind === 'string' ? this.next().text : this.isIdent() ? this.ident() : undefined;
      return { kind: 'show', what: 'functions', pattern };
    }
    if (this.acceptKw('columns')) {
      if (!this.acceptKw('from') && !this.acceptKw('in')) throw this.error();
      const table = this.multipartName();
      let from: string[] | undefined;
      if (this.acceptKw('from') || this.acceptKw('in')) from = this.multipartName();
      return { kind: 'show', what: 'columns', table, from };
    }
    return { kind: 'unsupported', text: this.sql, what: 'show' };
  }

  private describe(): Statement {
    this.next();
    if (this.acceptKw('function')) {
      const extended = this.acceptKw('extended');
      const t = this.next();
      return { kind: 'describe', function: t.text, extended };
    }
    if (this.acceptKw('query') || this.startsQuery()) return { kind: 'describe', query: this.queryTerm(), extended: false };
    this.acceptKw('table');
    const extended = this.acceptKw('extended') || this.acceptKw('formatted');
    const table = this.multipartName();
    while (this.peek().kind !== 'eof' && !this.isOp(';')) this.next();
    return { kind: 'describe', table, extended };
  }

  private setCommand(): Statement {
    this.next();
    const start = this.peek();
    if (start.kind === 'eof') return { kind: 'set' };
    const eq = this.sql.indexOf('=', start.start);
    const end = this.sql.replace(/;\s*$/, '').length;
    while (this.peek().kind !== 'eof') this.next();
    if (eq < 0) return { kind: 'set', key: this.sql.slice(start.start, end).trim() };
    return { kind: 'set', key: this.sql.slice(start.start, eq).trim(), value: this.sql.slice(eq + 1, end).trim() };
  }
}

export interface ParseOptions {
  readonly legacySetOpsPrecedence?: boolean;
  /** spark.sql.legacy.exponentLiteralAsDecimal.enabled */
  readonly exponentLiteralAsDecimal?: boolean;
}

export function parseStatement(sql: string, options: ParseOptions = {}): Statement {
  const p = new SqlParser(sql);
  p.legacySetOpsPrecedence = options.legacySetOpsPrecedence ?? false;
  setExponentLiteralAsDecimal(options.exponentLiteralAsDecimal ?? false);
  try {
    return p.statement();
  } finally {
    setExponentLiteralAsDecimal(false);
  }
}
