# pprint: line breaking of dicts, lists, tuples, sets, strings, bytes, collections types and dataclasses; width, indent, depth, compact, sort_dicts.
import pprint, collections
from dataclasses import dataclass, field
data = {"name": "coro", "version": (3, 11, 7), "tags": ["python", "rust", "async", "interpreter", "fast", "small", "golden"],
        "nested": {"b": [1, 2, {"x": list(range(30))}], "a": {"deep": {"deeper": ["z" * 40, "y" * 40]}}},
        "set": {5, 3, 1, 4}, "empty": {}, "t1": (1,), "fs": frozenset({20, 10})}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"b": 1, "a": [1] * 30})
long = "The quick brown fox jumps over the lazy dog. " * 5
pprint.pprint(long)
pprint.pprint({"text": long, "bytes": b"abcdefghij" * 12})
l = [1, 2]; l.append(l)
print(pprint.pformat(l).split(" with id=")[0], pprint.saferepr(l).split(" with id=")[0], pprint.isrecursive(l), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
od = collections.OrderedDict((str(i), i) for i in range(12))
pprint.pprint(od)
dd = collections.defaultdict(list, {"k" + str(i): [i] * 5 for i in range(6)})
pprint.pprint(dd)
pprint.pprint(collections.Counter("abracadabra" * 3))
pprint.pprint(collections.deque(range(30), maxlen=40))
@dataclass
class Point:
    x: int
    y: int
    label: str = "a fairly long label that pushes past the width limit of the line"
    tags: list = field(default_factory=lambda: list(range(12)))
pprint.pprint([Point(1, 2), Point(3, 4)])
print(pprint.pformat(10**12, underscore_numbers=True))
