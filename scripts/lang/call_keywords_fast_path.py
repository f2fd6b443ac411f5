# Calls with keyword arguments of plain Python functions and bound methods (bound in the
# dispatch loop), and every case that must reach the general binder and its messages.


def split(n, base=10):
    return n // base, n % base


def scale(value, factor=2, offset=0, *, clamp=None):
    v = value * factor + offset
    if clamp is not None and v > clamp:
        v = clamp
    return v


def combine(p, q, *, weight=1, bias=0):
    return p * weight + q + bias


def posonly(a, b, /, c=3, *, d):
    return (a, b, c, d)


print(split(47, base=7), split(n=47), split(base=5, n=47), split(47))
print(scale(3, factor=3), scale(3, offset=1, clamp=5), scale(value=4, clamp=7, factor=5))
print(combine(2, 3, weight=4), combine(q=1, p=2), combine(2, q=5, bias=-1))
print(posonly(1, 2, d=4), posonly(1, 2, c=9, d=4), posonly(1, 2, 5, d=0))


def show(fn, *args, **kw):
    try:
        print(fn(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)


# The errors, raised with the keywords at the call site (not through CallEx).
def errors():
    for attempt in (
        lambda: split(4, n=5),
        lambda: split(4, bas=5),
        lambda: split(base=5),
        lambda: scale(1, clamp=2, clamp2=3),
        lambda: combine(1, 2, 3, weight=1),
        lambda: posonly(1, b=2, d=3),
        lambda: posonly(1, 2, c=3),
        lambda: combine(p=1, weight=2),
        lambda: split(1, 2, base=3),
    ):
        try:
            print(attempt())
        except TypeError as e:
            print("TypeError:", e)


errors()


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, value, *, times=1, bonus=0):
        self.total += value * times + bonus
        return self.total

    def pair(self, a, b=2):
        return (a, b)


acc = Acc()
for i in range(5):
    acc.add(i, times=2)
    acc.add(i, bonus=i, times=3)
print(acc.total, acc.pair(1, b=5), acc.pair(a=7), Acc.pair(acc, b=1, a=0))
try:
    acc.add(1, value=2)
except TypeError as e:
    print("TypeError:", e)
try:
    acc.pair(self=1, a=2)
except TypeError as e:
    print("TypeError:", e)

# Defaults replaced after the first calls: the fast path reads them at each call.
for step in range(3):
    show(lambda: (split(100, base=7), scale(2, factor=3), combine(1, 2, bias=1)))
    if step == 0:
        split.__defaults__ = (3,)
        scale.__kwdefaults__ = {"clamp": 5}
        combine.__kwdefaults__ = {"weight": 10, "bias": 100}
    elif step == 1:
        split.__defaults__ = ()
        scale.__kwdefaults__ = None
        combine.__kwdefaults__ = {"weight": 1}
        show(lambda: split(100))
        show(lambda: scale(2, factor=3))
        show(lambda: combine(1, 2, bias=1))
        show(lambda: combine(1, 2, weight=1))

# Cells, closures, generators and keyword-only parameters with no defaults.


def with_cell(a, b=1):
    def inner():
        return a + b

    return inner()


def outer(k):
    def inner(x, *, scale=k):
        return x * scale + k

    return inner


def gen(n, *, step=1):
    yield from range(0, n, step)


def needs_kw(x, *, y):
    return x + y


print(with_cell(1, b=5), outer(3)(2), outer(3)(2, scale=10), list(gen(10, step=3)))
print(needs_kw(1, y=2), needs_kw(y=2, x=5))
try:
    needs_kw(1)
except TypeError as e:
    print("TypeError:", e)

# Many parameters (beyond what the fast path binds) and **kwargs.


def wide(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r=0):
    return a + q + r


def varkw(a, **kw):
    return a, sorted(kw.items())


print(wide(*range(17), r=5), wide(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, q=1))
print(varkw(1, z=2, y=3), varkw(a=0))


# Recursion with keywords reaches RecursionError, and the program goes on.
def down(n, *, acc=0):
    return down(n + 1, acc=acc + 1)


try:
    down(0, acc=0)
except RecursionError:
    print("RecursionError")


def count(n, *, acc=0):
    return acc if n == 0 else count(n - 1, acc=acc + n)


print(count(200, acc=1))

# __kwdefaults__ is the function's own dict: writes to it are seen by the next call.
def mix(p, q, *, weight=1, bias=0):
    return p * weight + q + bias


kd = mix.__kwdefaults__
print(kd is mix.__kwdefaults__, mix(1, 2))
kd["weight"] = 7
print(mix(1, 2), mix(1, 2, weight=2))
del kd["weight"]
show(lambda: mix(1, 2))
try:
    mix.__kwdefaults__ = 3
except TypeError as e:
    print("TypeError:", e)
