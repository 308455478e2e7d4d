/**
 * `pyspark.sql.functions` that are not plain calls: higher-order functions (a Python
 * lambda over Columns becomes a SQL lambda), sort-order helpers and `broadcast`.
 */
export const FUNCTIONS_EXTRA = String.raw`
_lambda_count = [0]

def _lambda_sql(f, arities):
    last = None
    for n in arities:
        _lambda_count[0] += 1
        names = ["lv%d_%d" % (_lambda_count[0], i) for i in range(n)]
        try:
            body = f(*[Column(v) for v in names])
        except TypeError as e:
            last = e
            continue
        if not isinstance(body, Column):
            body = Column(_lit_sql(body))
        params = names[0] if n == 1 else "(%s)" % ", ".join(names)
        return "%s -> %s" % (params, body._sql)
    raise last

def _hof(name, col, f, arities, *more):
    args = [_to_col(col)._sql] + [_c(m) for m in more] + [_lambda_sql(f, arities)]
    return Column("%s(%s)" % (name, ", ".join(args)))

def transform(col, f):
    return _hof("transform", col, f, (1, 2))
def filter(col, f):
    return _hof("filter", col, f, (1, 2))
def exists(col, f):
    return _hof("exists", col, f, (1,))
def forall(col, f):
    return _hof("forall", col, f, (1,))
def zip_with(left, right, f):
    return Column("zip_with(%s, %s, %s)" % (_to_col(left)._sql, _to_col(right)._sql, _lambda_sql(f, (2,))))
def transform_keys(col, f):
    return _hof("transform_keys", col, f, (2,))
def transform_values(col, f):
    return _hof("transform_values", col, f, (2,))
def map_filter(col, f):
    return _hof("map_filter", col, f, (2,))
def map_zip_with(col1, col2, f):
    return Column("map_zip_with(%s, %s, %s)" % (_to_col(col1)._sql, _to_col(col2)._sql, _lambda_sql(f, (3,))))
def aggregate(col, initialValue, merge, finish=None):
    args = [_to_col(col)._sql, _c(initialValue), _lambda_sql(merge, (2,))]
    if finish is not None:
        args.append(_lambda_sql(finish, (1,)))
    return Column("aggregate(%s)" % ", ".join(args))
def reduce(col, initialValue, merge, finish=None):
    args = [_to_col(col)._sql, _c(initialValue), _lambda_sql(merge, (2,))]
    if finish is not None:
        args.append(_lambda_sql(finish, (1,)))
    return Column("reduce(%s)" % ", ".join(args))

def timestamp_diff(unit, start, end):
    return Column("timestampdiff(%s, %s, %s)" % (_lit_sql(unit), _to_col(start)._sql, _to_col(end)._sql))
def timestamp_add(unit, quantity, ts):
    return Column("timestampadd(%s, %s, %s)" % (_lit_sql(unit), _c(quantity), _to_col(ts)._sql))

def unix_timestamp(timestamp=None, format="yyyy-MM-dd HH:mm:ss"):
    if timestamp is None:
        return Column("unix_timestamp(current_timestamp(), %s)" % _lit_sql(format))
    return Column("unix_timestamp(%s, %s)" % (_to_col(timestamp)._sql, _lit_sql(format)))

def asc_nulls_first(col):
    return _to_col(col).asc_nulls_first()
def asc_nulls_last(col):
    return _to_col(col).asc_nulls_last()
def desc_nulls_first(col):
    return _to_col(col).desc_nulls_first()
def desc_nulls_last(col):
    return _to_col(col).desc_nulls_last()
def broadcast(df):
    return df
`;
