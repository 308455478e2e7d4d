/**
 * `_io.TextIOWrapper` over a VFS byte stream: chunked decoding, universal newlines
 * (`\r\n` and `\r` read as `\n` unless `newline` says otherwise), and CPython's errors.
 */
import { NativeGetter, STOP, iter, setClassType, strRepr, typeName } from '../../values/py';
import { def, parseArgs } from '../../values/py/methods/define';
import type { ByteStream } from './file-bytes';
import { TextIOWrapperT, sizeArg, unsupported } from './io-base';
import { ByteStreamFile } from './file-stream';
import { IncrementalDecoder, encodeText, utf8Length } from './text-codec';
import type { Codec } from './text-codec';
import { pyErr } from '../../values/py';

const CHUNK = 64 * 1024;

export interface TextOptions {
  readonly encoding: string;
  readonly codec: Codec;
  readonly errors: string;
  /** null: universal newlines; '' : split on any, no translation; else that terminator. */
  readonly newline: string | null;
}

export class TextFile extends ByteStreamFile {
  private buf = '';
  private at = 0;
  private eof = false;
  private heldCR = false;
  private decoder: IncrementalDecoder;

  constructor(
    raw: ByteStream,
    mode: string,
    readonly opts: TextOptions,
  ) {
    super(raw, mode);
    this.decoder = new IncrementalDecoder(opts.codec, opts.errors);
  }

  pyRepr(): string {
    return `<_io.TextIOWrapper name=${reprName(this.raw.name)} mode=${strRepr(this.mode)} encoding=${strRepr(this.opts.encoding)}>`;
  }
  emptyValue(): unknown {
    return '';
  }

  private needRead(): void {
    this.checkOpen();
    if (!this.raw.readable) unsupported('not readable');
  }

  private fill(): boolean {
    if (this.eof) return false;
    const chunk = this.raw.read(CHUNK);
    if (chunk.length === 0) this.eof = true;
    let t = this.decoder.decode(chunk, this.eof);
    if (this.heldCR) {
      t = `\r${t}`;
      this.heldCR = false;
    }
    if (!this.eof && this.opts.newline !== '\n' && t.endsWith('\r')) {
      t = t.slice(0, -1);
      this.heldCR = true;
    }
    if (this.opts.newline === null) t = t.replace(/\r\n?/g, '\n');
    this.buf += t;
    return true;
  }

  private lineEnd(from: number): number {
    const nl = this.opts.newline;
    if (nl === null || nl === '\n') {
      const i = this.buf.indexOf('\n', from);
      return i < 0 ? -1 : i + 1;
    }
    if (nl === '') {
      const m = /\r\n|\r|\n/g;
      m.lastIndex = from;
      const r = m.exec(this.buf);
      return r ? r.index + r[0].length : -1;
    }
    const i = this.buf.indexOf(nl, from);
    return i < 0 ? -1 : i + nl.length;
  }

  readLine(limit: number): string {
    this.needRead();
    if (this.at > CHUNK) {
      this.buf = this.buf.slice(this.at);
      this.at = 0;
    }
    let scanned = this.at;
    for (;;) {
      const end = this.lineEnd(scanned);
      if (end >= 0 && (limit < 0 || end - this.at <= limit)) return this.take(end);
      if (limit >= 0 && this.buf.length - this.at >= limit) return this.take(this.at + limit);
      scanned = Math.max(this.at, this.buf.length - 1);
      if (!this.fill()) return this.take(this.buf.length);
    }
  }

  private take(end: number): string {
    const s = this.buf.slice(this.at, end);
    this.at = end;
    return s;
  }

  read(n: number): string {
    this.needRead();
    if (n < 0) {
      while (this.fill());
      return this.take(this.buf.length);
    }
    while (this.buf.length - this.at < n && this.fill());
    return this.take(Math.min(this.buf.length, this.at + n));
  }

  write(s: unknown): number {
    this.checkOpen();
    if (!this.raw.writable) unsupported('not writable');
    if (typeof s !== 'string') throw pyErr('TypeError', `write() argument must be str, not ${typeName(s)}`);
    if (this.buf.length > this.at || this.heldCR) this.raw.seek(this.tell(), 0);
    this.dropReadBuffer();
    const nl = this.opts.newline;
    const text = nl === '\r\n' || nl === '\r' ? s.replace(/\n/g, nl) : s;
    this.raw.write(encodeText(text, this.opts.codec, this.opts.errors));
    return [...s].length;
  }

  private dropReadBuffer(): void {
    this.buf = '';
    this.at = 0;
    this.eof = false;
    this.heldCR = false;
    this.decoder = new IncrementalDecoder(this.opts.codec, this.opts.errors);
  }

  tell(): number {
    this.checkOpen();
    const unread = this.buf.slice(this.at) + (this.heldCR ? '\r' : '');
    return this.raw.pos - (this.opts.codec === 'utf-8' ? utf8Length(unread) : unread.length);
  }

  seek(offset: number, whence: number): number {
    this.checkOpen();
    if (whence === 1 && offset !== 0) unsupported("can't do nonzero cur-relative seeks");
    if (whence === 2 && offset !== 0) unsupported("can't do nonzero end-relative seeks");
    if (whence < 0 || whence > 2) throw pyErr('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (offset < 0) throw pyErr('ValueError', `negative seek position ${offset}`);
    const to = whence === 1 ? this.tell() : offset;
    this.dropReadBuffer();
    return this.raw.seek(to, whence === 2 ? 2 : 0);
  }
}
setClassType(TextFile, TextIOWrapperT);

export function reprName(name: unknown): string {
  return typeof name === 'string' ? strRepr(name) : String(name);
}

const W = TextIOWrapperT;
def(W, 'read', (f: TextFile, ...a: unknown[]) => {
  const [size] = parseArgs('read', a, ['size'], 0);
  return f.read(sizeArg(size));
});
def(W, 'write', (f: TextFile, s: unknown) => f.write(s));
def(W, 'writelines', (f: TextFile, lines: unknown) => {
  f.checkOpen();
  const it = iter(lines);
  for (let v = it.nx(); v !== STOP; v = it.nx()) f.write(v);
  return null;
});
def(W, 'tell', (f: TextFile) => f.tell());
def(W, 'seek', (f: TextFile, offset: unknown, whence: unknown = 0) => f.seek(Number(offset), Number(whence)));
def(W, 'truncate', (f: TextFile, size: unknown = null) => {
  f.checkOpen();
  if (!f.raw.writable) unsupported('File not open for writing');
  return f.raw.truncate(size === null ? f.tell() : Number(size));
});
def(W, 'fileno', (f: TextFile) => (f.checkOpen(), 3));
for (const [k, get] of [
  ['name', (f: TextFile) => f.raw.name],
  ['mode', (f: TextFile) => f.mode],
  ['encoding', (f: TextFile) => f.opts.encoding],
  ['errors', (f: TextFile) => f.opts.errors],
  ['newlines', () => null],
  ['line_buffering', () => false],
] as const) {
  W.dict.set(k, new NativeGetter((f) => get(f as TextFile)));
}
