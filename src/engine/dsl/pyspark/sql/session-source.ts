/** `pyspark.sql.session`: SparkSession over one SQL engine session, and the captured exceptions. */
export const SESSION = String.raw`
class _Builder:
    def __init__(self):
        self._options = {}
    def appName(self, name):
        return self
    def master(self, master):
        return self
    def config(self, key=None, value=None, conf=None, map=None):
        return self
    def enableHiveSupport(self):
        return self
    def getOrCreate(self):
        if SparkSession._activeSession is None:
            raise RuntimeError("No SparkSession: Flint seeds 'spark' in every notebook")
        return SparkSession._activeSession

class _Conf:
    def __init__(self, session):
        self._session = session
    def get(self, key, default=None):
        rows = self._session.sql("SET %s" % key).collect()
        v = rows[0][1] if rows else None
        return default if v is None or v == "<undefined>" else v
    def unset(self, key):
        self._session.sql("RESET %s" % key)
    def set(self, key, value):
        self._session.sql("SET %s=%s" % (key, value if not isinstance(value, bool) else str(value).lower()))

class SparkSession:
    _activeSession = None
    builder = _Builder()

    def __init__(self, sparkContext, jsession=None):
        self.sparkContext = sparkContext
        self._jsession = jsession if jsession is not None else _native.new_session()
        if getattr(sparkContext, "_jsc", None) is not None:
            _native.install_sources(self._jsession, sparkContext._jsc)
        self.conf = _Conf(self)
        if SparkSession._activeSession is None:
            SparkSession._activeSession = self

    @classmethod
    def getActiveSession(cls):
        return cls._activeSession

    @property
    def version(self):
        return "3.5.0"

    def newSession(self):
        return SparkSession(self.sparkContext)

    def sql(self, sqlQuery, args=None, **kwargs):
        if _native.is_query(self._jsession, sqlQuery):
            return _df.DataFrame(sqlQuery, self)
        view = _native.run_command(self._jsession, sqlQuery)
        return _df.DataFrame("SELECT * FROM %s" % view, self)

    def table(self, tableName):
        return _df.DataFrame("SELECT * FROM %s" % tableName, self)

    def range(self, start, end=None, step=1, numPartitions=None):
        if end is None:
            start, end = 0, start
        if numPartitions is not None:
            return self.sql("SELECT id FROM range(%d, %d, %d, %d)" % (start, end, step, numPartitions))
        return self.sql("SELECT id FROM range(%d, %d, %d)" % (start, end, step))

    def createDataFrame(self, data, schema=None, samplingRatio=None, verifySchema=True):
        if hasattr(data, "collect") and hasattr(data, "mapPartitions"):
            data = data.collect()
        data = list(data)
        names = None
        ddl = None
        if isinstance(schema, (list, tuple)):
            names = [s if isinstance(s, str) else s.name for s in schema]
        elif isinstance(schema, _types.StructType):
            names = schema.names
            ddl = _types._schema_ddl(schema)
        elif isinstance(schema, _types.DataType):
            names = ["value"]
            ddl = "value " + _types._ddl_type(schema)
            data = [[v] for v in data]
        elif isinstance(schema, str):
            ddl = schema
            if ddl.strip().lower().startswith("struct<") and ddl.strip().endswith(">"):
                ddl = ddl.strip()[7:-1]
            if ":" not in schema and " " not in schema.strip():
                names = ["value"]
                ddl = "value " + schema
                data = [[v] for v in data]
        rows = []
        for r in data:
            if isinstance(r, dict):
                if names is None:
                    names = sorted(r.keys())
                rows.append([r.get(n) for n in names])
            elif isinstance(r, _types.Row):
                if names is None:
                    names = list(r.__fields__) if r.__fields__ is not None else ["_%d" % (i + 1) for i in range(len(r))]
                rows.append([r[n] for n in names] if r.__fields__ is not None and ddl is None and all(n in r.__fields__ for n in names) else list(r))
            elif isinstance(r, (list, tuple)):
                if names is None:
                    names = ["_%d" % (i + 1) for i in range(len(r))]
                rows.append(list(r))
            else:
                if ddl is None:
                    raise TypeError("[CANNOT_INFER_SCHEMA_FOR_TYPE] Can not infer schema for type: ` + "`%s`" + String.raw`." % type(r).__name__)
                rows.append([r])
        if names is None:
            if ddl is None:
                raise ValueError("[CANNOT_INFER_EMPTY_SCHEMA] Can not infer schema from empty dataset.")
            names = []
        if isinstance(schema, (list, tuple)) and rows and len(names) < len(rows[0]):
            names = names + ["_%d" % (i + 1) for i in range(len(names), len(rows[0]))]
        non_null = [f.name for f in schema.fields if not f.nullable] if isinstance(schema, _types.StructType) else []
        view = _native.create_view(self._jsession, names, rows, ddl, non_null)
        return _df.DataFrame("SELECT * FROM %s" % view, self)

    @property
    def read(self):
        return _readwriter.DataFrameReader(self)

    @property
    def udf(self):
        from pyspark.sql.udf import UDFRegistration
        return UDFRegistration(self)

    @property
    def udtf(self):
        from pyspark.sql.udtf import UDTFRegistration
        return UDTFRegistration(self)

    @property
    def catalog(self):
        return _Catalog(self)

    def stop(self):
        pass

    def __repr__(self):
        return "<pyspark.sql.session.SparkSession object>"

class SQLContext:
    def __init__(self, sparkContext, sparkSession=None):
        self._sc = sparkContext
        self.sparkSession = sparkSession or SparkSession._activeSession or SparkSession(sparkContext)
    @classmethod
    def getOrCreate(cls, sc):
        return cls(sc)
    def createDataFrame(self, data, schema=None, samplingRatio=None, verifySchema=True):
        return self.sparkSession.createDataFrame(data, schema, samplingRatio, verifySchema)
    def sql(self, sqlQuery):
        return self.sparkSession.sql(sqlQuery)
    def table(self, tableName):
        return self.sparkSession.table(tableName)
    def range(self, start, end=None, step=1, numPartitions=None):
        return self.sparkSession.range(start, end, step, numPartitions)
    @property
    def read(self):
        return self.sparkSession.read

class _Catalog:
    def __init__(self, session):
        self._session = session
    def dropTempView(self, viewName):
        self._session.sql("DROP VIEW IF EXISTS %s" % viewName)
        return True
    def dropGlobalTempView(self, viewName):
        exists = self.tableExists("global_temp.%s" % viewName)
        self._session.sql("DROP VIEW IF EXISTS global_temp.%s" % viewName)
        return exists
    def tableExists(self, tableName, dbName=None):
        try:
            self._session.table(tableName).schema
            return True
        except Exception:
            return False
`;

export const CAPTURED = String.raw`
class CapturedException(Exception):
    def __init__(self, desc=None, *args):
        Exception.__init__(self, desc)
        self.desc = desc
    def __str__(self):
        return str(self.desc)
    def getMessage(self):
        return str(self.desc)
    def getErrorClass(self):
        # Spark's classified errors start with their class: "[UNRESOLVED_COLUMN.WITH_SUGGESTION] ...".
        d = str(self.desc)
        if d.startswith("[") and "]" in d:
            name = d[1:d.index("]")]
            if name and all(c.isupper() or c.isdigit() or c in "_." for c in name):
                return name
        return None
    def getMessageParameters(self):
        return {}
    def getSqlState(self):
        return None

class AnalysisException(CapturedException): pass
class ParseException(AnalysisException): pass
class IllegalArgumentException(CapturedException): pass
class StreamingQueryException(CapturedException): pass
class ArithmeticException(CapturedException): pass
class NumberFormatException(IllegalArgumentException): pass
class SparkRuntimeException(CapturedException): pass
class TempTableAlreadyExistsException(AnalysisException): pass
`;
