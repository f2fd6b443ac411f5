"""Dates and times (coro's embedded datetime): date, time, datetime, timedelta, tzinfo,
timezone, with CPython 3.11's arithmetic, comparisons, reprs, isoformat/fromisoformat,
strftime (through time.strftime) and strptime for the numeric and English-name directives.

Not covered: locale-dependent strptime directives (%c, %x, %X), and pickling support.
"""

import time as _time
import math as _math
import _time as _clock

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    # One call, not four: every date addition, comparison of mixed kinds and weekday
    # goes through here.
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        days += 1
    return days


_MAX_ORDINAL = _ymd2ord(MAXYEAR, 12, 31)
_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal n (day 1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(value, what="integer"):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"an integer is required (got type {type(value).__name__})") from None


def _check_date_fields(year, month, day):
    # Exact ints (the usual case) need no __index__ round trip.
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= 28 and not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if (type(hour) is not int or type(minute) is not int or type(second) is not int
            or type(microsecond) is not int):
        hour, minute, second, microsecond = (_index(hour), _index(minute), _index(second),
                                             _index(microsecond))
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


_object_new = object.__new__


def _new_date(cls, year, month, day):
    """A `cls` date of fields already known valid: the arithmetic's constructor."""
    self = _object_new(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    """A `cls` datetime of fields already known valid: the arithmetic's constructor."""
    self = _object_new(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _new_timedelta(us):
    """The timedelta of `us` microseconds (an int), normalised and range-checked."""
    d, rest = divmod(us, 86400000000)
    if not -999999999 <= d <= 999999999:
        raise OverflowError(f"days={d}; must have magnitude <= 999999999")
    s, us = divmod(rest, 1000000)
    self = _object_new(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{type(tz).__name__}'")


def _type_name(obj):
    """The class name a repr shows: `datetime.X` for the module's own classes, the bare
    name for a subclass (as CPython's type names go)."""
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return "datetime." + cls.__name__
    return cls.__name__


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _format_offset(off, sep=":"):
    """`+HH:MM[:SS[.ffffff]]` for a timedelta offset, '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or ss.microseconds:
        s += f"{sep}{ss.seconds:02d}"
        if ss.microseconds:
            s += f".{ss.microseconds:06d}"
    return s


_TIMESPECS = {
    "hours": "{:02d}",
    "minutes": "{:02d}:{:02d}",
    "seconds": "{:02d}:{:02d}:{:02d}",
    "milliseconds": "{:02d}:{:02d}:{:02d}.{:03d}",
    "microseconds": "{:02d}:{:02d}:{:02d}.{:06d}",
}


def _format_time(hh, mm, ss, us, timespec="auto"):
    specs = _TIMESPECS
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError("Unknown timespec value") from None
    return fmt.format(hh, mm, ss, us)


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %z, %Z, %f and %:z ourselves, then let time.strftime do the rest."""
    if type(fmt) is str and "%f" not in fmt and "%z" not in fmt and "%Z" not in fmt:
        # No directive of ours: time.strftime reads the format as it is.
        return _time.strftime(fmt, timetuple)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append(f"{getattr(obj, 'microsecond', 0):06d}")
        elif ch == "z":
            offset = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(offset, "") if offset is not None else "")
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append((name or "").replace("%", "%%"))
        else:
            out.append("%" + ch)
    return _time.strftime("".join(out), timetuple)


class timedelta:
    """A duration: days, seconds (< 86400) and microseconds (< 10**6), normalised."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (cls is timedelta and type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(minutes) is int and type(hours) is int
                and type(milliseconds) is int and type(weeks) is int):
            return _new_timedelta(
                (days * 86400 + weeks * 604800 + hours * 3600 + minutes * 60 + seconds)
                * 1000000 + milliseconds * 1000 + microseconds)
        for name, value in (("microseconds", microseconds), ("milliseconds", milliseconds),
                            ("seconds", seconds), ("minutes", minutes), ("hours", hours),
                            ("days", days), ("weeks", weeks)):
            if not isinstance(value, (int, float)):
                raise TypeError(f"unsupported type for timedelta {name} component: "
                                f"{type(value).__name__}")
        total = (days * 86400 + weeks * 604800 + hours * 3600 + minutes * 60 + seconds)
        if isinstance(total, float) or any(isinstance(v, float) for v in (microseconds, milliseconds)):
            us_total = round((total * 1000000) + milliseconds * 1000 + microseconds)
        else:
            us_total = total * 1000000 + milliseconds * 1000 + microseconds
        if isinstance(us_total, float):
            if us_total != us_total or us_total in (float("inf"), float("-inf")):
                raise OverflowError("cannot convert float NaN to integer")
            us_total = round(us_total)
        d, rest = divmod(us_total, 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = d, s, us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append("0")
        return f"{_type_name(self)}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _new_timedelta(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_timedelta(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        return timedelta(0, 0, self._to_us() // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta(0, 0, _divide_and_round(self._to_us(), other))
        a, b = other.as_integer_ratio()
        return timedelta(0, 0, _divide_and_round(b * self._to_us(), a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _new_timedelta(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    == (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    < (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    <= (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    > (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    >= (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._key())


def _divide_and_round(a, b):
    """a / b rounded half to even, as CPython's timedelta does."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _iso_week1_monday(year):
    first_day = _ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1_monday = first_day - first_weekday
    if first_weekday > 3:
        week1_monday += 7
    return week1_monday


def _parse_isoformat_date(s):
    week = _parse_iso_week_date(s)
    if week is not None:
        return week
    if len(s) not in (8, 10) or not s[:4].isdigit():
        raise ValueError
    year = int(s[:4])
    if len(s) == 10:
        if s[4] != "-" or s[7] != "-":
            raise ValueError
        month, day = s[5:7], s[8:10]
    else:
        month, day = s[4:6], s[6:8]
    if not (month.isdigit() and day.isdigit()):
        raise ValueError
    return year, int(month), int(day)


def _parse_iso_week_date(s):
    """(year, month, day) of an ISO week date (YYYY-Www[-D] or YYYYWww[D]), None for
    another form; ValueError for a week or weekday out of range."""
    if len(s) < 7 or s[4:6] not in ("-W", "W") and s[4] != "W":
        return None
    extended = s[4] == "-"
    rest = s[6:] if extended else s[5:]
    if not s[:4].isdigit() or len(rest) < 2 or not rest[:2].isdigit():
        raise ValueError
    week, day = int(rest[:2]), 1
    tail = rest[2:]
    if tail:
        if extended:
            if tail[0] != "-":
                raise ValueError
            tail = tail[1:]
        if len(tail) != 1 or not tail.isdigit():
            raise ValueError
        day = int(tail)
    try:
        return date.fromisocalendar(int(s[:4]), week, day).timetuple()[:3]
    except ValueError:
        raise ValueError from None


class _Ordered:
    """<, <=, >, >= from the class's `_compare(other)`: -1, 0 or 1, or None for an
    operand it does not compare with (date, time and datetime share these)."""

    __slots__ = ()

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c >= 0


class date(_Ordered):
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if not (type(year) is int and type(month) is int and type(day) is int
                and 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 28):
            year, month, day = _check_date_fields(year, month, day)
        return _new_date(cls, year, month, day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _clock._localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f"ordinal must be >= 1")
        if cls is date:
            return _new_date(cls, *_ord2ymd(n))
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        # Well-formed but out of range: the constructor's own error, as CPython.
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        ordinal = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
        return cls(*_ord2ymd(ordinal))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return f"{_type_name(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAY_NAMES[weekday - 1][:3]} {_MONTH_NAMES[self._month - 1][:3]} "
                f"{self._day:2d} 00:00:00 {self._year:04d}")

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if type(other) is date and type(self) is date:
            return (self._year, self._month, self._day) == (other._year, other._month, other._day)
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    # Two plain dates compare their fields at once (sorting dates calls these n log n
    # times); anything else takes _Ordered's general path.
    def __lt__(self, other):
        if type(other) is date and type(self) is date:
            return (self._year, self._month, self._day) < (other._year, other._month, other._day)
        return _Ordered.__lt__(self, other)

    def __le__(self, other):
        if type(other) is date and type(self) is date:
            return (self._year, self._month, self._day) <= (other._year, other._month, other._day)
        return _Ordered.__le__(self, other)

    def __gt__(self, other):
        if type(other) is date and type(self) is date:
            return (self._year, self._month, self._day) > (other._year, other._month, other._day)
        return _Ordered.__gt__(self, other)

    def __ge__(self, other):
        if type(other) is date and type(self) is date:
            return (self._year, self._month, self._day) >= (other._year, other._month, other._day)
        return _Ordered.__ge__(self, other)

    def _compare(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._cmp_key(), other._cmp_key())
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) + other._days
            if 0 < o <= _MAX_ORDINAL:
                if type(self) is date:
                    return _new_date(date, *_ord2ymd(o))
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + _new_timedelta(-other._days * 86400000000)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        return _ymd2ord(self._year, self._month, self._day) % 7 or 7

    def isocalendar(self):
        year = self._year
        week1_monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1_monday, 7)
        if week < 0:
            year -= 1
            week1_monday = _iso_week1_monday(year)
            week, day = divmod(today - week1_monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (self.__class__, self._cmp_key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")


class time(_Ordered):
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def __repr__(self):
        if self._microsecond:
            s = f", {self._second}, {self._microsecond}"
        elif self._second:
            s = f", {self._second}"
        else:
            s = ""
        s = f"{_type_name(self)}({self._hour}, {self._minute}{s})"
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            *fields, tz = _parse_isoformat_time(time_string)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(*fields, _iso_zone(tz))

    def strftime(self, fmt):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _compare(self, other, allow_mixed=False):
        if not isinstance(other, time):
            return None
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff, otoff = self.utcoffset(), other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        c = self._compare(other, allow_mixed=True)
        return NotImplemented if c is None else c == 0

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if not offset:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - offset,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_hh_mm_ss_ff(tstr):
    comps = [0, 0, 0, 0]
    pos = 0
    for comp in range(3):
        if len(tstr) - pos < 2 or not tstr[pos:pos + 2].isdigit():
            raise ValueError("Incomplete time component")
        comps[comp] = int(tstr[pos:pos + 2])
        pos += 2
        if pos >= len(tstr) or comp >= 2:
            break
        if tstr[pos] == ":":
            pos += 1
    if pos < len(tstr):
        if tstr[pos] not in ".,":
            raise ValueError("Invalid microsecond component")
        pos += 1
        digits = tstr[pos:]
        if not digits.isdigit() or len(digits) not in (3, 6) and len(digits) < 6:
            if not digits.isdigit():
                raise ValueError("Invalid microsecond component")
        digits = (digits + "000000")[:6]
        comps[3] = int(digits)
    return comps


def _parse_isoformat_time(tstr):
    tz_pos = max(tstr.find("+"), tstr.find("-"))
    if tstr.endswith("Z"):
        tz_pos = len(tstr) - 1
    timestr = tstr[:tz_pos] if tz_pos > 0 else tstr
    hour, minute, second, microsecond = _parse_hh_mm_ss_ff(timestr)
    tz = None
    if tz_pos > 0:
        tzstr = tstr[tz_pos + 1:]
        if tstr[tz_pos] == "Z" and not tzstr:
            tz = timezone.utc
        else:
            if len(tzstr) not in (2, 4, 5, 6, 8, 9, 15):
                raise ValueError("Malformed time zone string")
            hh, mm, ss, us = _parse_hh_mm_ss_ff(tzstr)
            tz = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            if tstr[tz_pos] == "-":
                tz = -tz
    return hour, minute, second, microsecond, tz


def _iso_zone(tz):
    """The tzinfo of a parsed offset (a timedelta or utc), made outside the parser so
    an offset out of range raises timezone's own error."""
    if isinstance(tz, timedelta):
        return timezone(tz) if tz else timezone.utc
    return tz


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if not (type(year) is int and type(month) is int and type(day) is int
                and type(hour) is int and type(minute) is int and type(second) is int
                and type(microsecond) is int and tzinfo is None and fold == 0
                and 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 28
                and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59
                and 0 <= microsecond <= 999999):
            year, month, day = _check_date_fields(year, month, day)
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
            _check_tzinfo(tzinfo)
        return _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tzinfo,
                             fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        # The native half of time.gmtime/localtime: its tuple, without a struct_time.
        converter = _clock._gmtime if utc else _clock._localtime
        y, m, d, hh, mm, ss = converter(t)[:6]
        ss = min(ss, 59)
        if cls is datetime and tz is None:
            return _new_datetime(cls, y, m, d, hh, mm, ss, us, None, 0)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        if tz is None:
            return cls._fromtimestamp(_time.time(), False, None)
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not "
                            f"{type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not "
                            f"{type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        if (len(s) == 19 and s[4] == "-" and s[7] == "-" and s[13] == ":" and s[16] == ":"
                and (s[:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + s[17:]).isdigit()):
            # YYYY-MM-DD?HH:MM:SS (any separator), the commonest form: its six numbers as they stand.
            return cls(int(s[:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]),
                       int(s[17:]))
        try:
            if len(date_string) >= 10 and date_string[4] == "-" and date_string[5] != "W":
                date_part, rest = date_string[:10], date_string[10:]
            elif date_string[4:6] == "-W":
                cut = 10 if date_string[8:9] == "-" else 8
                date_part, rest = date_string[:cut], date_string[cut:]
            else:
                date_part, rest = date_string[:8], date_string[8:]
            ymd = _parse_isoformat_date(date_part)
            if rest:
                # Any one character separates the date from the time.
                fields = _parse_isoformat_time(rest[1:])
            else:
                fields = (0, 0, 0, 0, None)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        *fields, tz = fields
        return cls(*ymd, *fields, _iso_zone(tz))

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else (1 if dst else 0)
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), yday, dst))

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), yday, 0))

    def _local_timestamp(self):
        epoch = datetime(1970, 1, 1)
        return (self - epoch) // timedelta(seconds=1)

    def timestamp(self):
        if self._tzinfo is None:
            seconds = _time.mktime((self._year, self._month, self._day, self._hour,
                                    self._minute, self._second, -1, -1, -1))
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self.timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAY_NAMES[weekday - 1][:3]} {_MONTH_NAMES[self._month - 1][:3]} "
                f"{self._day:2d} {self._hour:02d}:{self._minute:02d}:{self._second:02d} "
                f"{self._year:04d}")

    def isoformat(self, sep="T", timespec="auto"):
        if timespec == "auto" and self._tzinfo is None:
            s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                 f"{self._hour:02d}:{self._minute:02d}:{self._second:02d}")
            return s + f".{self._microsecond:06d}" if self._microsecond else s
        s = f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = f"{_type_name(self)}({', '.join(map(str, fields))})"
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, fmt):
        if self._tzinfo is None:
            # The naive timetuple as a plain tuple: time.strftime need not build a
            # struct_time (its zone fields are unset either way).
            year = self._year
            ordinal = _ymd2ord(year, self._month, self._day)
            timetuple = (year, self._month, self._day, self._hour, self._minute,
                         self._second, (ordinal + 6) % 7,
                         ordinal - _days_before_year(year), -1)
            return _wrap_strftime(self, fmt, timetuple)
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _compare(self, other, allow_mixed=False):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if allow_mixed:
                    return 2
                raise TypeError(f"can't compare datetime.{type(self).__name__} to datetime.{type(other).__name__}")
            return None
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff, otoff = self.utcoffset(), other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._full_key(), other._full_key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _full_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def __eq__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._full_key() == other._full_key()
        if not isinstance(other, date):
            return NotImplemented
        c = self._compare(other, allow_mixed=True)
        return c == 0

    def __lt__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo:
            return ((self._year, self._month, self._day, self._hour, self._minute,
                     self._second, self._microsecond)
                    < (other._year, other._month, other._day, other._hour, other._minute,
                       other._second, other._microsecond))
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._full_key() < other._full_key()
        return _Ordered.__lt__(self, other)

    def __le__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._full_key() <= other._full_key()
        return _Ordered.__le__(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._full_key() > other._full_key()
        return _Ordered.__gt__(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._full_key() >= other._full_key()
        return _Ordered.__ge__(self, other)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # Field arithmetic: carry microseconds into seconds, seconds into days.
        carry, microsecond = divmod(self._microsecond + other._microseconds, 1000000)
        days, seconds = divmod(self._hour * 3600 + self._minute * 60 + self._second
                               + other._seconds + carry, 86400)
        days += other._days
        if days:
            o = _ymd2ord(self._year, self._month, self._day) + days
            if not 0 < o <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            year, month, day = _ord2ymd(o)
        else:
            year, month, day = self._year, self._month, self._day
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        cls = type(self)
        if cls is datetime:
            return _new_datetime(cls, year, month, day, hour, minute, second, microsecond,
                                 self._tzinfo, 0)
        return cls(year, month, day, hour, minute, second, microsecond, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + _new_timedelta(-other._to_us())
            return NotImplemented
        days = (_ymd2ord(self._year, self._month, self._day)
                - _ymd2ord(other._year, other._month, other._day))
        secs = (self._second + self._minute * 60 + self._hour * 3600
                - other._second - other._minute * 60 - other._hour * 3600)
        base = _new_timedelta((days * 86400 + secs) * 1000000
                              + self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff, otoff = self.utcoffset(), other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash(t._full_key())
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - offset)
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, self._full_key() + (self._tzinfo,))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            f"{type(offset).__name__}")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_type_name(self)}({self._offset!r})"
        return f"{_type_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_OWN_CLASSES = (date, datetime, time, timedelta, timezone)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _strptime(data_string, fmt, fields=None):
    """(year, month, day, hour, minute, second, microsecond, tzinfo) parsed by `fmt`.
    `fields`, if given, receives what was parsed by name (time.strptime reads the
    weekday, day of the year and zone from it)."""
    if not isinstance(data_string, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data_string).__name__}")
    if not isinstance(fmt, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(fmt).__name__}")
    if fields is None:
        fields = {}
    pos = 0
    i = 0

    def fail():
        raise ValueError(f"time data {data_string!r} does not match format {fmt!r}")

    def digits(lo, hi):
        nonlocal pos
        end = pos
        while end < len(data_string) and end - pos < hi and data_string[end].isdigit():
            end += 1
        if end - pos < lo:
            fail()
        value = data_string[pos:end]
        pos = end
        return value

    def ranged(*spans):
        """A number of the widest of `spans` ((width, low, high), widest first) whose
        digits are there and in range, as CPython's alternations (`1[0-2]|0[1-9]|[1-9]`
        for %m) take it: '13' read by %m is 1, leaving '3' unconverted."""
        nonlocal pos
        for width, low, high in spans:
            text = data_string[pos:pos + width]
            if len(text) == width and text.isdigit() and low <= int(text) <= high:
                pos += width
                return int(text)
        fail()

    def name(choices):
        nonlocal pos
        lowered = data_string[pos:].lower()
        best = None
        for index, choice in enumerate(choices):
            if lowered.startswith(choice.lower()) and (best is None or len(choice) > len(best[1])):
                best = (index, choice)
        if best is None:
            fail()
        pos += len(best[1])
        return best[0]

    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d == "Y":
                fields["year"] = int(digits(4, 4))
            elif d == "y":
                y = int(digits(2, 2))
                fields["year"] = y + (2000 if y <= 68 else 1900)
            elif d == "m":
                fields["month"] = ranged((2, 1, 12), (1, 1, 9))
            elif d == "d":
                if data_string[pos:pos + 1] == " ":
                    pos += 1
                    fields["day"] = ranged((1, 1, 9))
                else:
                    fields["day"] = ranged((2, 1, 31), (1, 1, 9))
            elif d == "H":
                fields["hour"] = ranged((2, 0, 23), (1, 0, 9))
            elif d == "I":
                fields["hour12"] = ranged((2, 1, 12), (1, 1, 9))
            elif d == "M":
                fields["minute"] = ranged((2, 0, 59), (1, 0, 9))
            elif d == "S":
                fields["second"] = ranged((2, 0, 61), (1, 0, 9))
            elif d == "f":
                fields["microsecond"] = int((digits(1, 6) + "000000")[:6])
            elif d == "j":
                fields["yday"] = ranged((3, 1, 366), (2, 1, 99), (1, 1, 9))
            elif d == "w":
                fields["weekday"] = (ranged((1, 0, 6)) + 6) % 7
            elif d == "u":
                fields["weekday"] = ranged((1, 1, 7)) - 1
            elif d == "p":
                fields["pm"] = name(["AM", "PM"]) == 1
            elif d == "B":
                fields["month"] = name(_MONTH_NAMES) + 1
            elif d == "b":
                fields["month"] = name([m[:3] for m in _MONTH_NAMES]) + 1
            elif d == "A":
                fields["weekday"] = name(_DAY_NAMES)
            elif d == "a":
                fields["weekday"] = name([n[:3] for n in _DAY_NAMES])
            elif d == "z":
                if data_string[pos:pos + 1] == "Z":
                    pos += 1
                    fields["offset"] = timedelta(0)
                else:
                    if data_string[pos:pos + 1] not in ("+", "-"):
                        fail()
                    sign = -1 if data_string[pos] == "-" else 1
                    pos += 1
                    hh = int(digits(2, 2))
                    if data_string[pos:pos + 1] == ":":
                        pos += 1
                    mm = int(digits(2, 2))
                    ss = 0
                    if data_string[pos:pos + 1].isdigit() or data_string[pos:pos + 1] == ":":
                        if data_string[pos] == ":":
                            pos += 1
                        ss = int(digits(2, 2))
                    fields["offset"] = sign * timedelta(hours=hh, minutes=mm, seconds=ss)
            elif d == "Z":
                start = pos
                zone = name(["UTC", "GMT"] + [n for n in _time.tzname if n])
                fields["zone"] = zone
                fields["zone_name"] = data_string[start:pos]
            elif d == "%":
                if data_string[pos:pos + 1] != "%":
                    fail()
                pos += 1
            else:
                raise ValueError(f"{d!r} is a bad directive in format {'%' + d!r}")
        elif ch.isspace():
            i += 1
            while pos < len(data_string) and data_string[pos].isspace():
                pos += 1
        else:
            if data_string[pos:pos + 1] != ch:
                fail()
            pos += 1
            i += 1
    if pos != len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[pos:]}")
    year = fields.get("year", 1900)
    month = fields.get("month", 1)
    day = fields.get("day", 1)
    if "yday" in fields and "month" not in fields:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + fields["yday"] - 1)
    hour = fields.get("hour", 0)
    if "hour12" in fields:
        hour = fields["hour12"] % 12 + (12 if fields.get("pm") else 0)
    tz = None
    if "offset" in fields:
        tz = timezone(fields["offset"]) if fields["offset"] else timezone.utc
    if not 1 <= month <= 12 or not 1 <= day <= _days_in_month(year, month):
        if not 1 <= month <= 12:
            fail()
        raise ValueError("day is out of range for month")
    return (year, month, day, hour, fields.get("minute", 0), fields.get("second", 0),
            fields.get("microsecond", 0), tz)
