/** `pyspark.sql.readwriter`: DataFrameReader for csv and json over the session's file system. */
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
        if fmt not in ("csv", "json"):
            raise NotImplementedError("spark.read: the '%s' format is not supported by Flint yet" % fmt)
        paths = [path] if isinstance(path, str) else list(path)
        view = _native.read_files(self._spark._jsession, self._spark.sparkContext._jsc, fmt, paths, opts)
        return _df.DataFrame("SELECT * FROM %s" % view, self._spark)
    def csv(self, path, schema=None, sep=None, header=None, inferSchema=None, **options):
        return self.load(path, "csv", schema, sep=sep, header=header, inferSchema=inferSchema, **options)
    def json(self, path, schema=None, **options):
        return self.load(path, "json", schema, **options)
    def table(self, tableName):
        return self._spark.table(tableName)
`;
