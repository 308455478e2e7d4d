/** The sys module: version info, streams bound to the host's output, recursion limit, exc_info. */
import { NativeGetter, PyDict, PyObject, PyTuple, PyType, T, io, makeClass, pyErr, repr, setClassType, toInt, tuple, typeOf } from '../../values/py';
import { moduleFrom, registerModule } from './registry';
import { S, setRecursionLimit } from '../runtime/state';

function stream(name: 'stdout' | 'stderr'): PyObject {
  const cls = makeClass('TextIOWrapper', [T.object], new Map(), '_io', 'TextIOWrapper');
  cls.dict.set('__repr__', () => `<_io.TextIOWrapper name='<${name}>' mode='w' encoding='utf-8'>`);
  const o = new PyObject(cls);
  o.$d!.set('write', (s: unknown) => {
    if (typeof s !== 'string') throw pyErr('TypeError', `write() argument must be str, not ${typeOf(s).name}`);
    io[name].write(s);
    return [...s].length;
  });
  o.$d!.set('writelines', (lines: unknown) => {
    for (const l of lines as Iterable<unknown>) io[name].write(String(l));
    return null;
  });
  o.$d!.set('flush', () => null);
  o.$d!.set('isatty', () => false);
  o.$d!.set('fileno', () => (name === 'stdout' ? 1 : 2));
  o.$d!.set('name', `<${name}>`);
  o.$d!.set('mode', 'w');
  o.$d!.set('encoding', 'utf-8');
  o.$d!.set('errors', 'strict');
  return o;
}

const VersionInfoT = new PyType('version_info', [T.tuple]);
VersionInfoT.module = 'sys';
const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];
class VersionInfo extends PyTuple {
  pyRepr(): string {
    return `sys.version_info(${VERSION_FIELDS.map((f, i) => `${f}=${repr(this.items[i])}`).join(', ')})`;
  }
}
setClassType(VersionInfo, VersionInfoT);
VERSION_FIELDS.forEach((f, i) => VersionInfoT.dict.set(f, new NativeGetter((t) => (t as PyTuple).items[i])));

function namespace(name: string, fields: Record<string, unknown>): PyObject {
  const cls = makeClass(name, [T.object], new Map(), 'sys', name);
  const o = new PyObject(cls);
  for (const [k, v] of Object.entries(fields)) o.$d!.set(k, v);
  return o;
}

function excInfo(): PyTuple {
  const e = S.exc[S.exc.length - 1];
  return e ? tuple([e.$cls, e, null]) : tuple([null, null, null]);
}

registerModule('sys', () => {
  const m = moduleFrom('sys', {
    version: '3.11.7 (main, Flint PyFlint) [JavaScript]',
    version_info: new VersionInfo([3, 11, 7, 'final', 0]),
    hexversion: 0x030b07f0,
    api_version: 1013,
    implementation: namespace('implementation', { name: 'cpython', version: new VersionInfo([3, 11, 7, 'final', 0]), cache_tag: 'cpython-311' }),
    platform: 'linux',
    byteorder: 'little',
    executable: '/usr/bin/python3',
    prefix: '/usr',
    maxsize: 2n ** 63n - 1n,
    maxunicode: 0x10ffff,
    float_info: namespace('float_info', {
      max: 1.7976931348623157e308, min: 2.2250738585072014e-308, epsilon: 2.220446049250313e-16, dig: 15, mant_dig: 53,
      max_exp: 1024, min_exp: -1021, radix: 2,
    }),
    argv: [''],
    path: [],
    modules: new PyDict(),
    stdout: stream('stdout'),
    stderr: stream('stderr'),
    getdefaultencoding: () => 'utf-8',
    getfilesystemencoding: () => 'utf-8',
    intern: (s: unknown) => s,
    exc_info: excInfo,
    exception: () => excInfo().items[1],
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
  });
  (m.$d.get('modules') as PyDict).set('sys', m);
  return m;
});
