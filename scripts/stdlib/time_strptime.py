# time.strptime: fields, defaults, weekday and day of the year, zones, errors.
import time

for args in [("2024-01-05", "%Y-%m-%d"), ("Fri Jan  5 13:04:05 2024",),
             ("Mon 2024-01-05", "%a %Y-%m-%d"), ("5 March 99 7:08 PM", "%d %B %y %I:%M %p"),
             ("100", "%j"), ("2024 060", "%Y %j"), ("12:30:45", "%H:%M:%S"),
             ("2024-03-01T10:00:00+0130", "%Y-%m-%dT%H:%M:%S%z"),
             ("2024-03-01 UTC", "%Y-%m-%d %Z"), ("2024-03-01 gmt", "%Y-%m-%d %Z"),
             ("2020-02-29", "%Y-%m-%d"), ("1999-12-31 23:59:59.5", "%Y-%m-%d %H:%M:%S.%f"),
             ("%2024", "%%%Y")]:
    t = time.strptime(*args)
    print(tuple(t), t.tm_zone, t.tm_gmtoff)
t = time.strptime("2024-02-03", "%Y-%m-%d")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, type(t).__name__)
print(time.strftime("%Y/%m/%d", time.strptime("2001-2-3", "%Y-%m-%d")))
for args in [("2024-13-01", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d"),
             ("nope", "%Y"), ("2024", "%Q"), (5,), ("x", 5), (b"2024", "%Y")]:
    try:
        print(time.strptime(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
