"""Time access and conversions (coro's time module): the clocks and sleep, struct_time,
localtime/gmtime/mktime, strftime, strptime (datetime's parser), asctime/ctime and the
zone facts. The calendar and zone
work is the C library's, through the native `_time`."""

from _time import (
    time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns, sleep,
    process_time, process_time_ns, thread_time, thread_time_ns,
)
import _time
from _structseq import _StructSeq, _configure

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(_StructSeq):
    """The time value as returned by gmtime(), localtime() and strptime()."""


_configure(struct_time, "time.struct_time", _FIELDS, 9, [("tm_zone", 9), ("tm_gmtoff", 10)])

timezone, altzone, daylight, tzname = _time._zone_info()


def localtime(seconds=None):
    """The local time as a struct_time (now when seconds is None)."""
    return struct_time(_time._localtime(seconds))


def gmtime(seconds=None):
    """UTC as a struct_time (now when seconds is None)."""
    return struct_time(_time._gmtime(seconds))


def _checked(t, fname):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return struct_time(t)


def mktime(t):
    """Seconds since the epoch of a local time tuple."""
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("mktime(): illegal time tuple argument")
    return _time._mktime(t)


def _check_ranges(t):
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t if len(t) == 9 else t[:9]
    if (1 <= mon <= 12 and 1 <= mday <= 31 and 0 <= hour <= 23 and 0 <= minute <= 59
            and 0 <= sec <= 61 and 0 <= wday <= 6 and 1 <= yday <= 366 and -1 <= isdst <= 1):
        # Every field in range: none needs the normalising below.
        return (year, mon, mday, hour, minute, sec, wday, yday, isdst)
    if not 1 <= mon <= 12 and mon != 0:
        raise ValueError("month out of range")
    if not 1 <= mday <= 31 and mday != 0:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if not 1 <= yday <= 366 and yday != 0:
        raise ValueError("day of year out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    return (year, mon or 1, mday or 1, hour, minute, sec, wday % 7, yday or 1, max(-1, min(isdst, 1)))


def strftime(format, t=None):
    """Format a time tuple (default: localtime()) with the C library's directives."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    if type(t) is tuple and len(t) == 9:
        # A plain 9-tuple has no zone fields: no struct_time needs building.
        values = _check_ranges(t)
        zone = gmtoff = None
    else:
        t = _checked(t, "strftime")
        values = _check_ranges(t)
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    if zone is None:
        zone = tzname[values[8] > 0]
    if gmtoff is None:
        gmtoff = -(altzone if values[8] > 0 else timezone)
    return _time._strftime(format, values, zone, gmtoff)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a time string by format into a struct_time: fields the format leaves out
    are 1900-01-01 00:00:00, the weekday and day of the year follow from the date
    unless parsed, tm_isdst is -1 unless a %Z zone says."""
    for index, value in enumerate((string, format)):
        if not isinstance(value, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(value)}")
    import datetime
    fields = {}
    year, month, day, hour, minute, second = datetime._strptime(string, format, fields)[:6]
    date = datetime.date(year, month, day)
    wday = fields.get("weekday", date.weekday())
    yday = fields.get("yday", date.toordinal() - datetime.date(year, 1, 1).toordinal() + 1)
    zone = fields.get("zone_name")
    isdst = -1
    if zone is not None:
        found = zone.lower()
        std, dst = tzname[0].lower(), tzname[1].lower()
        if tzname[0] == tzname[1] and daylight and found not in ("utc", "gmt"):
            isdst = -1
        elif found in ("utc", "gmt", std):
            isdst = 0
        elif found == dst:
            isdst = 1
    gmtoff = None
    if "offset" in fields:
        gmtoff = int(fields["offset"].total_seconds())
    return struct_time((year, month, day, hour, minute, second, wday, yday, isdst, zone,
                        gmtoff))


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    """`Thu Jan  1 00:00:00 1970` for a time tuple (default: localtime())."""
    if t is None:
        t = localtime()
    t = _checked(t, "asctime")
    year, mon, mday, hour, minute, sec, wday = _check_ranges(t)[:7]
    return f"{_DAYS[wday]} {_MONTHS[mon - 1]} {mday:2d} {hour:02d}:{minute:02d}:{sec:02d} {year}"


def ctime(seconds=None):
    """asctime(localtime(seconds))."""
    return asctime(localtime(seconds))
