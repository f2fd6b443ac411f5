# OrderedDict.move_to_end(k, last=False) moves the entry inside the dict's table (room
# opened before the first entry): inserts, deletes, pops from both ends, copies,
# reversed iteration and lookups must all still see the right order and keys, in small
# dicts (no hash index) and large ones, and with keys whose hash and equality are Python.
from collections import OrderedDict
import random


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n

    def __repr__(self):
        return f"K{self.n}"


def check(od, model, label):
    assert list(od) == model, (label, list(od)[:10], model[:10])
    assert list(reversed(od)) == model[::-1], label
    for k in model[:20]:
        assert k in od, (label, k)
    assert len(od) == len(model), label


rng = random.Random(7)
for size in (1, 3, 8, 9, 40, 300):
    od = OrderedDict((i, str(i)) for i in range(size))
    model = list(range(size))
    nxt = size
    for step in range(2000):
        r = rng.random()
        if r < 0.35 and model:
            k = rng.choice(model)
            od.move_to_end(k, last=False)
            model.remove(k)
            model.insert(0, k)
        elif r < 0.5 and model:
            k = rng.choice(model)
            od.move_to_end(k)
            model.remove(k)
            model.append(k)
        elif r < 0.65:
            od[nxt] = str(nxt)
            model.append(nxt)
            nxt += 1
        elif r < 0.75 and model:
            k = rng.choice(model)
            del od[k]
            model.remove(k)
        elif r < 0.82 and model:
            k, v = od.popitem(last=False)
            assert k == model.pop(0) and v.startswith(str(k))
        elif r < 0.88 and model:
            k, v = od.popitem()
            assert k == model.pop() and v.startswith(str(k))
        elif r < 0.9:
            od = od.copy()
        else:
            for k in model[:5]:
                od[k] = od[k] + "!"
        if step % 97 == 0:
            check(od, model, (size, step))
    check(od, model, size)
    print(size, len(od), list(od)[:5], list(od.items())[-2:])

od = OrderedDict((Key(i), i) for i in range(30))
for i in range(0, 30, 3):
    od.move_to_end(Key(i), last=False)
print(list(od)[:12], od[Key(27)], Key(5) in od)
od.move_to_end(Key(0), last=False)
print(next(iter(od)), dict(od) == {Key(i): i for i in range(30)})
try:
    od.move_to_end(Key(99), last=False)
except KeyError as e:
    print("KeyError", e)

# The first entry moved to the front stays where it is.
od = OrderedDict.fromkeys("abc")
od.move_to_end("a", last=False)
od.move_to_end("c", last=False)
od.move_to_end("c", last=False)
print(od, od.popitem(last=False), od)

# popitem(last=False) down to empty, then refilled.
od = OrderedDict.fromkeys(range(50))
for i in range(25):
    od.move_to_end(49 - i, last=False)
print([od.popitem(last=False)[0] for _ in range(50)], od)
od["x"] = 1
od.move_to_end("x", last=False)
od["y"] = 2
od.move_to_end("y", last=False)
print(od)
