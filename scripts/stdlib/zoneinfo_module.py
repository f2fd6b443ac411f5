# zoneinfo: zones from the system's TZif files, offsets with fold across DST
# transitions, the cache, pickling by key, errors.
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone

ny = zoneinfo.ZoneInfo("America/New_York")
print(repr(ny), str(ny), ny.key, zoneinfo.ZoneInfo("America/New_York") is ny)
print(zoneinfo.ZoneInfo.no_cache("America/New_York") is ny)
print(zoneinfo.TZPATH[0], "UTC" in zoneinfo.available_timezones(),
      "posixrules" in zoneinfo.available_timezones())
print(zoneinfo.__all__)

# spring forward (a gap) and fall back (an overlap)
for wall in (datetime(2021, 3, 14, 1, 59), datetime(2021, 3, 14, 2, 30),
             datetime(2021, 3, 14, 3, 0), datetime(2021, 11, 7, 0, 59),
             datetime(2021, 11, 7, 1, 30), datetime(2021, 11, 7, 2, 0)):
    for fold in (0, 1):
        d = wall.replace(tzinfo=ny, fold=fold)
        print(d, fold, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(timezone.utc))

# UTC instants to wall time (fromutc sets fold in the repeated hour)
start = datetime(2021, 11, 7, 4, 30, tzinfo=timezone.utc)
for minutes in range(0, 181, 30):
    local = (start + timedelta(minutes=minutes)).astimezone(ny)
    print(local, local.fold, local.tzname())
start = datetime(2021, 3, 14, 6, 30, tzinfo=timezone.utc)
for minutes in range(0, 121, 30):
    local = (start + timedelta(minutes=minutes)).astimezone(ny)
    print(local, local.fold, local.tzname())

# wall-clock arithmetic keeps the zone; the offset follows the new wall time
d = datetime(2021, 3, 13, 12, tzinfo=ny)
print(d + timedelta(days=1), (d + timedelta(days=1)) - d)
print((d + timedelta(days=1)).astimezone(timezone.utc) - d.astimezone(timezone.utc))

# other zones: southern hemisphere, half hours, far future (the TZ rule), far past
for key, wall in (("Australia/Sydney", datetime(2022, 1, 15, 12)),
                  ("Australia/Sydney", datetime(2022, 7, 15, 12)),
                  ("Asia/Kolkata", datetime(2022, 7, 15, 12)),
                  ("Europe/London", datetime(2090, 7, 1, 12)),
                  ("Europe/London", datetime(2090, 12, 1, 12)),
                  ("Europe/London", datetime(1800, 1, 1)),
                  ("Europe/Berlin", datetime(2045, 10, 29, 2, 30, fold=1)),
                  ("UTC", datetime(2000, 1, 1))):
    z = zoneinfo.ZoneInfo(key)
    d = wall.replace(tzinfo=z)
    print(key, d, d.utcoffset(), d.dst(), d.tzname())
utc = datetime(2050, 10, 30, 0, 30, tzinfo=timezone.utc)
for hours in range(3):
    local = (utc + timedelta(hours=hours)).astimezone(zoneinfo.ZoneInfo("Europe/Berlin"))
    print(local, local.fold)

print(ny.utcoffset(None), ny.dst(None), ny.tzname(None))

# pickling is by key: cached zones come back as the same object
print(pickle.loads(pickle.dumps(ny)) is ny)
fresh = zoneinfo.ZoneInfo.no_cache("America/New_York")
print(pickle.loads(pickle.dumps(fresh)) is fresh, pickle.loads(pickle.dumps(fresh)) is ny)
zoneinfo.ZoneInfo.clear_cache(only_keys=["America/New_York"])
print(zoneinfo.ZoneInfo("America/New_York") is ny)
zoneinfo.ZoneInfo.clear_cache()

with open("/usr/share/zoneinfo/UTC", "rb") as f:
    from_file = zoneinfo.ZoneInfo.from_file(f, key="Mine")
print(repr(from_file), from_file.utcoffset(datetime(2000, 1, 1)))


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, repr(e))


attempt("missing", lambda: zoneinfo.ZoneInfo("Nope/Zone"))
attempt("absolute", lambda: zoneinfo.ZoneInfo("/usr/share/zoneinfo/UTC"))
attempt("outside", lambda: zoneinfo.ZoneInfo("../etc/passwd"))
attempt("unnormalized", lambda: zoneinfo.ZoneInfo("America/../UTC"))
attempt("empty", lambda: zoneinfo.ZoneInfo(""))
attempt("folder", lambda: zoneinfo.ZoneInfo("America"))
attempt("not tzif", lambda: zoneinfo.ZoneInfo("zone.tab"))
attempt("not str", lambda: zoneinfo.ZoneInfo(1))
attempt("fromutc other", lambda: ny.fromutc(datetime(2020, 1, 1)))
attempt("fromutc type", lambda: ny.fromutc(1))
attempt("file pickle", lambda: pickle.dumps(from_file))
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError))
