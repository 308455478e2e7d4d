/**
 * User-defined types (Spark's `UserDefinedType`): a struct sqlType carrying a `udt` marker.
 * Storage, SQL and shuffles see the struct; schemas (`vector`), show() cells and the values
 * Python collects see the user type. The ML layer registers `vector` and `matrix`.
 */
import { ByteType, DoubleType, IntegerType, BooleanType, arrayType, field, structType } from './data-type';
import type { DataType, StructType, UdtInfo } from './data-type';
import { formatDouble } from './format';

const registry = new Map<string, StructType>();

/** A struct sqlType marked as the user type `info`. */
export function udtType(info: UdtInfo, sql: StructType): StructType {
  return { kind: 'struct', fields: sql.fields, udt: info };
}

export function registerUdt(t: StructType): void {
  if (t.udt) registry.set(t.udt.name, t);
}

/** The registered user type named `name` (`vector`, `matrix`), or null. */
export function udtByName(name: string): StructType | null {
  return registry.get(name.toLowerCase()) ?? null;
}

export function isUdt(t: DataType): t is StructType & { readonly udt: UdtInfo } {
  return t.kind === 'struct' && t.udt !== undefined;
}

/** pyspark.ml.linalg.VectorUDT: struct<type:tinyint,size:int,indices:array<int>,values:array<double>>. */
export const VectorUDT: StructType = udtType(
  { name: 'vector', pyModule: 'pyspark.ml.linalg', pyClass: 'VectorUDT', scalaClass: 'org.apache.spark.ml.linalg.VectorUDT' },
  structType([
    field('type', ByteType, false), field('size', IntegerType, true),
    field('indices', arrayType(IntegerType, false), true), field('values', arrayType(DoubleType, false), true),
  ]),
);

/** pyspark.ml.linalg.MatrixUDT: struct<type,numRows,numCols,colPtrs,rowIndices,values,isTransposed>. */
export const MatrixUDT: StructType = udtType(
  { name: 'matrix', pyModule: 'pyspark.ml.linalg', pyClass: 'MatrixUDT', scalaClass: 'org.apache.spark.ml.linalg.MatrixUDT' },
  structType([
    field('type', ByteType, false), field('numRows', IntegerType, false), field('numCols', IntegerType, false),
    field('colPtrs', arrayType(IntegerType, false), true), field('rowIndices', arrayType(IntegerType, false), true),
    field('values', arrayType(DoubleType, false), true), field('isTransposed', BooleanType, false),
  ]),
);
registerUdt(VectorUDT);
registerUdt(MatrixUDT);

const dbl = (v: unknown): string => formatDouble(Number(v));

/**
 * A UDT value as Spark's show() prints it (the deserialized object's toString): a dense vector
 * `[0.0,1.0]`, a sparse one `(3,[0,2],[1.0,3.0])`; matrices as their column-major values.
 */
export function formatUdt(t: StructType & { readonly udt: UdtInfo }, v: unknown): string {
  const r = v as readonly unknown[];
  if (t.udt.name === 'vector') {
    const values = (r[3] as readonly unknown[] | null) ?? [];
    if (Number(r[0]) === 1) return `[${values.map(dbl).join(',')}]`;
    const indices = (r[2] as readonly unknown[] | null) ?? [];
    return `(${String(r[1])},[${indices.map(String).join(',')}],[${values.map(dbl).join(',')}])`;
  }
  if (t.udt.name === 'matrix') {
    const rows = Number(r[1]);
    const cols = Number(r[2]);
    const values = (r[5] as readonly unknown[] | null) ?? [];
    const transposed = Boolean(r[6]);
    if (Number(r[0]) === 1) {
      const lines: string[] = [];
      for (let i = 0; i < rows; i++) {
        const cells: string[] = [];
        for (let j = 0; j < cols; j++) cells.push(dbl(values[transposed ? i * cols + j : j * rows + i]));
        lines.push(cells.join('  '));
      }
      return lines.join('\n');
    }
    const colPtrs = (r[3] as readonly number[] | null) ?? [];
    const rowIdx = (r[4] as readonly number[] | null) ?? [];
    const lines = [`${rows} x ${cols} CSCMatrix`];
    for (let j = 0; j + 1 < colPtrs.length; j++) {
      for (let k = colPtrs[j]!; k < colPtrs[j + 1]!; k++) lines.push(`(${rowIdx[k]},${j}) ${dbl(values[k])}`);
    }
    return lines.join('\n');
  }
  return `{${t.fields.map((_, i) => String(r[i])).join(', ')}}`;
}
