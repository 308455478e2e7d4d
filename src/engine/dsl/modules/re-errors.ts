/** re.error, raised with CPython's message, msg/pattern/pos/lineno/colno attributes. */
import { PyLibError } from '../../pylib';
import { E, PyBaseException, PyType } from '../../values/py';
import { lib } from '../../values/py/module-api';

export const ReErrorT = new PyType('error', [E.Exception]);
ReErrorT.layout = 'exception';
ReErrorT.module = 're';
ReErrorT.isBuiltin = false;

export function reError(msg: string, pattern: unknown = null, pos: number | null = null): PyBaseException {
  let text = msg;
  let lineno: number | null = null;
  let colno: number | null = null;
  if (typeof pattern === 'string' && pos !== null) {
    const before = Array.from(pattern).slice(0, pos).join('');
    lineno = before.split('\n').length;
    colno = pos - (before.lastIndexOf('\n') >= 0 ? Array.from(before.slice(0, before.lastIndexOf('\n') + 1)).length : 0) + 1;
    text = pattern.includes('\n') ? `${msg} at position ${pos} (line ${lineno}, column ${colno})` : `${msg} at position ${pos}`;
  }
  const e = new PyBaseException(ReErrorT, [text]);
  e.$d!.set('msg', msg);
  e.$d!.set('pattern', pattern);
  e.$d!.set('pos', pos);
  e.$d!.set('lineno', lineno);
  e.$d!.set('colno', colno);
  return e;
}

/** Runs a pylib regex call, raising re.error (with its position split out) for PyLibError('re.error'). */
export function reLib<R>(fn: () => R, pattern: unknown = null): R {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyLibError && e.pyType === 're.error') {
      const m = / at position (\d+)$/.exec(e.pyMessage);
      throw m ? reError(e.pyMessage.slice(0, m.index), pattern, Number(m[1])) : reError(e.pyMessage, pattern);
    }
    return lib(() => {
      throw e;
    });
  }
}
