# reversed(tuple/str/bytes) and iter(bytes) walk the object in place (no copy at creation),
# and set methods cost the smaller operand: each loop below takes seconds if they copy.
import operator

t = tuple(range(200_000))
s = "ab\u00e9\u65e5\U0001f600" * 40_000
b = bytes(range(256)) * 800
for _ in range(3000):
    assert next(reversed(t)) == 199_999
    assert next(reversed(s)) == "\U0001f600"
    assert next(iter(b)) == 0 and next(reversed(b)) == 255

print(list(reversed((1, "x", None))), list(reversed(())), list(reversed("")))
print(list(reversed("ab\u00e9\u65e5\U0001f600")), "".join(reversed("hello")))
print(list(iter(b"\x00\x7f\xff")), list(reversed(b"abc")), list(b""))
for it in (reversed((1, 2)), reversed("ab"), iter(b"ab"), reversed(b"ab")):
    print(type(it).__name__, operator.length_hint(it), next(it), operator.length_hint(it))
    print(list(it), list(it), operator.length_hint(it))
r = reversed("x\u00e9y")
print(next(r), next(r), next(r), next(r, "done"))


class T(tuple):
    pass


class B(bytes):
    pass


print(list(reversed(T((1, 2, 3)))), list(iter(B(b"xy"))), list(reversed(B(b"xy"))))
print(sum(iter(b"\x01\x02\x03")), max(reversed((3, 9, 2))), sorted(reversed("cab")))

big = set(range(200_000))
small = {1, 2, 3, -1}
fs = frozenset(small)
for _ in range(3000):
    assert big.intersection(small) == {1, 2, 3}
    assert not small.isdisjoint(big) and not big.isdisjoint(small)
    assert small.isdisjoint(range(-5, 0, 2)) is False
print(sorted(big.intersection(small)), sorted(small.intersection(big, {2, 3})))
print(sorted(big.intersection()) == sorted(big), big.intersection() is big)
print(type(fs.intersection(big)).__name__, type(small.intersection(fs)).__name__)
print(small.isdisjoint([]), small.isdisjoint(iter([5, 6, -1])), {7}.isdisjoint(fs))
print(fs.isdisjoint({8}), small.isdisjoint(x for x in [9, 2]))
try:
    small.isdisjoint(5)
except TypeError as e:
    print("TypeError:", e)
try:
    small.isdisjoint([[1]])
except TypeError as e:
    print("TypeError:", e)
# isdisjoint reads an iterable lazily and stops at the first common element.
it = iter([10, 1, 11, 12])
print(small.isdisjoint(it), list(it))

d = {str(i): i for i in range(1000)}
for _ in range(3000):
    c = dict(d)
assert c == d and list(c) == list(d)
print(len(c), c is d, list(dict({"a": 1, "b": 2}, b=3)), dict({}, x=1))
e = {1: "a"}
e.update(e)
print(e, dict(e) == e)


class D(dict):
    pass


print(dict(D(p=1, q=2)), type(dict(D(p=1))).__name__)
