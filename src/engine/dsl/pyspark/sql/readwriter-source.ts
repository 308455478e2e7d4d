/**
 * `pyspark.sql.readwriter`: DataFrameReader (csv, json, parquet) over the session's file system and
 * DataFrameWriter (parquet files; saveAsTable / insertInto through the SQL catalog).
 */
export const READWRITER = String.raw`
class DataFrameReader:
    def __init__(self, spark):
        self._spark = spark
        self._format = "parquet"
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
        self._schema = schema
        return self
    def load(self, path=None, format=None, schema=None, **options):
        fmt = (format or self._format).lower()
        opts = dict(self._options)
        for k, v in options.items():
            if v is not None:
                opts[k] = v
        if fmt == "libsvm":
            from pyspark.ml._libsvm import read as _read_libsvm
            return _read_libsvm(self._spark, path, opts)
        if path is None:
            path = opts.pop("path", None)
        if fmt == "parquet":
            if path is None:
                raise _native_error("AnalysisException", "[UNABLE_TO_INFER_SCHEMA] Unable to infer schema for Parquet. It must be specified manually.")
            sch = schema if schema is not None else self._schema
            ddl = None if sch is None else (_types._schema_ddl(sch) if isinstance(sch, _types.StructType) else sch)
            paths = [path] if isinstance(path, str) else list(path)
            view = _native.read_parquet(self._spark._jsession, self._spark.sparkContext._jsc, paths, opts, ddl)
            return _df.DataFrame("SELECT * FROM %s" % view, self._spark)
        if fmt not in ("csv", "json", "text"):
            raise NotImplementedError("spark.read: the '%s' format is not supported by Flint yet" % fmt)
        # One 'value' string column for text, a row per line (wholetext: a row per file).
        paths = [path] if isinstance(path, str) else list(path)
        view = _native.read_files(self._spark._jsession, self._spark.sparkContext._jsc, fmt, paths, opts)
        return _df.DataFrame("SELECT * FROM %s" % view, self._spark)
    def csv(self, path, schema=None, sep=None, header=None, inferSchema=None, **options):
        return self.load(path, "csv", schema, sep=sep, header=header, inferSchema=inferSchema, **options)
    def json(self, path, schema=None, **options):
        return self.load(path, "json", schema, **options)
    def text(self, paths, wholetext=False, lineSep=None, **options):
        return self.load(paths, "text", None, wholetext=wholetext, lineSep=lineSep, **options)
    def parquet(self, *paths, **options):
        if not paths:
            raise _native_error("AnalysisException", "[UNABLE_TO_INFER_SCHEMA] Unable to infer schema for Parquet. It must be specified manually.")
        return self.load(list(paths), "parquet", None, **options)
    def table(self, tableName):
        return self._spark.table(tableName)

def _native_error(name, message):
    import pyspark.errors.exceptions.captured as _captured
    return getattr(_captured, name)(message)

def _quote_table(name):
    return ".".join(chr(96) + p.replace(chr(96), chr(96) * 2) + chr(96) for p in name.split("."))

class DataFrameWriter:
    def __init__(self, df):
        self._df = df
        self._spark = df.sparkSession
        self._format = None
        self._mode = None
        self._options = {}
        self._partition_by = None
    def mode(self, saveMode):
        if saveMode is not None:
            m = saveMode.lower()
            if m not in ("append", "overwrite", "ignore", "error", "errorifexists", "default"):
                raise _native_error("IllegalArgumentException", "Unknown save mode: %s. Accepted save modes are 'overwrite', 'append', 'ignore', 'error', 'errorifexists', 'default'." % saveMode)
            self._mode = m
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
        if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
            cols = cols[0]
        self._partition_by = list(cols)
        return self
    def bucketBy(self, numBuckets, col, *cols):
        raise _native_error("AnalysisException", "Flint does not support bucketBy.")
    def sortBy(self, col, *cols):
        raise _native_error("AnalysisException", "Flint does not support sortBy.")
    def save(self, path=None, format=None, mode=None, partitionBy=None, **options):
        self.mode(mode)
        if format is not None:
            self.format(format)
        if partitionBy is not None:
            self.partitionBy(partitionBy)
        self._options.update({k: v for k, v in options.items() if v is not None})
        opts = dict(self._options)
        if path is None:
            path = opts.pop("path", None)
        if path is None:
            raise _native_error("IllegalArgumentException", "'path' is not specified.")
        fmt = self._format or self._spark.conf.get("spark.sql.sources.default", "parquet")
        if fmt in ("csv", "json", "text"):
            _native.write_text_files(self._spark._jsession, self._spark.sparkContext._jsc, fmt, self._df._sql, path, self._mode, self._partition_by, opts)
            return
        if fmt != "parquet":
            raise NotImplementedError("DataFrame.write: the '%s' format is not supported by Flint yet" % fmt)
        _native.write_parquet(self._spark._jsession, self._spark.sparkContext._jsc, self._df._sql, path, self._mode, self._partition_by, opts)
    def parquet(self, path, mode=None, partitionBy=None, compression=None):
        self.mode(mode)
        if partitionBy is not None:
            self.partitionBy(partitionBy)
        if compression is not None:
            self._options["compression"] = compression
        self.format("parquet").save(path)
    def _table_exists(self, name):
        return self._spark.catalog.tableExists(name)
    def saveAsTable(self, name, format=None, mode=None, partitionBy=None, **options):
        self.mode(mode)
        if format is not None:
            self.format(format)
        m = self._mode or "errorifexists"
        q = _quote_table(name)
        provider = self._format or "parquet"
        if self._table_exists(name):
            if m == "ignore":
                return
            if m in ("error", "errorifexists", "default"):
                parts = name.split(".")
                full = ".".join(chr(96) + p + chr(96) for p in (["spark_catalog", "default"] + parts)[-3:]) if len(parts) < 3 else ".".join(chr(96) + p + chr(96) for p in parts)
                raise _native_error("AnalysisException", "[TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create table or view %s because it already exists.\nChoose a different name, drop or replace the existing object, or add the IF NOT EXISTS clause to tolerate pre-existing objects." % full)
            if m == "append":
                self._spark.sql("INSERT INTO %s SELECT * FROM (%s) AS __t" % (q, self._df._sql))
                return
            self._spark.sql("DROP TABLE IF EXISTS %s" % q)
        self._spark.sql("CREATE TABLE %s USING %s AS SELECT * FROM (%s) AS __t" % (q, provider, self._df._sql))
    def insertInto(self, tableName, overwrite=None):
        if overwrite is None:
            overwrite = self._mode == "overwrite"
        self._spark.sql("INSERT %s %s SELECT * FROM (%s) AS __t" % ("OVERWRITE TABLE" if overwrite else "INTO", _quote_table(tableName), self._df._sql))
    def json(self, path, mode=None, compression=None, dateFormat=None, timestampFormat=None, lineSep=None, encoding=None, ignoreNullFields=None, **options):
        self.mode(mode)
        self._set_opts(compression=compression, dateFormat=dateFormat, timestampFormat=timestampFormat, lineSep=lineSep, encoding=encoding, ignoreNullFields=ignoreNullFields, **options)
        self.format("json").save(path)
    def csv(self, path, mode=None, compression=None, sep=None, quote=None, escape=None, header=None, nullValue=None, escapeQuotes=None, quoteAll=None, dateFormat=None, timestampFormat=None, ignoreLeadingWhiteSpace=None, ignoreTrailingWhiteSpace=None, charToEscapeQuoteEscaping=None, encoding=None, emptyValue=None, lineSep=None, **options):
        self.mode(mode)
        self._set_opts(compression=compression, sep=sep, quote=quote, escape=escape, header=header, nullValue=nullValue, escapeQuotes=escapeQuotes, quoteAll=quoteAll, dateFormat=dateFormat, timestampFormat=timestampFormat, ignoreLeadingWhiteSpace=ignoreLeadingWhiteSpace, ignoreTrailingWhiteSpace=ignoreTrailingWhiteSpace, charToEscapeQuoteEscaping=charToEscapeQuoteEscaping, encoding=encoding, emptyValue=emptyValue, lineSep=lineSep, **options)
        self.format("csv").save(path)
    def text(self, path, compression=None, lineSep=None, **options):
        self._set_opts(compression=compression, lineSep=lineSep, **options)
        self.format("text").save(path)
    def _set_opts(self, **opts):
        for k, v in opts.items():
            if v is not None:
                self._options[k] = str(v).lower() if isinstance(v, bool) else v

_df.DataFrame.write = property(lambda self: DataFrameWriter(self))
`;
