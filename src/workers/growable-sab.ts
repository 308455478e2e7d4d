// Growable SharedArrayBuffers and Atomics.waitAsync are ES2024; the code compiles against
// ES2022, so this is the one place that reaches for them.
interface GrowableSharedArrayBuffer extends SharedArrayBuffer {
  readonly growable: boolean;
  readonly maxByteLength: number;
  grow(newLength: number): void;
}

interface GrowableSharedArrayBufferConstructor {
  new (byteLength: number, options: { maxByteLength: number }): GrowableSharedArrayBuffer;
}

export function createGrowableSab(byteLength: number, maxByteLength: number): GrowableSharedArrayBuffer {
  const Ctor = SharedArrayBuffer as unknown as GrowableSharedArrayBufferConstructor;
  return new Ctor(byteLength, { maxByteLength });
}

export function asGrowable(sab: SharedArrayBuffer): GrowableSharedArrayBuffer {
  return sab as GrowableSharedArrayBuffer;
}

type WaitAsyncResult = { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };

export function waitAsync(view: Int32Array, index: number, value: number): WaitAsyncResult {
  return (Atomics as unknown as { waitAsync(v: Int32Array, i: number, x: number): WaitAsyncResult }).waitAsync(view, index, value);
}
