import { T, setClassType } from './core';
import { ArrayIter } from './iter';
import type { PyIterator } from './iter';

/** bytes: an immutable byte string. */
export class PyBytes {
  constructor(readonly b: Uint8Array) {}
  pyRepr(): string {
    const dq = this.b.includes(0x27) && !this.b.includes(0x22);
    const q = dq ? 0x22 : 0x27;
    let out = dq ? 'b"' : "b'";
    for (const c of this.b) {
      if (c === q || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
      else if (c === 10) out += '\\n';
      else if (c === 13) out += '\\r';
      else if (c === 9) out += '\\t';
      else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
      else out += String.fromCharCode(c);
    }
    return `${out}${dq ? '"' : "'"}`;
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
    if (typeof x === 'number') return this.b.includes(x);
    if (!(x instanceof PyBytes)) return false;
    const s = String.fromCharCode(...this.b);
    return s.includes(String.fromCharCode(...x.b));
  }
}
setClassType(PyBytes, T.bytes);
