/** `StructType.treeString` (printSchema) and the type names PySpark shows. */
import type { DataType, StructType } from '../types';
import { simpleString } from '../types';

/** Spark's `DataType.typeName`: `integer`, `long`, `decimal(10,0)`, `array`, ... */
export function typeName(t: DataType): string {
  switch (t.kind) {
    case 'int': return 'integer';
    case 'null': return 'void';
    case 'decimal': return `decimal(${t.precision},${t.scale})`;
    case 'interval': return 'calendarinterval';
    case 'daytime': case 'yearmonth': return simpleString(t);
    case 'struct':
      return t.udt ? t.udt.name : t.kind;
    case 'boolean': case 'byte': case 'short': case 'long': case 'float': case 'double': case 'string':
    case 'binary': case 'date': case 'timestamp': case 'timestamp_ntz': case 'array': case 'map':
      return t.kind;
    default: {
      const never: never = t;
      throw new Error(`unexpected type ${JSON.stringify(never)}`);
    }
  }
}

function nested(t: DataType, prefix: string, out: string[]): void {
  switch (t.kind) {
    case 'struct':
      if (t.udt) return;
      for (const f of t.fields) {
        out.push(`${prefix}-- ${f.name}: ${typeName(f.type)} (nullable = ${f.nullable})`);
        nested(f.type, `${prefix}    |`, out);
      }
      return;
    case 'array':
      out.push(`${prefix}-- element: ${typeName(t.element)} (containsNull = ${t.containsNull})`);
      nested(t.element, `${prefix}    |`, out);
      return;
    case 'map':
      out.push(`${prefix}-- key: ${typeName(t.key)}`);
      nested(t.key, `${prefix}    |`, out);
      out.push(`${prefix}-- value: ${typeName(t.value)} (valueContainsNull = ${t.valueContainsNull})`);
      nested(t.value, `${prefix}    |`, out);
      return;
    default:
      return;
  }
}

/** `root\n |-- id: long (nullable = false)\n` */
export function treeString(schema: StructType): string {
  const out = ['root'];
  nested(schema, ' |', out);
  return `${out.join('\n')}\n`;
}
