import random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(5)
attempt("randrange(0)", random.randrange, 0)
attempt("randrange(-3)", random.randrange, -3)
attempt("randrange(5,5)", random.randrange, 5, 5)
attempt("randrange(10,2)", random.randrange, 10, 2)
attempt("randrange(0,10,0)", random.randrange, 0, 10, 0)
attempt("randrange(0,10,-1)", random.randrange, 0, 10, -1)
attempt("randrange(1.5)", random.randrange, 1.5)
attempt("randrange(0, 2.5)", random.randrange, 0, 2.5)
attempt("randrange(0, 10, 1.5)", random.randrange, 0, 10, 1.5)
attempt("randrange('5')", random.randrange, '5')
attempt("randrange(10, step=2)", random.randrange, 10, step=2)
attempt("randint(5, 1)", random.randint, 5, 1)
attempt("choice([])", random.choice, [])
attempt("choice('')", random.choice, '')
attempt("sample(set)", random.sample, {1, 2, 3}, 2)
attempt("sample(dict)", random.sample, {1: 2}, 1)
attempt("sample too many", random.sample, [1, 2], 3)
attempt("sample negative", random.sample, [1, 2], -1)
attempt("sample counts mismatch", random.sample, [1, 2], 1, counts=[1])
attempt("sample counts float", random.sample, [1, 2], 1, counts=[1, 1.5])
attempt("sample counts zero", random.sample, [1, 2], 1, counts=[0, 0])
attempt("choices weights+cum", random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
attempt("choices weights len", random.choices, [1, 2], [1])
attempt("choices zero total", random.choices, [1, 2], [0, 0])
attempt("choices inf total", random.choices, [1, 2], [1, float('inf')])
attempt("choices k positional", random.choices, [1, 2], 3)
attempt("getrandbits(-1)", random.getrandbits, -1)
attempt("gammavariate(0, 1)", random.gammavariate, 0, 1)
attempt("gammavariate(1, -1)", random.gammavariate, 1, -1)
attempt("expovariate(0)", random.expovariate, 0)
attempt("seed([1])", random.seed, [1])
attempt("seed(object)", random.seed, object())
attempt("setstate(version 9)", random.setstate, (9, (), None))
attempt("setstate(short)", random.setstate, (3, (1, 2, 3), None))
attempt("setstate(bad index)", random.setstate, (3, (0,) * 624 + (625,), None))
attempt("randbytes(-1)", random.randbytes, -1)
attempt("triangular equal", random.triangular, 2, 2, 2)

# version-2 states (signed words) are converted.
random.seed(11)
st = random.getstate()
old = (2, tuple(x - 2**32 if x >= 2**31 else x for x in st[1]), None)
random.setstate(old)
print(random.getstate() == st)


class Dice(random.Random):
    """A subclass with its own core: only random() is overridden."""

    def __init__(self):
        super().__init__(0)
        self.calls = 0

    def random(self):
        self.calls += 1
        return 0.5


d = Dice()
print(d.randrange(10), d.choice("abcd"), d.calls, d.uniform(0, 4))


class Counted(random.Random):
    def getrandbits(self, k):
        self.count = getattr(self, "count", 0) + 1
        return super().getrandbits(k)


c = Counted(3)
print(c.randrange(1000), c.count, isinstance(c, random.Random), Counted.__mro__[1].__name__)

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, len(sr.randbytes(7)), sr.getrandbits(8) < 256)
print(sr.seed(5))
attempt("SystemRandom.getstate", sr.getstate)
attempt("SystemRandom.setstate", sr.setstate, None)
vals = {random.Random().random() for _ in range(5)}
print(len(vals))
print(random.Random.VERSION, random.BPF, random.RECIP_BPF, random.NV_MAGICCONST)
print(sorted(random.__all__)[:5])
