/** `pyspark.sql.readwriter`: DataFrameReader (options kept; file formats arrive with the CSV/JSON readers). */
export const READWRITER = String.raw`
class DataFrameReader:
    def __init__(self, spark):
        self._spark = spark
        self._format = None
        self._options = {}
        self._schema = None
    def format(self, source):
        self._format = source
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
        raise NotImplementedError("spark.read.%s is not supported by Flint yet" % (format or self._format or "load"))
    def csv(self, path, **options):
        return self.load(path, "csv", **options)
    def json(self, path, **options):
        return self.load(path, "json", **options)
    def table(self, tableName):
        return self._spark.table(tableName)
`;
