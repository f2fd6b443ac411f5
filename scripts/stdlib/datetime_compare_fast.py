# date and datetime comparisons with their direct field paths (plain dates, plain
# datetimes with one tzinfo) and the general ones (subclasses, mixed kinds, aware),
# weekday/isoweekday/toordinal across leap rules, and sorting.
from datetime import date, datetime, timedelta, timezone
import random


class D(date):
    pass


class DT(datetime):
    pass


a, b = date(2020, 2, 29), date(2020, 3, 1)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 2, 29), b > a)
print(D(2020, 2, 29) == a, a == D(2020, 2, 29), D(2021, 1, 1) > a, a < D(2021, 1, 1))
dt = datetime(2020, 2, 29, 12)
print(a == dt, dt == a, a != dt)
for op in ("<", "<=", ">", ">="):
    for x, y in ((a, dt), (dt, a)):
        try:
            print(eval(f"x {op} y"))
        except TypeError as e:
            print("TypeError", e)
    try:
        eval(f"a {op} 5")
    except TypeError:
        print("TypeError")
print(a == 5, a != "x")
x = datetime(2021, 5, 6, 7, 8, 9, 10)
y = datetime(2021, 5, 6, 7, 8, 9, 11)
print(x < y, y < x, x < x, DT(2021, 5, 6) < x, x < DT(2030, 1, 1), x.replace(fold=1) < y)
u1 = datetime(2021, 5, 6, 12, tzinfo=timezone.utc)
u2 = datetime(2021, 5, 6, 13, tzinfo=timezone(timedelta(hours=2)))
print(u1 < u2, u2 < u1, u1 > u2)
try:
    print(x < u1)
except TypeError as e:
    print("TypeError", e)
for y_ in (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999):
    for m, d in ((1, 1), (2, 28), (3, 1), (12, 31)):
        v = date(y_, m, d)
        print(y_, m, d, v.weekday(), v.isoweekday(), v.toordinal(), date.fromordinal(v.toordinal()) == v)
rng = random.Random(3)
days = [date(1990, 1, 1) + timedelta(days=rng.randrange(20000)) for _ in range(500)]
s = sorted(days)
print(s[:3], s[-1], max(days), min(days), all(p <= q for p, q in zip(s, s[1:])))
dts = [datetime(2000, 1, 1) + timedelta(seconds=rng.randrange(10**8)) for _ in range(500)]
s2 = sorted(dts, reverse=True)
print(s2[0], s2[-1], all(p >= q for p, q in zip(s2, s2[1:])))
