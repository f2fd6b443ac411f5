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

# Decimal comparisons, differences and products of finite values; NaNs the long way.
pairs = (("1.25", "1.250"), ("-0", "0"), ("1E+70", "1"), ("-2.5", "-2.50001"), ("3", "2.9999"),
         ("1E-80", "0"), ("NaN", "1"), ("Infinity", "1E+999"), ("-1.5", "1.5"))
for a, b in pairs:
    x, y = Decimal(a), Decimal(b)
    show(lambda: (x == y, x != y, x < y, x <= y, x > y, x >= y))
    show(lambda: (x - y, y - x, x * y))
show(lambda: Decimal("sNaN") == 1)
show(lambda: Decimal("NaN") < 1)
show(lambda: Decimal("1.5") == 1.5)
show(lambda: Decimal("1.5") < 2)
show(lambda: Decimal(7) / Decimal(0))
show(lambda: Decimal(0) / Decimal(0))
show(lambda: Decimal(0) / Decimal("1E-5"))
show(lambda: pow(10, 2305843009213693951 - 2, 2305843009213693951))
show(lambda: (pow(3, 200, -7), pow(-3, 5, 7), pow(-3, 5, -7), pow(2, 0, 1), pow(5, 3, -1)))
show(lambda: [hash(Decimal(t)) for t in ("1.25", "-0.001", "1E+5", "0.5")])

# datetime comparisons, differences, isoformat and the plain fromisoformat form.
e = datetime(2021, 5, 6, 7, 8, 9, 10)
f = e.replace(tzinfo=timezone.utc)
show(lambda: (e == e.replace(fold=1), e < datetime(2021, 5, 6, 7, 8, 9, 11), e >= e))
show(lambda: (f == e, f != e))
show(lambda: f < e)
show(lambda: e < date(2021, 5, 6))
show(lambda: e == date(2021, 5, 6))
show(lambda: (e - datetime(2020, 1, 1), datetime(2020, 1, 1) - e, e - e))
show(lambda: f - e)
show(lambda: (e.isoformat(), e.replace(microsecond=0).isoformat(" "), str(e), e.date()))
for text in ("2020-01-02T03:04:05", "2020-01-02 03:04:05", "2020-02-30T03:04:05",
             "2020-01-02T25:04:05", "2020-01-02X03:04:05", "2020-01-02T03:04:5x",
             "+020-01-02T03:04:05", "2020-01-02T03:04:05Z", "2020-01-02"):
    show(lambda: datetime.fromisoformat(text))
show(lambda: datetime.fromtimestamp(86400 * 365.25, timezone.utc))
show(lambda: datetime.utcfromtimestamp(1e9))
for text in ("2020-01-02a03:04:05", "2020-01-02\u00e903:04:05", "2020-01-02T", "2020-01-02T03",
             "20200102T030405", "20200102 0304", "2020-01-0203:04:05"):
    show(lambda: datetime.fromisoformat(text))
show(lambda: (Decimal("1E-80") - Decimal("0"), Decimal("0E+5") + Decimal("1E-80"),
              Decimal("-0E-3") - Decimal("1E-90")))
for text in ("-", "1.", "-0.0", "\uff11\uff12", "1_0.5", ".5", "5.", "-12.50", "1.2.3", "--1",
             "007", "-.5", " 1.5", "1.5 ", "+1.5", "1e5", "\u0661.5"):
    show(lambda: Decimal(text))
for q in ("0.1", "1E+2", "1E-30", "NaN", "Infinity"):
    show(lambda: Decimal("123.456").quantize(Decimal(q)))
show(lambda: (round(Decimal("2.675"), 2), round(Decimal("-2.5")), round(Decimal("1E+3"), -2)))
for text in ("1e\u0665", "nan\u0665", "\u00b2", "1.\u00b2", "\u0661\u0662e-\u0661"):
    show(lambda: Decimal(text))
show(lambda: (type(MyDT.now()).__name__, datetime.now().tzinfo, datetime.now(timezone.utc).tzinfo,
              type(MyDate.today()).__name__, type(date.fromtimestamp(86400 * 400)).__name__))
show(lambda: datetime.now(1))
for spec in (".2f", ".2f", "010.2f", "010.2f", ",.3f", "e", ""):
    show(lambda: (format(Decimal("-1234.5678"), spec), format(Decimal("NaN"), spec),
                  format(Decimal("-Infinity"), spec)))
