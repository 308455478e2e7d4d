/** `_io.BufferedReader` / `BufferedWriter` / `BufferedRandom`: binary files over a VFS byte stream. */
import { NativeGetter, PyBytes, STOP, iter, setClassType, typeName, pyErr } from '../../values/py';
import { def, parseArgs } from '../../values/py/methods/define';
import type { ByteStream } from './file-bytes';
import { BufferedRandomT, BufferedReaderT, BufferedWriterT, sizeArg, unsupported } from './io-base';
import { ByteStreamFile } from './file-stream';
import { reprName } from './file-text';

/** The bytes of a bytes-like argument, or CPython's TypeError. */
export function bytesLike(x: unknown): Uint8Array {
  if (x instanceof PyBytes) return x.b;
  const b = (x as { b?: unknown } | null)?.b;
  if (b instanceof Uint8Array) return b;
  throw pyErr('TypeError', `a bytes-like object is required, not '${typeName(x)}'`);
}

export class BinaryFile extends ByteStreamFile {

  pyRepr(): string {
    return `<_io.${this.typeLabel()} name=${reprName(this.raw.name)}>`;
  }
  typeLabel(): string {
    return this.raw.flags.updating ? 'BufferedRandom' : this.raw.readable ? 'BufferedReader' : 'BufferedWriter';
  }
  emptyValue(): unknown {
    return new PyBytes(new Uint8Array(0));
  }

  read(n: number): PyBytes {
    this.checkOpen();
    if (!this.raw.readable) unsupported('read');
    return new PyBytes(this.raw.read(n));
  }

  readLine(limit: number): PyBytes {
    this.checkOpen();
    if (!this.raw.readable) unsupported('readline');
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const want = limit < 0 ? 8192 : Math.min(8192, limit - total);
      if (want === 0) break;
      const start = this.raw.pos;
      const chunk = this.raw.read(want);
      if (chunk.length === 0) break;
      const nl = chunk.indexOf(10);
      if (nl >= 0) {
        parts.push(chunk.subarray(0, nl + 1));
        total += nl + 1;
        this.raw.pos = start + nl + 1;
        break;
      }
      parts.push(chunk);
      total += chunk.length;
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return new PyBytes(out);
  }

  write(x: unknown): number {
    this.checkOpen();
    if (!this.raw.writable) unsupported('write');
    return this.raw.write(bytesLike(x));
  }
}

for (const T of [BufferedReaderT, BufferedWriterT, BufferedRandomT]) {
  def(T, 'read', (f: BinaryFile, ...a: unknown[]) => {
    const [size] = parseArgs('read', a, ['size'], 0);
    return f.read(sizeArg(size));
  });
  def(T, 'read1', (f: BinaryFile, size: unknown = -1) => f.read(sizeArg(size)));
  def(T, 'write', (f: BinaryFile, b: unknown) => f.write(b));
  def(T, 'writelines', (f: BinaryFile, lines: unknown) => {
    const it = iter(lines);
    for (let v = it.nx(); v !== STOP; v = it.nx()) f.write(v);
    return null;
  });
  def(T, 'tell', (f: BinaryFile) => (f.checkOpen(), f.raw.pos));
  def(T, 'seek', (f: BinaryFile, offset: unknown, whence: unknown = 0) => (f.checkOpen(), f.raw.seek(Number(offset), Number(whence))));
  def(T, 'truncate', (f: BinaryFile, size: unknown = null) => (f.checkOpen(), f.raw.truncate(size === null ? f.raw.pos : Number(size))));
  def(T, 'fileno', (f: BinaryFile) => (f.checkOpen(), 3));
  T.dict.set('name', new NativeGetter((f) => (f as BinaryFile).raw.name));
  T.dict.set('mode', new NativeGetter((f) => (f as BinaryFile).mode));
}

/** The Python type of a binary file depends on its mode. */
export function binaryFile(raw: ByteStream, mode: string): BinaryFile {
  const f = new BinaryFile(raw, mode);
  const t = raw.flags.updating ? BufferedRandomT : raw.readable ? BufferedReaderT : BufferedWriterT;
  (f as unknown as { $cls: unknown }).$cls = t;
  return f;
}
setClassType(BinaryFile, BufferedReaderT);
