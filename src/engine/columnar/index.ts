export type { ColumnVector } from './vector';
export { buildVector, getValue, isValid, layoutOf } from './vector';
export type { ColumnBatch } from './batch';
export { batchFromRows, batchesFromRows, batchesToRows, cachedRows, batchRow, batchToRows, DEFAULT_BATCH_ROWS, transferables } from './batch';
