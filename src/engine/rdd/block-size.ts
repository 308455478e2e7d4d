/**
 * The size of a cached partition for the Spark UI's Storage page, estimated as Spark's
 * SizeEstimator does for large collections: measure a sample of the records (here, their
 * serialised bytes, the form they would take spilled or shipped) and scale to the count.
 */
import { serialize } from '../values';

const SAMPLE = 32;
/** Bytes counted for a record that cannot be serialised (a live object). */
const OPAQUE = 64;

/**
 * A record made of numbers and typed arrays only (an ML training block: megabytes of
 * Float64Arrays): its size without serialising it, the arrays' bytes plus a few per field.
 */
function numericRecordBytes(r: unknown): number | null {
  if (typeof r !== 'object' || r === null || Array.isArray(r) || ArrayBuffer.isView(r)) return null;
  let bytes = 0;
  for (const v of Object.values(r)) {
    if (ArrayBuffer.isView(v)) bytes += v.byteLength + 16;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) bytes += 16;
    else return null;
  }
  return bytes;
}

export function estimateBlockBytes(records: readonly unknown[]): number {
  const n = records.length;
  if (n === 0) return 0;
  const step = Math.max(1, Math.floor(n / SAMPLE));
  let bytes = 0;
  let k = 0;
  for (let i = 0; i < n && k < SAMPLE; i += step, k++) {
    const numeric = numericRecordBytes(records[i]);
    if (numeric !== null) {
      bytes += numeric;
      continue;
    }
    try {
      bytes += serialize(records[i]).byteLength;
    } catch {
      bytes += OPAQUE;
    }
  }
  return Math.round((bytes / k) * n);
}
