/**
 * The DataFrame layer's TypeScript side: Spark 3.5's show() text, printSchema trees, the
 * display table, and values crossing between Python and the SQL engine. DataFrames
 * themselves are SQL queries over the session (see dsl/pyspark/sql), so their results are
 * exactly what `spark.sql` computes.
 */
export { prettyCell, showCells, showString } from './show';
export { treeString, typeName } from './schema-tree';
export { inferFields, inferType, mergeType, rowToEngine, toEngine, toPython } from './values';
export type { PyDatetimeFactory } from './values';
export { resultTable } from './table';
export type { DataFrameTable } from './table';
export { csvOptionsFrom, csvValue, parseCsv, readCsv, readCsvWithFields } from './csv';
export { inferCsvFields, readCsvBatches, readCsvBatchesAs } from './csv-batches';
export { mergeTypes as mergeCsvTypes } from './csv-infer';
export type { CsvBatches } from './csv-batches';
export type { CsvOptions } from './csv';
export { readJsonLines, readJsonTexts } from './json';
export type { JsonReadOptions } from './json';
