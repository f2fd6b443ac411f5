# len() reads a __len__ result as CPython's length slot does; a bytearray's iterator
# reads the bytearray as it is now; a too-deep JSON document names the container.
import json


class Huge:
    def __len__(self):
        return 2 ** 70


class Negative:
    def __len__(self):
        return -(2 ** 70)


class Index:
    def __index__(self):
        return 3


class ByIndex:
    def __len__(self):
        return Index()


class Floaty:
    def __len__(self):
        return 2.0


for obj in (Huge(), Negative(), ByIndex(), Floaty()):
    try:
        print(type(obj).__name__, len(obj))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(obj).__name__, type(e).__name__, e)

b = bytearray(b"abc")
seen = []
for x in b:
    seen.append(x)
    if len(b) < 8:
        b.extend(b"z")
print(b, seen)
b = bytearray(b"abcdef")
out = []
for x in b:
    out.append(chr(x))
    del b[-1:]
print(out, b)
it = iter(bytearray(b"xy"))
print(type(it).__name__, list(it), type(iter(b"q")).__name__)

for doc in ("[" * 100000, '{"a":' * 100000):
    try:
        json.loads(doc)
    except RecursionError as e:
        print(e)
