/**
 * Column.withField / Column.dropFields (Spark's UpdateFields): `__with_field(s, 'a.b', v)`
 * replaces or appends a (nested) field, `__drop_fields(s, 'b', 'e.g', ...)` removes fields.
 * The DataFrame API emits these internal names; the paths must be literals.
 */
import { field, structType } from '../../types';
import type { DataType, StructField } from '../../types';
import type { BoundExpr } from '../bound';
import { AnalysisException } from '../sql-errors';
import { registerScalar, unexpectedType } from './registry';
import type { CallSite } from './registry';

type Struct = Extract<DataType, { kind: 'struct' }>;

/** One edit of a struct type and the matching edit of its values. */
interface Edit {
  type: Struct;
  apply: (v: unknown[], extra: unknown) => unknown[];
}

function literalPath(site: CallSite, e: BoundExpr, i: number): string[] {
  if (e.kind !== 'literal' || typeof e.value !== 'string') throw unexpectedType(site, i, e, '"STRING" literal');
  return e.value.split('.');
}

function findField(t: Struct, name: string): number {
  return t.fields.findIndex((f) => f.name.toLowerCase() === name.toLowerCase());
}

function withField(t: Struct, path: string[], vt: DataType, vNullable: boolean): Edit {
  const [head, ...rest] = path;
  const i = findField(t, head!);
  if (rest.length === 0) {
    const f: StructField = field(head!, vt, vNullable);
    const fields = i < 0 ? [...t.fields, f] : t.fields.map((x, k) => (k === i ? { ...f, name: x.name } : x));
    return { type: structType(fields), apply: (v, x) => (i < 0 ? [...v, x] : v.map((y, k) => (k === i ? x : y))) };
  }
  const inner = i >= 0 ? t.fields[i]!.type : null;
  if (inner === null || inner.kind !== 'struct') {
    throw new AnalysisException(`Field name \`${path.join('.')}\` is invalid: \`${head}\` is not a struct.`, 'INVALID_FIELD_NAME');
  }
  const sub = withField(inner, rest, vt, vNullable);
  return {
    type: structType(t.fields.map((x, k) => (k === i ? { ...x, type: sub.type } : x))),
    apply: (v, x) => v.map((y, k) => (k === i && y !== null ? sub.apply(y as unknown[], x) : y)),
  };
}

function dropField(t: Struct, path: string[]): Edit {
  const [head, ...rest] = path;
  const i = findField(t, head!);
  if (i < 0) return { type: t, apply: (v) => v };
  if (rest.length === 0) return { type: structType(t.fields.filter((_, k) => k !== i)), apply: (v) => v.filter((_, k) => k !== i) };
  const inner = t.fields[i]!.type;
  if (inner.kind !== 'struct') return { type: t, apply: (v) => v };
  const sub = dropField(inner, rest);
  return {
    type: structType(t.fields.map((x, k) => (k === i ? { ...x, type: sub.type } : x))),
    apply: (v) => v.map((y, k) => (k === i && y !== null ? sub.apply(y as unknown[], null) : y)),
  };
}

function structArg(site: CallSite, args: BoundExpr[]): Struct {
  const t = args[0]!.type;
  if (t.kind !== 'struct') throw unexpectedType(site, 0, args[0]!, '"STRUCT"');
  return t;
}

registerScalar('__with_field', (args, site) => {
  const t = structArg(site, args);
  const edit = withField(t, literalPath(site, args[1]!, 1), args[2]!.type, args[2]!.nullable);
  return {
    kind: 'lenient', name: 'update_fields', args: [args[0]!, args[2]!], type: edit.type, nullable: args[0]!.nullable,
    fn: (a) => (a[0] === null ? null : edit.apply(a[0] as unknown[], a[1])),
  };
});

registerScalar('__drop_fields', (args, site) => {
  let t = structArg(site, args);
  const edits: Edit[] = [];
  for (let i = 1; i < args.length; i++) {
    const e = dropField(t, literalPath(site, args[i]!, i));
    edits.push(e);
    t = e.type;
  }
  if (t.fields.length === 0) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Cannot drop all fields in struct.`, 'DATATYPE_MISMATCH.CANNOT_DROP_ALL_FIELDS');
  }
  return {
    kind: 'strict', name: 'update_fields', args: [args[0]!], type: t, nullable: args[0]!.nullable,
    fn: (a) => edits.reduce((v, e) => e.apply(v, null), a[0] as unknown[]),
  };
});
