import { T, setClassType, typeOf } from './core';
import { pyErr } from './exceptions';
import { ArrayIter } from './iter';
import type { PyIterator } from './iter';

/** bytes: an immutable byte string. */
export class PyBytes {
  constructor(readonly b: Uint8Array) {}
  pyRepr(): string {
    return bytesLiteral(this.b, false);
  }
  pyLen(): number {
    return this.b.length;
  }
  pyIter(): PyIterator {
    return new ArrayIter([...this.b]);
  }
  pyEq(o: unknown): boolean {
    return o instanceof PyBytes && o.b.length === this.b.length && o.b.every((c, i) => c === this.b[i]);
  }
  pyHash(): number {
    let h = 0x345678;
    for (const c of this.b) h = Math.imul(h ^ c, 1000003);
    return h;
  }
  pyContains(x: unknown): boolean {
    if ((typeof x === 'number' && Number.isInteger(x)) || typeof x === 'boolean' || typeof x === 'bigint') {
      const v = Number(x);
      if (v < 0 || v > 255) throw pyErr('ValueError', 'byte must be in range(0, 256)');
      return this.b.includes(v);
    }
    if (!(x instanceof PyBytes)) throw pyErr('TypeError', `a bytes-like object is required, not '${typeOf(x).name}'`);
    const s = String.fromCharCode(...this.b);
    return s.includes(String.fromCharCode(...x.b));
  }
}
setClassType(PyBytes, T.bytes);

/** b'...' as CPython prints it; bytearray's repr escapes every single quote, even inside b"...". */
export function bytesLiteral(b: Uint8Array, escapeSingle: boolean): string {
  const dq = b.includes(0x27) && !b.includes(0x22);
  const q = escapeSingle ? 0x27 : dq ? 0x22 : 0x27;
  let out = dq ? 'b"' : "b'";
  for (const c of b) {
    if (c === q || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return `${out}${dq ? '"' : "'"}`;
}

