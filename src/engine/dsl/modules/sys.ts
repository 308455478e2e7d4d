/** The sys module: version info, streams bound to the host's output, recursion limit. */
import { PyObject, T, io, tuple, makeClass, pyErr, toInt } from '../../values/py';
import { moduleFrom, registerModule } from './registry';
import { S, setRecursionLimit } from '../runtime/state';

function stream(name: 'stdout' | 'stderr'): PyObject {
  const cls = makeClass('TextIOWrapper', [T.object], new Map(), '_io', 'TextIOWrapper');
  const o = new PyObject(cls);
  o.$d!.set('write', (s: unknown) => {
    const text = String(s);
    io[name].write(text);
    return text.length;
  });
  o.$d!.set('flush', () => null);
  o.$d!.set('name', `<${name}>`);
  return o;
}

registerModule('sys', () =>
  moduleFrom('sys', {
    version: '3.11.7 (Flint PyFlint)',
    version_info: tuple([3, 11, 7, 'final', 0]),
    platform: 'flint',
    maxsize: 2n ** 63n - 1n,
    argv: [''],
    path: [],
    modules: null,
    stdout: stream('stdout'),
    stderr: stream('stderr'),
    getrecursionlimit: () => S.limit + 1,
    setrecursionlimit: (n: unknown) => {
      const v = Number(toInt(n));
      if (v < 1) throw pyErr('ValueError', 'recursion limit must be greater or equal than 1');
      setRecursionLimit(v);
      return null;
    },
    exit: (code: unknown = null) => {
      throw pyErr('SystemExit', ...(code === null ? [] : [code]));
    },
  }),
);
