# datetime's parsers as CPython's: fromisoformat raises the constructor's own range
# errors for well-formed strings and reads ISO week dates; strptime's numeric
# directives take only in-range digits (leaving the rest unconverted), %j past the
# year's end moves to the next year, %w and %u are read.
import datetime
import time

for s, f in [("2024-99", "%Y-%m"), ("2024-13", "%Y-%m"), ("24:00", "%H:%M"),
             ("12:60", "%H:%M"), ("1:2:61", "%H:%M:%S"), ("2024 32", "%Y %d"),
             ("2024 0", "%Y %d"), ("13 PM", "%I %p"), ("0 AM", "%I %p"),
             ("2024 367", "%Y %j"), ("2023 366", "%Y %j"), ("1231", "%m%d"),
             ("2024-02-30", "%Y-%m-%d"), (" 5 3 2024", "%d %m %Y"),
             ("2024-1-5 7:3:9", "%Y-%m-%d %H:%M:%S"), ("3 2024", "%w %Y"), ("7", "%u"),
             ("8", "%u")]:
    try:
        print(repr(s), f, datetime.datetime.strptime(s, f))
    except ValueError as e:
        print(repr(s), f, "ValueError:", e)
print(time.strptime("3 2024", "%w %Y")[6], time.strptime("7", "%u")[6])
for s in ["2024-02-30", "2024-13-01", "2024-1-1", "2023-02-29T10:00", "2024-02-10T25:00",
          "2024-00-10", "0000-01-01", "2024-W05-3", "2024W053", "2024-W05", "2024-W54-1",
          "2024-W05-8", "2024-W05-3T10:00", "2024W053T10", "2024-01-01T10:00+25:00",
          "2024-01-01T10:00:00-23:59"]:
    for c in (datetime.date, datetime.datetime):
        try:
            print(repr(s), c.__name__, repr(c.fromisoformat(s)))
        except ValueError as e:
            print(repr(s), c.__name__, "ValueError:", e)
for s in ["25:00", "10:61", "10:00:60", "10:00+24:00", "xx"]:
    try:
        print(repr(datetime.time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
