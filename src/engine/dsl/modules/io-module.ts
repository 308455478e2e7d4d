/** The io module: StringIO and BytesIO in memory, open, and the stream classes. */
import { PyBytes, STOP, identity, iter, pyErr, setClassType, typeName } from '../../values/py';
import { def, parseArgs } from '../../values/py/methods/define';
import { moduleFrom, registerModule } from './registry';
import {
  BufferedIOBaseT, BufferedRandomT, BufferedReaderT, BufferedWriterT, BytesIOT, IOBaseT, IOStream, RawIOBaseT, StringIOT, TextIOBaseT,
  TextIOWrapperT, UnsupportedOperation, sizeArg,
} from './io-base';
import { bytesLike } from './file-binary';
import { openFile } from './open';

function address(x: object): string {
  return `0x${identity(x).toString(16).padStart(12, '0')}`;
}

/** One in-memory buffer for both: text as a string, bytes as a byte array. */
abstract class MemoryStream<V> extends IOStream {
  pos = 0;
  closed = false;
  abstract size(): number;
  abstract slice(from: number, to: number): V;
  abstract indexOfNewline(from: number): number;
  isClosed(): boolean {
    return this.closed;
  }
  doClose(): void {
    this.closed = true;
  }
  doFlush(): void {}
  canRead(): boolean {
    return true;
  }
  canWrite(): boolean {
    return true;
  }
  read(n: number): V {
    this.checkOpen();
    const end = n < 0 ? this.size() : Math.min(this.size(), this.pos + n);
    const out = this.slice(Math.min(this.pos, end), end);
    this.pos = Math.max(this.pos, end);
    return out;
  }
  readLine(limit: number): V {
    this.checkOpen();
    const nl = this.indexOfNewline(this.pos);
    let end = nl < 0 ? this.size() : nl + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    return this.read(Math.max(0, end - this.pos));
  }
  seek(offset: number, whence: number): number {
    this.checkOpen();
    if (whence === 0 && offset < 0) throw pyErr('ValueError', `negative seek value ${offset}`);
    this.pos = Math.max(0, whence === 0 ? offset : whence === 1 ? this.pos + offset : this.size() + offset);
    return this.pos;
  }
}

export class StringIO extends MemoryStream<string> {
  text = '';
  pyRepr(): string {
    return `<_io.StringIO object at ${address(this)}>`;
  }
  override checkOpen(): void {
    // StringIO's message has no full stop, unlike every other stream's.
    if (this.closed) throw pyErr('ValueError', 'I/O operation on closed file');
  }
  emptyValue(): unknown {
    return '';
  }
  size(): number {
    return this.text.length;
  }
  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }
  indexOfNewline(from: number): number {
    return this.text.indexOf('\n', from);
  }
  write(s: unknown): number {
    this.checkOpen();
    if (typeof s !== 'string') throw pyErr('TypeError', `string argument expected, got '${typeName(s)}'`);
    const pad = this.pos > this.text.length ? '\0'.repeat(this.pos - this.text.length) : '';
    this.text = this.text.slice(0, this.pos) + pad + s + this.text.slice(this.pos + s.length);
    this.pos += s.length;
    return [...s].length;
  }
}
setClassType(StringIO, StringIOT);

export class BytesIO extends MemoryStream<PyBytes> {
  data = new Uint8Array(0);
  pyRepr(): string {
    return `<_io.BytesIO object at ${address(this)}>`;
  }
  emptyValue(): unknown {
    return new PyBytes(new Uint8Array(0));
  }
  size(): number {
    return this.data.length;
  }
  slice(from: number, to: number): PyBytes {
    return new PyBytes(this.data.slice(from, to));
  }
  indexOfNewline(from: number): number {
    return this.data.indexOf(10, from);
  }
  write(x: unknown): number {
    this.checkOpen();
    const b = bytesLike(x);
    const end = this.pos + b.length;
    if (end > this.data.length) {
      const grown = new Uint8Array(end);
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(b, this.pos);
    this.pos = end;
    return b.length;
  }
}
setClassType(BytesIO, BytesIOT);

StringIOT.construct = (a) => {
  const [initial, newline] = parseArgs('StringIO', a, ['initial_value', 'newline'], 0);
  const s = new StringIO();
  if (initial !== undefined && initial !== null) {
    if (typeof initial !== 'string') throw pyErr('TypeError', `initial_value must be str or None, not ${typeName(initial)}`);
    s.text = newline === undefined || newline === null ? initial.replace(/\r\n?/g, '\n') : initial;
  }
  return s;
};
BytesIOT.construct = (a) => {
  const [initial] = parseArgs('BytesIO', a, ['initial_bytes'], 0);
  const b = new BytesIO();
  if (initial !== undefined && initial !== null) b.data = bytesLike(initial).slice();
  return b;
};

for (const T of [StringIOT, BytesIOT]) {
  def(T, 'getvalue', (s: StringIO | BytesIO) => {
    s.checkOpen();
    return s instanceof StringIO ? s.text : new PyBytes(s.data.slice());
  });
  def(T, 'read', (s: StringIO | BytesIO, size?: unknown) => s.read(sizeArg(size)));
  def(T, 'write', (s: StringIO | BytesIO, v: unknown) => s.write(v));
  def(T, 'writelines', (s: StringIO | BytesIO, lines: unknown) => {
    const it = iter(lines);
    for (let v = it.nx(); v !== STOP; v = it.nx()) s.write(v);
    return null;
  });
  def(T, 'tell', (s: StringIO | BytesIO) => (s.checkOpen(), s.pos));
  def(T, 'seek', (s: StringIO | BytesIO, offset: unknown, whence: unknown = 0) => s.seek(Number(offset), Number(whence)));
  def(T, 'truncate', (s: StringIO | BytesIO, size: unknown = null) => {
    s.checkOpen();
    const n = size === null ? s.pos : Number(size);
    if (s instanceof StringIO) s.text = s.text.slice(0, n);
    else s.data = s.data.slice(0, n);
    return n;
  });
}

registerModule('io', () =>
  moduleFrom('io', {
    open: openFile,
    StringIO: StringIOT,
    BytesIO: BytesIOT,
    TextIOWrapper: TextIOWrapperT,
    BufferedReader: BufferedReaderT,
    BufferedWriter: BufferedWriterT,
    BufferedRandom: BufferedRandomT,
    IOBase: IOBaseT,
    TextIOBase: TextIOBaseT,
    BufferedIOBase: BufferedIOBaseT,
    RawIOBase: RawIOBaseT,
    UnsupportedOperation,
    DEFAULT_BUFFER_SIZE: 8192,
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
  }),
);
