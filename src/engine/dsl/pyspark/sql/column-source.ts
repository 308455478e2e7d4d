/**
 * `pyspark.sql.column`: a Column is Spark SQL expression text, so an unaliased expression
 * gets the name Spark's analyzer gives it (`(a + 1)`, `sum(x)`, `CAST(a AS INT)`).
 */
export const COLUMN = String.raw`
import re as _re
_DF_QUALIFIER = _re.compile(chr(96) + r"__df[0-9#]+" + chr(96) + r"\.")

def _user_text(sql):
    # SQL text without the DataFrame qualifiers of df.k references (Flint's, never the user's).
    return _DF_QUALIFIER.sub("", sql)

def _quote(name):
    if name == "*":
        return name
    return chr(96) + name.replace(chr(96), chr(96) * 2) + chr(96)

def _col_ref(name):
    if name == "*" or name.endswith(".*"):
        return name
    return ".".join(_quote(p) for p in name.split(".")) if "." in name and chr(96) not in name else _quote(name)

def _lit_sql(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v) if -2147483648 <= v <= 2147483647 else str(v) + "L"
    if isinstance(v, float):
        if v != v:
            return "CAST('NaN' AS DOUBLE)"
        if v in (float("inf"), float("-inf")):
            return "CAST('%s' AS DOUBLE)" % ("Infinity" if v > 0 else "-Infinity")
        return repr(v) + "D"
    if isinstance(v, str):
        return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(v, (list, tuple)):
        return "array(%s)" % ", ".join(_lit_sql(x) for x in v)
    if isinstance(v, Column):
        return v._sql
    raise TypeError("[UNSUPPORTED_LITERAL] Unsupported literal type %s." % type(v).__name__)

def _to_col(c):
    if isinstance(c, Column):
        return c
    if isinstance(c, str):
        return Column(_col_ref(c))
    raise TypeError("[NOT_COLUMN_OR_STR] Argument ` + "`col`" + String.raw` should be a Column or str, got %s." % type(c).__name__)

def _operand(v):
    return v._sql if isinstance(v, Column) else _lit_sql(v)

def _bin(op):
    def f(self, other):
        return Column("(%s %s %s)" % (self._sql, op, _operand(other)))
    return f

def _rbin(op):
    def f(self, other):
        return Column("(%s %s %s)" % (_operand(other), op, self._sql))
    return f

class Column:
    def __init__(self, sql, alias=None, sort=None):
        self._sql = sql
        self._alias = alias
        self._sort = sort

    def _select_sql(self):
        if isinstance(self._alias, tuple):
            return "%s AS (%s)" % (self._sql, ", ".join(_quote(a) for a in self._alias))
        if self._alias is not None:
            return "%s AS %s" % (self._sql, _quote(self._alias))
        return self._sql

    def _order_sql(self):
        return self._sql + (" " + self._sort if self._sort else "")

    __add__ = _bin("+")
    __sub__ = _bin("-")
    __mul__ = _bin("*")
    __truediv__ = _bin("/")
    __mod__ = _bin("%")
    __radd__ = _rbin("+")
    __rsub__ = _rbin("-")
    __rmul__ = _rbin("*")
    __rtruediv__ = _rbin("/")
    __rmod__ = _rbin("%")
    __eq__ = _bin("=")
    __lt__ = _bin("<")
    __le__ = _bin("<=")
    __gt__ = _bin(">")
    __ge__ = _bin(">=")
    __and__ = _bin("AND")
    __or__ = _bin("OR")
    __rand__ = _rbin("AND")
    __ror__ = _rbin("OR")

    def __ne__(self, other):
        return Column("(NOT (%s = %s))" % (self._sql, _operand(other)))
    def __pow__(self, other):
        return Column("POWER(%s, %s)" % (self._sql, _operand(other)))
    def __neg__(self):
        return Column("(- %s)" % self._sql)
    def __invert__(self):
        return Column("(NOT %s)" % self._sql)
    def __hash__(self):
        return id(self)
    def __bool__(self):
        raise ValueError("Cannot convert column into bool: please use '&' for 'and', '|' for 'or', '~' for 'not' when building DataFrame boolean expressions.")
    def __iter__(self):
        raise TypeError("Column is not iterable")
    def __repr__(self):
        return "Column<'%s'>" % (_user_text(self._select_sql()).replace(chr(96), ""))

    def alias(self, *alias, **kwargs):
        # Several names alias a generator's columns: explode(map).alias("key", "value").
        return Column(self._sql, alias[0] if len(alias) == 1 else tuple(alias))
    name = alias
    def cast(self, dataType):
        t = dataType if isinstance(dataType, str) else dataType.simpleString()
        return Column("CAST(%s AS %s)" % (self._sql, t.upper()))
    astype = cast
    def eqNullSafe(self, other):
        return Column("(%s <=> %s)" % (self._sql, _operand(other)))
    def isNull(self):
        return Column("(%s IS NULL)" % self._sql)
    def isNotNull(self):
        return Column("(%s IS NOT NULL)" % self._sql)
    def isin(self, *cols):
        if len(cols) == 1 and isinstance(cols[0], (list, set, tuple)):
            cols = list(cols[0])
        return Column("(%s IN (%s))" % (self._sql, ", ".join(_operand(c) for c in cols)))
    def between(self, lower, upper):
        return Column("((%s >= %s) AND (%s <= %s))" % (self._sql, _operand(lower), self._sql, _operand(upper)))
    def like(self, other):
        return Column("%s LIKE %s" % (self._sql, _lit_sql(other)))
    def rlike(self, other):
        return Column("RLIKE(%s, %s)" % (self._sql, _lit_sql(other)))
    def startswith(self, other):
        return Column("startswith(%s, %s)" % (self._sql, _operand(other)))
    def endswith(self, other):
        return Column("endswith(%s, %s)" % (self._sql, _operand(other)))
    def contains(self, other):
        return Column("contains(%s, %s)" % (self._sql, _operand(other)))
    def substr(self, startPos, length):
        return Column("substr(%s, %s, %s)" % (self._sql, _operand(startPos), _operand(length)))
    def getItem(self, key):
        return Column("%s[%s]" % (self._sql, _operand(key)))
    def getField(self, name):
        if isinstance(name, Column):
            return Column("%s[%s]" % (self._sql, name._sql))
        return Column("%s[%s]" % (self._sql, _lit_sql(name)))
    def __getattr__(self, item):
        # PySpark refuses only dunder names; Flint's own private attributes stay attributes too.
        if item.startswith("_"):
            raise AttributeError("'Column' object has no attribute '%s'" % item)
        return self.getField(item)
    def ilike(self, other):
        return Column("%s ILIKE %s" % (self._sql, _lit_sql(other)))
    def bitwiseOR(self, other):
        return Column("(%s | %s)" % (self._sql, _operand(other)))
    def bitwiseAND(self, other):
        return Column("(%s & %s)" % (self._sql, _operand(other)))
    def bitwiseXOR(self, other):
        return Column("(%s ^ %s)" % (self._sql, _operand(other)))
    def withField(self, fieldName, col):
        if not isinstance(fieldName, str):
            raise TypeError("[NOT_STR] Argument ` + "`fieldName`" + String.raw` should be a str, got %s." % type(fieldName).__name__)
        if not isinstance(col, Column):
            raise TypeError("[NOT_COLUMN] Argument ` + "`col`" + String.raw` should be a Column, got %s." % type(col).__name__)
        return Column("__with_field(%s, %s, %s)" % (self._sql, _lit_sql(fieldName), col._sql))
    def dropFields(self, *fieldNames):
        return Column("__drop_fields(%s, %s)" % (self._sql, ", ".join(_lit_sql(f) for f in fieldNames)))
    def __getitem__(self, k):
        return self.getItem(k)
    def asc(self):
        return Column(self._sql, None, "ASC NULLS FIRST")
    def desc(self):
        return Column(self._sql, None, "DESC NULLS LAST")
    def asc_nulls_first(self):
        return Column(self._sql, None, "ASC NULLS FIRST")
    def asc_nulls_last(self):
        return Column(self._sql, None, "ASC NULLS LAST")
    def desc_nulls_first(self):
        return Column(self._sql, None, "DESC NULLS FIRST")
    def desc_nulls_last(self):
        return Column(self._sql, None, "DESC NULLS LAST")
    def over(self, window):
        return Column("%s OVER (%s)" % (self._sql, window._over_sql()))
    def when(self, condition, value):
        if not self._sql.startswith("CASE WHEN") or not self._sql.endswith(" END") or " ELSE " in self._sql:
            raise TypeError("when() can only be applied on a Column previously generated by when() function")
        return Column("%s WHEN %s THEN %s END" % (self._sql[:-4], _operand(condition), _operand(value)))
    def otherwise(self, value):
        if not self._sql.startswith("CASE WHEN") or " ELSE " in self._sql:
            raise TypeError("otherwise() can only be applied on a Column previously generated by when()")
        return Column("%s ELSE %s END" % (self._sql[:-4], _operand(value)))
`;
