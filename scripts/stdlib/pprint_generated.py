# pprint over generated structures (nested containers, long strings and bytes, the
# collections types, dataclasses, namespaces) at many widths, indents and depths.
import collections
import dataclasses
import pprint
import random
import types

@dataclasses.dataclass
class DC:
    a: object
    b: object = None
    c: object = dataclasses.field(default=0, repr=False)

WORDS = ['a', 'bb', 'ccc dd', 'lorem ipsum dolor', ' sit', 'amet\n', 'x' * 30, 'tab\there', '  lead', 'trail  ', 'é ü', '\n', '', 'word ' * 12]

def gen(r, depth):
    k = r.randrange(22 if depth < 4 else 6)
    if k == 0: return r.randrange(-10**r.randrange(1, 25), 10**r.randrange(1, 25))
    if k == 1: return r.random() * 10**r.randrange(-5, 20)
    if k == 2: return ''.join(r.choice(WORDS) for _ in range(r.randrange(0, 12)))
    if k == 3: return bytes(r.randrange(256) for _ in range(r.randrange(0, 40)))
    if k == 4: return r.choice([None, True, False, ..., 3j])
    if k == 5: return bytearray(b if b != 39 else 40 for b in (r.randrange(256) for _ in range(r.randrange(0, 30))))
    n = r.randrange(0, 7)
    if k in (6, 7): return [gen(r, depth + 1) for _ in range(n)]
    if k in (8, 9): return tuple(gen(r, depth + 1) for _ in range(n))
    if k in (10, 11): return {r.choice([r.randrange(100), ''.join(r.choice(WORDS) for _ in range(2)), (1, 2)]): gen(r, depth + 1) for _ in range(n)}
    if k == 12: return set(r.randrange(10**r.randrange(1, 12)) for _ in range(n))
    if k == 13: return frozenset(r.randrange(-50, 50) for _ in range(n))
    if k == 14: return collections.OrderedDict((str(i) * r.randrange(1, 9), gen(r, depth + 1)) for i in range(n))
    if k == 15:
        d = collections.defaultdict(r.choice([list, int, None])); d.update((i, gen(r, depth + 1)) for i in range(n)); return d
    if k == 16: return collections.Counter({r.choice(WORDS) + str(i): r.randrange(50) for i in range(n)})
    if k == 17: return collections.deque([gen(r, depth + 1) for _ in range(n)], r.choice([None, 3, 10]))
    if k == 18: return collections.ChainMap(*[{i: gen(r, depth + 1)} for i in range(r.randrange(0, 3))])
    if k == 19: return types.SimpleNamespace(**{f'f{i}': gen(r, depth + 1) for i in range(n)})
    if k == 20: return DC(gen(r, depth + 1), gen(r, depth + 1))
    return [gen(r, depth + 1) for _ in range(n)]


for seed in range(120):
    r = random.Random(seed)
    obj = gen(r, 0)
    kw = dict(indent=r.choice([0, 1, 2, 4]), width=r.choice([1, 5, 10, 20, 30, 40, 60, 80, 120]),
              depth=r.choice([None, None, 1, 2, 3]), compact=r.random() < 0.4,
              sort_dicts=r.random() < 0.7, underscore_numbers=r.random() < 0.3)
    print(seed, kw)
    print(pprint.pformat(obj, **kw))
    print(pprint.isreadable(obj), pprint.isrecursive(obj), len(pprint.saferepr(obj)))
