import { describe, expect, it } from 'vitest';
import { Reader, Writer, deserialize, serialize, sizeHint } from './serialize';

describe('serialize', () => {
  it('round-trips the values tasks carry', () => {
    const values: unknown[] = [
      undefined, null, true, false, 0, -0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 1.5, NaN, Infinity, -Infinity,
      123456789012345678901234567890n, '', 'héllo ☃ 𝄞', [1, [2, [3]]], { a: 1, b: [true, null] },
      new Uint8Array([1, 2, 255]), new Float64Array([1.5, -2]), new Int32Array([7, -7]),
      new Map<unknown, unknown>([[1, 'one'], ['two', 2]]), new Set([1, 'x']), new Date(86400000),
    ];
    for (const v of values) expect(deserialize(serialize(v))).toEqual(v);
    expect(Object.is(deserialize(serialize(-0)), -0)).toBe(true);
    expect(Number.isNaN(deserialize(serialize(NaN)))).toBe(true);
  });

  it('grows its buffer for large values', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `s${i}`);
    expect(deserialize(serialize(big))).toEqual(big);
  });

  it('refuses class instances it has no codec for', () => {
    class Thing {}
    expect(() => serialize(new Thing())).toThrow(/cannot serialise an instance of Thing/);
    expect(() => serialize(() => 1)).toThrow(/cannot serialise a value of type function/);
  });

  it('sizes a message carrying blocks up front, so its buffer never grows', () => {
    const blocks = [new Uint8Array(100_000).fill(7), new Uint8Array(3000).fill(9), new Uint8Array(5)];
    const message = [1, 'task', blocks, { a: 2.5 }];
    const hint = sizeHint(message);
    const bytes = serialize(message);
    expect(hint).toBeGreaterThanOrEqual(bytes.byteLength);
    expect(hint).toBeLessThan(bytes.byteLength + 200);
    // Sized once: the whole buffer is the hint's (plus room), not a doubled one.
    expect(bytes.buffer.byteLength).toBe(hint + 64);
    expect(deserialize(bytes)).toEqual(message);
    // Too many values to walk: no hint, and the writer grows as before.
    expect(sizeHint(Array.from({ length: 10_000 }, (_, i) => i))).toBe(-1);
  });

  it('writes long and non-ASCII strings past the room it reserved', () => {
    const s = 'a'.repeat(5000) + '☃𝄞é'.repeat(3000) + 'z';
    for (const v of [s, [s, s], { k: s }]) expect(deserialize(serialize(v))).toEqual(v);
    const w = new Writer(16);
    w.str(s);
    w.str('tail');
    const r = new Reader(w.finish());
    expect([r.str(), r.str()]).toEqual([s, 'tail']);
  });

  it('decodes large arrays as views of the message only when asked, and aligned', () => {
    const f = Float64Array.from({ length: 100 }, (_, i) => i / 3);
    const ints = Int32Array.from({ length: 100 }, (_, i) => -i);
    const u = Uint8Array.from({ length: 300 }, (_, i) => i & 255);
    const message = ['x', f, 7, ints, u, new Uint8Array([1, 2])];
    const bytes = serialize(message);
    const copied = deserialize(bytes) as [string, Float64Array, number, Int32Array, Uint8Array, Uint8Array];
    const viewed = deserialize(bytes, { views: true }) as typeof copied;
    for (const got of [copied, viewed]) expect(got).toEqual(message);
    expect(copied[1].buffer).not.toBe(bytes.buffer);
    expect(viewed[1].buffer).toBe(bytes.buffer);
    expect(viewed[3].buffer).toBe(bytes.buffer);
    expect(viewed[4].buffer).toBe(bytes.buffer);
    expect(viewed[1].byteOffset % 8).toBe(0);
    // Small arrays are copies either way (they may be kept and would hold the message).
    expect(viewed[5].buffer).not.toBe(bytes.buffer);
    // The message at an odd address: the typed arrays are copies, still right.
    const odd = new Uint8Array(bytes.byteLength + 1).subarray(1);
    odd.set(bytes);
    const shifted = deserialize(odd, { views: true }) as typeof copied;
    expect(shifted).toEqual(message);
    expect(shifted[1].buffer).not.toBe(odd.buffer);
    // Never a view of shared memory (another thread may write it).
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
    shared.set(bytes);
    const fromShared = deserialize(shared, { views: true }) as typeof copied;
    expect(fromShared).toEqual(message);
    expect(fromShared[4].buffer).not.toBe(shared.buffer);
  });

  it('pads aligned bytes from the message start, and reads them with or without views', () => {
    const w = new Writer();
    w.u8(5);
    w.alignedBytes(new Uint8Array([1, 2, 3, 4]), 4);
    w.alignedBytes(new Uint8Array([9]), 8);
    w.u8(6);
    const bytes = w.finish();
    for (const views of [false, true]) {
      const r = new Reader(bytes, { views });
      expect(r.u8()).toBe(5);
      const a = r.alignedBytes(4);
      expect([...a]).toEqual([1, 2, 3, 4]);
      expect(a.byteOffset % 4).toBe(0);
      expect([...r.alignedBytes(8)]).toEqual([9]);
      expect(r.u8()).toBe(6);
      expect(a.buffer === bytes.buffer).toBe(views);
    }
  });
});
