/** Python source of datetime.datetime (see datetime.ts). Timestamps are UTC: Flint's hosts run in UTC. */
export const DATETIME_DATETIME = String.raw`
class datetime(date):
    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._y, self._m, self._d = _check_date(year, month, day)
        self._h, self._mi, self._s, self._us = _check_time(hour, minute, second, microsecond)
        self._tz = _check_tz(tzinfo)

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: 0)

    @classmethod
    def _from_us(cls, us, tz=None):
        days, rest = divmod(us, 86400 * 10**6)
        y, m, d = _native_from_ordinal(days + 719163)
        secs, micro = divmod(rest, 10**6)
        return cls(y, m, d, secs // 3600, secs // 60 % 60, secs % 60, micro, tz)

    def _local_us(self):
        return ((_native_to_ordinal(self._y, self._m, self._d) - 719163) * 86400
                + self._h * 3600 + self._mi * 60 + self._s) * 10**6 + self._us

    def _utc_us(self):
        off = _offset_us(self._tz, self)
        return self._local_us() - (off or 0)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_native_now_us() / 10**6, tz)

    @classmethod
    def utcnow(cls):
        return cls._from_us(_native_now_us())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        us = round(t * 10**6) if isinstance(t, float) else t * 10**6
        dt = cls._from_us(us)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   time.tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parts = _native_parse_iso_datetime(s)
        if parts is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        y, m, d, h, mi, sec, us, off = parts
        return cls(y, m, d, h, mi, sec, us, None if off is None else _tz_from_us(off))

    @classmethod
    def strptime(cls, text, fmt):
        y, m, d, h, mi, s, us, off, name = _native_strptime(text, fmt)
        tz = None
        if off is not None:
            tz = timezone.utc if off == 0 and name is None else timezone(timedelta(microseconds=off), name) if name else _tz_from_us(off)
        return cls(y, m, d, h, mi, s, us, tz)

    def timestamp(self):
        return self._utc_us() / 10**6

    def date(self):
        return date(self._y, self._m, self._d)

    def time(self):
        return time(self._h, self._mi, self._s, self._us)

    def timetz(self):
        return time(self._h, self._mi, self._s, self._us, self._tz)

    def utcoffset(self):
        return None if self._tz is None else self._tz.utcoffset(self)

    def tzname(self):
        return None if self._tz is None else self._tz.tzname(self)

    def dst(self):
        return None if self._tz is None else self._tz.dst(self)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        _check_tz(tz)
        utc = self._from_us(self._utc_us())
        return tz.fromutc(utc.replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=0):
        return type(self)(self._y if year is None else year, self._m if month is None else month,
                          self._d if day is None else day, self._h if hour is None else hour,
                          self._mi if minute is None else minute, self._s if second is None else second,
                          self._us if microsecond is None else microsecond, self._tz if tzinfo is True else tzinfo)

    def isoformat(self, sep="T", timespec="auto"):
        return ("%04d-%02d-%02d%s" % (self._y, self._m, self._d, sep)
                + _format_time(self._h, self._mi, self._s, self._us, timespec)
                + _format_offset(_offset_us(self._tz, self)))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._y, self._m, self._d, self._h, self._mi)
        if self._us:
            s += ", %d, %d" % (self._s, self._us)
        elif self._s:
            s += ", %d" % self._s
        if self._tz is not None:
            s += ", tzinfo=%r" % (self._tz,)
        return "%s.%s(%s)" % (_mod(self), type(self).__qualname__, s)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _native_strftime(fmt, self._y, self._m, self._d, self._h, self._mi, self._s, self._us,
                                _offset_us(self._tz, self), self.tzname())

    def timetuple(self):
        import time as _t
        return _t.struct_time((self._y, self._m, self._d, self._h, self._mi, self._s, self.weekday(),
                               self.toordinal() - _native_to_ordinal(self._y, 1, 1) + 1, -1))

    def utctimetuple(self):
        return self._from_us(self._utc_us()).timetuple()

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._from_us(self._local_us() + other._us(), self._tz)
        if _builtin(other):
            _unsupported("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if _builtin(other):
            _unsupported("+", other, self)
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._from_us(self._local_us() - other._us(), self._tz)
        if isinstance(other, datetime):
            a = _offset_us(self._tz, self)
            b = _offset_us(other._tz, other)
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_us(self._utc_us() - other._utc_us())
        if _builtin(other):
            _unsupported("-", self, other)
        return NotImplemented

    def _cmpkey(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date) and op not in ("==", "!="):
                raise TypeError("can't compare %s to %s" % (_qual(self), _qual(other)))
            return None
        a = _offset_us(self._tz, self)
        b = _offset_us(other._tz, other)
        if (a is None) != (b is None):
            if op in ("==", "!="):
                return (0,), (1,)
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return self._utc_us(), other._utc_us()

    def __hash__(self):
        return hash(self._utc_us())

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._d, self._h, self._mi, self._s, self._us, self._tz))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
UTC = timezone.utc
`;
