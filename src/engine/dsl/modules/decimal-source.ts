/**
 * Python source of the decimal module's core: a sign, an integer coefficient and an
 * exponent, rounded to the context's precision after every operation as the General
 * Decimal Arithmetic specification says. NaN and infinities parse and print; arithmetic
 * on them is not supported.
 */
export const DECIMAL_SOURCE = String.raw`
ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
MAX_PREC = 999999999999999999


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Context:
    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                 flags=None, traps=None):
        self.prec = prec
        self.rounding = rounding
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self.clamp = clamp

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[], "
                "traps=[InvalidOperation, DivisionByZero, Overflow])" % (
                    self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9)
_context = Context()


def getcontext():
    return _context


def setcontext(context):
    global _context
    _context = context


class _LocalContext:
    def __init__(self, ctx):
        self._new = ctx

    def __enter__(self):
        global _context
        self._saved = _context
        _context = self._new
        return self._new

    def __exit__(self, *args):
        global _context
        _context = self._saved


def localcontext(ctx=None, **kwargs):
    new = (ctx if ctx is not None else _context).copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _LocalContext(new)


def _round_coeff(c, drop, rounding, negative):
    """c // 10**drop rounded by the mode; the sign matters for CEILING/FLOOR."""
    if drop <= 0:
        return c * 10 ** (-drop)
    q, r = divmod(c, 10 ** drop)
    if r == 0:
        return q
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_CEILING:
        up = not negative
    elif rounding == ROUND_FLOOR:
        up = negative
    else:
        up = q % 10 in (0, 5)
    return q + 1 if up else q


class DecimalTuple(tuple):
    pass


def _parse(s):
    t = s.strip().replace("_", "")
    sign = 0
    if t[:1] in ("+", "-"):
        sign = 1 if t[0] == "-" else 0
        t = t[1:]
    low = t.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    if low in ("nan", "snan"):
        return sign, 0, "n"
    mant, e = low, 0
    if "e" in low:
        mant, _, ex = low.partition("e")
        if not ex or not ex.lstrip("+-").isdigit():
            return None
        e = int(ex)
    whole, _, frac = mant.partition(".")
    digits = whole + frac
    if not digits or not digits.isdigit():
        return None
    return sign, int(digits), e - len(frac)


class Decimal:
    def __init__(self, value="0", context=None):
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
        elif isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
        elif isinstance(value, float):
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
        elif isinstance(value, str):
            p = _parse(value)
            if p is None:
                raise InvalidOperation([ConversionSyntax])
            if p[2] in ("F", "n"):
                self._sign, self._int, self._exp, self._special = p[0], 0, 0, p[2]
            else:
                self._sign, self._int, self._exp = p
        elif isinstance(value, tuple):
            self._sign = value[0]
            self._int = int("".join(str(d) for d in value[1]) or "0")
            self._exp = value[2]
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _make(cls, sign, coeff, exp, rounded=True):
        d = object.__new__(Decimal)
        d._special = None
        if rounded:
            ctx = getcontext()
            n = len(str(coeff))
            if n > ctx.prec:
                drop = n - ctx.prec
                coeff = _round_coeff(coeff, drop, ctx.rounding, sign == 1)
                exp += drop
                if len(str(coeff)) > ctx.prec:
                    coeff //= 10
                    exp += 1
        d._sign, d._int, d._exp = sign, coeff, exp
        return d

    @classmethod
    def from_float(cls, f):
        if f != f:
            return Decimal("NaN")
        if f in (float("inf"), float("-inf")):
            return Decimal("Infinity" if f > 0 else "-Infinity")
        n, den = abs(f).as_integer_ratio()
        k = den.bit_length() - 1
        d = object.__new__(Decimal)
        d._special = None
        d._sign = 1 if (f < 0 or (f == 0 and str(f).startswith("-"))) else 0
        d._int = n * 5 ** k
        d._exp = -k
        return d

    def _check(self):
        if self._special is not None:
            raise InvalidOperation([InvalidOperation])

    def __str__(self):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special == "n":
            return sign + "NaN"
        c = str(self._int)
        e = self._exp
        adjusted = e + len(c) - 1
        if e <= 0 and adjusted >= -6:
            if e == 0:
                return sign + c
            if len(c) > -e:
                return sign + c[:len(c) + e] + "." + c[len(c) + e:]
            return sign + "0." + "0" * (-e - len(c)) + c
        body = c[0] + ("." + c[1:] if len(c) > 1 else "")
        return sign + body + "E" + ("+" if adjusted >= 0 else "") + str(adjusted)

    def __repr__(self):
        return "Decimal('%s')" % self

    def _coerce(self, other, op, reflected=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        a, b = (other, self) if reflected else (self, other)
        def name(x):
            return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, name(a), name(b)))

    def _add(self, other, negate):
        self._check()
        other._check()
        osign = other._sign ^ (1 if negate else 0)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - e) * (-1 if osign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and osign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), e)

    def __add__(self, other):
        return self._add(self._coerce(other, "+"), False)

    def __radd__(self, other):
        return self._coerce(other, "+", True)._add(self, False)

    def __sub__(self, other):
        return self._add(self._coerce(other, "-"), True)

    def __rsub__(self, other):
        return self._coerce(other, "-", True)._add(self, True)

    def __mul__(self, other):
        other = self._coerce(other, "*")
        self._check()
        other._check()
        return Decimal._make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)

    def __rmul__(self, other):
        return self._coerce(other, "*", True).__mul__(self)

    def __truediv__(self, other):
        other = self._coerce(other, "/")
        self._check()
        other._check()
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                raise DivisionUndefined([DivisionUndefined])
            raise DivisionByZero([DivisionByZero])
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        prec = getcontext().prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** (-shift))
        exp = ideal - shift
        if r != 0:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)

    def __rtruediv__(self, other):
        return self._coerce(other, "/", True).__truediv__(self)

    def _divmod(self, other):
        self._check()
        other._check()
        if other._int == 0:
            raise DivisionByZero([DivisionByZero]) if self._int else DivisionUndefined([DivisionUndefined])
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q = a // b
        r = a - q * b
        qd = Decimal._make(self._sign ^ other._sign, q, 0)
        rd = Decimal._make(self._sign, r, e)
        return qd, rd

    def __floordiv__(self, other):
        return self._divmod(self._coerce(other, "//"))[0]

    def __mod__(self, other):
        return self._divmod(self._coerce(other, "%"))[1]

    def __divmod__(self, other):
        return self._divmod(self._coerce(other, "divmod()"))

    def __pow__(self, other):
        other = self._coerce(other, "** or pow()")
        if other._exp < 0 and other._int % 10 ** (-other._exp):
            raise InvalidOperation("non-integer powers are not supported by Flint's decimal")
        n = int(other)
        if n >= 0:
            return Decimal._make(self._sign if n % 2 else 0, self._int ** n, self._exp * n)
        return Decimal(1) / Decimal._make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)

    def __neg__(self):
        if self._special is not None:
            d = Decimal(self)
            d._sign ^= 1
            return d
        return Decimal._make(0 if self._int == 0 else self._sign ^ 1, self._int, self._exp)

    def __pos__(self):
        return Decimal._make(0 if self._int == 0 else self._sign, self._int, self._exp)

    def __abs__(self):
        return Decimal._make(0, self._int, self._exp)

    def _key(self):
        return (-1 if self._sign else 1) * self._int, self._exp

    def _cmp(self, other):
        if isinstance(other, float):
            other = Decimal.from_float(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            return None
        self._check()
        other._check()
        (a, ea), (b, eb) = self._key(), other._key()
        e = min(ea, eb)
        a *= 10 ** (ea - e)
        b *= 10 ** (eb - e)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if self._special == "n" or (isinstance(other, Decimal) and other._special == "n"):
            return False
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._special is not None:
            return 0
        if self._exp >= 0 or self._int % 10 ** (-self._exp) == 0:
            return hash(int(self))
        f = float(self)
        if Decimal.from_float(f) == self:
            return hash(f)
        return hash((self._sign, self._int, self._exp))

    def __bool__(self):
        return self._special is not None or self._int != 0

    def __int__(self):
        self._check()
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    def __float__(self):
        if self._special == "n":
            return float("nan")
        if self._special == "F":
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def __round__(self, n=None):
        if n is None:
            q = self.quantize(Decimal(1))
            return int(q)
        return self.quantize(Decimal((0, (1,), -n)))

    def quantize(self, exp, rounding=None, context=None):
        self._check()
        exp = self._coerce(exp, "quantize")
        rounding = rounding or getcontext().rounding
        drop = exp._exp - self._exp
        c = _round_coeff(self._int, drop, rounding, self._sign == 1)
        if len(str(c)) > getcontext().prec:
            raise InvalidOperation([InvalidOperation])
        return Decimal._make(self._sign if c else self._sign, c, exp._exp, False)

    def to_integral_value(self, rounding=None, context=None):
        if self._exp >= 0:
            return Decimal(self)
        return self.quantize(Decimal(1), rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        self._check()
        if self._int == 0:
            return Decimal._make(self._sign, 0, 0)
        d = Decimal._make(self._sign, self._int, self._exp)
        c, e = d._int, d._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return Decimal._make(d._sign, c, e, False)

    def as_tuple(self):
        digits = tuple(int(ch) for ch in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1

    def is_nan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def copy_abs(self):
        d = Decimal(self)
        d._sign = 0
        return d

    def sqrt(self, context=None):
        return Decimal(str(float(self) ** 0.5)) if self._int else Decimal(0)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if not (spec.endswith("f") or spec.endswith("%")):
            return format(float(self), spec)
        pct = spec.endswith("%")
        head = spec[:-1]
        dot = head.rfind(".")
        places = int(head[dot + 1:]) if dot >= 0 else 6
        prefix = head[:dot] if dot >= 0 else head
        q = (self * 100 if pct else self).quantize(Decimal((0, (1,), -places)))
        c = str(q._int).rjust(places + 1, "0") if places else str(q._int)
        body = c[:-places] + "." + c[-places:] if places else c
        grouping = "," in prefix
        prefix = prefix.replace(",", "")
        if grouping:
            whole, _, frac = body.partition(".")
            body = "{:,}".format(int(whole)) + ("." + frac if frac else "")
        i = len(prefix)
        while i > 0 and prefix[i - 1].isdigit():
            i -= 1
        width, prefix = prefix[i:], prefix[:i]
        sign = ""
        if prefix and prefix[-1] in "+- ":
            sign, prefix = prefix[-1], prefix[:-1]
        lead = "-" if q._sign and q._int else ("+" if sign == "+" else (" " if sign == " " else ""))
        text = lead + body + ("%" if pct else "")
        return format(text, (prefix or ">") + width) if width else text

    def __reduce__(self):
        return (Decimal, (str(self),))
`;
