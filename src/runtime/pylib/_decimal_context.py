"""The arithmetic context of coro's decimal module: the signal classes, the rounding-mode
names, Context (precision, rounding, exponent limits, flags and traps, with CPython's
validation messages and repr), the flag/trap dictionaries and the current context
(getcontext, setcontext, localcontext).

The current context is one per interpreter, not one per thread or asyncio task as with
CPython's ContextVar. The Decimal class and its arithmetic live in `decimal`; Context's
arithmetic methods call into it through `_decimal_type`, set when decimal is loaded."""

__all__ = [
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact",
    "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation",
    "DivisionImpossible", "InvalidContext", "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
    "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR", "Context", "DefaultContext",
    "BasicContext", "ExtendedContext", "getcontext", "setcontext", "localcontext",
]


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (
    DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
    DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
    Overflow, Underflow, FloatOperation,
):
    _cls.__module__ = "decimal"

# The order of the flag and trap dictionaries.
_SIGNALS = (
    InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
    Inexact, Rounded, Clamped,
)
# The order of Context's repr lists (libmpdec's bit order).
_REPR_ORDER = (
    Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
    Rounded, Subnormal, Underflow,
)
# The order of the signals named in a raised exception's message.
_RAISE_ORDER = (
    InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
    InvalidContext, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
    Inexact, Rounded, Clamped,
)
# The conditions that are reported as the InvalidOperation signal.
_CONDITION_SIGNAL = {
    ConversionSyntax: InvalidOperation,
    DivisionImpossible: InvalidOperation,
    DivisionUndefined: InvalidOperation,
    InvalidContext: InvalidOperation,
}

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (
    ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
    ROUND_HALF_EVEN, ROUND_05UP,
)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_decimal_type = None  # decimal.Decimal, set by the decimal module


def _signal_error():
    return KeyError(
        "valid values for signals are:\n"
        "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
        "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
        "   Clamped]"
    )


class SignalDict(dict):
    """A context's flags or traps: one bool per signal, in CPython's order and repr."""

    def __init__(self, enabled=()):
        dict.__init__(self)
        for s in _SIGNALS:
            dict.__setitem__(self, s, False)
        for s in enabled:
            self[s] = True

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise _signal_error()
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise _signal_error()
        dict.__setitem__(self, key, bool(value))

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def copy(self):
        return SignalDict(s for s in _SIGNALS if dict.__getitem__(self, s))

    def __repr__(self):
        items = ", ".join(f"{s!r}:{dict.__getitem__(self, s)}" for s in _SIGNALS)
        return "{" + items + "}"

    def _names(self):
        return ", ".join(s.__name__ for s in _REPR_ORDER if dict.__getitem__(self, s))


def _signal_dict(value, what):
    if isinstance(value, dict):
        if set(value) != set(_SIGNALS):
            raise KeyError("invalid signal dict")
        return SignalDict(s for s in _SIGNALS if value[s])
    signals = list(value)
    for s in signals:
        if s not in _SIGNALS:
            raise _signal_error()
    return SignalDict(signals)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value


class Context:
    """The precision, rounding and exponent limits of decimal arithmetic, with the
    signals raised so far (flags) and those that raise an exception (traps)."""

    __slots__ = ("_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamp", "_flags",
                 "_traps")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = (
            rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        )
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self._flags = SignalDict() if flags is None else _signal_dict(flags, "flags")
        if traps is None:
            self._traps = (
                base.traps.copy() if base
                else SignalDict((InvalidOperation, DivisionByZero, Overflow))
            )
        else:
            self._traps = _signal_dict(traps, "traps")

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not 1 <= _check_int(value) <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(
                "valid values for rounding are:\n"
                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                "   ROUND_05UP]"
            )
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not MIN_EMIN <= _check_int(value) <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not 0 <= _check_int(value) <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags = _signal_dict(value, "flags")

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps = _signal_dict(value, "traps")

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _decimal_type(10)

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self._flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self._traps, s, False)

    def copy(self):
        return Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                       self._clamp, self._flags.copy(), self._traps.copy())

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp, [s for s in _SIGNALS if self._flags[s]],
                          [s for s in _SIGNALS if self._traps[s]]))

    def __repr__(self):
        return (
            f"Context(prec={self._prec}, rounding={self._rounding}, Emin={self._Emin}, "
            f"Emax={self._Emax}, capitals={self._capitals}, clamp={self._clamp}, "
            f"flags=[{self._flags._names()}], traps=[{self._traps._names()}])"
        )

    def _raise(self, conditions):
        """Record the conditions an operation met as flags and raise the first trapped
        one, naming every trapped condition as CPython does."""
        if not conditions:
            return
        flags, traps = self._flags, self._traps
        any_trapped = False
        for c in conditions:
            signal = _CONDITION_SIGNAL.get(c, c)
            dict.__setitem__(flags, signal, True)
            if dict.get(traps, signal):
                any_trapped = True
        if not any_trapped:
            return
        trapped = [
            c for c in _RAISE_ORDER
            if c in conditions and dict.__getitem__(self._traps, _CONDITION_SIGNAL.get(c, c))
        ]
        if trapped:
            first = _CONDITION_SIGNAL.get(trapped[0], trapped[0])
            raise first(trapped)

    def create_decimal(self, num="0"):
        d = _decimal_type(num, context=self)
        if d._special == "" or d._special in "nN":
            return d._fixed(self)
        return d

    def create_decimal_from_float(self, f):
        return _decimal_type.from_float(f)._fixed(self)

    def _apply(self, name, a, *args):
        if not isinstance(a, _decimal_type):
            if not isinstance(a, int):
                raise TypeError(f"conversion from {type(a).__name__} to Decimal is not supported")
            a = _decimal_type(a)
        if name in _CONTEXT_FREE:
            return getattr(a, name)(*args)
        return getattr(a, name)(*args, context=self)

    def power(self, a, b, modulo=None):
        return self._apply("__pow__", a, b, modulo)

    def divmod(self, a, b):
        return self._apply("__divmod__", a, b)


# The Decimal methods that take no context argument.
_CONTEXT_FREE = frozenset((
    "is_canonical", "is_finite", "is_infinite", "is_nan", "is_qnan", "is_signed", "is_snan",
    "is_zero", "canonical",
))


def _context_method(name, method):
    def call(self, a, *args):
        return self._apply(method, a, *args)

    call.__name__ = name
    return call


for _name, _method in (
    ("abs", "__abs__"), ("add", "__add__"), ("subtract", "__sub__"),
    ("multiply", "__mul__"), ("divide", "__truediv__"), ("divide_int", "__floordiv__"),
    ("remainder", "__mod__"), ("minus", "__neg__"), ("plus", "__pos__"),
    ("to_integral", "to_integral_value"),
):
    setattr(Context, _name, _context_method(_name, _method))
for _name in (
    "canonical", "compare", "compare_signal", "compare_total", "compare_total_mag", "copy_abs",
    "copy_negate", "copy_sign", "exp", "fma", "is_canonical", "is_finite", "is_infinite",
    "is_nan", "is_normal", "is_qnan", "is_signed", "is_snan", "is_subnormal", "is_zero",
    "ln", "log10", "logb", "max", "max_mag", "min", "min_mag", "next_minus", "next_plus",
    "next_toward", "normalize", "number_class", "quantize", "remainder_near",
    "same_quantum", "scaleb", "sqrt", "to_eng_string", "to_integral_exact",
    "to_integral_value", "to_sci_string",
):
    setattr(Context, _name, _context_method(_name, _name))
Context.__module__ = "decimal"
Context.__qualname__ = "Context"

DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [],
                         [InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(9, ROUND_HALF_UP, -999999, 999999, 1, 0, [],
                       [Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(9, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [], [])

_current = None


def getcontext():
    """The context of the running code (created from DefaultContext on first use)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


_LOCAL_KEYWORDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class _ContextManager:
    def __init__(self, context):
        self.new_context = context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block with a copy of ctx (or of the current
    context), changed by the keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYWORDS:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx, key, value)
    return _ContextManager(ctx)
