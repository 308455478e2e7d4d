export type { ColumnVector, DictionaryCodes } from './vector';
export { buildVector, constantVector, gatherVector, getValue, isValid, layoutOf, lazyObjectVector, lazyVector } from './vector';
export type { ColumnBatch } from './batch';
export { batchFromRows, batchesFromRows, batchesToRows, batchesForRows, cachedRows, gatherBatch, sourceBatches, batchRow, batchToRows, DEFAULT_BATCH_ROWS, transferables } from './batch';
