/** Type syntax inside expressions: INTERVAL literals and data types (CAST targets, typed literals). */
import { parseDataType, primitiveTypeByName, arrayType, mapType, structType, field } from '../../types';
import type { DataType } from '../../types';
import type { Expr } from '../ast';
import { ParseException } from '../errors';
import { addIntervalUnit, intervalLiteral, lit, parseIntervalString } from './literals';
import { TokenStream } from './token-stream';
import { addUnitRange, dtText, DT_UNITS, normalizeUnit, unitRange, ymText, YM_UNITS } from './interval-text';

export abstract class TypeSyntaxParser extends TokenStream {
  abstract expression(): Expr;

  protected interval(): Expr {
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
