import json
from collections import OrderedDict

data = {"name": "coro", "version": [3, 11], "ok": True, "none": None, "pi": 3.141592653589793,
        "big": 2**70, "neg": -0.0, "tiny": 1e-300, "huge": 1.5e300, "exp": 1e16, "nested": {"a": [1, {"b": []}], "c": {}},
        "text": "quote\" backslash\\ newline\n tab\t bell\x07 é ü 中文 \U0001f600", "tuple": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, []]], {}], indent=4))
print(json.dumps({"a": [], "b": {}}, indent=2, separators=(", ", " = ")))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({(1, 2): "x", "k": 1}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1.0, 0.1, 100.0, 1e22, 123456789012345678]))
print(json.dumps("simple"), json.dumps("ünï", ensure_ascii=False), json.dumps(None), json.dumps(5), json.dumps(True))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps({"b": 1, "a": 2}, sort_keys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no")


print(json.dumps([Point(1, 2), Point(3, 4)], default=encode_point))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder), SetEncoder(indent=1).encode([{1}]))
print(SetEncoder().encode("str"), "".join(SetEncoder().iterencode({"k": [1]})))

docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}}',
        ' [ 1 , 2 ] ', '"\\ud834\\udd1e"', '-0', '0.5', '1E+2', '12345678901234567890123',
        'NaN', 'Infinity', '-Infinity', '{"a":1,"a":2}', '"\\/\\b\\f\\r\\t"', '[[[]]]', '{"":""}']
for doc in docs:
    print(repr(json.loads(doc)))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'"ba"')))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, 3.25]', parse_float=lambda t: "F" + t, parse_int=lambda t: int(t) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads(json.dumps(data)) == json.loads(json.dumps(data, indent=3)))
print(json.loads('"a\x01b"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(' [true] '))


class ListWriter:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def read(self):
        return '{"from": "reader"}'


w = ListWriter()
json.dump({"k": [1, 2]}, w, indent=1)
print("".join(w.parts), json.load(Reader()))
