# Types CPython writes in C are named with their module in error messages
# ('datetime.date', 'decimal.Decimal', 'functools.partial'), as their tp_name is.
import array
import collections
import datetime
import decimal
import functools
import itertools
import operator

objs = [datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 1), datetime.timedelta(1),
        datetime.time(), datetime.timezone.utc, decimal.Decimal(1), array.array("i"),
        itertools.count(), operator.itemgetter(1), functools.partial(len),
        collections.OrderedDict(), collections.defaultdict(), collections.Counter(),
        collections.deque()]
for o in objs:
    for f in (lambda: o.nosuch, lambda: o < "s", lambda: o + [1]):
        try:
            f()
        except (AttributeError, TypeError) as e:
            print(e)
print(type(functools.partial(len)), functools.partial.__module__)


class MyDate(datetime.date):
    pass


try:
    MyDate(2024, 1, 1) < 5
except TypeError as e:
    print(e)
