# More of random, for fixed seeds: every method's draws stay bit-identical to CPython's.
import random
from collections import deque

for seed in ("", "a", "spam" * 20, b"\x00\xff", bytearray(b"ba"), 2**64 - 1, -(2**70), 0.1, True):
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randrange(7), r.gauss(), r.getrandbits(70), r.choice("xyz"))

r = random.Random(2024)
for method, args in [
    ("uniform", (5, -5)), ("triangular", (10, 0)), ("triangular", (0, 10, 0)),
    ("triangular", (0, 10, 10)), ("triangular", (1, 2, 1.9)), ("normalvariate", (3, 0.5)),
    ("lognormvariate", (0.5, 0.25)), ("expovariate", (0.25,)), ("vonmisesvariate", (0.5, 1e-7)),
    ("vonmisesvariate", (6, 0.3)), ("vonmisesvariate", (-1, 50)), ("gammavariate", (0.2, 1)),
    ("gammavariate", (0.99, 2)), ("gammavariate", (1.01, 2)), ("gammavariate", (30, 0.1)),
    ("betavariate", (1, 1)), ("betavariate", (0.1, 3)), ("betavariate", (4, 0.2)),
    ("paretovariate", (0.5,)), ("weibullvariate", (2, 0.5)), ("gauss", (1, 0)),
]:
    print(method, args, [getattr(r, method)(*args) for _ in range(4)])

r = random.Random(31337)
big = list(range(200))
r.shuffle(big)
print(big[:30], sum(i * v for i, v in enumerate(big)))
print(r.sample(range(10**9), 30))
print(r.sample(range(40), 25))
print(r.sample(deque("abcdefgh"), 5), r.sample(tuple(range(1000)), 6))
print(r.sample(range(5), 5), r.sample(range(5), 0), r.sample("ab", 1))
print(r.sample(["a", "b", "c"], k=10, counts=[5, 3, 2]))
print(r.sample(range(3), k=4, counts=[10**6, 1, 10**6]))
print(r.choices(range(10), k=0), r.choices("ab", [0.25, 0.75], k=12))
print(r.choices(range(4), cum_weights=[0.5, 0.5, 2, 9], k=10))
print(r.choices([1, 2, 3], weights=[1, 2, 3], k=10))
print([r.randrange(-10**30, 10**30, 7**20) for _ in range(3)])
print([r.randrange(10**20, -10**20, -3) for _ in range(3)], r.randint(-2**90, -2**90 + 1))
print([r.randrange(1, 2) for _ in range(3)], [r.randrange(2**31 - 1) for _ in range(3)])
print(r.randbytes(33), [r.getrandbits(k) for k in (1, 31, 32, 63, 64, 65, 127, 128, 129)])

# getstate/setstate carry the pending gauss value
r = random.Random(8)
r.gauss()
st = r.getstate()
print(st[2], r.gauss(), r.gauss())
r.setstate(st)
print(r.gauss(), r.random())
r2 = random.Random()
r2.setstate(st)
print(r2.gauss() == st[2], r2.getstate()[1][:3], len(r2.getstate()[1]))
r3 = random.Random(8)
print(r3.getstate()[1][:4], r3.getstate()[1][-1], r3.getstate()[2])

# seeding again clears gauss_next; module-level functions share one instance
random.seed(3)
g = random.gauss()
random.seed(3)
print(g == random.gauss(), random.getstate()[2] is not None)
random.seed(None)
random.seed()
print(len(random.getstate()[1]))

# a list subclass and a custom sequence
class L(list):
    pass


lst = L("abcdef")
random.seed(1)
random.shuffle(lst)
print(lst, type(lst).__name__)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


random.seed(2)
print(random.choice(Seq(50)), random.choices(Seq(9), k=3))


class OnlyRandom(random.Random):
    def random(self):
        return 0.999


o = OnlyRandom(1)
print(o.randrange(10), o.randint(1, 3), o.choice([1, 2, 3]), o.sample(range(10), 3))


class BitsOnly(random.Random):
    def __init__(self):
        super().__init__(5)
        self.seen = []

    def getrandbits(self, k):
        self.seen.append(k)
        return super().getrandbits(k)


b = BitsOnly()
print(b.randrange(100), b.choice("abc"), b.seen, b.random())
b.shuffle([1, 2, 3, 4])
print(b.seen)
print(random.Random(5).__reduce__()[0].__name__, random.Random(5).__reduce__()[1], len(random.Random(5).__reduce__()[2]))
