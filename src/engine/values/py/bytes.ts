import { T, setClassType } from './core';

/** bytes: an immutable byte string. */
export class PyBytes {
  constructor(readonly b: Uint8Array) {}
  pyRepr(): string {
    let out = "b'";
    for (const c of this.b) {
      if (c === 0x27 || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
      else if (c === 10) out += '\\n';
      else if (c === 13) out += '\\r';
      else if (c === 9) out += '\\t';
      else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
      else out += String.fromCharCode(c);
    }
    return `${out}'`;
  }
  pyLen(): number {
    return this.b.length;
  }
}
setClassType(PyBytes, T.bytes);
