# Mapping patterns: literal and dotted-name keys, **rest, extra keys ignored, the `get`
# lookup (no __missing__, no key creation), which subjects count as mappings.
import collections
import collections.abc


class Keys:
    NAME = "name"


def describe(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest} if rest:
            return f"circle r={r} with {rest}"
        case {"type": "circle", "r": r}:
            return f"plain circle r={r}"
        case {Keys.NAME: name, 1: one, -2: minus_two}:
            return f"named {name} {one} {minus_two}"
        case {0: zero, **rest}:
            return f"zero key {zero!r}, rest {rest}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2},
          {"type": "point", "x": 1},
          {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": True},
          {"type": "circle", "r": 5},
          {"name": "n", 1: "one", -2: "m2"},
          {0: None, "a": 1},
          {0: 0.0},
          {},
          {"other": 1},
          [("type", "point")],
          "type",
          collections.OrderedDict(type="point", x=3, y=4),
          collections.Counter("aab"),
          collections.ChainMap({"type": "point", "x": 5}, {"y": 6})]:
    print(repr(v), "->", describe(v))

# **rest is a new dict without the matched keys.
original = {"a": 1, "b": 2, "c": 3}
match original:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print(rest, original)
match {"a": 1}:
    case {**everything}:
        print("everything", everything)

# defaultdict: the lookup goes through get, so no default is created.
counts = collections.defaultdict(int, {"x": 1})
match counts:
    case {"y": y}:
        print("y?", y)
    case {"x": x}:
        print("x", x, "keys after match:", sorted(counts))


# A Mapping subclass: matched through its own get().
class Config(collections.abc.Mapping):
    def __init__(self, **items):
        self._items = items

    def __getitem__(self, key):
        print("  getitem", key)
        return self._items[key]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def get(self, key, default=None):
        print("  get", key)
        return self._items.get(key, default)


match Config(host="localhost", port=80):
    case {"host": host, "port": port, **rest}:
        print("config", host, port, rest)


# Without registration a class with get() is not a mapping.
class Lookalike:
    def get(self, key, default=None):
        return 1

    def __len__(self):
        return 1


match Lookalike():
    case {"k": v}:
        print("lookalike matched?")
    case _:
        print("lookalike is no mapping")

# A dict subclass is a mapping.
class MyDict(dict):
    pass


match MyDict(k=1):
    case {"k": v}:
        print("dict subclass", v)

# Two value patterns naming equal keys are found only at run time.
class K:
    A = "same"
    B = "same"


try:
    match {"same": 1, "other": 2}:
        case {K.A: a, K.B: b}:
            print("matched?")
except ValueError as e:
    print("ValueError:", e)

# An unhashable key value.
class U:
    KEY = []


try:
    match {"x": 1}:
        case {U.KEY: v}:
            print("?")
except TypeError as e:
    print("TypeError:", e)

# Nested mappings and sequences.
event = {"kind": "click", "pos": [10, 20], "buttons": {"left": True}}
match event:
    case {"kind": "click", "pos": [x, y], "buttons": {"left": True}}:
        print("left click at", x, y)
