# Errors raised inside modules that CPython writes in C (datetime, decimal, struct,
# itertools, operator, bisect, array, pickle, time) carry no frames of those modules:
# tracebacks show only the Python code that called them.
import array
import bisect
import datetime
import decimal
import operator
import pickle
import struct
import time
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        lines = traceback.format_exc().splitlines()
        frames = [l.split(", ")[-1] for l in lines if l.startswith("  File")]
        print(len(lines), lines[-1], frames)


show(datetime.date, 2024, 13, 1)
show(decimal.Decimal, "abc")
show(struct.pack, "i", "x")
show(operator.attrgetter("a.b"), 1)
show(bisect.insort, [1, 2], None)
show(array.array, "q", [1.5])
show(pickle.dumps, len)
show(time.strftime, 5)
e = None
try:
    decimal.Decimal(1) / decimal.Decimal(0)
except decimal.DivisionByZero as exc:
    e = exc
print(type(e).__name__, e.__traceback__.tb_next)


def when(text):
    return datetime.date.fromisoformat(text)


when("2024-02-30")
