/** Python source of datetime's date and time classes (see datetime.ts). */
export const DATETIME_DATE = String.raw`
def _check_date(year, month, day):
    year = _check_int(year, "year")
    month = _check_int(month, "month")
    day = _check_int(day, "day")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _native_days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond):
    hour = _check_int(hour, "hour")
    minute = _check_int(minute, "minute")
    second = _check_int(second, "second")
    microsecond = _check_int(microsecond, "microsecond")
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return hour, minute, second, microsecond


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
    return tz


def _offset_us(tz, dt):
    if tz is None:
        return None
    off = tz.utcoffset(dt)
    return None if off is None else off._us()


def _format_spec(obj, spec):
    if not isinstance(spec, str):
        raise TypeError("must be str, not %s" % type(spec).__name__)
    return obj.strftime(spec) if spec else str(obj)


class date:
    def __init__(self, year, month=None, day=None):
        self._y, self._m, self._d = _check_date(year, month, day)

    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._d

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_native_now_us() / 10**6)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _native_from_ordinal(int(t // 86400) + 719163)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= 3652059:
            raise ValueError("ordinal must be >= 1")
        return cls(*_native_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parts = _native_parse_iso_date(s)
        if parts is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(*parts)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_native_from_ordinal(_native_iso_to_ordinal(year, week, day)))

    def toordinal(self):
        return _native_to_ordinal(self._y, self._m, self._d)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return _native_iso_calendar(self._y, self._m, self._d)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._y, self._m, self._d)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (_mod(self), type(self).__qualname__, self._y, self._m, self._d)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _native_strftime(fmt, self._y, self._m, self._d, 0, 0, 0, 0, None, None)

    def __format__(self, spec):
        return _format_spec(self, spec)

    def timetuple(self):
        import time
        return time.struct_time((self._y, self._m, self._d, 0, 0, 0, self.weekday(),
                                 self.toordinal() - _native_to_ordinal(self._y, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year, self._m if month is None else month,
                          self._d if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= 3652059:
                raise OverflowError("date value out of range")
            return type(self)(*_native_from_ordinal(n))
        if _builtin(other):
            _unsupported("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if _builtin(other):
            _unsupported("+", other, self)
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _builtin(other):
            _unsupported("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _builtin(other):
            _unsupported("-", other, self)
        return NotImplemented

    def _cmpkey(self, other, op):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            if op in ("==", "!="):
                return None
            raise TypeError("can't compare %s to %s" % (_qual(other), _qual(self)))
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._y, self._m, self._d), (other._y, other._m, other._d)
        return None

    def __eq__(self, other):
        k = self._cmpkey(other, "==")
        return NotImplemented if k is None else k[0] == k[1]

    def __lt__(self, other):
        k = self._cmpkey(other, "<")
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmpkey(other, "<=")
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmpkey(other, ">")
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmpkey(other, ">=")
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        return hash((self._y, self._m, self._d))

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._d))


def _mod(obj):
    m = type(obj).__module__
    return "datetime" if m == "datetime" else m


def _qual(obj):
    return "%s.%s" % (_mod(obj), type(obj).__qualname__)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _format_time(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off_us):
    if off_us is None:
        return ""
    return _native_format_offset(off_us)


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._h, self._mi, self._s, self._us = _check_time(hour, minute, second, microsecond)
        self._tz = _check_tz(tzinfo)

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: 0)

    def __repr__(self):
        if self._us:
            s = "%d, %d, %d, %d" % (self._h, self._mi, self._s, self._us)
        elif self._s:
            s = "%d, %d, %d" % (self._h, self._mi, self._s)
        else:
            s = "%d, %d" % (self._h, self._mi)
        if self._tz is not None:
            s += ", tzinfo=%r" % (self._tz,)
        return "%s.%s(%s)" % (_mod(self), type(self).__qualname__, s)

    def isoformat(self, timespec="auto"):
        return _format_time(self._h, self._mi, self._s, self._us, timespec) + _format_offset(_offset_us(self._tz, None))

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, s):
        parts = _native_parse_iso_time(s)
        if parts is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        h, m, sec, us, off = parts
        return cls(h, m, sec, us, None if off is None else _tz_from_us(off))

    def strftime(self, fmt):
        return _native_strftime(fmt, 1900, 1, 1, self._h, self._mi, self._s, self._us,
                                _offset_us(self._tz, None), None if self._tz is None else self._tz.tzname(None))

    def __format__(self, spec):
        return _format_spec(self, spec)

    def utcoffset(self):
        return None if self._tz is None else self._tz.utcoffset(None)

    def tzname(self):
        return None if self._tz is None else self._tz.tzname(None)

    def dst(self):
        return None if self._tz is None else self._tz.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(self._h if hour is None else hour, self._mi if minute is None else minute,
                          self._s if second is None else second, self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo)

    def _key(self):
        return (self._h, self._mi, self._s, self._us)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _tz_from_us(off):
    return timezone.utc if off == 0 else timezone(timedelta(microseconds=off))
`;
