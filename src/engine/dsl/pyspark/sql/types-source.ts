/** `pyspark.sql.types`: the data type classes, StructType/StructField and Row (Python source). */
export const TYPES = String.raw`
class DataType:
    def __repr__(self):
        return type(self).__name__ + "()"
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def __ne__(self, other):
        return not self.__eq__(other)
    def __hash__(self):
        return hash(repr(self))
    @classmethod
    def typeName(cls):
        return cls.__name__[:-4].lower()
    def simpleString(self):
        return self.typeName()

class UserDefinedType(DataType):
    @classmethod
    def typeName(cls):
        return cls.__name__[:-3].lower()
    @classmethod
    def sqlType(cls):
        raise NotImplementedError("UDT must implement sqlType().")
    @classmethod
    def module(cls):
        raise NotImplementedError("UDT must implement module().")
    @classmethod
    def scalaUDT(cls):
        return ""
    def simpleString(self):
        return self.typeName()
    def needConversion(self):
        return True
    def toInternal(self, obj):
        if obj is not None:
            return self.serialize(obj)
    def fromInternal(self, obj):
        if obj is not None:
            return self.deserialize(obj)
    def serialize(self, obj):
        raise NotImplementedError("UDT must implement toInternal().")
    def deserialize(self, datum):
        raise NotImplementedError("UDT must implement fromInternal().")
    def __eq__(self, other):
        return type(self) == type(other)
    def __hash__(self):
        return hash(type(self).__name__)

class NullType(DataType):
    @classmethod
    def typeName(cls):
        return "void"
class BooleanType(DataType): pass
class BinaryType(DataType): pass
class DateType(DataType): pass
class TimestampType(DataType): pass
class TimestampNTZType(DataType):
    @classmethod
    def typeName(cls):
        return "timestamp_ntz"
class StringType(DataType): pass
class DoubleType(DataType): pass
class FloatType(DataType): pass
class ByteType(DataType):
    def simpleString(self):
        return "tinyint"
class ShortType(DataType):
    def simpleString(self):
        return "smallint"
class IntegerType(DataType):
    def simpleString(self):
        return "int"
class LongType(DataType):
    def simpleString(self):
        return "bigint"

class DecimalType(DataType):
    def __init__(self, precision=10, scale=0):
        self.precision = precision
        self.scale = scale
    def simpleString(self):
        return "decimal(%d,%d)" % (self.precision, self.scale)
    def __repr__(self):
        return "DecimalType(%d,%d)" % (self.precision, self.scale)

class ArrayType(DataType):
    def __init__(self, elementType, containsNull=True):
        self.elementType = elementType
        self.containsNull = containsNull
    def simpleString(self):
        return "array<%s>" % self.elementType.simpleString()
    def __repr__(self):
        return "ArrayType(%r, %s)" % (self.elementType, self.containsNull)

class MapType(DataType):
    def __init__(self, keyType, valueType, valueContainsNull=True):
        self.keyType = keyType
        self.valueType = valueType
        self.valueContainsNull = valueContainsNull
    def simpleString(self):
        return "map<%s,%s>" % (self.keyType.simpleString(), self.valueType.simpleString())
    def __repr__(self):
        return "MapType(%r, %r, %s)" % (self.keyType, self.valueType, self.valueContainsNull)

class StructField(DataType):
    def __init__(self, name, dataType, nullable=True, metadata=None):
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
        self.metadata = metadata or {}
    def simpleString(self):
        return "%s:%s" % (self.name, self.dataType.simpleString())
    def __repr__(self):
        return "StructField(%r, %r, %s)" % (self.name, self.dataType, self.nullable)

class StructType(DataType):
    def __init__(self, fields=None):
        self.fields = list(fields) if fields else []
        self.names = [f.name for f in self.fields]
    def add(self, field, data_type=None, nullable=True, metadata=None):
        if isinstance(field, StructField):
            self.fields.append(field)
        else:
            if isinstance(data_type, str):
                data_type = _parse_type(data_type)
            self.fields.append(StructField(field, data_type, nullable, metadata))
        self.names = [f.name for f in self.fields]
        return self
    def fieldNames(self):
        return list(self.names)
    def __iter__(self):
        return iter(self.fields)
    def __len__(self):
        return len(self.fields)
    def __getitem__(self, key):
        if isinstance(key, str):
            for f in self.fields:
                if f.name == key:
                    return f
            raise KeyError("No StructField named %s" % key)
        return self.fields[key]
    def simpleString(self):
        return "struct<%s>" % ",".join(f.simpleString() for f in self.fields)
    def __repr__(self):
        return "StructType([%s])" % ", ".join(repr(f) for f in self.fields)

_ATOMIC = {"null": NullType, "void": NullType, "boolean": BooleanType, "binary": BinaryType, "date": DateType,
           "timestamp": TimestampType, "timestamp_ntz": TimestampNTZType, "string": StringType,
           "double": DoubleType, "float": FloatType, "byte": ByteType, "short": ShortType,
           "int": IntegerType, "long": LongType}

def _from_tuple(t):
    kind = t[0]
    if kind == "array":
        return ArrayType(_from_tuple(t[1]), t[2])
    if kind == "map":
        return MapType(_from_tuple(t[1]), _from_tuple(t[2]), t[3])
    if kind == "struct":
        return StructType([StructField(n, _from_tuple(ft), nl) for (n, ft, nl) in t[1]])
    if kind == "decimal":
        return DecimalType(t[1], t[2])
    if kind == "udt":
        return t[1]()
    return _ATOMIC.get(kind, StringType)()

def _ddl_type(dt):
    if isinstance(dt, StructType):
        return "STRUCT<%s>" % ", ".join("%s: %s" % (_quote(f.name), _ddl_type(f.dataType)) for f in dt.fields)
    if isinstance(dt, ArrayType):
        return "ARRAY<%s>" % _ddl_type(dt.elementType)
    if isinstance(dt, MapType):
        return "MAP<%s, %s>" % (_ddl_type(dt.keyType), _ddl_type(dt.valueType))
    return dt.simpleString()

def _quote(name):
    return chr(96) + name.replace(chr(96), chr(96) * 2) + chr(96)

def _schema_ddl(st):
    return ", ".join("%s %s" % (_quote(f.name), _ddl_type(f.dataType)) for f in st.fields)

class Row:
    def __init__(self, *args, **kwargs):
        if args and kwargs:
            raise ValueError("Can not use both args and kwargs to create Row")
        if kwargs:
            self.__fields__ = list(kwargs.keys())
            self._values = list(kwargs.values())
        else:
            self.__fields__ = None
            self._values = list(args)
    def __call__(self, *args):
        if len(args) > len(self._values):
            raise ValueError("Can not create Row with fields %s, expected %d values but got %s" % (self, len(self._values), args))
        return _make_row(list(self._values), list(args))
    def asDict(self, recursive=False):
        if self.__fields__ is None:
            raise TypeError("Cannot convert a Row class into dict")
        def conv(v):
            if recursive and isinstance(v, Row):
                return v.asDict(True)
            if recursive and isinstance(v, list):
                return [conv(x) for x in v]
            return v
        return {k: conv(v) for k, v in zip(self.__fields__, self._values)}
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        fields = self.__fields__
        if fields is not None and name in fields:
            return self._values[fields.index(name)]
        raise AttributeError(name)
    def __getitem__(self, item):
        if isinstance(item, str):
            fields = self.__fields__
            if fields is None or item not in fields:
                raise ValueError(item)
            return self._values[fields.index(item)]
        return self._values[item]
    def __contains__(self, item):
        if self.__fields__ is not None:
            return item in self.__fields__
        return item in self._values
    def __iter__(self):
        return iter(self._values)
    def __len__(self):
        return len(self._values)
    def __eq__(self, other):
        if isinstance(other, Row):
            return self._values == other._values
        if isinstance(other, tuple):
            return tuple(self._values) == other
        return NotImplemented
    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r
    def __lt__(self, other):
        return tuple(self._values) < tuple(other)
    def __hash__(self):
        return hash(tuple(self._values))
    def __repr__(self):
        if self.__fields__ is not None:
            return "Row(%s)" % ", ".join("%s=%r" % (k, v) for k, v in zip(self.__fields__, self._values))
        return "<Row(%s)>" % ", ".join(repr(v) for v in self._values)

def _make_row(names, values):
    r = Row()
    r.__fields__ = list(names)
    r._values = list(values)
    return r

def _parse_type(s):
    t = s.strip().lower()
    alias = {"int": "int", "integer": "int", "bigint": "long", "long": "long", "smallint": "short", "tinyint": "byte"}
    return _ATOMIC.get(alias.get(t, t), StringType)()
`;
