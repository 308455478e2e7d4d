/** The json module (dumps/loads) over pylib's CPython-exact encoder and decoder. */
import { jsonDumps, jsonLoads, JsonDecodeError } from '../../pylib';
import type { JsonValue, DumpsOptions } from '../../pylib';
import { E, Kw, PyBaseException, PyDict, PyFloat, PyTuple, PyType, call, callMethod, mkFloat, pyErr, truthy, typeOf, toArray } from '../../values/py';
import { lib, norm } from '../../values/py/module-api';
import { moduleFrom, registerModule } from './registry';

const JSONDecodeError = new PyType('JSONDecodeError', [E.ValueError]);
JSONDecodeError.layout = 'exception';
JSONDecodeError.module = 'json.decoder';
JSONDecodeError.isBuiltin = false;

function toJson(v: unknown): JsonValue {
  if (v === null) return { kind: 'null' };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return { kind: 'int', value: v };
  if (typeof v === 'number') return { kind: 'float', value: v };
  if (v instanceof PyFloat) return { kind: 'float', value: v.v };
  if (typeof v === 'string') return { kind: 'str', value: v };
  if (Array.isArray(v)) return { kind: 'list', items: v.map(toJson) };
  if (v instanceof PyTuple) return { kind: 'list', items: v.items.map(toJson) };
  if (v instanceof PyDict) return { kind: 'dict', entries: [...v.entries()].map(([k, x]) => [toJson(k), toJson(x)] as const) };
  return { kind: 'other', typeName: typeOf(v).name, ref: v };
}

function fromJson(j: JsonValue): unknown {
  switch (j.kind) {
    case 'null':
      return null;
    case 'bool':
    case 'str':
      return j.value;
    case 'int':
      return typeof j.value === 'bigint' ? norm(j.value) : j.value;
    case 'float':
      return mkFloat(j.value);
    case 'list':
      return j.items.map(fromJson);
    case 'dict': {
      const d = new PyDict();
      for (const [k, v] of j.entries) d.set(fromJson(k), fromJson(v));
      return d;
    }
    case 'other':
      return j.ref;
  }
}

function dumps(obj: unknown, ...rest: unknown[]): string {
  const kw = rest[rest.length - 1] instanceof Kw ? (rest[rest.length - 1] as Kw) : null;
  const opt = (name: string): unknown => {
    const i = kw?.names.indexOf(name) ?? -1;
    return i >= 0 ? kw!.values[i] : undefined;
  };
  const o: DumpsOptions = {};
  if (opt('skipkeys') !== undefined) o.skipkeys = truthy(opt('skipkeys'));
  if (opt('ensure_ascii') !== undefined) o.ensureAscii = truthy(opt('ensure_ascii'));
  if (opt('allow_nan') !== undefined) o.allowNan = truthy(opt('allow_nan'));
  if (opt('sort_keys') !== undefined) o.sortKeys = truthy(opt('sort_keys'));
  const indent = opt('indent');
  if (indent !== undefined) o.indent = indent === null ? null : typeof indent === 'string' ? indent : Number(indent);
  const seps = opt('separators');
  if (seps !== undefined && seps !== null) {
    const [a, b] = toArray(seps);
    o.separators = [String(a), String(b)];
  }
  const dflt = opt('default');
  o.default = (ref, typeName) => {
    if (dflt === undefined || dflt === null) throw pyErr('TypeError', `Object of type ${typeName} is not JSON serializable`);
    return toJson(call(dflt, [ref]));
  };
  return lib(() => jsonDumps(toJson(obj), o));
}

function loads(s: unknown, ..._kw: unknown[]): unknown {
  if (typeof s !== 'string') throw pyErr('TypeError', `the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  try {
    return fromJson(jsonLoads(s));
  } catch (e) {
    if (e instanceof JsonDecodeError) throw new PyBaseException(JSONDecodeError, [e.pyMessage]);
    return lib(() => {
      throw e;
    });
  }
}

/** json.dump(obj, fp, ...): CPython writes chunks; one write of the whole text prints the same. */
function dump(obj: unknown, fp: unknown, ...rest: unknown[]): null {
  callMethod(fp, 'write', [dumps(obj, ...rest)]);
  return null;
}

function load(fp: unknown, ...rest: unknown[]): unknown {
  return loads(callMethod(fp, 'read', []), ...rest);
}

registerModule('json', () => moduleFrom('json', { dumps, loads, dump, load, JSONDecodeError }));
