/** The methods of bytes (the basics: decoding, searching, slicing through item.ts). */
import { T } from '../core';
import { PyBytes } from '../bytes';
import { def, parseArgs } from './define';
import { pyErr } from '../exceptions';


const B = T.bytes;

function bytesOf(x: unknown, what: string): Uint8Array {
  if (x instanceof PyBytes) return x.b;
  throw pyErr('TypeError', `${what}`);
}

def(B, 'decode', (b: PyBytes, ...a: unknown[]) => {
  const [encoding, errors] = parseArgs('decode', a, ['encoding', 'errors'], 0);
  const enc = String(encoding ?? 'utf-8').toLowerCase().replace('_', '-');
  if (enc === 'ascii' || enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') {
    let s = '';
    for (const c of b.b) {
      if (enc === 'ascii' && c > 127 && errors !== 'ignore') {
        throw pyErr('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${s.length}: ordinal not in range(128)`);
      }
      s += String.fromCharCode(c);
    }
    return s;
  }
  try {
    return new TextDecoder('utf-8', { fatal: errors !== 'replace' && errors !== 'ignore' }).decode(b.b);
  } catch {
    throw pyErr('UnicodeDecodeError', "'utf-8' codec can't decode bytes: invalid data");
  }
});
def(B, 'hex', (b: PyBytes) => [...b.b].map((c) => c.toString(16).padStart(2, '0')).join(''));
def(B, 'startswith', (b: PyBytes, p: unknown) => {
  const x = bytesOf(p, 'startswith first arg must be bytes');
  return x.length <= b.b.length && x.every((c, i) => b.b[i] === c);
});
def(B, 'endswith', (b: PyBytes, p: unknown) => {
  const x = bytesOf(p, 'endswith first arg must be bytes');
  const off = b.b.length - x.length;
  return off >= 0 && x.every((c, i) => b.b[off + i] === c);
});
def(B, 'upper', (b: PyBytes) => new PyBytes(b.b.map((c) => (c >= 97 && c <= 122 ? c - 32 : c))));
def(B, 'lower', (b: PyBytes) => new PyBytes(b.b.map((c) => (c >= 65 && c <= 90 ? c + 32 : c))));
def(B, 'split', (b: PyBytes, sep?: unknown) => {
  const s = new TextDecoder('latin1').decode(b.b);
  const parts = sep === undefined || sep === null ? s.split(/[ \t\n\r\v\f]+/).filter(Boolean) : s.split(new TextDecoder('latin1').decode(bytesOf(sep, 'a bytes-like object is required')));
  return parts.map((p) => new PyBytes(Uint8Array.from(p, (ch) => ch.charCodeAt(0))));
});
def(B, 'count', (b: PyBytes, x: unknown) => {
  if (typeof x === 'number') return b.b.filter((c) => c === x).length;
  const s = new TextDecoder('latin1').decode(b.b);
  return s.split(new TextDecoder('latin1').decode(bytesOf(x, 'argument should be integer or bytes-like object'))).length - 1;
});
