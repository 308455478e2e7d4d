// Growable SharedArrayBuffers are ES2024; the engine compiles against ES2022 so a stray
// newer API fails typecheck, and this is the one place that reaches for them.
interface GrowableSharedArrayBuffer extends SharedArrayBuffer {
  readonly growable: boolean;
  readonly maxByteLength: number;
  grow(newLength: number): void;
}

interface GrowableSharedArrayBufferConstructor {
  new (byteLength: number, options: { maxByteLength: number }): GrowableSharedArrayBuffer;
}

export type { GrowableSharedArrayBuffer };

export function createGrowableSab(byteLength: number, maxByteLength: number): GrowableSharedArrayBuffer {
  const Ctor = SharedArrayBuffer as unknown as GrowableSharedArrayBufferConstructor;
  return new Ctor(byteLength, { maxByteLength });
}

export function asGrowable(sab: SharedArrayBuffer): GrowableSharedArrayBuffer {
  return sab as GrowableSharedArrayBuffer;
}
