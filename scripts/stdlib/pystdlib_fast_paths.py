# The fast paths of the Python-written datetime, time.strftime, decimal, random and
# namedtuple agree with the general ones at their edges.
import datetime as dt
import decimal
import random
import time
from collections import namedtuple
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, localcontext


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# datetime + timedelta: carries, borrows, bounds, tzinfo, fold, subclasses.
d = datetime(2020, 2, 28, 23, 59, 59, 999999)
for td in (timedelta(microseconds=1), timedelta(microseconds=-1), timedelta(days=1),
           timedelta(seconds=-86400 * 59), timedelta(days=-1, microseconds=1),
           timedelta(weeks=1000), timedelta(0)):
    show(lambda: d + td)
    show(lambda: td + d)
    show(lambda: d - td)
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime.min + timedelta(microseconds=-1))
show(lambda: datetime.max - timedelta(days=3652058))
aware = datetime(2021, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=3)), fold=1)
show(lambda: aware + timedelta(hours=2))
show(lambda: (aware + timedelta(hours=2)).fold)


class MyDT(datetime):
    pass


class MyDate(date):
    pass


show(lambda: MyDT(2020, 1, 31) + timedelta(1))
show(lambda: MyDT(2020, 1, 31) - timedelta(1))
show(lambda: MyDate(2020, 12, 31) + timedelta(1))
show(lambda: date(2020, 3, 1) - timedelta(1))
show(lambda: date(2020, 3, 1) + timedelta(hours=47))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: date.fromordinal(737791))
show(lambda: MyDate.fromordinal(737791))

# Constructors: the fast path takes exact ints in range; the rest goes the long way.
for args in ((2020, 2, 29), (2021, 2, 29), (2020, 4, 31), (2020, 12, 31), (True, 1, 1),
             (2020, 1, 28), (0, 1, 1), (10000, 1, 1), (2020, 13, 1), (2020, 1, 0),
             (2020.0, 1, 1), (2020, 1, 1, 24), (2020, 1, 1, 0, 60), (2020, 1, 1, 0, 0, 60),
             (2020, 1, 1, 0, 0, 0, 1000000), (2020, 1, 1, -1), (2020, 1, 1, 23, 59, 59, 999999)):
    show(lambda: datetime(*args))
    show(lambda: date(*args[:3]))
show(lambda: datetime(2020, 1, 1, fold=1))
show(lambda: datetime(2020, 1, 1, fold=2))
show(lambda: datetime(2020, 1, 1, tzinfo=timezone.utc))
show(lambda: datetime(2020, 1, 1, tzinfo=1))
show(lambda: MyDT(2020, 1, 2, 3))


class Idx:
    def __index__(self):
        return 7


show(lambda: datetime(2020, Idx(), Idx(), Idx()))
show(lambda: date(2020, 1, Idx()))

# timedelta: exact ints, bools, floats, subclasses, the day bound.
for kw in ({"minutes": 5}, {"days": -1, "seconds": 86401}, {"hours": True},
           {"days": 999999999, "hours": 23, "minutes": 59, "seconds": 59,
            "microseconds": 999999},
           {"days": 1000000000}, {"days": -999999999}, {"days": -1000000000},
           {"milliseconds": -1}, {"minutes": 1.5}, {"weeks": 2, "microseconds": -3},
           {"seconds": "1"}):
    show(lambda: timedelta(**kw))


class MyTD(timedelta):
    pass


show(lambda: MyTD(minutes=3))
show(lambda: type(MyTD(1) + MyTD(2)).__name__)
show(lambda: -timedelta(1, 2, 3))
show(lambda: timedelta(1) * 3 - timedelta(microseconds=7))
show(lambda: divmod(timedelta(hours=25), timedelta(hours=7)))
show(lambda: timedelta(hours=25) % timedelta(hours=7))
show(lambda: timedelta(999999999) + timedelta(1))

# strftime: the formats without %f/%z/%Z go straight to time.strftime.
n = datetime(2020, 3, 4, 5, 6, 7, 890)
for fmt in ("%Y-%m-%d %H:%M", "%j %a %A %w %U", "%f", "%%f", "%z|%Z", "%", "100%%", ""):
    show(lambda: n.strftime(fmt))
    show(lambda: n.replace(tzinfo=timezone.utc).strftime(fmt))
    show(lambda: n.date().strftime(fmt))
show(lambda: time.strftime("%Y %j %H", (2020, 1, 2, 3, 4, 5, 6, 7, 0)))
show(lambda: time.strftime("%Y", (2020, 13, 2, 3, 4, 5, 6, 7, 0)))
show(lambda: time.strftime("%Y %m %d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
show(lambda: time.strftime("%Y", (2020, 1, 2, 3, 4, 5, 6, 7)))
show(lambda: time.strftime("%H", (2020, 1, 2, 24, 4, 5, 6, 7, 0)))
show(lambda: time.strftime("%a %j", (2020, 1, 2, 3, 4, 5, 13, 400, 5)))
show(lambda: time.strftime("%Y-%m", time.struct_time((2020, 5, 2, 3, 4, 5, 6, 7, 0))))

# Decimal: sums of near and far exponents, zeros, rounding, traps, str forms.
for a, b in (("1.25", "3.5"), ("-1.25", "1.25"), ("1.25", "-1.250"), ("0", "-0"),
             ("-0", "-0"), ("1E+30", "1"), ("1E+60", "1"), ("9" * 28, "1"),
             ("1E-5", "-3E+40"), ("123.456", "-0.000001"), ("1E+999999", "1E+999999"),
             ("1E-999999", "1E-1000026"), ("Infinity", "1"), ("NaN", "1")):
    show(lambda: Decimal(a) + Decimal(b))
    show(lambda: Decimal(a) - Decimal(b))
with localcontext() as ctx:
    ctx.prec = 5
    show(lambda: Decimal("99999") + Decimal("1"))
    show(lambda: Decimal("1.2345") + Decimal("0.00001"))
    ctx.traps[decimal.Inexact] = True
    show(lambda: Decimal("1.2345") + Decimal("0.00001"))
    show(lambda: Decimal("1.2345") + Decimal("1"))
    ctx.rounding = decimal.ROUND_FLOOR
    show(lambda: Decimal("1") - Decimal("1"))
    ctx.clamp = 1
    ctx.Emax = 10
    show(lambda: Decimal("1E+8") + Decimal("1E+8"))
    show(lambda: Decimal("1E+6") + Decimal("1"))
for text in ("1.25", "-0.001", "123", "1E+3", "0E-7", "-0.0000001", "12.340", "1E-6",
             "0.000001", "123456789.123456789", "-0"):
    d = Decimal(text)
    show(lambda: (str(d), repr(d), d.to_eng_string(), f"{d}"))
show(lambda: Decimal(1) / Decimal(7))
show(lambda: Decimal("1.25") / Decimal("3.5"))
print(decimal.getcontext().flags[decimal.Inexact], decimal.getcontext().flags[decimal.Rounded])

# random: randint's int path and the rest through randrange.
random.seed(12345)
print([random.randint(1, 6) for _ in range(12)], random.randint(-3, -3),
      random.randint(10**30, 10**30 + 5))
show(lambda: random.randint(5, 4))
show(lambda: random.randint(True, 3))
show(lambda: random.randint(1.0, 3))
show(lambda: random.randint(1.5, 3))


class R(random.Random):
    def randrange(self, *args):
        print("randrange", args)
        return 0


class Sub(R):
    pass


class Own(R):
    def randint(self, a, b):
        return "own"


print(R(1).randint(2, 9), Sub(1).randint(1, 2), Own(1).randint(1, 2))

# namedtuple: positional, keyword, default and wrong-count calls.
P = namedtuple("P", "x y", defaults=[0])
show(lambda: P(1, 2))
show(lambda: P(1))
show(lambda: P(y=2, x=1))
show(lambda: P(1, 2, 3))
show(lambda: P())
show(lambda: P(1, x=2))
Q = namedtuple("Q", "a")
show(lambda: Q(5))
show(lambda: Q())
