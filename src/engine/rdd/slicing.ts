/**
 * How PySpark cuts a local collection into partitions, so `glom()` prints what PySpark
 * prints. PySpark writes the list in batches of
 * `max(1, min(len // numSlices, 1024))` records and the JVM slices the *batches* with
 * ParallelCollectionRDD's positions; a `range` is cut arithmetically instead.
 */
import type { SourceSpec } from './task';

/** ParallelCollectionRDD.positions: [start, end) of slice i of `length` items. */
function position(i: number, length: number, numSlices: number): [number, number] {
  return [Math.floor((i * length) / numSlices), Math.floor(((i + 1) * length) / numSlices)];
}

export function sliceCollection(items: readonly unknown[], numSlices: number): SourceSpec[] {
  const batchSize = Math.max(1, Math.min(Math.floor(items.length / numSlices), 1024));
  const batches = Math.ceil(items.length / batchSize);
  const out: SourceSpec[] = [];
  for (let i = 0; i < numSlices; i++) {
    const [b0, b1] = position(i, batches, numSlices);
    out.push({ kind: 'collection', items: items.slice(b0 * batchSize, Math.min(b1 * batchSize, items.length)) });
  }
  return out;
}

/** PySpark's special case for `range`: getStart(split) = start0 + int(split * size / numSlices) * step. */
export function sliceRange(start: number, end: number, step: number, numSlices: number): SourceSpec[] {
  if (step === 0) throw new RangeError('range() arg 3 must not be zero');
  const size = Math.max(0, step > 0 ? Math.ceil((end - start) / step) : Math.ceil((start - end) / -step));
  if (size === 0) return Array.from({ length: numSlices }, () => ({ kind: 'collection', items: [] }));
  const at = (split: number) => start + Math.trunc((split * size) / numSlices) * step;
  return Array.from({ length: numSlices }, (_, i) => ({ kind: 'range', start: at(i), end: at(i + 1), step }));
}
