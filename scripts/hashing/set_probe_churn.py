# Membership, removal and order in sets whose probe runs are long: consecutive and
# negative ints added and removed many times (runs of dummies), keys whose hashes agree
# in their low 7 bits (128 apart), equal-hash keys of other types, and keys whose
# equality is Python code.
import random


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


rng = random.Random(13)
cols, up, down = set(), set(), set()
hits = 0
for step in range(20000):
    r = rng.randrange(12)
    c = rng.randrange(12)
    if c in cols or (r + c) in up or (r - c) in down:
        hits += 1
        if rng.random() < 0.5:
            cols.discard(c)
            up.discard(r + c)
            down.discard(r - c)
        continue
    cols.add(c)
    up.add(r + c)
    down.add(r - c)
print(hits, sorted(cols), list(up), list(down))

far = set()
for round_ in range(50):
    for k in range(0, 40 * 128, 128):
        far.add(k + round_ % 3)
    for k in range(0, 40 * 128, 256):
        far.discard(k + round_ % 3)
print(len(far), list(far)[:10], 128 in far, 129 in far, 257 in far, -1 in far)

mixed = {1, 1.0, True, 2.5, "a", (1, 2), -1, -2, 2**61 - 1, 2**61, 0}
print(len(mixed), 1.0 in mixed, 2**61 in mixed, (1, 2) in mixed, -2 in mixed, 0.0 in mixed)
mixed.remove(True)
print(1 in mixed, 1.0 in mixed, mixed == {2.5, "a", (1, 2), -1, -2, 2**61 - 1, 2**61, 0})

keys = set()
for i in range(60):
    keys.add(Key(i))
for i in range(0, 60, 3):
    keys.remove(Key(i))
print(len(keys), Key(4) in keys, Key(3) in keys, Key(61) in keys)
print(sorted(k.v for k in keys)[:8])
try:
    keys.remove(Key(3))
except KeyError as e:
    print("KeyError", e)
