import random

for seed in (0, 1, 42, -42, 2**100 + 7, 3.5, -0.0, "hello", b"hello", bytearray(b"xy"), ""):
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(-5, 50, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print(random.randrange(2**80))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(200))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 8))
print(random.sample(["a", "b", "c", "d"], 4))
print(random.sample("abcdefghij", k=3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=8))
print(random.choices(["x", "y", "z"], weights=[10, 1, 0.5], k=8))
print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 10], k=8))
print(random.choices(range(5)))
print(random.uniform(1, 10), random.uniform(-2.5, 2.5))
print(random.triangular(), random.triangular(0, 10, 7), random.triangular(3, 3))
print(random.gauss(), random.gauss(5, 2), random.gauss(0, 1))
print(random.normalvariate(), random.normalvariate(100, 15))
print(random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.expovariate(-2))
print(random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 2), random.gammavariate(1.0, 3), random.gammavariate(9, 0.5))
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5))
print(random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.randbytes(10), random.randbytes(0))

state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)

random.seed("version one", version=1)
print(random.random())
random.seed(b"bytes one", version=1)
print(random.random())

r = random.Random(99)
r2 = random.Random(99)
print(r.random() == r2.random(), r.randint(0, 1000), r2.randint(0, 1000))
print(r.sample(range(50), 5), r.gauss(), r.gauss())
st = r.getstate()
r3 = random.Random()
r3.setstate(st)
print(r3.random() == r.random())

# Many draws through the native core stay in step with CPython over a regeneration.
random.seed(7)
total = 0.0
for _ in range(5000):
    total += random.random()
print(total, random.random())
