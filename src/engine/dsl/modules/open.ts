/** The `open()` builtin over the Python VFS (see vfs-host.ts), with CPython's mode rules. */
import { pyErr, typeName } from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { builtinsMap } from '../runtime/helpers';
import { ByteStream } from './file-bytes';
import type { OpenFlags } from './file-bytes';
import { binaryFile } from './file-binary';
import type { BinaryFile } from './file-binary';
import { TextFile } from './file-text';
import { checkErrors, lookupCodec } from './text-codec';
import { flushAllFiles, fspath, resolvePath } from './vfs-host';

interface ParsedMode extends OpenFlags {
  readonly binary: boolean;
}

export function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwaxbt+'.includes(c) || seen.has(c)) throw pyErr('ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ['r', 'w', 'a', 'x'].filter((c) => seen.has(c)).length;
  if (seen.has('t') && seen.has('b')) throw pyErr('ValueError', "can't have text and binary mode at once");
  if (kinds > 1) throw pyErr('ValueError', 'must have exactly one of create/read/write/append mode');
  if (kinds === 0) throw pyErr('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  return {
    reading: seen.has('r'),
    writing: seen.has('w'),
    appending: seen.has('a'),
    creating: seen.has('x'),
    updating: seen.has('+'),
    binary: seen.has('b'),
  };
}

/** What `f.mode` reports for a binary file ('r+b' → 'rb+', 'wb+' → 'rb+'). */
function binaryModeName(m: ParsedMode): string {
  if (m.creating) return m.updating ? 'xb+' : 'xb';
  if (m.appending) return m.updating ? 'ab+' : 'ab';
  if (m.updating) return 'rb+';
  return m.reading ? 'rb' : 'wb';
}

function optStr(x: unknown, what: string): string | null {
  if (x === undefined || x === null) return null;
  if (typeof x !== 'string') throw pyErr('TypeError', `open() argument '${what}' must be str or None, not ${typeName(x)}`);
  return x;
}

export function openFile(...args: unknown[]): TextFile | BinaryFile {
  const [file, modeArg, , encodingArg, errorsArg, newlineArg] = parseArgs(
    'open', args, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1,
  );
  const path = fspath(file);
  if (modeArg !== undefined && typeof modeArg !== 'string') throw pyErr('TypeError', `open() argument 'mode' must be str, not ${typeName(modeArg)}`);
  const mode = (modeArg as string | undefined) ?? 'r';
  const m = parseMode(mode);
  const encoding = optStr(encodingArg, 'encoding');
  const errors = optStr(errorsArg, 'errors');
  const newline = optStr(newlineArg, 'newline');
  if (m.binary) {
    if (encoding !== null) throw pyErr('ValueError', "binary mode doesn't take an encoding argument");
    if (errors !== null) throw pyErr('ValueError', "binary mode doesn't take an errors argument");
    if (newline !== null) throw pyErr('ValueError', "binary mode doesn't take a newline argument");
  }
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw pyErr('ValueError', `illegal newline value: ${newline}`);
  const codec = m.binary ? 'utf-8' : lookupCodec(encoding ?? 'utf-8');
  if (errors !== null) checkErrors(errors);
  flushAllFiles();
  const raw = ByteStream.open(resolvePath(path), file, m);
  if (m.binary) return binaryFile(raw, binaryModeName(m));
  return new TextFile(raw, mode, { encoding: encoding ?? 'UTF-8', codec, errors: errors ?? 'strict', newline });
}
openFile.$name = 'open';

builtinsMap().set('open', openFile);
