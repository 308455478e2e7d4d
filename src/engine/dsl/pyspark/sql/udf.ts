/**
 * Python UDFs and UDTFs: `pyspark.sql.udf` (UserDefinedFunction, spark.udf.register) and
 * `pyspark.sql.udtf` (udtf, AnalyzeArgument/AnalyzeResult, spark.udtf.register).
 *
 * A UDF is registered in the session catalog as an engine `UserFunction` whose `invoke`
 * converts the argument values to Python, calls the function on the driver, and converts
 * the result to the declared return type the way Spark's Python runner does (a value of
 * the wrong kind becomes null). UDTFs with literal arguments run eagerly in Python and
 * their rows become a DataFrame.
 */
import type { SqlSession } from '../../../catalog';
import { toPython, toEngine } from '../../../dataframe';
import type { PyDatetimeFactory } from '../../../dataframe';
import type { UserFunction } from '../../../expr';
import { FlintError } from '../../../errors';
import { parseDataType } from '../../../types';
import type { DataType } from '../../../types';
import { E, PyBaseException, PyFloat, PyModule, call, floatValue, formatException, isFloat, isInt, str as pyStr } from '../../../values/py';
import { importModule, registerModule } from '../../modules/registry';
import { declareModule, loadModule, pythonModule } from '../source-module';

function datetimeFactory(): PyDatetimeFactory {
  const m = importModule('datetime', true);
  const date = m.$d.get('date');
  const datetime = m.$d.get('datetime');
  return {
    date: (y, mo, d) => call(date, [y, mo, d]), datetime: (y, mo, d, h, mi, s, us) => call(datetime, [y, mo, d, h, mi, s, us]),
    decimal: (text) => call(importModule('decimal', true).$d.get('Decimal'), [text]),
  };
}

/** A UDF's Python result as a value of `t`: Spark's runner gives null for a value of another kind. */
export function udfResult(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'long': {
      if (typeof v === 'boolean' || !isInt(v)) return null;
      return t.kind === 'long' ? BigInt(v) : Number(v);
    }
    case 'float': case 'double':
      if (isFloat(v) || v instanceof PyFloat) return floatValue(v as number | PyFloat);
      return null;
    case 'boolean': return typeof v === 'boolean' ? v : null;
    case 'string': return typeof v === 'string' ? v : typeof v === 'boolean' ? String(v) : pyStr(v);
    case 'array': return Array.isArray(v) ? v.map((e) => udfResult(e, t.element)) : toEngine(v, t);
    default: return toEngine(v, t);
  }
}

/**
 * A Python exception raised by a UDF, as Spark's Python runner reports it: the worker's
 * traceback (the UDF's frames, as spark.sql.execution.pyspark.udf.simplifiedTraceback shows
 * them) in a PythonException, which the DataFrame layer raises as PySpark's captured one.
 */
function udfFailure(e: unknown): unknown {
  if (!(e instanceof PyBaseException) || !e.$cls.isSubtype(E.Exception)) return e;
  return new FlintError('PythonException', `${formatException(e).join('\n')}\n`);
}

function pyArgs(args: unknown[], types: readonly DataType[]): unknown[] {
  const makeRow = loadModule('pyspark.sql.types').$d.get('_make_row');
  const mk = (ns: string[], vs: unknown[]) => call(makeRow, [ns, vs]);
  const dt = datetimeFactory();
  return args.map((a, i) => toPython(a, types[i]!, mk, dt));
}

function nativeModule(): PyModule {
  const m = new PyModule('pyspark.sql._native_udf');
  const fns: Record<string, (...a: never[]) => unknown> = {
    /** Registers `func` in the session under `name`; calls print as `display(...)`. */
    register_udf: (s: SqlSession, name: string, display: string, func: unknown, ddl: string, deterministic: boolean) => {
      const returnType = parseDataType(ddl);
      const f: UserFunction = {
        name, display, returnType, deterministic: deterministic !== false,
        invoke: (args, types) => {
          const py = pyArgs(args, types);
          let out: unknown;
          try {
            out = call(func, py);
          } catch (e) {
            throw udfFailure(e);
          }
          return udfResult(out, returnType);
        },
      };
      s.catalog.registerFunction(f);
      return null;
    },
    /**
     * DataFrame.sameSemantics: the two queries' analyzed plans are equal once attribute names,
     * ids and qualifiers (aliases) are left out, as Spark compares canonicalized plans.
     */
    same_semantics: (s: SqlSession, a: string, b: string) => {
      const canon = (sql: string) => JSON.stringify(s.analyze(sql), (_k, v: unknown) => {
        if (v !== null && typeof v === 'object' && 'qualifier' in v && 'id' in v) {
          const { type, nullable } = v as unknown as { type: unknown; nullable: boolean };
          return { type, nullable };
        }
        return typeof v === 'bigint' ? `${v}n` : v;
      });
      return canon(a) === canon(b);
    },
    /** The engine type of a DDL string as the types module's tuple form, for AnalyzeArgument. */
    check_ddl: (ddl: string) => {
      try {
        parseDataType(ddl);
        return true;
      } catch (e) {
        if (e instanceof FlintError) return false;
        throw e;
      }
    },
  };
  for (const [k, f] of Object.entries(fns)) {
    (f as { $name?: string }).$name = k;
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.sql._native_udf');
  return m;
}

const UDF_SOURCE = String.raw`
import functools as _functools

_udf_count = [0]

def _ddl(t):
    if isinstance(t, str):
        return t
    return _types._ddl_type(t)

def _display_name(f):
    n = getattr(f, "__name__", None)
    if n is None:
        n = type(f).__name__
    return n

class UserDefinedFunction:
    def __init__(self, func, returnType="string", name=None, evalType=100, deterministic=True):
        if not callable(func):
            raise _errors.PySparkTypeError("[NOT_CALLABLE] Argument ` + "`func`" + String.raw` should be a callable, got %s." % type(func).__name__)
        self.func = func
        self._returnType = returnType
        self._name = name or _display_name(func)
        self.evalType = evalType
        self.deterministic = deterministic
        self._sql_names = {}

    @property
    def returnType(self):
        return self._returnType

    def _sql_name(self, session):
        key = id(session._jsession)
        n = self._sql_names.get(key)
        if n is None:
            _udf_count[0] += 1
            n = "__udf_%d" % _udf_count[0]
            _native_udf.register_udf(session._jsession, n, self._name, self.func, _ddl(self._returnType), self.deterministic)
            self._sql_names[key] = n
        return n

    def __call__(self, *cols, **kwargs):
        from pyspark.sql.session import SparkSession
        session = SparkSession._activeSession
        if kwargs:
            raise _errors.PySparkNotImplementedError("[NOT_IMPLEMENTED] Named arguments to Python UDFs are not supported in Flint yet.")
        name = self._sql_name(session)
        return _column.Column("%s(%s)" % (name, ", ".join(_column._to_col(c)._sql for c in cols)))

    def asNondeterministic(self):
        self.deterministic = False
        self._sql_names = {}
        return self

    def _wrapped(self):
        udf = self
        @_functools.wraps(self.func)
        def wrapper(*args, **kwargs):
            return udf(*args, **kwargs)
        wrapper.func = self.func
        wrapper.returnType = self.returnType
        wrapper.evalType = self.evalType
        wrapper.deterministic = self.deterministic
        wrapper.asNondeterministic = lambda: udf.asNondeterministic()._wrapped()
        wrapper._unwrapped = self
        return wrapper

def _create_udf(f, returnType, evalType=100, name=None, deterministic=True):
    return UserDefinedFunction(f, returnType, name, evalType, deterministic)._wrapped()

def udf(f=None, returnType="string", useArrow=None):
    if f is None or isinstance(f, (str, _types.DataType)):
        return_type = f or returnType
        return _functools.partial(_create_udf, returnType=return_type)
    return _create_udf(f, returnType)

class _RegisteredUDF(UserDefinedFunction):
    def __call__(self, *cols, **kwargs):
        from pyspark.sql.session import SparkSession
        self._sql_name(SparkSession._activeSession)
        return _column.Column("%s(%s)" % (self._name, ", ".join(_column._to_col(c)._sql for c in cols)))

    def _sql_name(self, session):
        key = id(session._jsession)
        if key not in self._sql_names:
            _native_udf.register_udf(session._jsession, self._name, self._name, self.func, _ddl(self._returnType), self.deterministic)
            self._sql_names[key] = self._name
        return self._name

class UDFRegistration:
    def __init__(self, sparkSession):
        self.sparkSession = sparkSession

    def register(self, name, f, returnType=None):
        if hasattr(f, "_unwrapped") or isinstance(f, UserDefinedFunction):
            base = f._unwrapped if hasattr(f, "_unwrapped") else f
            if returnType is not None:
                raise _errors.PySparkTypeError("[CANNOT_SPECIFY_RETURN_TYPE_FOR_UDF] Cannot specify return type for user-defined function ` + "`%s`" + String.raw`." % name)
            reg = _RegisteredUDF(base.func, base._returnType, name, base.evalType, base.deterministic)
        else:
            reg = _RegisteredUDF(f, returnType if returnType is not None else "string", name)
        reg._sql_name(self.sparkSession)
        return reg._wrapped()

    def registerJavaFunction(self, name, javaClassName, returnType=None):
        raise _errors.PySparkNotImplementedError("[NOT_IMPLEMENTED] Java UDFs are not available in Flint.")

def call_udf(udfName, *cols):
    return _column.Column("%s(%s)" % (udfName, ", ".join(_column._to_col(c)._sql for c in cols)))

def call_function(funcName, *cols):
    return _column.Column("%s(%s)" % (funcName, ", ".join(_column._to_col(c)._sql for c in cols)))
`;

const UDTF_SOURCE = String.raw`
class AnalyzeArgument:
    def __init__(self, dataType, value=None, isTable=False, isConstantExpression=True):
        self.dataType = dataType
        self.value = value
        self.isTable = isTable
        self.isConstantExpression = isConstantExpression
    def __repr__(self):
        return "AnalyzeArgument(dataType=%r, value=%r, isTable=%r, isConstantExpression=%r)" % (self.dataType, self.value, self.isTable, self.isConstantExpression)

class AnalyzeResult:
    def __init__(self, schema, withSinglePartition=False, partitionBy=(), orderBy=(), select=()):
        self.schema = schema
        self.withSinglePartition = withSinglePartition
        self.partitionBy = partitionBy
        self.orderBy = orderBy
        self.select = select

class PartitioningColumn:
    def __init__(self, name):
        self.name = name

class OrderingColumn:
    def __init__(self, name, ascending=True, overrideNullsFirst=None):
        self.name = name
        self.ascending = ascending
        self.overrideNullsFirst = overrideNullsFirst

class SelectedColumn:
    def __init__(self, name, alias=""):
        self.name = name
        self.alias = alias

def _schema_of(t):
    return t

class UserDefinedTableFunction:
    def __init__(self, func, returnType=None, name=None, evalType=1300, deterministic=True):
        if not isinstance(func, type):
            raise _errors.PySparkTypeError("[INVALID_UDTF_HANDLER_TYPE] The UDTF is invalid. The function handler must be a class, but got '%s'. Please provide a class as the function handler." % type(func).__name__)
        if not hasattr(func, "eval"):
            raise AttributeError("[INVALID_UDTF_NO_EVAL] The UDTF '%s' is invalid. It does not implement the required 'eval' method. Please implement the 'eval' method in '%s' and try again." % (func.__name__, func.__name__))
        if returnType is None and not hasattr(func, "analyze"):
            raise AttributeError("[INVALID_UDTF_RETURN_TYPE] The UDTF '%s' is invalid. It does not specify its return type or implement the required 'analyze' static method. Please specify the return type or implement the 'analyze' static method in '%s' and try again." % (func.__name__, func.__name__))
        self.func = func
        self.returnType = _schema_of(returnType) if returnType is not None else None
        self._name = name or func.__name__
        self.evalType = evalType
        self.deterministic = deterministic

    def asDeterministic(self):
        self.deterministic = True
        return self

    def _arg_values(self, session, cols):
        if not cols:
            return [], []
        df = session.range(1).select(*[_column._to_col(c) if isinstance(c, _column.Column) else _column.Column(_column._lit_sql(c)) for c in cols])
        row = df.collect()[0]
        return list(row), [f.dataType for f in df.schema.fields]

    def __call__(self, *cols, **kwargs):
        from pyspark.sql.session import SparkSession
        session = SparkSession._activeSession
        names = list(kwargs.keys())
        values, types = self._arg_values(session, list(cols) + [kwargs[k] for k in names])
        pos_values = values[:len(cols)]
        kw_values = dict(zip(names, values[len(cols):]))
        schema = self.returnType
        if schema is None:
            pos_args = [AnalyzeArgument(t, v) for t, v in zip(types[:len(cols)], pos_values)]
            kw_args = dict((k, AnalyzeArgument(t, v)) for k, t, v in zip(names, types[len(cols):], values[len(cols):]))
            schema = self.func.analyze(*pos_args, **kw_args).schema
        handler = self.func()
        rows = []
        for out in handler.eval(*pos_values, **kw_values) or []:
            rows.append(tuple(out))
        if hasattr(handler, "terminate"):
            for out in handler.terminate() or []:
                rows.append(tuple(out))
        return session.createDataFrame(rows, schema)

class UDTFRegistration:
    def __init__(self, sparkSession):
        self.sparkSession = sparkSession
    def register(self, name, f):
        f._name = name
        return f

def _create_udtf(cls, returnType, name=None, evalType=1300, deterministic=False):
    return UserDefinedTableFunction(cls, returnType, name, evalType, deterministic)

def udtf(cls=None, returnType=None, useArrow=None):
    if cls is None:
        return lambda c: _create_udtf(c, returnType)
    return _create_udtf(cls, returnType)
`;

declareModule('pyspark.sql._native_udf', nativeModule);
declareModule('pyspark.sql.udf', () => pythonModule('pyspark.sql.udf', UDF_SOURCE, {
  _native_udf: loadModule('pyspark.sql._native_udf'), _types: loadModule('pyspark.sql.types'),
  _column: loadModule('pyspark.sql.column'), _errors: loadModule('pyspark.errors.exceptions.base'),
}));
declareModule('pyspark.sql.udtf', () => pythonModule('pyspark.sql.udtf', UDTF_SOURCE, {
  _types: loadModule('pyspark.sql.types'), _column: loadModule('pyspark.sql.column'),
  _errors: loadModule('pyspark.errors.exceptions.base'),
}));
for (const name of ['pyspark.sql._native_udf', 'pyspark.sql.udf', 'pyspark.sql.udtf']) registerModule(name, () => loadModule(name));
