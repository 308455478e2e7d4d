/**
 * The `_io` class tree the file objects share (`_IOBase` → text / buffered / raw bases), the
 * methods every stream has (close, context manager, flush, readable, ...), and
 * `io.UnsupportedOperation`.
 */
import { E, NativeGetter, PyBaseException, PyIterator, PyType, STOP, T, makeClass, pyErr, setClassType, toInt } from '../../values/py';
import { def } from '../../values/py/methods/define';

function ioType(name: string, base: PyType): PyType {
  const t = new PyType(name, [base]);
  t.module = '_io';
  return t;
}

export const IOBaseT = ioType('_IOBase', T.object);
export const TextIOBaseT = ioType('_TextIOBase', IOBaseT);
export const BufferedIOBaseT = ioType('_BufferedIOBase', IOBaseT);
export const RawIOBaseT = ioType('_RawIOBase', IOBaseT);
export const TextIOWrapperT = ioType('TextIOWrapper', TextIOBaseT);
export const StringIOT = ioType('StringIO', TextIOBaseT);
export const BytesIOT = ioType('BytesIO', BufferedIOBaseT);
export const BufferedReaderT = ioType('BufferedReader', BufferedIOBaseT);
export const BufferedWriterT = ioType('BufferedWriter', BufferedIOBaseT);
export const BufferedRandomT = ioType('BufferedRandom', BufferedIOBaseT);

export const UnsupportedOperation = makeClass('UnsupportedOperation', [E.OSError, E.ValueError], new Map(), 'io', 'UnsupportedOperation');

export function unsupported(msg: string): never {
  throw new PyBaseException(UnsupportedOperation, [msg]);
}

/** What every stream object implements; the shared methods below call these. */
export abstract class IOStream extends PyIterator {
  abstract isClosed(): boolean;
  abstract doClose(): void;
  abstract doFlush(): void;
  abstract canRead(): boolean;
  abstract canWrite(): boolean;
  abstract readLine(limit: number): unknown;
  abstract emptyValue(): unknown;

  checkOpen(): void {
    if (this.isClosed()) throw pyErr('ValueError', 'I/O operation on closed file.');
  }

  nx(): unknown {
    this.checkOpen();
    const line = this.readLine(-1);
    return isEmpty(line) ? STOP : line;
  }
}
setClassType(IOStream as unknown as { prototype: object }, IOBaseT);

/** size arguments: None or a negative number means "all". */
export function sizeArg(x: unknown): number {
  if (x === undefined || x === null) return -1;
  return Number(toInt(x));
}

def(IOBaseT, 'close', (f: IOStream) => (f.doClose(), null));
def(IOBaseT, 'flush', (f: IOStream) => (f.checkOpen(), f.doFlush(), null));
def(IOBaseT, '__enter__', (f: IOStream) => (f.checkOpen(), f));
def(IOBaseT, '__exit__', (f: IOStream) => (f.doClose(), null));
def(IOBaseT, '__iter__', (f: IOStream) => (f.checkOpen(), f));
def(IOBaseT, '__next__', (f: IOStream) => {
  const v = f.nx();
  if (v === STOP) throw pyErr('StopIteration');
  return v;
});
def(IOBaseT, 'readable', (f: IOStream) => (f.checkOpen(), f.canRead()));
def(IOBaseT, 'writable', (f: IOStream) => (f.checkOpen(), f.canWrite()));
def(IOBaseT, 'seekable', (f: IOStream) => (f.checkOpen(), true));
def(IOBaseT, 'isatty', (f: IOStream) => (f.checkOpen(), false));
def(IOBaseT, 'readlines', (f: IOStream, hint?: unknown) => {
  f.checkOpen();
  const max = sizeArg(hint);
  const out: unknown[] = [];
  let total = 0;
  for (let line = f.readLine(-1); !isEmpty(line); line = f.readLine(-1)) {
    out.push(line);
    total += typeof line === 'string' ? line.length : (line as { b: Uint8Array }).b.length;
    if (max > 0 && total >= max) break;
  }
  return out;
});
def(IOBaseT, 'readline', (f: IOStream, size?: unknown) => {
  f.checkOpen();
  return f.readLine(sizeArg(size));
});
IOBaseT.dict.set('closed', new NativeGetter((f) => (f as IOStream).isClosed()));

function isEmpty(line: unknown): boolean {
  return line === '' || (line as { b?: Uint8Array }).b?.length === 0;
}
