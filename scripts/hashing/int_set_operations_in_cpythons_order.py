# A seeded stream of set operations on small ints: every intermediate set prints in
# CPython's iteration order (int hashes are not random, so the order is reproducible).
import random

rng = random.Random(2024)
sets = [set(rng.sample(range(64), rng.randint(0, 20))) for _ in range(4)]
checksum = 0
for step in range(400):
    a, b = rng.randrange(4), rng.randrange(4)
    x, y = sets[a], sets[b]
    op = rng.randrange(14)
    if op == 0:
        r = x | y
    elif op == 1:
        r = x & y
    elif op == 2:
        r = x - y
    elif op == 3:
        r = x ^ y
    elif op == 4:
        x |= y
        r = x
    elif op == 5:
        x &= y
        r = x
    elif op == 6:
        x -= y
        r = x
    elif op == 7:
        x ^= y
        r = x
    elif op == 8:
        x.add(rng.randrange(200))
        r = x
    elif op == 9:
        x.discard(rng.randrange(64))
        r = x
    elif op == 10:
        r = set(x)
    elif op == 11:
        r = frozenset(x) | {rng.randrange(300)}
    elif op == 12:
        x.update(range(rng.randrange(40), rng.randrange(40, 90), rng.randrange(1, 9)))
        r = x
    else:
        x.difference_update(range(0, 256, rng.randrange(2, 7)))
        r = x
    if not r or len(r) > 120:
        sets[a] = set(rng.sample(range(64), 10))
    text = str(list(r))
    if step % 25 == 0:
        print(step, list(r)[:12])
    checksum = (checksum * 131 + sum((i + 1) * v for i, v in enumerate(r))) % 1_000_000_007
print(checksum)
