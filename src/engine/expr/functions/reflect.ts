/**
 * reflect / java_method / try_reflect: Spark calls a static Java method by name. Flint has no
 * JVM, so it implements a table of the common pure static methods (java.util.UUID, java.lang.Math,
 * String/Integer/Long conversions, URL encoding, scala.Predef.require) with Java's results.
 */
import { DoubleType, StringType } from '../../types';
import { castToString } from '../cast';
import { AnalysisException, SparkRuntimeException } from '../sql-errors';
import { registerScalar } from './registry';

type JavaArg = string | number | bigint | boolean | null;
type Method = { arity: number; call: (args: JavaArg[]) => JavaArg };

class JavaException extends Error {
  constructor(readonly javaClass: string, message: string) {
    super(message);
  }
}

const double = (v: JavaArg): number => Number(v);
const dstr = (x: number): string => castToString(x, DoubleType);

const UUID_RE = /^([0-9a-f]{1,8})-([0-9a-f]{1,4})-([0-9a-f]{1,4})-([0-9a-f]{1,4})-([0-9a-f]{1,12})$/i;

function randomUuid(): string {
  const h = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16));
  h[12] = 4;
  h[16] = (h[16]! & 3) | 8;
  const s = h.map((x) => x.toString(16)).join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const math = (f: (...x: number[]) => number, arity = 1): Method => ({ arity, call: (a) => dstr(f(...a.map(double))) });

const CLASSES: Record<string, Record<string, Method>> = {
  'java.util.UUID': {
    fromString: {
      arity: 1, call: ([s]) => {
        const m = UUID_RE.exec(String(s));
        if (!m) throw new JavaException('java.lang.IllegalArgumentException', `Invalid UUID string: ${String(s)}`);
        return [m[1]!.padStart(8, '0'), m[2]!.padStart(4, '0'), m[3]!.padStart(4, '0'), m[4]!.padStart(4, '0'), m[5]!.padStart(12, '0')].join('-').toLowerCase();
      },
    },
    randomUUID: { arity: 0, call: () => randomUuid() },
  },
  'java.lang.Math': {
    abs: math(Math.abs), sqrt: math(Math.sqrt), cbrt: math(Math.cbrt), exp: math(Math.exp), log: math(Math.log), log10: math(Math.log10),
    floor: math(Math.floor), ceil: math(Math.ceil), max: math(Math.max, 2), min: math(Math.min, 2), pow: math(Math.pow, 2),
    random: { arity: 0, call: () => dstr(Math.random()) },
  },
  'java.lang.String': { valueOf: { arity: 1, call: (a: JavaArg[]) => (a[0] === null ? 'null' : String(a[0])) } },
  'java.lang.Integer': {
    parseInt: {
      arity: 1, call: ([s]) => {
        const t = String(s);
        if (!/^[+-]?\d+$/.test(t) || Number(t) > 2147483647 || Number(t) < -2147483648) throw new JavaException('java.lang.NumberFormatException', `For input string: "${t}"`);
        return String(Number(t));
      },
    },
  },
  'java.lang.Long': {
    parseLong: {
      arity: 1, call: ([s]) => {
        const t = String(s);
        if (!/^[+-]?\d+$/.test(t) || BigInt(t) >= 2n ** 63n || BigInt(t) < -(2n ** 63n)) throw new JavaException('java.lang.NumberFormatException', `For input string: "${t}"`);
        return BigInt(t).toString();
      },
    },
  },
  'java.net.URLDecoder': { decode: { arity: 2, call: ([s]) => decodeURIComponent(String(s).replace(/\+/g, ' ')) } },
  'java.net.URLEncoder': {
    encode: { arity: 2, call: ([s]) => encodeURIComponent(String(s)).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) },
  },
  'scala.Predef': {
    require: {
      arity: 1, call: ([b]) => {
        if (b !== true) throw new JavaException('java.lang.IllegalArgumentException', 'requirement failed');
        return null;
      },
    },
  },
};

for (const name of ['reflect', 'java_method', 'try_reflect']) {
  registerScalar(name, (args, site) => {
    if (args.length < 2) {
      throw new AnalysisException(`The \`${name}\` requires at least 2 parameters but the actual number is ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
    }
    const [cls, meth] = args;
    if (cls!.kind !== 'literal' || typeof cls!.value !== 'string' || meth!.kind !== 'literal' || typeof meth!.value !== 'string') {
      throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: The class and method names must be foldable strings.`, 'DATATYPE_MISMATCH.NON_FOLDABLE_INPUT');
    }
    const klass = CLASSES[cls!.value];
    if (!klass) throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: class \`${cls!.value}\` not found.`, 'DATATYPE_MISMATCH.UNEXPECTED_CLASS_TYPE');
    const m = klass[meth!.value];
    const rest = args.slice(2);
    if (!m || m.arity !== rest.length) {
      throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: cannot find a static method \`${meth!.value}\` that matches the argument types in \`${cls!.value}\`.`, 'DATATYPE_MISMATCH.UNEXPECTED_STATIC_METHOD');
    }
    const lenient = name === 'try_reflect';
    return {
      kind: 'stateful', name, args: rest, type: StringType, nullable: true,
      init: () => (a) => {
        try {
          const r = m.call(a as JavaArg[]);
          return r === null ? null : String(r);
        } catch (e) {
          if (!(e instanceof JavaException)) throw e;
          if (lenient) return null;
          throw new SparkRuntimeException(`${e.javaClass}: ${e.message}`, undefined, 'java.lang.reflect.InvocationTargetException');
        }
      },
    };
  });
}
