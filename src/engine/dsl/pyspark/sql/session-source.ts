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

def _schema_parts(schema):
    # The column names, DDL and whether each element is a single value, from createDataFrame's schema.
    names = None
    ddl = None
    wrap = False
    if isinstance(schema, (list, tuple)):
        names = [s if isinstance(s, str) else s.name for s in schema]
    elif isinstance(schema, _types.StructType):
        names = schema.names
        ddl = _types._schema_ddl(schema)
    elif isinstance(schema, _types.DataType):
        names = ["value"]
        ddl = "value " + _types._ddl_type(schema)
        wrap = True
    elif isinstance(schema, str):
        ddl = schema
        if ddl.strip().lower().startswith("struct<") and ddl.strip().endswith(">"):
            ddl = ddl.strip()[7:-1]
        if ":" not in schema and " " not in schema.strip():
            names = ["value"]
            ddl = "value " + schema
            wrap = True
    return names, ddl, wrap

def _row_values(r, names, by_name):
    # One element as the list of its column values (dicts and Rows by name, sequences in order).
    if isinstance(r, dict):
        return [r.get(n) for n in names]
    if isinstance(r, _types.Row):
        if r.__fields__ is not None and by_name and all(n in r.__fields__ for n in names):
            return [r[n] for n in names]
        return list(r)
    if isinstance(r, (list, tuple)):
        return list(r)
    return [r]

def _has_none(r):
    if r is None:
        return True
    if isinstance(r, dict):
        return any(_has_none(v) for v in r.values()) or not r
    if isinstance(r, (list, tuple, _types.Row)):
        return any(_has_none(v) for v in r)
    return False

def _local_rows(data, schema, names, ddl):
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
    return names, rows

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
        names, ddl, wrap = _schema_parts(schema)
        if hasattr(data, "_jrdd") and hasattr(data, "mapPartitions"):
            return self._create_from_rdd(data, schema, names, ddl, wrap, samplingRatio)
        data = list(data)
        if wrap:
            data = [[v] for v in data]
        names, rows = _local_rows(data, schema, names, ddl)
        non_null = [f.name for f in schema.fields if not f.nullable] if isinstance(schema, _types.StructType) else []
        view = _native.create_view(self._jsession, names, rows, ddl, non_null)
        return _df.DataFrame("SELECT * FROM %s" % view, self)

    def _create_from_rdd(self, rdd, schema, names, ddl, wrap, samplingRatio=None):
        # As PySpark's _createFromRDD: the schema from the first row (the first 100 when it
        # holds a None), one small job, or with samplingRatio from a sample of the rows (all of
        # them from 0.99); the rows stay on the executors, each task converting its partition
        # when a query runs.
        sample = []
        if names is None and ddl is not None:
            names = _native.ddl_names(ddl)
        if ddl is None and samplingRatio is not None:
            sample = (rdd.sample(False, float(samplingRatio)) if samplingRatio < 0.99 else rdd).collect()
            if wrap:
                sample = [[v] for v in sample]
        elif names is None or ddl is None:
            sample = rdd.take(1)
            if ddl is None and sample and _has_none(sample[0]):
                sample = rdd.take(100)
            if wrap:
                sample = [[v] for v in sample]
        names, rows = _local_rows(sample, schema, names, ddl)
        by_name = ddl is None
        if wrap:
            conv = rdd.map(lambda r: [r])
        else:
            conv = rdd.map(lambda r: _row_values(r, names, by_name))
        non_null = [f.name for f in schema.fields if not f.nullable] if isinstance(schema, _types.StructType) else []
        view = _native.create_rdd_view(self._jsession, conv._jrdd, names, rows, ddl, non_null)
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

class Catalog:
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
            self._session.table(tableName if dbName is None else "%s.%s" % (dbName, tableName)).schema
            return True
        except Exception:
            return False
    def currentCatalog(self):
        return "spark_catalog"
    def setCurrentCatalog(self, catalogName):
        if catalogName != "spark_catalog":
            raise _captured.AnalysisException("[CATALOG_NOT_FOUND] The catalog \x60%s\x60 not found." % catalogName)
    def listCatalogs(self, pattern=None):
        return [CatalogMetadata(name="spark_catalog", description=None)]
    def currentDatabase(self):
        return self._session.sql("SELECT current_database()").first()[0]
    def setCurrentDatabase(self, dbName):
        self._session.sql("USE %s" % _quoted(dbName))
    def listDatabases(self, pattern=None):
        q = "SHOW DATABASES" + ("" if pattern is None else " LIKE '%s'" % pattern.replace("'", ""))
        names = [r[0] for r in self._session.sql(q).collect()]
        return [Database(name=n, catalog="spark_catalog", description="default database" if n == "default" else "", locationUri="spark-warehouse/" + ("" if n == "default" else n + ".db")) for n in names]
    def databaseExists(self, dbName):
        return any(d.name == dbName.lower() for d in self.listDatabases())
    def listTables(self, dbName=None, pattern=None):
        q = "SHOW TABLES" + ("" if dbName is None else " IN %s" % _quoted(dbName))
        if pattern is not None:
            q += " LIKE '%s'" % pattern.replace("'", "\\'")
        out = []
        for r in self._session.sql(q).collect():
            if r.isTemporary:
                out.append(Table(name=r.tableName, catalog=None, namespace=[], description=None, tableType="TEMPORARY", isTemporary=True))
            else:
                out.append(Table(name=r.tableName, catalog="spark_catalog", namespace=[r.namespace], description=None, tableType="MANAGED", isTemporary=False))
        return out
    def getTable(self, tableName):
        parts = tableName.split(".")
        for t in self.listTables(None if len(parts) == 1 else parts[-2]):
            if t.name == parts[-1].lower() or t.name == parts[-1]:
                return t
        raise _captured.AnalysisException("[TABLE_OR_VIEW_NOT_FOUND] The table or view \x60%s\x60 cannot be found." % tableName)
    def listColumns(self, tableName, dbName=None):
        name = tableName if dbName is None else "%s.%s" % (dbName, tableName)
        return [Column(name=f.name, description=None, dataType=f.dataType.simpleString(), nullable=f.nullable, isPartition=False, isBucket=False) for f in self._session.table(name).schema.fields]
    def functionExists(self, functionName, dbName=None):
        return self._session.sql("SHOW FUNCTIONS LIKE '%s'" % functionName.replace("'", "")).count() > 0
    def cacheTable(self, tableName, storageLevel=None):
        self._session.sql("CACHE TABLE %s" % _quoted(tableName))
    def uncacheTable(self, tableName):
        self._session.sql("UNCACHE TABLE IF EXISTS %s" % _quoted(tableName))
    def clearCache(self):
        self._session.sql("CLEAR CACHE")
    def isCached(self, tableName):
        if not self.tableExists(tableName):
            raise _captured.AnalysisException("[TABLE_OR_VIEW_NOT_FOUND] The table or view \x60%s\x60 cannot be found." % tableName)
        plan = self._session.sql("EXPLAIN SELECT * FROM %s" % _quoted(tableName)).first()[0]
        return "InMemoryRelation" in plan
    def refreshTable(self, tableName):
        pass
    def refreshByPath(self, path):
        pass
    def recoverPartitions(self, tableName):
        pass

def _quoted(name):
    return ".".join("\x60" + p.replace("\x60", "\x60\x60") + "\x60" for p in name.split("."))

from collections import namedtuple as _namedtuple
CatalogMetadata = _namedtuple("CatalogMetadata", ["name", "description"])
Database = _namedtuple("Database", ["name", "catalog", "description", "locationUri"])
Table = _namedtuple("Table", ["name", "catalog", "namespace", "description", "tableType", "isTemporary"])
Column = _namedtuple("Column", ["name", "description", "dataType", "nullable", "isPartition", "isBucket"])
Function = _namedtuple("Function", ["name", "catalog", "namespace", "description", "className", "isTemporary"])
_Catalog = Catalog
for _t in (Catalog, CatalogMetadata, Database, Table, Column, Function):
    _t.__module__ = "pyspark.sql.catalog"
`;

export const CAPTURED = String.raw`
class CapturedException(_base.PySparkException):
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
class QueryExecutionException(CapturedException): pass
class PythonException(CapturedException): pass
class UnsupportedOperationException(CapturedException): pass
class ArrayIndexOutOfBoundsException(CapturedException): pass
class DateTimeException(CapturedException): pass
class SparkUpgradeException(CapturedException): pass
class UnknownException(CapturedException): pass
`;
