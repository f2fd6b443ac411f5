"""zoneinfo: IANA time zones (PEP 615) read from the system's compiled TZif files.

A ZoneInfo holds a zone's transitions (UTC instants with the offset, DST amount and
abbreviation that start at each) and the POSIX TZ rule of its footer for instants after
the last one. Wall times are looked up with PEP 495's `fold`: in a gap fold=0 takes the
offset before the transition and fold=1 the one after; in an overlap fold=0 is the first
occurrence. Not here: the `tzdata` package as a fallback source, leap-second files."""

import os
import struct
from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for the key on the search path."""

    __module__ = "zoneinfo._common"


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH (it is ignored)."""

    __module__ = "zoneinfo._tzpath"


_DEFAULT_PATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
                 "/etc/zoneinfo")
TZPATH = ()


def _checked_paths(paths):
    for path in paths:
        if not os.path.isabs(path):
            raise ValueError("tzpaths must be absolute paths, found: %r" % (path,))
    return tuple(paths)


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r"
                            % (type(to), to))
        TZPATH = _checked_paths(to)
        return
    configured = os.environ.get("PYTHONTZPATH")
    if configured is None:
        TZPATH = _DEFAULT_PATH
        return
    kept = []
    for path in configured.split(os.pathsep):
        if not path:
            continue
        if os.path.isabs(path):
            kept.append(path)
        else:
            import warnings
            warnings.warn("Invalid paths specified in PYTHONTZPATH environment "
                          "variable. Paths should be absolute but found the following "
                          "relative paths:\n    " + path, InvalidTZPathWarning,
                          stacklevel=2)
    TZPATH = tuple(kept)


reset_tzpath()


def _checked_key(key):
    key = os.fspath(key)
    if os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    if not key or os.path.normpath(key) != key:
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if key == ".." or key.startswith("../"):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s"
                         % key)
    return key


def _open_key(key):
    key = _checked_key(key)
    if isinstance(key, str) and "\0" not in key:
        for root in TZPATH:
            path = os.path.join(root, key)
            if os.path.isfile(path):
                return open(path, "rb")
    raise ZoneInfoNotFoundError("No time zone found with key %s" % key)


def available_timezones():
    found = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for folder, subfolders, files in os.walk(root):
            if folder == root:
                for skipped in ("right", "posix"):
                    if skipped in subfolders:
                        subfolders.remove(skipped)
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, root)
                if key == "posixrules" or key in found:
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            found.add(key)
                except OSError:
                    pass
    return found


# ---- one local time type

class _Kind:
    """An offset in force: UTC offset and DST amount (seconds and timedelta), name."""

    __slots__ = ("seconds", "dst_seconds", "isdst", "name", "utcoffset", "dst")

    def __init__(self, seconds, isdst, name, dst_seconds=0):
        self.seconds = seconds
        self.isdst = isdst
        self.name = name
        self.dst_seconds = dst_seconds
        self.utcoffset = timedelta(seconds=seconds)
        self.dst = timedelta(seconds=dst_seconds)


_EPOCH_ORDINAL = 719163   # date(1970, 1, 1).toordinal()


def _wall_seconds(dt):
    """The wall-clock fields of `dt` as seconds since 1970-01-01 00:00 (no zone)."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


def _year_of(seconds):
    from datetime import date
    return date.fromordinal(seconds // 86400 + _EPOCH_ORDINAL).year


# ---- the POSIX TZ rule of the footer

def _parse_name(text, i):
    if text.startswith("<", i):
        end = text.index(">", i)
        return text[i + 1:end], end + 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j], j


def _parse_clock(text, i):
    """[+-]hh[:mm[:ss]] at `i`: (seconds, next index)."""
    sign = 1
    if i < len(text) and text[i] in "+-":
        sign = -1 if text[i] == "-" else 1
        i += 1
    parts = []
    while True:
        j = i
        while j < len(text) and text[j].isdigit():
            j += 1
        if j == i:
            raise ValueError("Invalid TZ string: %r" % text)
        parts.append(int(text[i:j]))
        i = j
        if len(parts) < 3 and i < len(text) and text[i] == ":":
            i += 1
            continue
        break
    while len(parts) < 3:
        parts.append(0)
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), i


def _day_of_rule(rule, year):
    """The ordinal of the day a Mm.w.d, Jn or n rule names in `year`."""
    from datetime import date
    if rule.startswith("M"):
        month, week, weekday = (int(part) for part in rule[1:].split("."))
        first = date(year, month, 1)
        # weekday: 0 is Sunday; date.weekday(): 0 is Monday
        offset = (weekday - (first.weekday() + 1) % 7) % 7
        day = 1 + offset + (week - 1) * 7
        if week == 5:
            import calendar
            last = calendar.monthrange(year, month)[1]
            while day > last:
                day -= 7
        return date(year, month, day).toordinal()
    jan1 = date(year, 1, 1).toordinal()
    if rule.startswith("J"):
        n = int(rule[1:])
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return jan1 + n - 1 + (1 if leap and n >= 60 else 0)
    return jan1 + int(rule)


class _Rule:
    """The TZ string that governs every instant after the last listed transition."""

    def __init__(self, text):
        name, i = _parse_name(text, 0)
        offset, i = _parse_clock(text, i)
        self.std = _Kind(-offset, False, name)
        self.dst = None
        if i >= len(text):
            return
        name, i = _parse_name(text, i)
        dst_offset = -offset + 3600
        if i < len(text) and text[i] != ",":
            west, i = _parse_clock(text, i)
            dst_offset = -west
        self.dst = _Kind(dst_offset, True, name, dst_offset - self.std.seconds)
        if i >= len(text):
            rules = ["M3.2.0", "M11.1.0"]
        else:
            rules = text[i + 1:].split(",")
        self.start = self._split(rules[0])
        self.end = self._split(rules[1])

    @staticmethod
    def _split(rule):
        day, _, clock = rule.partition("/")
        seconds = _parse_clock(clock, 0)[0] if clock else 7200
        return day, seconds

    def transitions(self, year):
        """The UTC instants DST starts and ends in `year`."""
        day, clock = self.start
        start = (_day_of_rule(day, year) - _EPOCH_ORDINAL) * 86400 + clock - self.std.seconds
        day, clock = self.end
        end = (_day_of_rule(day, year) - _EPOCH_ORDINAL) * 86400 + clock - self.dst.seconds
        return start, end

    def for_wall(self, seconds, fold):
        if self.dst is None:
            return self.std
        start, end = self.transitions(_year_of(seconds))
        std, dst = self.std.seconds, self.dst.seconds
        pick = max if fold == 0 else min
        start += pick(std, dst)
        end += pick(std, dst)
        if start < end:
            return self.dst if start <= seconds < end else self.std
        return self.std if end <= seconds < start else self.dst

    def for_utc(self, seconds):
        """(kind, fold) of the UTC instant `seconds`."""
        if self.dst is None:
            return self.std, 0
        std, dst = self.std.seconds, self.dst.seconds
        start, end = self.transitions(_year_of(seconds + std))
        if start < end:
            kind = self.dst if start <= seconds < end else self.std
        else:
            kind = self.std if end <= seconds < start else self.dst
        if kind is self.std and dst > std and end <= seconds < end + dst - std:
            return kind, 1
        if kind is self.dst and std > dst and start <= seconds < start + std - dst:
            return kind, 1
        return kind, 0


# ---- the TZif file

def _read_tzif(f):
    """(UTC transition instants, the kind starting at each, the kind before the first,
    the footer rule or None)."""
    head = f.read(44)
    if head[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = head[4]
    counts = struct.unpack(">6l", head[20:44])
    time_size = 4
    if version >= ord("2"):
        isut, isstd, leaps, times, types, chars = counts
        f.read(times * 5 + types * 6 + chars + leaps * 8 + isstd + isut)
        head = f.read(44)
        if head[:4] != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        counts = struct.unpack(">6l", head[20:44])
        time_size = 8
    isut, isstd, leaps, times, types, chars = counts
    instants = struct.unpack(">%d%s" % (times, "q" if time_size == 8 else "l"),
                             f.read(times * time_size))
    indexes = f.read(times)
    raw_types = [struct.unpack(">lBB", f.read(6)) for _ in range(types)]
    names = f.read(chars)
    f.read(leaps * (time_size + 4) + isstd + isut)
    rule = None
    if time_size == 8:
        footer = f.read().strip(b"\n")
        if footer:
            rule = _Rule(footer.decode())

    def name_at(start):
        end = names.find(b"\0", start)
        return names[start:end if end >= 0 else len(names)].decode()

    # DST amounts are not stored: a DST type's amount is its offset less the standard
    # offset of the transition just before it, else of the one just after it, else an
    # hour (double summer time, whose neighbours are both DST).
    amounts = {}
    for position, index in enumerate(indexes):
        offset, isdst, _ = raw_types[index]
        if not isdst or amounts.get(index):
            continue
        for neighbour in (position - 1, position + 1):
            if 0 <= neighbour < len(indexes):
                other = raw_types[indexes[neighbour]]
                if not other[1] and offset != other[0]:
                    amounts[index] = offset - other[0]
                    break
    for index, (offset, isdst, _) in enumerate(raw_types):
        if isdst and not amounts.get(index):
            amounts[index] = 3600
    kinds = [_Kind(offset, bool(isdst), name_at(at), amounts.get(i, 0) if isdst else 0)
             for i, (offset, isdst, at) in enumerate(raw_types)]
    order = [kinds[i] for i in indexes]
    before = next((k for k in kinds if not k.isdst), kinds[0] if kinds else None)
    if before is None:
        before = rule.std if rule is not None else _Kind(0, False, "UTC")
    return list(instants), order, before, rule


# ---- ZoneInfo

_MISSING = object()


class ZoneInfo(tzinfo):
    """A time zone of the IANA database, one object per key (unless `no_cache`)."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        found = cls._cache.get(key)
        if found is None:
            found = cls.no_cache(key)
            found._from_cache = True
            cls._cache[key] = found
        return found

    @classmethod
    def no_cache(cls, key):
        with _open_key(key) as f:
            zone = cls._from_stream(f, key)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = cls._from_stream(fobj, key)
        zone._file_repr = repr(fobj)
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @classmethod
    def _from_stream(cls, f, key):
        zone = tzinfo.__new__(cls)
        zone._key = key
        zone._from_cache = False
        zone._file_repr = None
        instants, order, before, rule = _read_tzif(f)
        zone._instants = instants
        zone._order = order
        zone._before = before
        zone._rule = rule
        walls = ([], [])
        previous = before
        for instant, kind in zip(instants, order):
            a, b = previous.seconds, kind.seconds
            walls[0].append(instant + max(a, b))
            walls[1].append(instant + min(a, b))
            previous = kind
        zone._walls = walls
        return zone

    @property
    def key(self):
        return self._key

    def _kind_at_wall(self, dt):
        seconds = _wall_seconds(dt)
        walls = self._walls[dt.fold]
        at = bisect_right(walls, seconds)
        if at == len(walls) and self._rule is not None:
            return self._rule.for_wall(seconds, dt.fold)
        if at == 0:
            return self._before
        return self._order[at - 1]

    def utcoffset(self, dt):
        if dt is None:
            return None
        return self._kind_at_wall(dt).utcoffset

    def dst(self, dt):
        if dt is None:
            return None
        return self._kind_at_wall(dt).dst

    def tzname(self, dt):
        if dt is None:
            return None
        return self._kind_at_wall(dt).name

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        seconds = _wall_seconds(dt)
        instants = self._instants
        at = bisect_right(instants, seconds)
        fold = 0
        if at == len(instants) and self._rule is not None and (
                not instants or seconds >= instants[-1] + self._overlap(at - 1)):
            kind, fold = self._rule.for_utc(seconds)
        elif at == 0:
            kind = self._before
        else:
            kind = self._order[at - 1]
            if seconds < instants[at - 1] + self._overlap(at - 1):
                fold = 1
        moved = dt + kind.utcoffset
        return moved.replace(fold=1) if fold else moved

    def _overlap(self, position):
        """How long the wall clock repeats after transition `position` (0 if it jumps
        forward)."""
        if position < 0:
            return 0
        before = self._order[position - 1] if position > 0 else self._before
        return max(0, before.seconds - self._order[position].seconds)

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return "%s(key=%r)" % (_qualified(type(self)), self._key)
        return "%s.from_file(%s)" % (_qualified(type(self)), self._file_repr)

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (_unpickle, (type(self), self._key, self._from_cache))


def _qualified(cls):
    module = "zoneinfo" if cls.__module__ == "zoneinfo" else cls.__module__
    return "%s.%s" % (module, cls.__qualname__)


def _unpickle(cls, key, from_cache):
    if from_cache:
        return cls(key)
    return cls.no_cache(key)
