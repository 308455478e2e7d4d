/**
 * `pyspark.sql.window`: a WindowSpec is the text of an OVER clause, so `f.over(w)` is
 * `f(...) OVER (PARTITION BY ... ORDER BY ... frame)` and the analyzer names it as Spark does.
 */
export const WINDOW = String.raw`
import sys as _sys

_UNBOUNDED_PRECEDING = -(1 << 63)
_UNBOUNDED_FOLLOWING = (1 << 63) - 1

def _bound(v, end):
    if v <= -_sys.maxsize or v <= _UNBOUNDED_PRECEDING:
        return "UNBOUNDED PRECEDING"
    if v >= _sys.maxsize or v >= _UNBOUNDED_FOLLOWING:
        return "UNBOUNDED FOLLOWING"
    if v == 0:
        return "CURRENT ROW"
    return "%d %s" % (abs(v), "PRECEDING" if v < 0 else "FOLLOWING")

def _keys(cols):
    if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
        cols = cols[0]
    return [_to_col(c) for c in cols]

class WindowSpec:
    def __init__(self, partition=(), order=(), frame=None):
        self._partition = list(partition)
        self._order = list(order)
        self._frame = frame

    def partitionBy(self, *cols):
        return WindowSpec(_keys(cols), self._order, self._frame)

    def orderBy(self, *cols):
        return WindowSpec(self._partition, _keys(cols), self._frame)

    def rowsBetween(self, start, end):
        return WindowSpec(self._partition, self._order, ("ROWS", start, end))

    def rangeBetween(self, start, end):
        return WindowSpec(self._partition, self._order, ("RANGE", start, end))

    def _over_sql(self):
        parts = []
        if self._partition:
            parts.append("PARTITION BY " + ", ".join(c._sql for c in self._partition))
        if self._order:
            parts.append("ORDER BY " + ", ".join(c._sql + " " + (c._sort or "ASC NULLS FIRST") for c in self._order))
        if self._frame is not None:
            kind, start, end = self._frame
            parts.append("%s BETWEEN %s AND %s" % (kind, _bound(start, False), _bound(end, True)))
        return " ".join(parts)

    def __repr__(self):
        return "<pyspark.sql.window.WindowSpec object at 0x%x>" % id(self)

class Window:
    unboundedPreceding = _UNBOUNDED_PRECEDING
    unboundedFollowing = _UNBOUNDED_FOLLOWING
    currentRow = 0

    @staticmethod
    def partitionBy(*cols):
        return WindowSpec().partitionBy(*cols)

    @staticmethod
    def orderBy(*cols):
        return WindowSpec().orderBy(*cols)

    @staticmethod
    def rowsBetween(start, end):
        return WindowSpec().rowsBetween(start, end)

    @staticmethod
    def rangeBetween(start, end):
        return WindowSpec().rangeBetween(start, end)
`;
