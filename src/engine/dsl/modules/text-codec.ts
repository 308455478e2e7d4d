/**
 * The codecs text files support (utf-8, ascii, latin-1) with CPython's error messages, and
 * an incremental decoder so files are read in chunks.
 */
import { pyErr } from '../../values/py';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
  'latin-1': 'latin-1', latin1: 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1', l1: 'latin-1', latin: 'latin-1',
};

export function lookupCodec(name: string): Codec {
  const c = ALIASES[name.toLowerCase().replace(/[_ ]/g, '-')];
  if (!c) throw pyErr('LookupError', `unknown encoding: ${name}`);
  return c;
}

export function checkErrors(errors: string): void {
  if (!['strict', 'ignore', 'replace', 'surrogateescape', 'backslashreplace'].includes(errors)) {
    throw pyErr('LookupError', `unknown error handler name '${errors}'`);
  }
}

function charEscape(cp: number): string {
  if (cp < 0x100) return `'\\x${cp.toString(16).padStart(2, '0')}'`;
  if (cp < 0x10000) return `'\\u${cp.toString(16).padStart(4, '0')}'`;
  return `'\\U${cp.toString(16).padStart(8, '0')}'`;
}

export function encodeText(s: string, codec: Codec, errors: string): Uint8Array {
  if (codec === 'utf-8') return new TextEncoder().encode(s);
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  const out: number[] = [];
  let i = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === 'replace') out.push(0x3f);
    else if (errors !== 'ignore') {
      throw pyErr('UnicodeEncodeError', `'${codec === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character ${charEscape(cp)} in position ${i}: ordinal not in range(${limit})`);
    }
    i++;
  }
  return Uint8Array.from(out);
}

/** Where well-formed UTF-8 stops, and why (for UnicodeDecodeError's message). */
function utf8Error(b: Uint8Array, final: boolean): [number, string] | null {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return [i, 'invalid start byte'];
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return final ? [i, 'unexpected end of data'] : null;
      if ((b[i + k]! & 0xc0) !== 0x80) return [i, 'invalid continuation byte'];
    }
    i += need + 1;
  }
  return null;
}

interface StreamingDecoder {
  decode(input: Uint8Array, options: { stream: boolean }): string;
}

export class IncrementalDecoder {
  /** The engine's lib declares decode() without its streaming option, which every host has. */
  private readonly utf8: StreamingDecoder | null;
  /** Bytes decoded so far, for error positions. */
  private seen = 0;

  constructor(
    private readonly codec: Codec,
    private readonly errors: string,
  ) {
    this.utf8 = codec === 'utf-8' ? (new TextDecoder('utf-8', { fatal: errors === 'strict' }) as unknown as StreamingDecoder) : null;
  }

  decode(b: Uint8Array, final: boolean): string {
    const base = this.seen;
    this.seen += b.length;
    if (this.utf8) {
      try {
        return this.utf8.decode(b, { stream: !final });
      } catch {
        const at = utf8Error(b, true) ?? [0, 'invalid start byte'];
        throw pyErr('UnicodeDecodeError', `'utf-8' codec can't decode byte 0x${b[at[0]]!.toString(16).padStart(2, '0')} in position ${base + at[0]}: ${at[1]}`);
      }
    }
    let s = '';
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (this.codec === 'ascii' && c > 0x7f) {
        if (this.errors === 'replace') s += '\ufffd';
        else if (this.errors !== 'ignore') {
          throw pyErr('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${base + i}: ordinal not in range(128)`);
        }
        continue;
      }
      s += String.fromCharCode(c);
    }
    return s;
  }
}

/** Decodes a whole byte string (bytes.decode, reading a file at once). */
export function decodeBytes(b: Uint8Array, codec: Codec, errors: string): string {
  return new IncrementalDecoder(codec, errors).decode(b, true);
}

/** UTF-8 length of a string, for tell() in text files. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
