/**
 * `pyspark.sql.streaming` for PyFlint: DataStreamReader / DataStreamWriter, StreamingQuery,
 * StreamingQueryManager and StreamingQueryListener over `pyspark.sql._streaming`. Loading it
 * also gives DataFrame its streaming surface (isStreaming, writeStream, withWatermark,
 * dropDuplicates on streams), SparkSession readStream / streams, and functions.window.
 *
 * A streaming DataFrame is SQL over a placeholder view per source; a streaming aggregation is
 * remembered (its SQL, its input's SQL and keys) so the query can keep state between batches.
 */
export const STREAMING = String.raw`
import json as _json
import re as _re
import random as _random

_AGGS = {}
_DEDUPS = {}
_WATERMARKS = {}
_wm_counter = [0]

def _uuid():
    r = _random.Random()
    return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48))

def _is_streaming_sql(sql):
    return "__flint_stream_" in sql

StreamingQueryException = _captured.StreamingQueryException

def _batch_check(df):
    if _is_streaming_sql(df._sql):
        raise _captured.AnalysisException("Queries with streaming sources must be executed with writeStream.start();")

# ---- DataFrame: streaming surface ----
_DF = _df.DataFrame
_orig_collect = _DF.collect
_orig_show = _DF.show
_orig_count = _DF.count

def _collect(self):
    _batch_check(self)
    return _orig_collect(self)
def _show(self, n=20, truncate=True, vertical=False):
    _batch_check(self)
    return _orig_show(self, n, truncate, vertical)
def _count(self):
    _batch_check(self)
    return _orig_count(self)
_DF.collect = _collect
_DF.show = _show
_DF.count = _count
_DF.isStreaming = property(lambda self: _is_streaming_sql(self._sql))
def _write_stream(self):
    if not _is_streaming_sql(self._sql):
        raise _captured.AnalysisException("'writeStream' can be called only on streaming Dataset/DataFrame")
    return DataStreamWriter(self)
_DF.writeStream = property(_write_stream)

def _with_watermark(self, eventTime, delayThreshold):
    if not isinstance(eventTime, str):
        raise TypeError("[NOT_STR] Argument ` + '`eventTime`' + String.raw` should be a str, got %s." % type(eventTime).__name__)
    if not isinstance(delayThreshold, str):
        raise TypeError("[NOT_STR] Argument ` + '`delayThreshold`' + String.raw` should be a str, got %s." % type(delayThreshold).__name__)
    delay = _native.duration_ms(delayThreshold)
    if delay < 0:
        raise _captured.AnalysisException("Watermark delay threshold must be non-negative")
    if eventTime not in self.columns:
        raise _captured.AnalysisException("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name ` + '`%s`' + String.raw` cannot be resolved." % eventTime)
    _wm_counter[0] += 1
    wid = _wm_counter[0]
    _WATERMARKS[wid] = (eventTime, self._sql, delay)
    q = _column._quote(eventTime)
    return self._derive("SELECT * FROM %s WHERE (%s IS NULL OR %s > __flint_watermark(%d))" % (self._from(), q, q, wid))
_DF.withWatermark = _with_watermark

_orig_drop_duplicates = _DF.dropDuplicates
def _drop_duplicates(self, *args, **kwargs):
    res = _orig_drop_duplicates(self, *args, **kwargs)
    if _is_streaming_sql(self._sql):
        # On a stream the first row of each key is kept across batches: the query keeps the seen keys.
        subset = kwargs.get("subset") if not args else args if isinstance(args[0], str) else args[0]
        _DEDUPS[res._sql] = (self._sql, list(subset) if subset else self.columns)
    return res
_DF.dropDuplicates = _drop_duplicates
_DF.drop_duplicates = _drop_duplicates

def _drop_duplicates_within_watermark(self, subset=None):
    if subset is not None and not isinstance(subset, (list, tuple)):
        raise TypeError("[NOT_LIST_OR_TUPLE] Argument ` + '`subset`' + String.raw` should be a list or tuple, got %s." % type(subset).__name__)
    res = _orig_drop_duplicates(self, list(subset) if subset else None)
    if _is_streaming_sql(self._sql):
        if not any(("__flint_watermark(%d)" % wid) in self._sql for wid in _WATERMARKS):
            raise _captured.AnalysisException("dropDuplicatesWithinWatermark is not supported on streaming DataFrames/DataSets without watermark;")
        # A key is remembered until the watermark passes its first row's event time plus the delay.
        _DEDUPS[res._sql] = (self._sql, list(subset) if subset else self.columns, True)
    return res
_DF.dropDuplicatesWithinWatermark = _drop_duplicates_within_watermark
_DF.drop_duplicates_within_watermark = _drop_duplicates_within_watermark

_GD = _df.GroupedData
_orig_run = _GD._run
def _grouped_run(self, aggs):
    df = self._df
    keys = list(self._keys)
    sliding = [k for k in keys if getattr(k, "_time_windows", None) is not None]
    if sliding:
        k = sliding[0]
        cols = ", ".join(_column._quote(c) for c in df.columns if c != "window")
        df = df._derive("SELECT %s, explode(%s) AS ` + '`window`' + String.raw` FROM %s" % (cols, k._time_windows, df._from()))
        keys = [_column.Column(_column._quote("window")) if kk is k else kk for kk in keys]
        res = _orig_run(_GD(df, keys), aggs)
    else:
        res = _orig_run(self, aggs)
    if _is_streaming_sql(df._sql):
        _AGGS[res._sql] = (df._sql, [k._sql for k in keys], _incremental(df, keys, aggs, res))
    return res
_GD._run = _grouped_run

_AGG_ITEM = _re.compile(r"^\s*(count|sum|min|max|avg|mean)\((.*)\)(?:\s+AS\s+(.+))?\s*$", _re.I | _re.S)

def _incremental(df, keys, aggs, res):
    """The partial-aggregate plan of a streaming aggregation, or None (the state keeps input rows).

    Each batch aggregates its own rows to partials per key (count, sum, min, max; avg as sum and
    count), the state merges them with the stored partials, and the result is computed from the
    merged partials. Used when every aggregate is one of those over a non-decimal input."""
    names = res.columns
    types = [t for (_, t) in res.dtypes]
    nk = len(keys)
    if len(names) != nk + len(aggs) or any(t.startswith("decimal") for t in types):
        return None
    partial = ["%s AS __k%d" % (k._sql, i) for i, k in enumerate(keys)]
    merge = ["__k%d" % i for i in range(nk)]
    final = ["__k%d AS %s" % (i, _column._quote(names[i])) for i in range(nk)]
    for j, item in enumerate(aggs):
        m = _AGG_ITEM.match(item)
        if m is None or m.group(2).strip().lower().startswith("distinct") or "(" in m.group(2).replace("count(1)", ""):
            return None
        fn, arg = m.group(1).lower(), m.group(2)
        out = _column._quote(names[nk + j])
        if fn == "count":
            partial.append("count(%s) AS __p%d" % (arg, j))
            merge.append("sum(__p%d) AS __p%d" % (j, j))
            final.append("__p%d AS %s" % (j, out))
        elif fn in ("sum", "min", "max"):
            partial.append("%s(%s) AS __p%d" % (fn, arg, j))
            merge.append("%s(__p%d) AS __p%d" % ("sum" if fn == "sum" else fn, j, j))
            final.append("__p%d AS %s" % (j, out))
        else:
            partial.append("sum(CAST(%s AS DOUBLE)) AS __p%ds, count(%s) AS __p%dc" % (arg, j, arg, j))
            merge.append("sum(__p%ds) AS __p%ds, sum(__p%dc) AS __p%dc" % (j, j, j, j))
            final.append("(__p%ds / __p%dc) AS %s" % (j, j, out))
    group = (" GROUP BY %s" % ", ".join(k._sql for k in keys)) if keys else ""
    mgroup = (" GROUP BY %s" % ", ".join("__k%d" % i for i in range(nk))) if keys else ""
    return ("SELECT %s FROM %s%s" % (", ".join(partial), df._from(), group),
            "SELECT %s FROM __FLINT_STATE__%s" % (", ".join(merge), mgroup),
            "SELECT %s FROM __FLINT_STATE__" % ", ".join(final),
            ["__k%d" % i for i in range(nk)])

def window(timeColumn, windowDuration, slideDuration=None, startTime=None):
    for name, v in (("windowDuration", windowDuration), ("slideDuration", slideDuration), ("startTime", startTime)):
        if v is not None and not isinstance(v, str):
            raise TypeError("[NOT_STR] Argument ` + '`%s`' + String.raw` should be a str, got %s." % (name, type(v).__name__))
    args = [_column._to_col(timeColumn)._sql, _column._lit_sql(windowDuration)]
    if slideDuration is not None or startTime is not None:
        args.append(_column._lit_sql(slideDuration if slideDuration is not None else windowDuration))
    if startTime is not None:
        args.append(_column._lit_sql(startTime))
    c = _column.Column("window(%s)" % ", ".join(args), "window")
    c._time_windows = None
    if slideDuration is not None and slideDuration != windowDuration:
        c._time_windows = "__flint_time_windows(%s)" % ", ".join(args)
    return c

# ---- sources ----
class DataStreamReader:
    def __init__(self, spark):
        self._spark = spark
        self._format = None
        self._options = {}
        self._schema = None
    def format(self, source):
        self._format = source.lower()
        return self
    def option(self, key, value):
        self._options[key] = value
        return self
    def options(self, **options):
        self._options.update(options)
        return self
    def schema(self, schema):
        if isinstance(schema, _types.StructType):
            self._schema = _types._schema_ddl(schema)
        elif isinstance(schema, str):
            self._schema = schema
        else:
            raise TypeError("[NOT_STR_OR_STRUCT] Argument ` + '`schema`' + String.raw` should be a str or struct type, got %s." % type(schema).__name__)
        return self
    def load(self, path=None, format=None, schema=None, **options):
        if format is not None:
            self.format(format)
        if schema is not None:
            self.schema(schema)
        for k, v in options.items():
            if v is not None:
                self._options[k] = v
        fmt = self._format or "parquet"
        s = self._spark._jsession
        if fmt == "rate":
            view = _native.rate_source(s, self._options)
        elif fmt == "socket":
            view = _native.socket_source(s, self._options)
        elif fmt in ("json", "csv", "text", "parquet", "orc"):
            p = path if path is not None else self._options.get("path")
            if p is None:
                raise _captured.IllegalArgumentException("'path' is not specified")
            view = _native.file_source(s, self._spark.sparkContext._jsc, fmt, p, self._schema, self._options)
        else:
            raise _captured.AnalysisException("[DATA_SOURCE_NOT_FOUND] Failed to find the data source: %s. Please find packages at ` + '`https://spark.apache.org/third-party-projects.html`' + String.raw`." % fmt)
        return _df.DataFrame("SELECT * FROM %s" % view, self._spark)
    def json(self, path, schema=None, **options):
        return self.format("json").load(path, schema=schema, **options)
    def csv(self, path, schema=None, sep=None, header=None, inferSchema=None, **options):
        return self.format("csv").load(path, schema=schema, sep=sep, header=header, inferSchema=inferSchema, **options)
    def text(self, path, wholetext=False, lineSep=None, **options):
        return self.format("text").load(path, wholetext=wholetext if wholetext else None, lineSep=lineSep, **options)
    def parquet(self, path, **options):
        return self.format("parquet").load(path, **options)
    def table(self, tableName):
        raise _captured.AnalysisException("Flint cannot read a table as a stream yet")

class MemoryStream:
    """An in-memory source for tests (Spark's MemoryStream): addData appends one batch."""
    def __init__(self, schema, spark=None):
        self._spark = spark or _session.SparkSession._activeSession
        ddl = _types._schema_ddl(schema) if isinstance(schema, _types.StructType) else schema
        self._view = _native.memory_source(self._spark._jsession, ddl)
    def toDF(self):
        return _df.DataFrame("SELECT * FROM %s" % self._view, self._spark)
    def addData(self, *rows):
        if len(rows) == 1 and isinstance(rows[0], list):
            rows = rows[0]
        data = [list(r) if isinstance(r, (list, tuple)) else [r] for r in rows]
        return _native.memory_add(self._view, data)

def sendToSocket(host, port, *lines):
    """Feeds lines to the socket-like text source at host:port (what nc -lk would send)."""
    if len(lines) == 1 and isinstance(lines[0], (list, tuple)):
        lines = lines[0]
    out = []
    for l in lines:
        out.extend(str(l).split("\n"))
    _native.socket_send(host, port, out)

# ---- sinks and queries ----
def _parse_interval_ms(text):
    if isinstance(text, (int, float)):
        return int(text)
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    return int(_native.duration_ms(t))

def _innermost(found):
    # The shortest SQL is the innermost operator (an outer one contains it).
    best = None
    for t in found:
        if best is None or len(t[0]) < len(best[0]):
            best = t
    return best

class DataStreamWriter:
    def __init__(self, df):
        self._df = df
        self._spark = df.sparkSession
        self._format = None
        self._mode = "append"
        self._options = {}
        self._name = None
        self._trigger = ("default", 0)
        self._foreach_batch = None
        self._foreach = None
    def outputMode(self, outputMode):
        if not isinstance(outputMode, str) or not outputMode.strip():
            raise ValueError("[VALUE_NOT_NON_EMPTY_STR] Value for ` + '`outputMode`' + String.raw` must be a non-empty string, got '%s'." % outputMode)
        self._mode = outputMode
        return self
    def format(self, source):
        self._format = source.lower()
        return self
    def option(self, key, value):
        self._options[key] = value
        return self
    def options(self, **options):
        self._options.update(options)
        return self
    def partitionBy(self, *cols):
        return self
    def queryName(self, queryName):
        if not queryName or not isinstance(queryName, str) or not queryName.strip():
            raise ValueError("[VALUE_NOT_NON_EMPTY_STR] Value for ` + '`queryName`' + String.raw` must be a non-empty string, got '%s'." % queryName)
        self._name = queryName
        return self
    def trigger(self, processingTime=None, once=None, continuous=None, availableNow=None):
        given = [x for x in (processingTime, once, continuous, availableNow) if x is not None]
        if len(given) != 1:
            raise ValueError("[ONLY_ALLOW_SINGLE_TRIGGER] Only a single trigger is allowed.")
        if processingTime is not None:
            if not isinstance(processingTime, str) or not processingTime.strip():
                raise ValueError("[VALUE_NOT_NON_EMPTY_STR] Value for ` + '`processingTime`' + String.raw` must be a non-empty string, got '%s'." % processingTime)
            self._trigger = ("processingTime", _parse_interval_ms(processingTime))
        elif once is not None:
            if once is not True:
                raise ValueError("[VALUE_NOT_TRUE] Value for ` + '`once`' + String.raw` must be True, got '%s'." % once)
            self._trigger = ("once", 0)
        elif availableNow is not None:
            if availableNow is not True:
                raise ValueError("[VALUE_NOT_TRUE] Value for ` + '`availableNow`' + String.raw` must be True, got '%s'." % availableNow)
            self._trigger = ("availableNow", 0)
        else:
            raise _captured.AnalysisException("Flint does not support continuous processing; use processingTime triggers")
        return self
    def foreachBatch(self, func):
        self._foreach_batch = func
        self._format = "foreachBatch"
        return self
    def foreach(self, f):
        self._foreach = f
        self._format = "foreach"
        return self

    def _sink(self, path):
        fmt = self._format or "parquet"
        spark = self._spark
        if fmt == "memory":
            return ("memory", self._name)
        if fmt == "console":
            n = int(self._options.get("numRows", 20))
            tr = self._options.get("truncate", True)
            tr = str(tr).lower() != "false"
            def emit(text):
                print(text, end="")
            return ("console", emit, n, 20 if tr else 0)
        if fmt == "foreachBatch":
            func = self._foreach_batch
            def run_batch(view, batch_id):
                func(_df.DataFrame("SELECT * FROM %s" % view, spark), batch_id)
            return ("foreachBatch", run_batch)
        if fmt == "foreach":
            f = self._foreach
            def run_rows(view, batch_id):
                rows = _orig_collect(_df.DataFrame("SELECT * FROM %s" % view, spark))
                if callable(f) and not hasattr(f, "process"):
                    for r in rows:
                        f(r)
                    return
                if hasattr(f, "open") and f.open(0, batch_id) is False:
                    if hasattr(f, "close"):
                        f.close(None)
                    return
                err = None
                try:
                    for r in rows:
                        f.process(r)
                except Exception as e:
                    err = e
                if hasattr(f, "close"):
                    f.close(err)
                if err is not None:
                    raise err
            return ("foreach", run_rows)
        if fmt in ("json", "csv", "text", "parquet", "orc"):
            p = path if path is not None else self._options.get("path")
            return ("file", p, fmt, str(self._options.get("header", "false")).lower() == "true")
        raise _captured.AnalysisException("[DATA_SOURCE_NOT_FOUND] Failed to find the data source: %s." % fmt)

    def start(self, path=None, format=None, outputMode=None, partitionBy=None, queryName=None, **options):
        if format is not None:
            self.format(format)
        if outputMode is not None:
            self.outputMode(outputMode)
        if queryName is not None:
            self.queryName(queryName)
        self._options.update({k: v for k, v in options.items() if v is not None})
        if not self._df.isStreaming:
            raise _captured.AnalysisException("'writeStream' can be called only on streaming Dataset/DataFrame")
        sql = self._df._sql
        agg = _innermost([(a,) + tuple(v) for a, v in _AGGS.items() if a in sql])
        dedup = _innermost([(d,) + tuple(v) for d, v in _DEDUPS.items() if d in sql])
        wms = [(wid, col, parent, delay) for wid, (col, parent, delay) in _WATERMARKS.items() if ("__flint_watermark(%d)" % wid) in sql]
        manager = self._spark.streams
        if self._name is not None:
            for q in manager.active:
                if q.name == self._name:
                    raise _captured.IllegalArgumentException("Cannot start query with name %s as a query with that name is already active in this SparkSession" % self._name)
        cp = self._options.get("checkpointLocation")
        if cp is None:
            root = self._spark.conf.get("spark.sql.streaming.checkpointLocation")
            if root and self._name:
                cp = root.rstrip("/") + "/" + self._name
        qid = None
        if cp is not None:
            qid = _native.checkpoint_id(self._spark.sparkContext._jsc, cp)
        spec = {"sql": sql, "outputMode": self._mode, "agg": agg, "dedup": dedup, "watermarks": wms, "trigger": self._trigger,
                "checkpointLocation": cp, "id": qid or _uuid(), "runId": _uuid(), "name": self._name}
        query = StreamingQuery(self._spark, spec)
        handle = _native.start(self._spark._jsession, self._spark.sparkContext._jsc, spec, self._sink(path), query._on_event)
        query._handle = handle
        manager._started(query)
        return query

    def toTable(self, tableName, format=None, outputMode=None, partitionBy=None, queryName=None, **options):
        self.format("memory")
        self._name = self._name or tableName
        return self.start(outputMode=outputMode, queryName=queryName or tableName, **options)

class StreamingQuery:
    def __init__(self, spark, spec):
        self._spark = spark
        self._spec = spec
        self._handle = None
    def _on_event(self, kind, arg):
        self._spark.streams._event(self, kind)
    @property
    def id(self):
        return self._spec["id"]
    @property
    def runId(self):
        return self._spec["runId"]
    @property
    def name(self):
        return self._spec["name"]
    @property
    def isActive(self):
        return _native.is_active(self._handle)
    @property
    def status(self):
        return _json.loads(_native.status(self._handle))
    @property
    def lastProgress(self):
        p = _native.last_progress(self._handle)
        return None if p is None else _json.loads(p)
    @property
    def recentProgress(self):
        return [_json.loads(p) for p in _native.recent_progress(self._handle)]
    def _raise_if_failed(self):
        e = self.exception()
        if e is not None:
            raise e
    def awaitTermination(self, timeout=None):
        if timeout is not None:
            if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
                raise ValueError("[VALUE_NOT_POSITIVE] Value for ` + '`timeout`' + String.raw` must be positive, got '%s'." % timeout)
            done = _native.await_(self._handle, timeout * 1000.0)
            self._raise_if_failed()
            return done
        _native.await_(self._handle, None)
        self._raise_if_failed()
        return None
    def processAllAvailable(self):
        _native.process_all(self._handle)
        self._raise_if_failed()
    def stop(self):
        _native.stop(self._handle)
    def exception(self):
        e = _native.exception(self._handle)
        if e is None:
            return None
        msg = _native.exception_message(self._handle)
        if msg is None:
            msg = "%s: %s" % (type(e).__name__, e)
        return StreamingQueryException("[STREAM_FAILED] Query [id = %s, runId = %s] terminated with exception: %s" % (self.id, self.runId, msg))
    def explain(self, extended=False):
        df = _df.DataFrame(_native.explain_sql(self._handle), self._spark)
        print("== Physical Plan ==")
        print(_native.explain_text(self._spark._jsession, df._sql))
    def __repr__(self):
        return "<pyspark.sql.streaming.query.StreamingQuery object>"

class StreamingQueryListener:
    def onQueryStarted(self, event):
        pass
    def onQueryProgress(self, event):
        pass
    def onQueryIdle(self, event):
        pass
    def onQueryTerminated(self, event):
        pass

class _Event:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

class QueryStartedEvent(_Event): pass
class QueryProgressEvent(_Event): pass
class QueryTerminatedEvent(_Event): pass

class StreamingQueryManager:
    def __init__(self, spark):
        self._spark = spark
        self._queries = []
        self._terminated = []
        self._listeners = []
    def _started(self, q):
        self._queries.append(q)
        for l in list(self._listeners):
            l.onQueryStarted(QueryStartedEvent(id=q.id, runId=q.runId, name=q.name, timestamp=None))
    def _event(self, q, kind):
        if kind == "progress" and self._listeners:
            p = q.lastProgress
            for l in list(self._listeners):
                l.onQueryProgress(QueryProgressEvent(progress=p))
        if getattr(q, "_display", None) is not None:
            q._display(q)
        if kind == "terminated":
            if q not in self._terminated:
                self._terminated.append(q)
            e = _native.exception_message(q._handle)
            for l in list(self._listeners):
                l.onQueryTerminated(QueryTerminatedEvent(id=q.id, runId=q.runId, exception=e))
    @property
    def active(self):
        return [q for q in self._queries if q.isActive]
    def get(self, id):
        for q in self._queries:
            if q.id == id and q.isActive:
                return q
        return None
    def awaitAnyTermination(self, timeout=None):
        if timeout is not None and (not isinstance(timeout, (int, float)) or timeout <= 0):
            raise ValueError("[VALUE_NOT_POSITIVE] Value for ` + '`timeout`' + String.raw` must be positive, got '%s'." % timeout)
        if self._terminated:
            for q in self._terminated:
                q._raise_if_failed()
            return True
        hs = [q._handle for q in self._queries if q.isActive]
        done = _native.await_any(hs, None if timeout is None else timeout * 1000.0)
        for q in self._queries:
            if not q.isActive:
                q._raise_if_failed()
        return done if timeout is not None else None
    def resetTerminated(self):
        self._terminated = []
    def addListener(self, listener):
        self._listeners.append(listener)
    def removeListener(self, listener):
        if listener in self._listeners:
            self._listeners.remove(listener)

_display_counter = [0]

def _display_stream(df, on_update):
    """display(streamingDF): a memory-sink query whose table the notebook shows and refreshes."""
    _display_counter[0] += 1
    name = "display_query_%d" % _display_counter[0]
    aggregated = any(a in df._sql for a in _AGGS)
    q = df.writeStream.format("memory").queryName(name).outputMode("complete" if aggregated else "append").start()
    q._display = on_update
    on_update(q)
    return q

for _c in (DataStreamReader, DataStreamWriter):
    _c.__module__ = "pyspark.sql.streaming.readwriter"
for _c in (StreamingQuery, StreamingQueryManager):
    _c.__module__ = "pyspark.sql.streaming.query"
for _c in (StreamingQueryListener, QueryStartedEvent, QueryProgressEvent, QueryTerminatedEvent):
    _c.__module__ = "pyspark.sql.streaming.listener"

def _read_stream(self):
    return DataStreamReader(self)
def _streams(self):
    m = getattr(self, "_streams_manager", None)
    if m is None:
        m = StreamingQueryManager(self)
        self._streams_manager = m
    return m
_session.SparkSession.readStream = property(_read_stream)
_session.SparkSession.streams = property(_streams)
`;

/** functions.window, and the batch reader honouring .schema(...) and file sinks' logs. */
export const STREAMING_BATCH_READER = String.raw`
_functions.window = window

_RW = _readwriter.DataFrameReader
_orig_load = _RW.load
def _load(self, path=None, format=None, schema=None, **options):
    fmt = (format or self._format).lower()
    sch = schema if schema is not None else self._schema
    if sch is not None and fmt in ("json", "csv", "text"):
        ddl = _types._schema_ddl(sch) if isinstance(sch, _types.StructType) else sch
        opts = dict(self._options)
        for k, v in options.items():
            if v is not None:
                opts[k] = v
        paths = [path] if isinstance(path, str) else list(path)
        view = _native.read_with_schema(self._spark.sparkContext._jsc, self._spark._jsession, fmt, paths, ddl, opts)
        return _df.DataFrame("SELECT * FROM %s" % view, self._spark)
    if path is not None:
        # A file sink's directory reads as the files its _spark_metadata log committed.
        listed = []
        for p in ([path] if isinstance(path, str) else list(path)):
            logged = _native.sink_files(self._spark.sparkContext._jsc, p)
            listed.extend(logged if logged is not None else [p])
        if listed != ([path] if isinstance(path, str) else list(path)):
            if not listed:
                return _orig_load(self, path, format, schema, **options)
            path = listed
    return _orig_load(self, path, format, schema, **options)
_RW.load = _load
`;
